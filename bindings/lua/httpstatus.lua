-- HTTP status codes for Lua 5.4, from libhttpstatus.
--
--   local hs = require "httpstatus"
--   local e = hs.from_code(404)   -- e.code, e.name, e.phrase, e:is_client_error()
--
-- The entries are read-only tables built once, when the module loads, from
-- the C library's tables (through the raw SWIG module httpstatus_core).
-- from_code, from_name, from_phrase, class_of and unofficial are then plain
-- table lookups, several times cheaper than a call into C and back; find,
-- unofficial_find and suggest make one C call each, which returns the
-- position of the entry in these tables.
local core = require "httpstatus_core"
local type = type

local M = { version = core.httpstatus_version() }

-- Registered entries by position (0-based, as httpstatus_at counts), code,
-- NAME and phrase; unofficial meanings by position and by code.
local at, by_code, by_name, by_phrase = {}, {}, {}, {}
local unofficial_at, unofficial_by_code = {}, {}

local function read_only(_, key)
  error(("httpstatus entries are read-only (assigning %s)"):format(key), 2)
end

-- A read-only view of a list: indexing, #, ipairs and pairs work on it.
local function read_only_list(items, what)
  return setmetatable({}, {
    __index = items,
    __len = function() return #items end,
    __newindex = read_only,
    __pairs = function() return next, items, nil end,
    __metatable = what,
  })
end

-- The class names the C library gives, by class number (the first digit).
local class_names = {}
for class = core.HTTPSTATUS_CLASS_INFORMATIONAL, core.HTTPSTATUS_CLASS_SERVER_ERROR do
  class_names[class] = core.httpstatus_class_name(class)
end

-- The properties the C library names (enum httpstatus_flag, one bit each),
-- in bit order, with the name of each one's predicate: is_cacheable,
-- is_no_content, is_redirect, keeps_method, is_retryable, is_interim.
local properties = {}
for bit = 0, 30 do
  local name = core.httpstatus_flag_name(1 << bit)
  if name then
    properties[#properties + 1] = {
      flag = 1 << bit,
      name = name,
      predicate = name == "keeps_method" and name or "is_" .. name,
    }
  end
end

-- Every predicate of an entry is one of these two: its answer is known
-- when the entry is built, so a call costs one index and one return.
local function yes() return true end
local function no() return false end

-- A read-only proxy. Its fields live in `fields` (what pairs lists);
-- `view` holds the fields and the predicates (what indexing reads, in one
-- step); the proxy itself stays empty.
local function new_entry(raw)
  local names = {}
  for _, p in ipairs(properties) do
    if raw.flags & p.flag ~= 0 then names[#names + 1] = p.name end
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
    properties = read_only_list(names, "httpstatus properties"),
  }
  local view = {}
  for key, value in pairs(fields) do view[key] = value end
  for _, class in pairs(class_names) do
    view["is_" .. class] = fields.class == class and yes or no
  end
  for _, p in ipairs(properties) do
    view[p.predicate] = raw.flags & p.flag ~= 0 and yes or no
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
-- Iterates over a raw list: item_at(0), item_at(1), ... until nil.
local function raw_items(item_at)
  local i = -1
  return function()
    i = i + 1
    return item_at(i)
  end
end
for old in raw_items(core.httpstatus_old_name_at) do
  by_name[old.text] = by_code[old.code]
  M[old.text] = old.code
end
for old in raw_items(core.httpstatus_old_phrase_at) do
  by_phrase[old.text] = by_code[old.code]
end

local meanings = {} -- each code's list of unofficial meanings, while loading
local i = 0
for raw in raw_items(core.httpstatus_unofficial_at) do
  local entry = new_entry(raw)
  unofficial_at[i] = entry
  i = i + 1
  meanings[entry.code] = meanings[entry.code] or {}
  table.insert(meanings[entry.code], entry)
end
for code, list in pairs(meanings) do
  unofficial_by_code[code] = read_only_list(list, "httpstatus unofficial meanings")
end
local no_meanings = read_only_list({}, "httpstatus unofficial meanings")

-- Every class name by code, so that class_of is one table lookup.
local class_by_code = {}
for code = 100, 599 do
  class_by_code[code] = core.httpstatus_class_name(core.httpstatus_class_of(code))
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

-- Returns the integer value of a code that indexed nothing, or raises
-- Lua's error for a bad argument. A float with an integral value (404.0)
-- counts as that integer, as everywhere in Lua; any other float and any
-- non-number is an error.
local function check_integer(code, fname)
  if type(code) ~= "number" then
    error(("bad argument #1 to '%s' (number expected, got %s)")
      :format(fname, type(code)), 3)
  end
  local integer = math.tointeger(code)
  if not integer then
    error(("bad argument #1 to '%s' (number has no integer representation)")
      :format(fname), 3)
  end
  return integer
end

-- Returns the entry of a registered integer code, or nil and a message.
function M.from_code(code)
  local entry = by_code[code]
  if entry then return entry end
  return nil, ("no HTTP status with code %d"):format(check_integer(code, "from_code"))
end

-- Returns the class of any integer ("client_error" for 404 and for 499),
-- or nil and a message outside 100..599.
function M.class_of(code)
  local class = class_by_code[code]
  if class then return class end
  return nil, ("no HTTP status class for %d"):format(check_integer(code, "class_of"))
end

-- Returns the read-only list of a code's unofficial meanings, in the C
-- library's order (499: nginx's, then Esri's); empty for any other integer.
function M.unofficial(code)
  local list = unofficial_by_code[code]
  if list then return list end
  check_integer(code, "unofficial")
  return no_meanings
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
-- (also for an argument that is not a string, checked only then).
local function c_lookup(position, list, fname, miss)
  return function(text)
    local entry = list[position(text)]
    if entry then return entry end
    check_string(text, fname)
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

return M
