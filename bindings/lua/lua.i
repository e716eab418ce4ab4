/* The Lua 5.4 module httpstatus_core: the shared interface with Lua's
 * typemaps. httpstatus.lua builds the idiomatic layer on top. */
%module httpstatus_core

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
%typemap(out) int, unsigned, long, size_t, enum SWIGTYPE
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

/* The position lookups serve the layer, which checks the argument's type
 * only when nothing is found: any value that is not a string goes to C as
 * NULL, which matches nothing, so a hit costs no type check in Lua. */
%typemap(in) (const char *text, size_t text_len)
%{ if (lua_type(L, $input) == LUA_TSTRING) {
    $1 = ($1_ltype)lua_tolstring(L, $input, &$2);
  } else {
    $1 = NULL;
    $2 = 0;
  } %}

%include "../httpstatus.i"
