/* The SWIG interface of libhttpstatus, shared by every language binding.
 *
 * The raw module mirrors the C API under its C names (httpstatus_from_code,
 * httpstatus_at, struct httpstatus with read-only fields, the HTTPSTATUS_*
 * enum constants); each language adds a small idiomatic layer on top.
 * Differences from the C API, all in the same direction (no input can turn
 * into a valid code by accident):
 *   - httpstatus_from_code and httpstatus_class_of take a long long, so a
 *     number outside C's int range finds nothing instead of wrapping
 *     around to a valid code;
 *   - text arguments are one string each, passed to C as pointer and
 *     length, so embedded NUL bytes and long strings are plain input;
 *   - httpstatus_unofficial_from_code takes a long long too, for the same
 *     reason;
 *   - httpstatus_old_name_at and httpstatus_old_phrase_at list the old
 *     NAMEs and phrases, expanded from the generated map, for bindings
 *     that build their own tables or test them; httpstatus_ngx_name_at
 *     lists OpenResty's names the same way;
 *   - httpstatus_find_index, httpstatus_suggest_index and
 *     httpstatus_unofficial_find_index return the position of the entry
 *     found (in httpstatus_at or httpstatus_unofficial_at order) or -1, so
 *     a layer that keeps its own copy of the entries answers with one C
 *     call and no wrapper object. Their text is (const char *text, size_t
 *     text_len), so that a language may map it apart from the other text
 *     arguments (Lua passes any value that is not a string as NULL, which
 *     matches nothing, and lets its layer check types on the miss path).
 *
 * This file holds no %module and no typemaps: each language's folder has a
 * small interface (lua/lua.i, ruby/ruby.i, go/go.i) that names the module,
 * holds that language's typemaps and %includes this file. Every language
 * must map (const char *s, size_t len) and (const char *text, size_t
 * text_len), the text arguments, to one string. */
%{
#include <limits.h>
#include "httpstatus.h"

/* An old NAME or old phrase and the code it resolves to. */
struct httpstatus_alias {
  int code;
  const char *text;
};

/* A terminating {0, NULL} keeps each array valid when its map is empty. */
static const struct httpstatus_alias httpstatus_old_names[] = {
#define HTTPSTATUS_OLD_NAME_(code, OLD_NAME, NAME) {code, #OLD_NAME},
  HTTPSTATUS_OLD_NAME_MAP(HTTPSTATUS_OLD_NAME_)
#undef HTTPSTATUS_OLD_NAME_
  {0, NULL}
};
static const struct httpstatus_alias httpstatus_old_phrases[] = {
#define HTTPSTATUS_OLD_PHRASE_(code, phrase) {code, phrase},
  HTTPSTATUS_OLD_PHRASE_MAP(HTTPSTATUS_OLD_PHRASE_)
#undef HTTPSTATUS_OLD_PHRASE_
  {0, NULL}
};
/* OpenResty's ngx.HTTP_* names that differ from the NAMEs; the code may
 * be an unofficial one (444, CLOSE). */
static const struct httpstatus_alias httpstatus_ngx_names[] = {
#define HTTPSTATUS_NGX_NAME_(code, NGX_NAME) {code, #NGX_NAME},
  HTTPSTATUS_NGX_NAME_MAP(HTTPSTATUS_NGX_NAME_)
#undef HTTPSTATUS_NGX_NAME_
  {0, NULL}
};
#define HTTPSTATUS_ALIASES_(array) (sizeof array / sizeof array[0] - 1)

static const struct httpstatus *httpstatus_from_wide_code(long long code) {
  return code >= INT_MIN && code <= INT_MAX ? httpstatus_from_code((int)code)
                                            : NULL;
}

static const struct httpstatus *httpstatus_unofficial_from_wide_code(long long code) {
  return code >= INT_MIN && code <= INT_MAX
             ? httpstatus_unofficial_from_code((int)code) : NULL;
}

static enum httpstatus_class httpstatus_class_of_wide(long long code) {
  return code >= INT_MIN && code <= INT_MAX ? httpstatus_class_of((int)code)
                                            : HTTPSTATUS_CLASS_NONE;
}

static const struct httpstatus_alias *httpstatus_old_name_at(size_t index) {
  return index < HTTPSTATUS_ALIASES_(httpstatus_old_names)
             ? &httpstatus_old_names[index] : NULL;
}

static const struct httpstatus_alias *httpstatus_old_phrase_at(size_t index) {
  return index < HTTPSTATUS_ALIASES_(httpstatus_old_phrases)
             ? &httpstatus_old_phrases[index] : NULL;
}

/* The library keeps the registered entries in one array, and the
 * unofficial meanings in another, so an entry's position is its distance
 * from the first of its array. */
static const struct httpstatus_alias *httpstatus_ngx_name_at(size_t index) {
  return index < HTTPSTATUS_ALIASES_(httpstatus_ngx_names)
             ? &httpstatus_ngx_names[index] : NULL;
}

static long httpstatus_position(const struct httpstatus *entry,
                                const struct httpstatus *first) {
  return entry ? (long)(entry - first) : -1;
}

static long httpstatus_find_index(const char *text, size_t text_len) {
  return httpstatus_position(httpstatus_find(text, text_len), httpstatus_at(0));
}

static long httpstatus_suggest_index(const char *text, size_t text_len) {
  return httpstatus_position(httpstatus_suggest(text, text_len), httpstatus_at(0));
}

static long httpstatus_unofficial_find_index(const char *text, size_t text_len) {
  return httpstatus_position(httpstatus_unofficial_find(text, text_len),
                             httpstatus_unofficial_at(0));
}
%}

/* Everything the library hands out is read-only static data: no setters,
 * no constructors, no destructors. */
%immutable;
%nodefaultctor;
%nodefaultdtor;

#define HTTPSTATUS_API
%import "httpstatus_map.h"

%ignore httpstatus_from_code;
%rename(httpstatus_from_code) httpstatus_from_wide_code;
%ignore httpstatus_unofficial_from_code;
%rename(httpstatus_unofficial_from_code) httpstatus_unofficial_from_wide_code;
%ignore httpstatus_class_of;
%rename(httpstatus_class_of) httpstatus_class_of_wide;
%include "httpstatus.h"

struct httpstatus_alias {
  int code;
  const char *text;
};
const struct httpstatus *httpstatus_from_wide_code(long long code);
enum httpstatus_class httpstatus_class_of_wide(long long code);
const struct httpstatus_alias *httpstatus_old_name_at(size_t index);
const struct httpstatus_alias *httpstatus_old_phrase_at(size_t index);
const struct httpstatus_alias *httpstatus_ngx_name_at(size_t index);
const struct httpstatus *httpstatus_unofficial_from_wide_code(long long code);
long httpstatus_find_index(const char *text, size_t text_len);
long httpstatus_suggest_index(const char *text, size_t text_len);
long httpstatus_unofficial_find_index(const char *text, size_t text_len);
