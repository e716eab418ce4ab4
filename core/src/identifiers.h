/* Internal to the library: the lookups httpstatus_find and
 * httpstatus_unofficial_find make once their own rules have failed
 * (core/src/identifiers.c). */
#ifndef HTTPSTATUS_IDENTIFIERS_H
#define HTTPSTATUS_IDENTIFIERS_H

#include <stddef.h>

/* A status header (":status: 404"), an identifier other software gives a
 * code, optionally qualified ("http.StatusTeapot"), or a qualifier then
 * text that registered (1) or unofficial (0) lookups find, as
 * httpstatus.h states. Returns: the registered entry, or the unofficial
 * meaning, or NULL. */
const struct httpstatus *identifier_find(const char *s, size_t len, int registered);

#endif
