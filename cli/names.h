/* What other ecosystems call an entry: the --names lines, the JSON
 * members and --to's translation (cli/names.c). */
#ifndef HTTPSTATUS_CLI_NAMES_H
#define HTTPSTATUS_CLI_NAMES_H

#include "httpstatus.h"

#include <stdio.h>

/* The ecosystem whose short name is name ("go"), or -1. */
int ecosystem_named(const char *name);

/* Under an answer, for --names: one line per ecosystem that names e,
 *   "  go: http.StatusNotFound"
 * its identifiers qualified, separated by ", ". */
void print_names_text(FILE *out, const struct httpstatus *e);

/* JSON members, each with its leading comma:
 *   ,"identifiers":{"go":["StatusNotFound"],...},"spec_url":...,"mdn_url":...
 * the URLs null where e has none. */
void print_names_members(FILE *out, const struct httpstatus *e);

/* For --to: e's usual identifier in eco, qualified, on a line of out.
 * Returns: 1, or 0 after a message on err when eco names no such code. */
int print_translation(FILE *out, FILE *err, const struct httpstatus *e, int eco);

#endif
