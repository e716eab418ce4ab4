/* The httpstatus command's arguments (cli/options.c): options may come
 * anywhere, "--" ends them, an option's value may be the argument after
 * it ("--to go"), and a long option's name may be cut short ("--li"). */
#ifndef HTTPSTATUS_CLI_OPTIONS_H
#define HTTPSTATUS_CLI_OPTIONS_H

#include "list.h"

#include <stdio.h>

/* What the arguments ask for. The operands stay in argv: every argument
 * from operands_only on, and before it each that is no option. */
struct options {
  int json, listing, names, to; /* to: --to's ecosystem, or -1 */
  struct filter filter;
  int operand_count, operands_only;
};

/* Reads argv's options, in order, into o (zeroed, with o->to -1) and
 * counts the operands. --help and --version print to out; a usage error
 * prints its message and the usage to err.
 * Returns: -1 to go on, or the exit status (--help, --version or a usage
 * error). */
int options_parse(int argc, char **argv, struct options *o, FILE *out, FILE *err);

/* Returns: the index of the first operand at i or after it, or argc or
 * past it when there is none. */
int options_next_operand(const struct options *o, int argc, char **argv, int i);

/* Prints "httpstatus: " why, the quoted arg if not NULL, and the usage.
 * Returns: the exit status of a usage error. */
int usage_error(FILE *err, const char *why, const char *arg);

#endif
