/* --list: the filters it takes and the entries they keep. */
#ifndef HTTPSTATUS_CLI_LIST_H
#define HTTPSTATUS_CLI_LIST_H

#include "httpstatus.h"

#include <stdio.h>

/* What --list keeps: the classes named (any of them), the registry
 * statuses named (any of them) and every property named. 0 keeps all. */
struct filter {
  unsigned classes;    /* bit n: class n */
  unsigned registries; /* bit n: enum httpstatus_registry n */
  unsigned flags;      /* enum httpstatus_flag bits, all required */
};

/* Adds the filter s ("4xx", "unused", "retryable") to f.
 * Returns: 1, or 0 when s names no class, registry status or property. */
int filter_add(struct filter *f, const char *s);

/* Prints every registered entry and unofficial meaning f keeps, in code
 * order, one a line: as text, or as JSON objects when json is set. */
void list_entries(FILE *out, int json, const struct filter *f);

#endif
