-- HTTP status codes for Lua 5.1, LuaJIT 2.1 (OpenResty) and Lua 5.4, from
-- libhttpstatus.
--
--   local hs = require "httpstatus"
--   local e = hs.from_code(ngx.var.status)   -- "404" or 404
--   if e and e.retryable then ... end        -- also e:is_retryable()
--   ngx.exit(hs.MOVED_TEMPORARILY)           -- OpenResty's names too
--   hs.find(":unprocessable_entity"):identifiers("go") -- {"StatusUnprocessableEntity"}
--
-- The entries are read-only tables built once, when the module loads, from
-- the C library's tables (through the raw SWIG module httpstatus_core).
-- from_code, from_name, from_phrase, class_of and unofficial are then plain
-- table lookups, several times cheaper than a call into C and back; find,
-- unofficial_find and suggest make one C call each, which returns the
-- position of the entry in these tables. Only 5.1's syntax and library
-- are used (no bitwise operators, no math.tointeger).
local core = require "httpstatus_core"
local type, tonumber, tostring, floor = type, tonumber, tostring, math.floor

local M = { version = core.httpstatus_version() }

-- Registered entries by position (0-based, as httpstatus_at counts), code,
-- NAME and phrase; unofficial meanings by position and by code.
local at, by_code, by_name, by_phrase = {}, {}, {}, {}
local unofficial_at, unofficial_by_code = {}, {}

local function read_only(_, key)
  error(("httpstatus entries are read-only (assigning %s)"):format(tostring(key)), 2)
end

-- A list is a plain table (next, #, ipairs, pairs and JSON encoders see its
-- items); what it costs nothing to forbid, adding an item, raises.
local function guarded_list(items, what)
  return setmetatable(items, { __newindex = read_only, __metatable = what })
end

-- Error messages quote at most this many bytes of the argument.
local QUOTE_LIMIT = 40

local function quote(text)
  if #text > QUOTE_LIMIT then
    return ("%q..."):format(text:sub(1, QUOTE_LIMIT))
  end
  return ("%q"):format(text)
end

local function check_string(value, fname)
  if type(value) ~= "string" then
    error(("bad argument #1 to '%s' (string expected, got %s)")
      :format(fname, type(value)), 3)
  end
end

-- Whether bit `flag` (a power of two) is set in `flags`, without 5.3's
-- bitwise operators.
local function has_flag(flags, flag)
  return floor(flags / flag) % 2 == 1
end

-- The class names the C library gives, by class number (the first digit).
local class_names = {}
for class = core.HTTPSTATUS_CLASS_INFORMATIONAL, core.HTTPSTATUS_CLASS_SERVER_ERROR do
  class_names[class] = core.httpstatus_class_name(class)
end

-- The properties the C library names (enum httpstatus_flag, one bit each),
-- in bit order: cacheable, no_content, redirect, keeps_method, retryable,
-- interim. Each is a boolean field of an entry (e.retryable) and, but for
-- keeps_method, whose name is already a predicate, a method too
-- (e:is_retryable()).
local properties = {}
local flag = 1
for _ = 0, 30 do
  local name = core.httpstatus_flag_name(flag)
  if name then
    properties[#properties + 1] = {
      flag = flag,
      name = name,
      predicate = name ~= "keeps_method" and "is_" .. name or nil,
    }
  end
  flag = flag * 2
end

-- The ecosystems that name status codes (Go's net/http, .NET, Rack, ...),
-- in the C library's order: their short names, 1-based, and by name, the
-- C library's number and the qualifier their code writes before an
-- identifier ("http.").
local ecosystem_names, ecosystem_numbers, qualifiers = {}, {}, {}
for eco = 0, core.httpstatus_ecosystem_count() - 1 do
  local name = core.httpstatus_ecosystem_name(eco)
  ecosystem_names[eco + 1] = name
  ecosystem_numbers[name] = eco
  qualifiers[name] = core.httpstatus_ecosystem_qualifier(eco)
end
local no_identifiers = guarded_list({}, "httpstatus identifiers")

-- Raises Lua's error for a bad argument unless `ecosystem` is the name of
-- one (called from a method: its argument #1 follows self).
local function check_ecosystem(ecosystem)
  if type(ecosystem) ~= "string" then
    error(("bad argument #1 to 'identifiers' (string expected, got %s)")
      :format(type(ecosystem)), 3)
  elseif not ecosystem_numbers[ecosystem] then
    error(("bad argument #1 to 'identifiers' (unknown ecosystem %s; one of %s)")
      :format(quote(ecosystem), table.concat(ecosystem_names, ", ")), 3)
  end
end

-- What the ecosystem numbered eco calls the raw entry, as a read-only
-- list.
local function identifiers_of(raw, eco)
  local list, i = {}, 0
  local id = core.httpstatus_identifier(raw, eco, i)
  while id do
    list[#list + 1] = id
    i = i + 1
    id = core.httpstatus_identifier(raw, eco, i)
  end
  return #list > 0 and guarded_list(list, "httpstatus identifiers") or no_identifiers
end

-- Every predicate method of an entry is one of these two: its answer is
-- known when the entry is built, so a call costs one index and one return.
local function yes() return true end
local function no() return false end

-- A read-only proxy. Its fields live in `fields` (what pairs lists);
-- `view` holds the fields, the boolean fields and the predicates (what
-- indexing reads, in one step); the proxy itself stays empty.
local function new_entry(raw)
  local names = {}
  for _, p in ipairs(properties) do
    if has_flag(raw.flags, p.flag) then names[#names + 1] = p.name end
  end
  local fields = {
    code = raw.code,
    name = raw.name,
    phrase = raw.phrase,
    description = raw.description,
    spec = raw.spec,
    origin = raw.origin,
    class = core.httpstatus_class_name(raw.status_class),
    registry = core.httpstatus_registry_name(raw.registry),
    properties = guarded_list(names, "httpstatus properties"),
    spec_url = raw.spec_url,
    mdn_url = raw.mdn_url,
    status_line = core.httpstatus_status_line(raw),
  }
  local view = {}
  for key, value in pairs(fields) do view[key] = value end
  for _, class in pairs(class_names) do
    view[class] = fields.class == class
    view["is_" .. class] = view[class] and yes or no
  end
  for _, p in ipairs(properties) do
    view[p.name] = has_flag(raw.flags, p.flag)
    if p.predicate then view[p.predicate] = view[p.name] and yes or no end
  end
  -- The identifiers the ecosystem named gives the code or meaning, as it
  -- spells them without its qualifier, the usual one first: a read-only
  -- list, empty when it names no such code. A name that is not one of
  -- hs.ecosystems() is an error. Each list is read from C when first
  -- asked for, so that loading the module costs no more.
  local identifiers = {}
  function view.identifiers(_, ecosystem)
    local list = identifiers[ecosystem]
    if list then return list end
    check_ecosystem(ecosystem)
    list = identifiers_of(raw, ecosystem_numbers[ecosystem])
    identifiers[ecosystem] = list
    return list
  end
  -- A plain copy of the fields, for JSON encoders and other code that
  -- walks tables with next.
  function view.to_table()
    local copy = {}
    for key, value in pairs(fields) do copy[key] = value end
    copy.properties = {}
    for i, name in ipairs(names) do copy.properties[i] = name end
    return copy
  end
  return setmetatable({}, {
    __index = view,
    __newindex = read_only,
    __pairs = function() return next, fields, nil end,
    __tostring = function() return fields.code .. " " .. fields.phrase end,
    __metatable = "httpstatus entry",
  })
end

for i = 0, core.httpstatus_count() - 1 do
  local entry = new_entry(core.httpstatus_at(i))
  at[i] = entry
  by_code[entry.code] = entry
  by_name[entry.name] = entry
  by_phrase[entry.phrase] = entry
  M[entry.name] = entry.code
end
-- Iterates over a raw list: item_at(0), item_at(1), ... until nil, with
-- each item's position.
local function raw_items(item_at)
  local i = -1
  return function()
    i = i + 1
    return item_at(i), i
  end
end
for old in raw_items(core.httpstatus_old_name_at) do
  by_name[old.text] = by_code[old.code]
  M[old.text] = old.code
end
for old in raw_items(core.httpstatus_old_phrase_at) do
  by_phrase[old.text] = by_code[old.code]
end
-- OpenResty's ngx.HTTP_* names, without HTTP_: constants, and NAMEs of the
-- registered codes (CLOSE, 444, is unofficial: a constant only).
for ngx_name in raw_items(core.httpstatus_ngx_name_at) do
  by_name[ngx_name.text] = by_code[ngx_name.code]
  M[ngx_name.text] = ngx_name.code
end

local meanings = {} -- each code's list of unofficial meanings, while loading
for raw, position in raw_items(core.httpstatus_unofficial_at) do
  local entry = new_entry(raw)
  unofficial_at[position] = entry
  meanings[entry.code] = meanings[entry.code] or {}
  table.insert(meanings[entry.code], entry)
end
for code, list in pairs(meanings) do
  unofficial_by_code[code] = guarded_list(list, "httpstatus unofficial meanings")
end
local no_meanings = guarded_list({}, "httpstatus unofficial meanings")

-- Every class name by code, so that class_of is one table lookup.
local class_by_code = {}
for code = 100, 599 do
  class_by_code[code] = core.httpstatus_class_name(core.httpstatus_class_of(code))
end

-- The number itself when it has an integer value, or nil (404.5, NaN,
-- the infinities, 2^63 and beyond): math.tointeger of Lua 5.3, for 5.1,
-- except that 404.0 stays a float (a table index takes it as 404).
-- Arithmetic only, no function call: a miss then costs about a hit.
local function to_integer(n)
  if n % 1 == 0 and n >= -2^63 and n < 2^63 then return n end
end

-- Returns the integer value of a code that indexed nothing, or raises
-- Lua's error for a bad argument. As in Lua's own argument checks, a
-- numeric string is its number ("404", " 404 ", "0x194") and a float with
-- an integral value (404.0) counts as that integer; any other float and
-- any other value is an error.
local function check_integer(code, fname)
  local number = code
  if type(code) ~= "number" then
    number = type(code) == "string" and tonumber(code)
    if not number then
      error(("bad argument #1 to '%s' (number expected, got %s)")
        :format(fname, type(code)), 3)
    end
  end
  local integer = to_integer(number)
  if not integer then
    error(("bad argument #1 to '%s' (number has no integer representation)")
      :format(fname), 3)
  end
  return integer
end

-- The text a number stands for in a text lookup: find(404) is find("404"),
-- as Lua's own string parameters take numbers.
local function number_text(value)
  local integer = type(value) == "number" and to_integer(value)
  return integer and ("%d"):format(integer) or value
end

-- A miss answers with a constant message: formatting the code into it
-- would cost several times the lookup. And a miss among the integers 0 to
-- 999, the codes programs meet, needs no type check: one more index, so
-- it costs about what a hit costs.
local NO_CODE = "no HTTP status with this code"
local NO_CLASS = "no HTTP status class for this code (100 to 599)"
local small_integer = {}
for n = 0, 999 do small_integer[n] = true end

-- Returns the entry of a registered integer code (or numeric string), or
-- nil and a message.
function M.from_code(code)
  local entry = by_code[code]
  if entry then return entry end
  if small_integer[code] then return nil, NO_CODE end
  entry = by_code[check_integer(code, "from_code")]
  if entry then return entry end
  return nil, NO_CODE
end

-- Returns the class of any integer ("client_error" for 404 and for 499),
-- or nil and a message outside 100..599.
function M.class_of(code)
  local class = class_by_code[code]
  if class then return class end
  if small_integer[code] then return nil, NO_CLASS end
  class = class_by_code[check_integer(code, "class_of")]
  if class then return class end
  return nil, NO_CLASS
end

-- Returns the list of a code's unofficial meanings, in the C library's
-- order (499: nginx's, then Esri's); empty for any other integer.
function M.unofficial(code)
  local list = unofficial_by_code[code]
  if list then return list end
  if small_integer[code] then return no_meanings end
  return unofficial_by_code[check_integer(code, "unofficial")] or no_meanings
end

-- An exact text lookup: the entry `index` holds for the text, or nil and
-- a message that starts with `miss`.
local function exact_lookup(index, fname, miss)
  return function(text)
    local entry = index[text]
    if entry then return entry end
    check_string(text, fname)
    return nil, miss .. quote(text)
  end
end

-- The entry whose canonical or old NAME is exactly the argument.
M.from_name = exact_lookup(by_name, "from_name", "no HTTP status named ")

-- The entry whose current or old phrase is exactly the argument.
M.from_phrase = exact_lookup(by_phrase, "from_phrase", "no HTTP status with phrase ")

-- A lookup in C: `position` returns where the entry is in `list`, or -1
-- (also for an argument that is not a string, checked only then: a number
-- is looked up as its text).
local function c_lookup(position, list, fname, miss)
  return function(text)
    local entry = list[position(text)]
    if entry then return entry end
    text = number_text(text)
    check_string(text, fname)
    entry = list[position(text)]
    if entry then return entry end
    return nil, miss .. quote(text)
  end
end

-- Returns the entry that text typed by a person or pasted from a log
-- means ("not found", "404", "Payload-Too-Large", "404 Not Found",
-- "HTTP/1.1 404 Not Found"), or nil and a message.
M.find = c_lookup(core.httpstatus_find_index, at, "find", "no HTTP status matches ")

-- find's rules over the unofficial meanings: the meaning of "client closed
-- request" or "499 Token Required" (the first meaning for a code alone),
-- or nil and a message.
M.unofficial_find = c_lookup(core.httpstatus_unofficial_find_index, unofficial_at,
  "unofficial_find", "no unofficial HTTP status matches ")

-- The registered entry that text find rejects most likely meant, from a
-- typo ("not fund") or a distinctive fragment ("teapot"); or nil and a
-- message when nothing is close enough.
M.suggest = c_lookup(core.httpstatus_suggest_index, at, "suggest",
  "no HTTP status close to ")

-- Iterates from position 0 of a 0-based list.
local function iterate(list)
  local i = -1
  return function()
    i = i + 1
    return list[i]
  end
end

-- Iterates over every registered entry in code order:
--   for e in hs.entries() do ... end
function M.entries() return iterate(at) end

-- Iterates over every unofficial meaning in code order (the meanings of
-- one code adjacent, in the C library's order).
function M.unofficial_entries() return iterate(unofficial_at) end

-- Iterates over the ecosystems whose identifiers entries list, in the C
-- library's order, with the qualifier their code writes before one:
--   for name, qualifier in hs.ecosystems() do ... end  -- "go", "http."
function M.ecosystems()
  local i = 0
  return function()
    i = i + 1
    local name = ecosystem_names[i]
    return name, qualifiers[name]
  end
end

return M
