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
 *   - httpstatus_old_name_at and httpstatus_old_phrase_at list the old
 *     NAMEs and phrases, expanded from the generated map, for bindings
 *     that build their own tables or test them.
 *
 * This file holds no %module and no typemaps: each language's folder has a
 * small interface (lua/lua.i, ruby/ruby.i, go/go.i) that names the module,
 * holds that language's typemaps and %includes this file. Every language
 * must map (const char *s, size_t len), the text arguments, to one string. */
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
#define HTTPSTATUS_ALIASES_(array) (sizeof array / sizeof array[0] - 1)

static const struct httpstatus *httpstatus_from_wide_code(long long code) {
  return code >= INT_MIN && code <= INT_MAX ? httpstatus_from_code((int)code)
                                            : NULL;
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
