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
#define HTTPSTATUS_VERSION_STRING                                                      \
  HTTPSTATUS_STRINGIFY(HTTPSTATUS_VERSION_MAJOR)                                       \
  "." HTTPSTATUS_STRINGIFY(HTTPSTATUS_VERSION_MINOR) "." HTTPSTATUS_STRINGIFY(         \
      HTTPSTATUS_VERSION_PATCH)
/* The version as one number to compare in #if: 0.1.0 is 100, 1.2.3 is 10203. */
#define HTTPSTATUS_VERSION_NUMBER                                                      \
  (HTTPSTATUS_VERSION_MAJOR * 10000 + HTTPSTATUS_VERSION_MINOR * 100 +                 \
   HTTPSTATUS_VERSION_PATCH)

/* What marks each function public in the shared library. A program that
 * builds the library into itself (the amalgamation, say) may define it
 * before including this header, as nothing for instance. */
#ifndef HTTPSTATUS_API
#if defined(__GNUC__)
#define HTTPSTATUS_API __attribute__((visibility("default")))
#else
#define HTTPSTATUS_API
#endif
#endif

/* Every registered code and every old name: HTTPSTATUS_NOT_FOUND == 404,
 * HTTPSTATUS_REQUEST_ENTITY_TOO_LARGE == HTTPSTATUS_CONTENT_TOO_LARGE == 413. */
enum httpstatus_code {
#define HTTPSTATUS_CODE_(code, NAME, ...) HTTPSTATUS_##NAME = code,
  HTTPSTATUS_MAP(HTTPSTATUS_CODE_) HTTPSTATUS_OLD_NAME_MAP(HTTPSTATUS_CODE_)
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
  HTTPSTATUS_REGISTRY_OBSOLETED = 3, /* its spec is historic, e.g. 510 */
  HTTPSTATUS_REGISTRY_UNOFFICIAL = 4 /* not registered: a vendor's code */
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

/* One status code, or one unofficial meaning of a code. Every field is
 * set; the strings are static. New fields are only ever appended, so the
 * offsets of the others stay where they are. */
struct httpstatus {
  int code; /* 100..599 */
  enum httpstatus_class status_class;
  enum httpstatus_registry registry; /* HTTPSTATUS_REGISTRY_UNOFFICIAL for
                                        the unofficial meanings */
  unsigned flags;                    /* enum httpstatus_flag bits; 0 for the
                                        unofficial meanings */
  const char *name;                  /* canonical NAME: "NOT_FOUND" */
  const char *phrase;                /* canonical phrase: "Not Found" */
  const char *description;           /* one line: "Nothing matches the given URI" */
  const char *spec;                  /* "RFC 9110, Section 15.5.5"; for an
                                        unofficial meaning, where its origin
                                        documents it */
  const char *origin;                /* who defines it: "IANA" for every
                                        registered code, else "nginx",
                                        "Cloudflare", ... */
  const char *spec_url;              /* the spec's URL, its section where it
                                        has one: "https://www.rfc-editor.org/
                                        rfc/rfc9110#section-15.5.5"; NULL
                                        for the unofficial meanings */
  const char *mdn_url;               /* MDN's page for the code; NULL where
                                        MDN has none (104, 305) and for the
                                        unofficial meanings */
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
HTTPSTATUS_API const struct httpstatus *httpstatus_from_phrase(const char *s,
                                                               size_t len);

/* The forgiving lookup, for text typed by people or pasted from logs.
 * Accepts:
 *   - a code of one to three ASCII digits: "404";
 *   - any NAME or phrase, current or old, in any letter case, with white
 *     space, '_', '-' and '\'' ignored: "not found", "Not-Found", "notfound",
 *     "NotFound", "payload too large", "im a teapot";
 *   - a code then a name or phrase of the same entry: "404 Not Found";
 *   - a status line: "HTTP/" in upper case, one digit, optionally '.' and
 *     one more digit, one or more white space bytes, then a code, alone or
 *     followed by text as above: "HTTP/1.1 404 Not Found", "HTTP/2 404",
 *     "HTTP/1.0 200 OK" ("HTTP/1.1 Not Found", "HTTP/1.10 404" and
 *     "http/1.1 404" match nothing);
 * each with surrounding white space ignored. White space is ' ' and '\t',
 * '\n', '\v', '\f', '\r'. Only registered codes are found: "499" gives
 * NULL (see httpstatus_unofficial_find).
 * Then, only when none of those matches, with surrounding white space
 * ignored:
 *   - a status header: ":status:" (HTTP/2's pseudo-header as curl and
 *     nghttp print it) or "Status:" (CGI's), white space, then a code
 *     alone or followed by text as above: ":status: 404",
 *     "Status: 404 Not Found";
 *   - an identifier another ecosystem gives the code, in any letter case
 *     with white space, '_', '-' and '\'' ignored, optionally after one of
 *     the qualifiers of HTTPSTATUS_QUALIFIER_MAP (exact bytes):
 *     "StatusTeapot", "http.StatusTeapot", "RedirectKeepVerb",
 *     "HTTP_404_NOT_FOUND", "status.HTTP_404_NOT_FOUND", ":unprocessable_entity",
 *     "Net::HTTPNotFound"; the identifiers are HTTPSTATUS_IDENTIFIER_MAP's
 *     with found 1 whose code is registered;
 *   - a qualifier, then text that does not start with a qualifier (after
 *     any white space), found by all of these rules: "HttpStatus.NOT_FOUND".
 * An identifier that carries a code (HTTP_404_NOT_FOUND) is found only
 * with its own: "HTTP_405_NOT_FOUND" matches nothing.
 * Cost: a NAME or phrase as written, in any case and with '_' or ' '
 * between its words ("not found", "NOT_FOUND", "Not_Found"), one hash and
 * one compare; other text a fold, linear in len, then the same.
 * Returns: the entry, or NULL when nothing matches (and for NULL or len 0,
 * any byte >= 0x80 or other punctuation, and a code and a name that disagree). */
HTTPSTATUS_API const struct httpstatus *httpstatus_find(const char *s, size_t len);

/* The number of entries: HTTPSTATUS_COUNT. */
HTTPSTATUS_API size_t httpstatus_count(void);

/* Entries in ascending code order, for iteration:
 *   for (size_t i = 0; (e = httpstatus_at(i)) != NULL; i++) ...
 * Returns: entry number index, or NULL when index >= httpstatus_count(). */
HTTPSTATUS_API const struct httpstatus *httpstatus_at(size_t index);

/* Unofficial codes: what servers, proxies and CDNs send or log although no
 * IANA registration backs it (nginx's 499, Cloudflare's 521, ...). One code
 * may have several meanings, one per origin (499: nginx, then Esri). They
 * are entries of their own, apart from the registered ones above: the
 * registered lookups never return them, and these never return a
 * registered entry. Each is a struct httpstatus with registry
 * HTTPSTATUS_REGISTRY_UNOFFICIAL, flags 0 (the library promises nothing
 * about how a client should treat them), spec its reference and origin who
 * sends it. A meaning may share its NAME or phrase with a registered entry
 * (561 "Unauthorized"); NAMEs are unique among the unofficial meanings, and
 * so are their folded NAMEs and phrases. */

/* The number of unofficial meanings: HTTPSTATUS_UNOFFICIAL_COUNT. */
HTTPSTATUS_API size_t httpstatus_unofficial_count(void);

/* Unofficial meanings in ascending code order; the meanings of one code are
 * adjacent, in the data file's order (HTTPSTATUS_UNOFFICIAL_MAP's order),
 * which stays stable from release to release:
 *   for (size_t i = 0; (e = httpstatus_unofficial_at(i)) != NULL; i++) ...
 * Returns: meaning number index, or NULL when index >=
 * httpstatus_unofficial_count(). */
HTTPSTATUS_API const struct httpstatus *httpstatus_unofficial_at(size_t index);

/* The first unofficial meaning of code, by a binary search of at most
 * six steps; any int is safe. The code's other meanings follow it in
 * httpstatus_unofficial_at order: iterate with httpstatus_unofficial_at,
 * not by stepping the pointer, since struct httpstatus may gain members
 * at its end within one SONAME (abi/README.md).
 * Returns: the first meaning, or NULL when the code has none (404, 999,
 * -1). A registered code may have one too: 451 is also Exchange's
 * "Redirect". */
HTTPSTATUS_API const struct httpstatus *httpstatus_unofficial_from_code(int code);

/* httpstatus_find's forgiving rules over the unofficial meanings, to the
 * letter: a code ("499"), a NAME or phrase in any letter case with white
 * space, '_', '-' and '\'' ignored ("client closed request",
 * "CLIENT_CLOSED_REQUEST", "ClientClosedRequest"), a code then text
 * ("499 Token Required"), or a status line ("HTTP/1.1 499"), with
 * surrounding white space ignored. Found, as httpstatus_find finds, by a
 * perfect hash of the meanings' folded NAMEs and phrases. Then, as
 * httpstatus_find, a status header, or an identifier (optionally
 * qualified) whose target is an unofficial meaning (.NET's "Unused",
 * Spring's "METHOD_FAILURE"), or a qualifier then text these rules find.
 * Returns: for a code alone, its first meaning (the one
 * httpstatus_unofficial_from_code gives); for text, the one meaning whose
 * NAME or phrase it folds to; for a code then text, that meaning if its
 * code is the given one. NULL when nothing matches (and for NULL or len 0,
 * a code without unofficial meanings such as "404", text of a registered
 * entry only such as "not found", any byte >= 0x80 or other punctuation,
 * text that folds to more bytes than any meaning's, and a code and text that
 * disagree). */
HTTPSTATUS_API const struct httpstatus *httpstatus_unofficial_find(const char *s,
                                                                   size_t len);

/* The registered entry that text httpstatus_find rejects most likely meant:
 * a typo ("not fund" -> 404, "Internal Sever Error" -> 500) or a distinctive
 * fragment of a phrase or NAME ("teapot" -> 418, "unsupported media" ->
 * 415). Registered entries only. The rules, in order, first answer wins:
 *
 *  1. httpstatus_find(s, len), when it is not NULL.
 *  2. Fold s: ASCII letters upper-cased, white space, '_', '-' and '\''
 *     dropped, every other byte (digits, punctuation, NUL, bytes >= 0x80)
 *     kept as it is. NULL when s is NULL or the folded key is empty or
 *     longer than 64 bytes.
 *  3. Fragment: only for keys of 4 bytes or more that are none of the
 *     common words ALSO, ERROR, HTTP, LONG, MANY, OTHER, SERVER, STATUS,
 *     TYPE, USED. The texts of an entry are its NAME, phrase, old NAMEs and
 *     old phrases; a text's words are its maximal runs of bytes other than
 *     white space, '_', '-' and '\''. An entry matches when one of its
 *     texts has a run of one or more consecutive whole words whose
 *     concatenation, upper-cased, equals the key. Exactly one entry
 *     matches: that entry. Several match: NULL ("gateway": 502 and
 *     504). None: go on.
 *  4. Typo: for every text of every entry, and every identifier of
 *     another ecosystem (httpstatus_identifier) that httpstatus_find
 *     resolves to a registered entry, a text of that entry, its folded
 *     form t (folded as in step 2) and the optimal string alignment
 *     distance d between the key and t: the fewest single-byte
 *     insertions, deletions, substitutions and transpositions of two
 *     adjacent bytes, no substring edited more than
 *     once. A text is close when d <= 0 for |t| <= 5, d <= 1 for |t| 6..9,
 *     d <= 2 for |t| 10..15, d <= 3 for |t| >= 16 (so short keys such as
 *     OK, GONE and FOUND get no typos: "fond" gives NULL). Returns the
 *     entry of the close text with the smallest d, the lowest code among
 *     equals; NULL when no text is close ("hello", "xyz", "aaaa").
 *
 * Cost: httpstatus_find's, then the fold (linear in len, stopping at the
 * 65th key byte), then a scan of every text with a distance computed only
 * for texts whose folded length is within 3 of the key's. No allocation.
 * Returns: the entry, or NULL as above. */
HTTPSTATUS_API const struct httpstatus *httpstatus_suggest(const char *s, size_t len);

/* Identifiers: what other software calls a code, transcribed from each
 * ecosystem's own source (data/identifiers.toml). The ecosystems are
 * numbered from 0 in a stable order; a new one is appended. */
enum httpstatus_ecosystem {
#define HTTPSTATUS_ECOSYSTEM_(NAME, name, qualifier) HTTPSTATUS_ECOSYSTEM_##NAME,
  HTTPSTATUS_ECOSYSTEM_MAP(HTTPSTATUS_ECOSYSTEM_)
#undef HTTPSTATUS_ECOSYSTEM_
};

/* The number of ecosystems: HTTPSTATUS_ECOSYSTEM_COUNT. */
HTTPSTATUS_API size_t httpstatus_ecosystem_count(void);

/* Returns: the ecosystem's short name ("go", "dotnet", "spring", "rack",
 * ...); NULL for any other value. */
HTTPSTATUS_API const char *httpstatus_ecosystem_name(enum httpstatus_ecosystem eco);

/* Returns: what the ecosystem's code usually writes before an identifier
 * ("http.", "HttpStatusCode.", ":"); NULL for any other value. */
HTTPSTATUS_API const char *
httpstatus_ecosystem_qualifier(enum httpstatus_ecosystem eco);

/* The index-th identifier eco gives e's code, as that ecosystem spells it
 * without its qualifier ("StatusNotFound"), the usual one first; for an
 * unofficial meaning, those it gives that meaning (Spring's
 * "BANDWIDTH_LIMIT_EXCEEDED"). e is an entry this library returned.
 * Returns: the identifier, or NULL past the last, when eco names no such
 * code, for NULL, another pointer or an unknown eco. */
HTTPSTATUS_API const char *httpstatus_identifier(const struct httpstatus *e,
                                                 enum httpstatus_ecosystem eco,
                                                 size_t index);

/* The HTTP/1.1 status line of e with its CRLF, "HTTP/1.1 404 Not
 * Found\r\n": a static string, for servers that write responses.
 * Returns: the line, or NULL for NULL or a pointer this library did not
 * return. */
HTTPSTATUS_API const char *httpstatus_status_line(const struct httpstatus *e);

/* The class of any integer, registered or not: 499 is a client error
 * (RFC 9110, Section 15).
 * Returns: code / 100 as an enum httpstatus_class for 100..599, otherwise
 * HTTPSTATUS_CLASS_NONE. */
HTTPSTATUS_API enum httpstatus_class httpstatus_class_of(int code);

/* Returns: "informational", "success", "redirection", "client_error" or
 * "server_error"; NULL for HTTPSTATUS_CLASS_NONE and any other value. */
HTTPSTATUS_API const char *httpstatus_class_name(enum httpstatus_class status_class);

/* Returns: "permanent", "temporary", "unused", "obsoleted" or
 * "unofficial"; NULL for any other value. */
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
