/* The Lua module httpstatus_core: the shared interface with Lua's
 * typemaps. httpstatus.lua builds the idiomatic layer on top. One
 * generated wrapper compiles against Lua 5.4's headers and against Lua
 * 5.1's (which LuaJIT shares); SWIG runs with -nomoduleglobal. */
%module httpstatus_core

/* SWIG sets these two globals in every Lua module it makes; require
 * should leave no global behind. */
%luacode {
swig_type, swig_equals = nil, nil
}

/* Strict type checks: Lua would otherwise convert "404" to 404 and back. */
/* %{ %}, not { }: SWIG would otherwise resolve the #if itself. */
%fragment("httpstatus_lua_types", "header") %{
static int httpstatus_lua_isnumber(lua_State *L, int index) {
  return lua_type(L, index) == LUA_TNUMBER;
}
static int httpstatus_lua_isstring(lua_State *L, int index) {
  return lua_type(L, index) == LUA_TSTRING;
}
/* The integer value of the number at index; *exact is 0 when it has none.
 * Lua 5.1 and LuaJIT have only floating-point numbers. */
static lua_Integer httpstatus_lua_tointeger(lua_State *L, int index, int *exact) {
#if LUA_VERSION_NUM >= 503
  return lua_tointegerx(L, index, exact);
#else
  lua_Number n = lua_tonumber(L, index);
  *exact = n >= -9223372036854775808.0 && n < 9223372036854775808.0 &&
           (lua_Number)(long long)n == n;
  return *exact ? (lua_Integer)(long long)n : 0;
#endif
}
%}

/* Integers go out as Lua integers (SWIG's default pushes floats). */
%typemap(out) int, unsigned, long, size_t, enum SWIGTYPE
%{ lua_pushinteger(L, (lua_Integer)$1); SWIG_arg++; %}

/* A code must be a Lua number with an integer value: "404", 404.5 and 2^63
 * are errors, as for Lua's own integer parameters. */
%typemap(in, checkfn="httpstatus_lua_isnumber",
         fragment="httpstatus_lua_types") long long code
%{ {
  int exact;
  lua_Integer value = httpstatus_lua_tointeger(L, $input, &exact);
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
  lua_Integer value = httpstatus_lua_tointeger(L, $input, &exact);
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
