-- luacheck's settings for the Lua binding (make lint). The module runs on
-- Lua 5.1, LuaJIT and 5.4: only what all three have is allowed in it.
std = "min"
max_line_length = 120
-- The suite runs under the three and tells them apart: what one of them
-- lacks is only read after a check.
files["spec/"] = {
  std = "+busted",
  read_globals = {
    "jit", "unpack",
    math = { fields = { "type", "maxinteger", "mininteger" } },
    table = { fields = { "unpack" } },
  },
}
-- The benchmark runs under Lua 5.4.
files["bench.lua"] = { std = "lua54" }
