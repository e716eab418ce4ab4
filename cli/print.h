/* How the command-line tool writes entries, queries and messages. */
#ifndef HTTPSTATUS_CLI_PRINT_H
#define HTTPSTATUS_CLI_PRINT_H

#include "httpstatus.h"

#include <stddef.h>
#include <stdio.h>

/* One line for a person:
 *   404 Not Found - Nothing matches the given URI (RFC 9110, Section 15.5.5)
 * [NOT_FOUND; cacheable] the bracket holds the NAME, then the registry status unless
 * permanent
 * ("unofficial, nginx": with the origin), then the properties. */
void print_entry_text(FILE *out, const struct httpstatus *e);

/* A snake_case name as words: "client_error" reads "client error". */
void print_words(FILE *out, const char *name);

/* The entry's fields as JSON members, without braces:
 *   "code":404,"name":"NOT_FOUND",...,"origin":"IANA","properties":["cacheable"] */
void print_entry_members(FILE *out, const struct httpstatus *e);

/* s[0..len) as a JSON string of ASCII only: valid UTF-8 becomes \u escapes,
 * any byte that is not part of valid UTF-8 becomes \ufffd. */
void print_json_string(FILE *out, const char *s, size_t len);

/* s[0..len) quoted for a message: at most 64 bytes, anything but printable
 * ASCII as \xNN, so that a hostile query cannot garble the terminal. */
void print_query(FILE *out, const char *s, size_t len);

#endif
