/* Slow, obviously correct references for the lookups: a linear scan over
 * the same data, with no hashing and no length limits. The fuzz targets
 * and the concurrency test compare the library's answers with these. */
#ifndef HTTPSTATUS_ORACLE_H
#define HTTPSTATUS_ORACLE_H

#include <stddef.h>

#include "httpstatus.h"

#ifdef __cplusplus
extern "C" {
#endif

enum oracle_kind { ORACLE_NAME, ORACLE_PHRASE };

/* One text the data maps to an entry: a NAME or a phrase, current or old. */
struct oracle_key {
  enum oracle_kind kind;
  const char *text;
  const struct httpstatus *entry;
};

/* Key number index, for iteration:
 *   for (size_t i = 0; oracle_key_at(i, &key); i++) ...
 * Returns: 1 and fills *key, or 0 when index is past the last key. */
int oracle_key_at(size_t index, struct oracle_key *key);

const struct httpstatus *oracle_from_code(int code);
const struct httpstatus *oracle_from_name(const char *s, size_t len);
const struct httpstatus *oracle_from_phrase(const char *s, size_t len);
/* The rules written in httpstatus.h for httpstatus_find, applied literally. */
const struct httpstatus *oracle_find(const char *s, size_t len);
/* The unofficial meanings: the first of a code, by a scan of
 * httpstatus_unofficial_at; and httpstatus_unofficial_find's rules, the
 * same as oracle_find's over the meanings' NAMEs and phrases. */
const struct httpstatus *oracle_unofficial_from_code(int code);
const struct httpstatus *oracle_unofficial_find(const char *s, size_t len);
/* Once the forgiving rules fail: status headers and identifiers, for the
 * registered (1) or the unofficial (0) lookup (identifier_oracle.c). */
const struct httpstatus *oracle_identifier(const char *s, size_t len, int registered);
/* The rules written in httpstatus.h for httpstatus_suggest, applied
 * literally (suggest_oracle.c). */
const struct httpstatus *oracle_suggest(const char *s, size_t len);

/* Aborts, after printing the input and both answers, when they differ. */
void oracle_expect_same(const char *function, const void *input, size_t len,
                        const struct httpstatus *got,
                        const struct httpstatus *expected);

#ifdef __cplusplus
}
#endif

#endif
