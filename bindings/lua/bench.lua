-- Per-call cost of the Lua binding's lookups against a plain Lua table,
-- and against calling the raw SWIG module directly. Not a test: run it by
-- hand from the build directory's environment (see README):
--   LUA_PATH="bindings/lua/?.lua;;" LUA_CPATH="build/bindings/lua/?.so;;" lua5.4 bindings/lua/bench.lua
local hs = require "httpstatus"
local core = require "httpstatus_core"

-- The keys, every code and every NAME, and the native tables, all taken
-- from the library's entries.
local codes, names, phrase_by_code, phrase_by_name = {}, {}, {}, {}
for e in hs.entries() do
  codes[#codes + 1] = e.code
  names[#names + 1] = e.name
  phrase_by_code[e.code] = e.phrase
  phrase_by_name[e.name] = e.phrase
end

local ROUNDS = 2000000-- passes over the keys
local REPEATS = 5     -- the best of these (CPU time) is reported

-- Nanoseconds per call of f over the keys, best of REPEATS, less the cost
-- of the empty loop.
local function per_call(f, keys)
  local n = #keys
  local function run(g)
    local best = math.huge
    for _ = 1, REPEATS do
      local start = os.clock()
      for _ = 1, ROUNDS // n do
        for i = 1, n do g(keys[i]) end
      end
      best = math.min(best, os.clock() - start)
    end
    return best / (ROUNDS // n * n) * 1e9
  end
  return run(f) - run(function() end)
end

local rows = {
  { "from_code: hs.from_code(code)", function(c) return hs.from_code(c) end, codes },
  { "from_code: raw core.httpstatus_from_code(code)", function(c) return core.httpstatus_from_code(c) end, codes },
  { "from_code: raw call, then .phrase", function(c) return core.httpstatus_from_code(c).phrase end, codes },
  { "from_code: Lua table t[code]", function(c) return phrase_by_code[c] end, codes },
  { "from_name: hs.from_name(name)", function(s) return hs.from_name(s) end, names },
  { "from_name: raw core.httpstatus_from_name(name)", function(s) return core.httpstatus_from_name(s) end, names },
  { "from_name: Lua table t[name]", function(s) return phrase_by_name[s] end, names },
  { "find: hs.find(name)", function(s) return hs.find(s) end, names },
}
print(("%s, %d keys, ns per call (best of %d, empty loop subtracted)")
  :format(_VERSION, #codes, REPEATS))
for _, row in ipairs(rows) do
  print(("%-48s %8.1f"):format(row[1], per_call(row[2], row[3])))
end
