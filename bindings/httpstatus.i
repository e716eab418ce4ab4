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
 * Language-specific typemaps sit in #ifdef SWIG<LANGUAGE> blocks below. */
%module httpstatus_core

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

/* ---- Language-specific typemaps ---------------------------------------- */

#ifdef SWIGLUA
/* Strict type checks: Lua would otherwise convert "404" to 404 and back. */
%fragment("httpstatus_lua_types", "header") {
static int httpstatus_lua_isnumber(lua_State *L, int index) {
  return lua_type(L, index) == LUA_TNUMBER;
}
static int httpstatus_lua_isstring(lua_State *L, int index) {
  return lua_type(L, index) == LUA_TSTRING;
}
}

/* Integers go out as Lua integers (SWIG's default pushes floats). */
%typemap(out) int, unsigned, size_t, enum SWIGTYPE
%{ lua_pushinteger(L, (lua_Integer)$1); SWIG_arg++; %}

/* A code must be a Lua number with an integer value: "404", 404.5 and 2^63
 * are errors, as for Lua's own integer parameters. */
%typemap(in, checkfn="httpstatus_lua_isnumber",
         fragment="httpstatus_lua_types") long long code
%{ {
  int exact;
  lua_Integer value = lua_tointegerx(L, $input, &exact);
  if (!exact) {
    SWIG_Lua_pushferrstring(L, "Error in $symname (arg $argnum), "
                            "number has no integer representation");
    SWIG_fail;
  }
  $1 = (long long)value;
} %}

/* An index must be a non-negative integer. */
%typemap(in, checkfn="httpstatus_lua_isnumber",
         fragment="httpstatus_lua_types") size_t index
%{ {
  int exact;
  lua_Integer value = lua_tointegerx(L, $input, &exact);
  if (!exact || value < 0) {
    SWIG_Lua_pushferrstring(L, "Error in $symname (arg $argnum), "
                            "expected a non-negative integer");
    SWIG_fail;
  }
  $1 = (size_t)value;
} %}

/* Text must be a Lua string (not a number Lua would convert); its bytes
 * and length go to C as they are. */
%typemap(in, checkfn="httpstatus_lua_isstring",
         fragment="httpstatus_lua_types") (const char *s, size_t len)
%{ $1 = ($1_ltype)lua_tolstring(L, $input, &$2); %}
#endif

#ifdef SWIGRUBY
%{
#include <ruby/encoding.h>
%}

/* Ruby class names are capitalised. */
%rename(Status) httpstatus;
%rename(Alias) httpstatus_alias;

/* A code must be an Integer. A Bignum is far outside int range, so it
 * finds nothing (SWIG's default would raise TypeError for it). */
%typemap(in) long long code
%{ if (!RB_INTEGER_TYPE_P($input))
    rb_raise(rb_eTypeError, "no implicit conversion of %s into Integer",
             rb_obj_classname($input));
  $1 = RB_FIXNUM_P($input) ? (long long)FIX2LONG($input) : LLONG_MAX; %}

/* Text must be a String; its bytes and length go to C as they are. */
%typemap(in) (const char *s, size_t len)
%{ Check_Type($input, T_STRING);
  $1 = RSTRING_PTR($input);
  $2 = (size_t)RSTRING_LEN($input); %}

/* The library's strings are ASCII: hand them out as frozen UTF-8 strings
 * (SWIG's default is a mutable ASCII-8BIT string), deduplicated. */
%typemap(out) const char *
%{ $result = $1 ? rb_enc_interned_str_cstr($1, rb_utf8_encoding()) : Qnil; %}
%typemap(varout) const char *
%{ $result = $1 ? rb_enc_interned_str_cstr($1, rb_utf8_encoding()) : Qnil; %}
#endif

#if !defined(SWIGLUA) && !defined(SWIGRUBY)
/* Elsewhere, SWIG's own string-and-length typemaps. */
%apply (char *STRING, size_t LENGTH) { (const char *s, size_t len) };
#endif

/* ---- The API ----------------------------------------------------------- */

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
