/*
 * httpstatus: every HTTP status code, its name, phrase, description, spec
 * reference, class, registry status and properties, found in constant time.
 *
 * Thread safety and ownership, for every function below: the library has no
 * mutable state, allocates nothing and needs no initialisation, so every
 * function may be called from any thread at any time. Every pointer it
 * returns points into static, read-only data that lives as long as the
 * program: never free it, never write through it. Every string it returns is
 * NUL-terminated ASCII.
 *
 * Text inputs are a pointer and a length: they need not be NUL-terminated,
 * and a NUL byte inside them is an ordinary byte that matches nothing. A NULL
 * pointer or a zero length matches nothing; no function reads past s + len.
 */
#ifndef HTTPSTATUS_H
#define HTTPSTATUS_H

#include <stddef.h>

#include "httpstatus_map.h" /* generated from data/statuses.toml */

#ifdef __cplusplus
extern "C" {
#endif

/* The build reads the version from these three lines. */
#define HTTPSTATUS_VERSION_MAJOR 0
#define HTTPSTATUS_VERSION_MINOR 1
#define HTTPSTATUS_VERSION_PATCH 0

#define HTTPSTATUS_STRINGIFY_(x) #x
#define HTTPSTATUS_STRINGIFY(x) HTTPSTATUS_STRINGIFY_(x)
#define HTTPSTATUS_VERSION_STRING                    \
  HTTPSTATUS_STRINGIFY(HTTPSTATUS_VERSION_MAJOR) "." \
  HTTPSTATUS_STRINGIFY(HTTPSTATUS_VERSION_MINOR) "." \
  HTTPSTATUS_STRINGIFY(HTTPSTATUS_VERSION_PATCH)

#if defined(__GNUC__)
#define HTTPSTATUS_API __attribute__((visibility("default")))
#else
#define HTTPSTATUS_API
#endif

/* Every registered code and every old name: HTTPSTATUS_NOT_FOUND == 404,
 * HTTPSTATUS_REQUEST_ENTITY_TOO_LARGE == HTTPSTATUS_CONTENT_TOO_LARGE == 413. */
enum httpstatus_code {
#define HTTPSTATUS_CODE_(code, NAME, ...) HTTPSTATUS_##NAME = code,
  HTTPSTATUS_MAP(HTTPSTATUS_CODE_)
  HTTPSTATUS_OLD_NAME_MAP(HTTPSTATUS_CODE_)
#undef HTTPSTATUS_CODE_
};

/* The class of a code is its first digit (RFC 9110, Section 15). */
enum httpstatus_class {
  HTTPSTATUS_CLASS_NONE = 0, /* outside 100..599 */
  HTTPSTATUS_CLASS_INFORMATIONAL = 1,
  HTTPSTATUS_CLASS_SUCCESS = 2,
  HTTPSTATUS_CLASS_REDIRECTION = 3,
  HTTPSTATUS_CLASS_CLIENT_ERROR = 4,
  HTTPSTATUS_CLASS_SERVER_ERROR = 5
};

/* The code's status in the IANA HTTP Status Code Registry. */
enum httpstatus_registry {
  HTTPSTATUS_REGISTRY_PERMANENT = 0,
  HTTPSTATUS_REGISTRY_TEMPORARY = 1, /* a temporary registration */
  HTTPSTATUS_REGISTRY_UNUSED = 2,    /* reserved, e.g. 418 */
  HTTPSTATUS_REGISTRY_OBSOLETED = 3  /* its spec is historic, e.g. 510 */
};

/* Bits of struct httpstatus.flags (RFC 9110 sections in brackets). */
enum httpstatus_flag {
  HTTPSTATUS_FLAG_CACHEABLE = 1 << 0,    /* heuristically cacheable [15.1] */
  HTTPSTATUS_FLAG_NO_CONTENT = 1 << 1,   /* never carries content [6.4.1] */
  HTTPSTATUS_FLAG_REDIRECT = 1 << 2,     /* has a Location to follow [15.4] */
  HTTPSTATUS_FLAG_KEEPS_METHOD = 1 << 3, /* redirect keeps method and body */
  HTTPSTATUS_FLAG_RETRYABLE = 1 << 4,    /* worth retrying, see Retry-After */
  HTTPSTATUS_FLAG_INTERIM = 1 << 5       /* not a final response (1xx) */
};

/* One status code. Every field is set; the strings are static. */
struct httpstatus {
  int code;                          /* 100..599 */
  enum httpstatus_class status_class;
  enum httpstatus_registry registry;
  unsigned flags;                    /* enum httpstatus_flag bits */
  const char *name;                  /* canonical NAME: "NOT_FOUND" */
  const char *phrase;                /* canonical phrase: "Not Found" */
  const char *description;           /* one line: "Nothing matches the given URI" */
  const char *spec;                  /* "RFC 9110, Section 15.5.5" */
};

/* The entry of a registered code, in constant time.
 * Returns: the entry, or NULL for any code that has none (e.g. 306, 999,
 * negative numbers). */
HTTPSTATUS_API const struct httpstatus *httpstatus_from_code(int code);

/* The entry whose canonical or old NAME is exactly s[0..len): "NOT_FOUND",
 * "REQUEST_ENTITY_TOO_LARGE". Case-sensitive.
 * Returns: the entry, or NULL when no NAME matches (and for NULL or len 0). */
HTTPSTATUS_API const struct httpstatus *httpstatus_from_name(const char *s, size_t len);

/* The entry whose current or old phrase is exactly s[0..len): "Not Found",
 * "Payload Too Large". Case-sensitive.
 * Returns: the entry, or NULL when no phrase matches (and for NULL or len 0). */
HTTPSTATUS_API const struct httpstatus *httpstatus_from_phrase(const char *s, size_t len);

/* The forgiving lookup, for text typed by people. Accepts:
 *   - a code of one to three ASCII digits: "404";
 *   - any NAME or phrase, current or old, in any letter case, with white
 *     space, '_', '-' and '\'' ignored: "not found", "Not-Found", "notfound",
 *     "NotFound", "payload too large", "im a teapot";
 *   - a code then a name or phrase of the same entry: "404 Not Found";
 * each with surrounding white space ignored.
 * Returns: the entry, or NULL when nothing matches (and for NULL or len 0,
 * any byte >= 0x80 or other punctuation, and a code and a name that disagree). */
HTTPSTATUS_API const struct httpstatus *httpstatus_find(const char *s, size_t len);

/* The number of entries: HTTPSTATUS_COUNT. */
HTTPSTATUS_API size_t httpstatus_count(void);

/* Entries in ascending code order, for iteration:
 *   for (size_t i = 0; (e = httpstatus_at(i)) != NULL; i++) ...
 * Returns: entry number index, or NULL when index >= httpstatus_count(). */
HTTPSTATUS_API const struct httpstatus *httpstatus_at(size_t index);

/* The class of any integer, registered or not: 499 is a client error
 * (RFC 9110, Section 15).
 * Returns: code / 100 as an enum httpstatus_class for 100..599, otherwise
 * HTTPSTATUS_CLASS_NONE. */
HTTPSTATUS_API enum httpstatus_class httpstatus_class_of(int code);

/* Returns: "informational", "success", "redirection", "client_error" or
 * "server_error"; NULL for HTTPSTATUS_CLASS_NONE and any other value. */
HTTPSTATUS_API const char *httpstatus_class_name(enum httpstatus_class status_class);

/* Returns: "permanent", "temporary", "unused" or "obsoleted"; NULL for any
 * other value. */
HTTPSTATUS_API const char *httpstatus_registry_name(enum httpstatus_registry registry);

/* Returns: "cacheable", "no_content", "redirect", "keeps_method",
 * "retryable" or "interim" for a single flag; NULL for anything else,
 * including 0 and several flags or'ed together. */
HTTPSTATUS_API const char *httpstatus_flag_name(enum httpstatus_flag flag);

/* Returns: the library's version, HTTPSTATUS_VERSION_STRING as it was when
 * the library was built ("0.1.0"). */
HTTPSTATUS_API const char *httpstatus_version(void);

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
