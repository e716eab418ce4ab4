-- HTTP status codes for Lua 5.4, from libhttpstatus.
--
--   local hs = require "httpstatus"
--   local e = hs.from_code(404)   -- e.code, e.name, e.phrase, e:is_client_error()
--
-- The entries are read-only tables built once, when the module loads, from
-- the C library's table (through the raw SWIG module httpstatus_core).
-- from_code, from_name and from_phrase are then plain table lookups, which
-- is several times cheaper than a call into C and back; find goes to the
-- library's forgiving matcher.
local core = require "httpstatus_core"

local M = { version = core.httpstatus_version() }

local by_code, by_name, by_phrase, list = {}, {}, {}, {}

local methods = {}
local class_names = {
  is_informational = core.HTTPSTATUS_CLASS_INFORMATIONAL,
  is_success = core.HTTPSTATUS_CLASS_SUCCESS,
  is_redirection = core.HTTPSTATUS_CLASS_REDIRECTION,
  is_client_error = core.HTTPSTATUS_CLASS_CLIENT_ERROR,
  is_server_error = core.HTTPSTATUS_CLASS_SERVER_ERROR,
}
for predicate, class in pairs(class_names) do
  local name = core.httpstatus_class_name(class)
  methods[predicate] = function(self) return self.class == name end
end

local function read_only(_, key)
  error(("httpstatus entries are read-only (assigning %s)"):format(key), 2)
end

-- A read-only proxy: the fields live in `fields`, the proxy stays empty.
local function new_entry(raw)
  local fields = setmetatable({
    code = raw.code,
    name = raw.name,
    phrase = raw.phrase,
    description = raw.description,
    spec = raw.spec,
    class = core.httpstatus_class_name(raw.status_class),
  }, { __index = methods })
  return setmetatable({}, {
    __index = fields,
    __newindex = read_only,
    __pairs = function() return next, fields, nil end,
    __tostring = function() return fields.code .. " " .. fields.phrase end,
    __metatable = "httpstatus entry",
  })
end

for i = 0, core.httpstatus_count() - 1 do
  local entry = new_entry(core.httpstatus_at(i))
  list[#list + 1] = entry
  by_code[entry.code] = entry
  by_name[entry.name] = entry
  by_phrase[entry.phrase] = entry
  M[entry.name] = entry.code
end
-- Iterates over the raw module's list of old names or old phrases.
local function aliases(alias_at)
  local i = -1
  return function()
    i = i + 1
    return alias_at(i)
  end
end
for old in aliases(core.httpstatus_old_name_at) do
  by_name[old.text] = by_code[old.code]
  M[old.text] = old.code
end
for old in aliases(core.httpstatus_old_phrase_at) do
  by_phrase[old.text] = by_code[old.code]
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

-- Returns the entry of an integer code, or nil and a message. A float
-- with an integral value (404.0) counts as that integer, as everywhere in
-- Lua; any other float and any non-number is an error.
function M.from_code(code)
  local entry = by_code[code]
  if entry then return entry end
  if type(code) ~= "number" then
    error(("bad argument #1 to 'from_code' (number expected, got %s)")
      :format(type(code)), 2)
  end
  local integer = math.tointeger(code)
  if not integer then
    error("bad argument #1 to 'from_code' (number has no integer representation)", 2)
  end
  return nil, ("no HTTP status with code %d"):format(integer)
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

-- Returns the entry that text typed by a person means ("not found",
-- "404", "Payload-Too-Large", "404 Not Found"), or nil and a message.
function M.find(text)
  check_string(text, "find")
  local raw = core.httpstatus_find(text)
  if raw then return by_code[raw.code] end
  return nil, "no HTTP status matches " .. quote(text)
end

-- Iterates over every entry in code order: for e in hs.entries() do ... end
function M.entries()
  local i = 0
  return function()
    i = i + 1
    return list[i]
  end
end

return M
