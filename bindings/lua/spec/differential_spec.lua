-- The layer against the raw module it wraps, over random input: random
-- bytes, mutated NAMEs and phrases, status lines, and huge, negative and
-- float codes. Every lookup must give what the C library gives for the
-- same value. The seed is printed; HTTPSTATUS_SEED=N replays a run, and
-- HTTPSTATUS_ROUNDS sets how many texts and codes it tries (100,000 each).
local hs = require "httpstatus"
local core = require "httpstatus_core"

local seed = tonumber(os.getenv("HTTPSTATUS_SEED")) or os.time()
local rounds = tonumber(os.getenv("HTTPSTATUS_ROUNDS")) or 100000
print(("differential: seed %d (replay with HTTPSTATUS_SEED=%d)"):format(seed, seed))
math.randomseed(seed)

-- Every text the C library knows, read through the raw module.
local texts = {}
local function collect(at, ...)
  for i = 0, math.huge do
    local raw = at(i)
    if not raw then return end
    for _, field in ipairs { ... } do texts[#texts + 1] = raw[field] end
  end
end
collect(core.httpstatus_at, "name", "phrase")
collect(core.httpstatus_unofficial_at, "name", "phrase")
collect(core.httpstatus_old_name_at, "text")
collect(core.httpstatus_old_phrase_at, "text")

local function random_byte() return string.char(math.random(0, 255)) end
local separators = { " ", "_", "-", "'", "\t", "\n", "\0", "\x80" }

-- A text of the data with a few random edits, or random bytes.
local function random_text()
  local kind = math.random(4)
  if kind == 1 then
    local out = {}
    for i = 1, math.random(0, 12) do out[i] = random_byte() end
    return table.concat(out)
  end
  local s = texts[math.random(#texts)]
  if kind == 2 then s = math.random(99, 600) .. separators[math.random(#separators)] .. s end
  if kind == 3 then s = "HTTP/1.1 " .. math.random(99, 600) .. (math.random(2) == 1 and "" or " " .. s) end
  for _ = 1, math.random(0, 3) do
    local at = math.random(#s + 1)
    local edit = math.random(4)
    if edit == 1 then -- change the case of a byte
      local c = s:sub(at, at)
      s = s:sub(1, at - 1) .. (c:upper() == c and c:lower() or c:upper()) .. s:sub(at + 1)
    elseif edit == 2 then
      s = s:sub(1, at - 1) .. s:sub(at + 1)
    elseif edit == 3 then
      s = s:sub(1, at - 1) .. separators[math.random(#separators)] .. s:sub(at)
    else
      s = s:sub(1, at - 1) .. random_byte() .. s:sub(at)
    end
  end
  return s
end

-- A code near the registered ones, anywhere in 64 bits, or a float with
-- an integral value.
local edges = { 2^53, -2^53, 2^62, -2^63, 0, -1, 2^32 + 404 }
if math.maxinteger then -- Lua 5.3 on has 64-bit integers too
  edges[#edges + 1], edges[#edges + 2] = math.maxinteger, math.mininteger
end
local function random_code()
  local kind = math.random(4)
  if kind == 1 then return math.random(-10, 1000) end
  if kind == 2 then return math.floor((math.random() - 0.5) * 2^64) end
  if kind == 3 then return edges[math.random(#edges)] end
  return math.random(99, 600) + 0.0
end

-- What an entry or raw struct says, enough to tell every entry apart.
local function answer(e)
  return e and (e.code .. " " .. e.name) or "nil"
end

describe("the layer agrees with the raw module", function()
  it("on random and mutated text", function()
    local lookups = { "from_name", "from_phrase", "find", "suggest", "unofficial_find" }
    for _ = 1, rounds do
      local s = random_text()
      for _, name in ipairs(lookups) do
        local layer, raw = answer((hs[name](s))), answer(core["httpstatus_" .. name](s))
        if layer ~= raw then
          error(("%s(%q): layer %s, C %s (seed %d)"):format(name, s, layer, raw, seed))
        end
      end
    end
  end)

  it("on huge, negative and float codes", function()
    for _ = 1, rounds do
      local code = random_code()
      local layer, raw = answer((hs.from_code(code))), answer(core.httpstatus_from_code(code))
      local first = answer(hs.unofficial(code)[1])
      local raw_first = answer(core.httpstatus_unofficial_from_code(code))
      local class = hs.class_of(code)
      local raw_class = core.httpstatus_class_name(core.httpstatus_class_of(code))
      if layer ~= raw or first ~= raw_first or class ~= raw_class then
        error(("code %s: layer %s, %s, %s; C %s, %s, %s (seed %d)"):format(
          code, layer, first, class, raw, raw_first, raw_class, seed))
      end
    end
  end)
end)
