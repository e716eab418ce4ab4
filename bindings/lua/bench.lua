-- Per-call cost of the Lua binding's calls against indexing a plain Lua
-- table, with the targets: a call served from the layer's tables within 2x
-- of the native lookup, find within 4x of the layer's own from_name. Each
-- call is written into its timing loop as the program would write it. Not
-- a test: run it by hand from the build directory's environment (see
-- README):
--   LUA_PATH="bindings/lua/?.lua;;" LUA_CPATH="build/bindings/lua/?.so;;" lua5.4 bindings/lua/bench.lua
local hs = require "httpstatus"
local core = require "httpstatus_core"

-- The keys and the native tables, all taken from the library's entries:
-- every code and NAME, every phrase as typed in lower case, every code
-- with unofficial meanings, every unofficial phrase in lower case, and
-- every phrase with one letter dropped (a typo for suggest).
local codes, names, phrases, lower_phrases, typos = {}, {}, {}, {}, {}
local phrase_by_code, phrase_by_name, code_by_phrase = {}, {}, {}
local entries = {}
for e in hs.entries() do
  codes[#codes + 1] = e.code
  names[#names + 1] = e.name
  phrases[#phrases + 1] = e.phrase
  lower_phrases[#lower_phrases + 1] = e.phrase:lower()
  local middle = #e.phrase // 2
  typos[#typos + 1] = (e.phrase:sub(1, middle - 1) .. e.phrase:sub(middle + 1)):lower()
  phrase_by_code[e.code] = e.phrase
  phrase_by_name[e.name] = e.phrase
  code_by_phrase[e.phrase] = e.code
  entries[#entries + 1] = e
end
local unofficial_codes, unofficial_phrases = {}, {}
for e in hs.unofficial_entries() do
  if unofficial_codes[#unofficial_codes] ~= e.code then
    unofficial_codes[#unofficial_codes + 1] = e.code
  end
  unofficial_phrases[#unofficial_phrases + 1] = e.phrase:lower()
end

-- Codes in 100..999 without an entry: from_code's misses.
local missing_codes = {}
for code = 100, 999 do
  if not hs.from_code(code) then missing_codes[#missing_codes + 1] = code end
end

local CALLS = 1000000 -- calls per measurement
local RUNS = 7        -- interleaved runs; the median is reported

-- A timing loop with the expression written into it, so that a native
-- lookup costs what it costs inline (no function call around it); `k` is
-- the key. Returns seconds per key.
local function timer(expression)
  local chunk = ([[
local hs, core, by_code, by_name, by_phrase, lookup = ...
return function(keys, passes)
  local n = #keys
  local start = os.clock()
  for _ = 1, passes do
    for i = 1, n do
      local k = keys[i]
      local _ = %s
    end
  end
  return (os.clock() - start) / (passes * n)
end]]):format(expression)
  return assert(load(chunk, "=" .. expression))(hs, core, phrase_by_code,
    phrase_by_name, code_by_phrase, function(k) return phrase_by_code[k] end)
end

-- label (the expression), keys, the row it is compared with, the largest
-- ratio allowed (nil: the ratio is shown, no target), and for a call the
-- native index it stands for. A call costs a Lua function call however
-- little it does (lookup(k) against by_code[k]), so a call is held to a
-- native lookup behind the same call, lookup(k).
local rows = {
  { "by_code[k]", codes },
  { "by_name[k]", names },
  { "by_phrase[k]", phrases },
  { "lookup(k)", codes, 1 },
  { "hs.from_code(k)", codes, 4, 2, index = 1 },
  { "hs.from_name(k)", names, 4, 2, index = 2 },
  { "hs.from_phrase(k)", phrases, 4, 2, index = 3 },
  { "hs.class_of(k)", codes, 4, 2, index = 1 },
  { "hs.unofficial(k)", unofficial_codes, 4, 2, index = 1 },
  { "k:is_retryable()", entries, 4, 2, index = 1 },
  { "k.phrase", entries, 1, 2 },
  { "hs.find(k)", lower_phrases, 6, 4 },
  { "hs.find(k)", names, 6, 4 },
  { "hs.unofficial_find(k)", unofficial_phrases, 6 },
  { "hs.suggest(k)", typos, 6 },
  { "core.httpstatus_from_code(k)", codes, 4, nil, index = 1 },
  { "core.httpstatus_find(k)", lower_phrases, 6 },
  -- A miss, held to what a hit is; a property read as a field.
  { "hs.from_code(k)", missing_codes, 4, 2, index = 1 },
  { "k.retryable", entries, 1, 2 },
}
-- What each row's keys are, for the output.
local key_names = {
  [codes] = "codes", [names] = "NAMEs", [phrases] = "phrases",
  [lower_phrases] = "lower-case phrases", [unofficial_codes] = "unofficial codes",
  [entries] = "entries", [unofficial_phrases] = "unofficial phrases",
  [typos] = "typos", [missing_codes] = "codes 100-999 w/o",
}

local empty = timer("k")
local function per_call(row)
  local passes = CALLS // #row[2]
  return row.timer(row[2], passes) - empty(row[2], passes)
end
for _, row in ipairs(rows) do row.timer = timer(row[1]) end

local samples = {}
for r = 1, #rows do samples[r] = {} end
for _ = 1, RUNS do
  for r, row in ipairs(rows) do
    table.insert(samples[r], per_call(row))
  end
end
local median = {}
for r = 1, #rows do
  table.sort(samples[r])
  median[r] = samples[r][(RUNS + 1) // 2] * 1e9
end

print(("%s, %d codes, %d unofficial meanings; ns per call, median of %d interleaved runs, empty loop subtracted")
  :format(_VERSION, #codes, #unofficial_phrases, RUNS))
print("by_code, by_name, by_phrase: Lua tables of the phrases or codes; lookup: a Lua function returning by_code[k]")
print(("%-30s %-18s %7s  %-16s %6s  %-13s %s"):format("call", "k over", "ns", "compared with",
  "ratio", "target", "native index"))
for r, row in ipairs(rows) do
  local line = ("%-30s %-18s %7.1f"):format(row[1], key_names[row[2]], median[r])
  if row[3] then
    local ratio = median[r] / median[row[3]]
    line = line .. ("  %-16s %5.1fx"):format(rows[row[3]][1], ratio)
    line = line .. ("  %-13s"):format(row[4]
      and ("<= %gx %s"):format(row[4], ratio <= row[4] and "PASS" or "MISS") or "")
  end
  if row.index then
    line = line .. (" %.1fx %s"):format(median[r] / median[row.index], rows[row.index][1])
  end
  print(line)
end
