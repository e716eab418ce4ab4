/* Internal to the library: the lookups httpstatus_find and
 * httpstatus_unofficial_find make once their own rules have failed
 * (core/src/identifiers.c). */
#ifndef HTTPSTATUS_IDENTIFIERS_H
#define HTTPSTATUS_IDENTIFIERS_H

#include <stddef.h>

/* The longest folded identifier the lookup takes: a prefix of up to 8
 * bytes and a stem of up to 32 (the generated tables are checked against
 * it). */
#define IDENTIFIER_KEY_MAX 40

/* A status header (":status: 404"), an identifier other software gives a
 * code, optionally qualified ("http.StatusTeapot"), or a qualifier then
 * text that registered (1) or unofficial (0) lookups find, as
 * httpstatus.h states. key[0..n) is s[0..len) folded by text_fold_key
 * with a max of folded_max, which the caller has at hand already (a key
 * longer than that is folded again, to IDENTIFIER_KEY_MAX). Returns: the
 * registered entry, or the unofficial meaning, or NULL. */
const struct httpstatus *identifier_find(const char *s, size_t len, const char *key,
                                         size_t n, size_t folded_max, int registered);

/* identifier_find of text no caller has folded (or folded only in part):
 * it folds s[0..len) to IDENTIFIER_KEY_MAX bytes itself. */
const struct httpstatus *identifier_find_text(const char *s, size_t len,
                                              int registered);

#endif
