/* The httpstatus command, callable from a program: main() and the fuzz
 * target run the same code. */
#ifndef HTTPSTATUS_CLI_H
#define HTTPSTATUS_CLI_H

#include <stdio.h>

/* Exit statuses. */
enum {
  HTTPSTATUS_CLI_MATCHED = 0,   /* every query found a code */
  HTTPSTATUS_CLI_UNMATCHED = 1, /* some query found none */
  HTTPSTATUS_CLI_USAGE = 2,     /* bad arguments, or unreadable input */
  HTTPSTATUS_CLI_WRITE = 3      /* the output could not be written */
};

/* Runs `httpstatus argv[1] ...`: queries come from argv, or one a line
 * from the file descriptor in; answers go to out, messages to err.
 * Parses the options itself, with no global state, and allocates
 * nothing, so that calls may follow each other.
 * Returns: the exit status; out is flushed. */
int httpstatus_cli_run(int argc, char **argv, int in, FILE *out, FILE *err);

#endif
