-- The Lua binding, checked against the C library's own data through the
-- raw module: nothing here lists codes, names or phrases by hand.
local hs = require "httpstatus"
local core = require "httpstatus_core"

-- Every old NAME or phrase the C library knows, as {code =, text =}.
local function aliases(at)
  local found = {}
  for i = 0, math.huge do
    local alias = at(i)
    if not alias then return found end
    found[#found + 1] = { code = alias.code, text = alias.text }
  end
end
local old_names = aliases(core.httpstatus_old_name_at)
local old_phrases = aliases(core.httpstatus_old_phrase_at)

-- Every unofficial meaning, raw, in the C library's order.
local meanings = {}
for i = 0, math.huge do
  local raw = core.httpstatus_unofficial_at(i)
  if not raw then break end
  meanings[#meanings + 1] = raw
end

-- Every flag the C library names, {flag =, name =}, in bit order (powers
-- of two by multiplication: Lua 5.1 has no bitwise operators).
local flags = {}
do
  local flag = 1
  for _ = 0, 30 do
    local name = core.httpstatus_flag_name(flag)
    if name then flags[#flags + 1] = { flag = flag, name = name } end
    flag = flag * 2
  end
end

-- The names of the properties set in raw flags, as the C library names them.
local function flag_names(raw_flags)
  local names = {}
  for _, f in ipairs(flags) do
    if math.floor(raw_flags / f.flag) % 2 == 1 then names[#names + 1] = f.name end
  end
  return names
end

-- Whether a number is an integer: a Lua integer from 5.3 on, a float with
-- an integral value before.
local function is_integer(n)
  if math.type then return math.type(n) == "integer" end
  return type(n) == "number" and n == math.floor(n)
end
local unpack = table.unpack or unpack

-- The fields an entry copies from the C library's struct, as they are.
local copied_fields = { "code", "name", "phrase", "description", "spec", "origin" }
local function assert_copied(raw, e)
  for _, field in ipairs(copied_fields) do
    assert.are.equal(raw[field], e[field], field .. " of " .. tostring(e))
  end
  assert.is_true(is_integer(e.code))
  assert.are.equal(core.httpstatus_class_name(raw.status_class), e.class)
  assert.are.same(flag_names(raw.flags), { unpack(e.properties) })
  assert.are.equal(e.code .. " " .. e.phrase, tostring(e))
end

local MiB = ("x"):rep(1024 * 1024)
local bad_strings = {
  [""] = "",
  ["embedded NUL"] = "NOT_FOUND\0",
  ["leading NUL"] = "\0Not Found",
  ["invalid UTF-8"] = "\xff\xfe\xc3",
  ["1 MiB"] = MiB,
}
local lookups = { "from_name", "from_phrase", "find", "unofficial_find", "suggest" }
local number_lookups = { "from_code", "class_of", "unofficial" }

describe("httpstatus", function()
  -- ctest names the interpreter each run is meant for.
  it("runs under the interpreter the run names", function()
    local expected = assert(os.getenv("HTTPSTATUS_LUA"), "HTTPSTATUS_LUA is not set")
    assert.are.equal(expected, jit and jit.version:match("^LuaJIT %d+%.%d+") or _VERSION)
  end)

  it("has the C library's number of entries, in code order", function()
    local count, previous = 0, 0
    for e in hs.entries() do
      count = count + 1
      assert.is_true(e.code > previous)
      previous = e.code
    end
    assert.are.equal(core.httpstatus_count(), count)
    assert.is_true(count > 0)
  end)

  it("copies every field from the C table, codes as integers", function()
    local i = 0
    for e in hs.entries() do
      local raw = core.httpstatus_at(i)
      assert_copied(raw, e)
      assert.are.equal("IANA", e.origin)
      assert.are.equal(core.httpstatus_registry_name(raw.registry), e.registry)
      i = i + 1
    end
  end)

  it("round-trips every entry through each lookup", function()
    for e in hs.entries() do
      assert.are.equal(e, hs.from_code(e.code))
      assert.are.equal(e, hs.from_code(e.code + 0.0))
      assert.are.equal(e, hs.from_name(e.name))
      assert.are.equal(e, hs.from_phrase(e.phrase))
      assert.are.equal(e, hs.find(e.name))
      assert.are.equal(e, hs.find(e.phrase))
      assert.are.equal(e, hs.find(e.phrase:lower()))
      assert.are.equal(e, hs.find(tostring(e.code)))
      assert.are.equal(e, hs.find(tostring(e)))
      assert.are.equal(e, hs.find("HTTP/1.1 " .. tostring(e)))
      assert.are.equal(e, hs.find("HTTP/2 " .. e.code))
      assert.are.equal(e, hs.suggest(e.phrase:lower()))
    end
  end)

  it("has a constant for every name, equal to the C enum", function()
    for e in hs.entries() do
      assert.are.equal(e.code, hs[e.name])
      assert.is_true(is_integer(hs[e.name]))
      assert.are.equal(core["HTTPSTATUS_" .. e.name], hs[e.name])
    end
    assert.are.equal(404, hs.NOT_FOUND) -- the reference page's 404
  end)

  -- Each kind of alias the C library lists: the exact lookup that resolves
  -- it, the field it differs from, and whether it is a constant too.
  local alias_kinds = {
    { what = "old name", list = old_names, exact = "from_name", field = "name", constant = true },
    { what = "old phrase", list = old_phrases, exact = "from_phrase", field = "phrase" },
  }
  for _, kind in ipairs(alias_kinds) do
    it("resolves every " .. kind.what, function()
      assert.is_true(#kind.list > 0)
      for _, old in ipairs(kind.list) do
        local e = hs.from_code(old.code)
        assert.are.equal(e, hs[kind.exact](old.text))
        assert.are.equal(e, hs.find(old.text))
        assert.are_not.equal(old.text, e[kind.field])
        if kind.constant then
          assert.are.equal(old.code, hs[old.text])
          assert.are.equal(core["HTTPSTATUS_" .. old.text], hs[old.text])
        end
      end
    end)
  end

  it("answers exactly one class, the code's first digit, as field and predicate", function()
    local classes = { "informational", "success", "redirection", "client_error", "server_error" }
    for e in hs.entries() do
      for digit, class in ipairs(classes) do
        local expected = math.floor(e.code / 100) == digit
        assert.are.equal(expected, e[class], tostring(e) .. " " .. class)
        assert.are.equal(expected, e["is_" .. class](e), tostring(e) .. " is_" .. class)
      end
    end
  end)

  it("answers each property predicate as its properties say", function()
    local all = {}
    for e in hs.entries() do all[#all + 1] = e end
    for e in hs.unofficial_entries() do all[#all + 1] = e end
    local seen = {}
    for _, e in ipairs(all) do
      local has = {}
      for _, name in ipairs(e.properties) do has[name] = true end
      for _, f in ipairs(flags) do
        local expected = has[f.name] == true
        -- A boolean field, so `if e.retryable` without a call is right too.
        assert.are.equal(expected, e[f.name], tostring(e) .. " " .. f.name)
        if f.name ~= "keeps_method" then
          assert.are.equal(expected, e["is_" .. f.name](e), tostring(e) .. " is_" .. f.name)
        end
        if expected then seen[f.name] = true end
      end
    end
    -- Every property belongs to some entry, so each was seen true.
    for _, f in ipairs(flags) do assert.is_true(seen[f.name], f.name) end
    assert.is_true(hs.from_code(503):is_retryable())
    assert.is_true(hs.from_code(503).retryable)
    assert.is_false(hs.from_code(404).retryable)
  end)

  it("keeps entries read-only, their lists plain tables that refuse new items", function()
    local e = hs.from_code(hs.NOT_FOUND)
    assert.has_error(function() e.code = 200 end)
    assert.has_error(function() e.extra = true end)
    assert.are.equal(404, e.code)
    local lists = { hs.from_code(hs.OK).properties, hs.unofficial(499), hs.unofficial(404) }
    for i, list in ipairs(lists) do
      -- next sees the items, as JSON encoders and table walkers need.
      assert.are.equal(#list > 0, next(list) ~= nil, "list " .. i)
      assert.are.equal(#list, select("#", unpack(list)), "list " .. i)
      assert.has_error(function() list[#list + 1] = e end)
    end
    assert.are.equal(0, #hs.unofficial(404))
  end)

  it("gives the class of every integer as the C library does", function()
    for code = -1000, 1000 do
      local class, message = hs.class_of(code)
      assert.are.equal(core.httpstatus_class_name(core.httpstatus_class_of(code)), class)
      if not class then assert.are.equal("string", type(message)) end
    end
    for e in hs.entries() do assert.are.equal(e.class, hs.class_of(e.code)) end
    assert.are.equal("client_error", hs.class_of(499))
  end)

  describe("unofficial meanings", function()
    it("lists every meaning of the C library, in its order", function()
      assert.are.equal(core.httpstatus_unofficial_count(), #meanings)
      assert.is_true(#meanings > 0)
      local i = 0
      for e in hs.unofficial_entries() do
        i = i + 1
        assert_copied(meanings[i], e)
        assert.are.equal("unofficial", e.registry)
        assert.are.equal(0, #e.properties)
      end
      assert.are.equal(#meanings, i)
    end)

    it("gives each code its meanings, first as httpstatus_unofficial_from_code", function()
      local count = 0
      for code = 100, 599 do
        local list = hs.unofficial(code)
        count = count + #list
        local first = core.httpstatus_unofficial_from_code(code)
        assert.are.equal(first == nil, #list == 0, code)
        for j, e in ipairs(list) do
          assert.are.equal(code, e.code)
          if j == 1 then assert.are.equal(first.name, e.name) end
        end
        assert.are.equal(list, hs.unofficial(code + 0.0))
      end
      assert.are.equal(#meanings, count)
      local origins = {}
      for _, e in ipairs(hs.unofficial(499)) do origins[#origins + 1] = e.origin end
      assert.is_true(#origins >= 2) -- nginx's, then Esri's
    end)

    it("finds every meaning by NAME, phrase, code then phrase, and code", function()
      for e in hs.unofficial_entries() do
        assert.are.equal(e, hs.unofficial_find(e.name))
        assert.are.equal(e, hs.unofficial_find(e.phrase:lower()))
        assert.are.equal(e, hs.unofficial_find(e.code .. " " .. e.phrase))
        assert.are.equal(hs.unofficial(e.code)[1], hs.unofficial_find(tostring(e.code)))
        assert.are.equal(hs.unofficial(e.code)[1], hs.unofficial_find("HTTP/1.1 " .. e.code))
      end
    end)

    it("keeps registered and unofficial lookups apart", function()
      for e in hs.entries() do
        local unofficial = core.httpstatus_unofficial_find(e.phrase)
        assert.are.equal(unofficial and unofficial.name, (hs.unofficial_find(e.phrase) or {}).name)
      end
      for e in hs.unofficial_entries() do
        if not core.httpstatus_from_code(e.code) then
          assert.is_nil(hs.find(tostring(e.code)))
          assert.is_nil((hs.from_code(e.code)))
        end
      end
    end)
  end)

  describe("suggest", function()
    it("agrees with the C library on every phrase and NAME with a letter dropped", function()
      local tried, found = 0, 0
      for e in hs.entries() do
        for _, text in ipairs({ e.phrase, e.name }) do
          for cut = 1, #text do
            local typo = text:sub(1, cut - 1) .. text:sub(cut + 1)
            local raw = core.httpstatus_suggest(typo)
            local suggested, message = hs.suggest(typo)
            assert.are.equal(raw and raw.code, suggested and suggested.code, typo)
            if not suggested then assert.is_truthy(message:find(typo, 1, true)) end
            tried, found = tried + 1, found + (suggested and 1 or 0)
          end
        end
      end
      assert.is_true(found > tried / 2)
      assert.are.equal(hs.from_code(404), hs.suggest("not fund"))
      assert.are.equal(hs.from_code(418), hs.suggest("teapot"))
      assert.is_nil(hs.suggest("xyz"))
    end)
  end)

  describe("unknown input", function()
    it("gives nil and a message for codes without an entry", function()
      for _, code in ipairs({ 0, 1, 99, 306, 600, 999, -1, -404 }) do
        local e, message = hs.from_code(code)
        assert.is_nil(e)
        assert.are.equal("string", type(message))
        local unofficial = core.httpstatus_unofficial_from_code(code)
        assert.are.equal(unofficial ~= nil, #hs.unofficial(code) > 0)
      end
    end)

    it("gives nil and a message for unknown text", function()
      for _, f in ipairs(lookups) do
        local e, message = hs[f]("no such status")
        assert.is_nil(e)
        assert.is_truthy(message:find("no such status", 1, true))
      end
      -- from_name and from_phrase are exact and case-sensitive
      local e = hs.from_code(404)
      assert.is_nil(hs.from_name(e.name:lower()))
      assert.is_nil(hs.from_phrase(e.phrase:upper()))
      assert.is_nil(hs.from_phrase(e.name))
      assert.is_nil(hs.from_name(e.phrase))
    end)
  end)

  describe("bad input", function()
    it("never wraps a huge integer around to a code", function()
      local huge = { 2^32 + 404, -2^32 + 404, 2^31 + 404, 2^62, 2^32 + 499, -2^32 + 499,
                     2^53 + 404, -2^63 }
      if math.maxinteger then
        huge[#huge + 1], huge[#huge + 2] = math.maxinteger, math.mininteger
      end
      for _, n in ipairs(huge) do
        assert.is_nil((hs.from_code(n)))
        assert.is_nil((hs.class_of(n)))
        assert.are.equal(0, #hs.unofficial(n))
        assert.is_nil(core.httpstatus_from_code(n))
        assert.is_nil(core.httpstatus_unofficial_from_code(n))
        assert.are.equal(core.HTTPSTATUS_CLASS_NONE, core.httpstatus_class_of(n))
      end
    end)

    it("raises a clear error for a non-integer code", function()
      for _, f in ipairs(number_lookups) do
        assert.has_error(function() hs[f](404.5) end,
          ("bad argument #1 to '%s' (number has no integer representation)"):format(f))
        assert.has_error(function() hs[f](2^63) end,
          ("bad argument #1 to '%s' (number has no integer representation)"):format(f))
        assert.has_error(function() hs[f](-2^63 * 2) end)
        assert.has_error(function() hs[f](0/0) end)
        assert.has_error(function() hs[f](math.huge) end)
        assert.has_error(function() hs[f]("not a number") end,
          ("bad argument #1 to '%s' (number expected, got string)"):format(f))
        assert.has_error(function() hs[f]("404.5") end,
          ("bad argument #1 to '%s' (number has no integer representation)"):format(f))
        assert.has_error(function() hs[f](nil) end,
          ("bad argument #1 to '%s' (number expected, got nil)"):format(f))
        assert.has_error(function() hs[f]({}) end)
      end
      for _, f in ipairs({ "from_code", "unofficial_from_code", "class_of" }) do
        assert.has_error(function() core["httpstatus_" .. f](2^63) end)
        assert.has_error(function() core["httpstatus_" .. f]("404") end)
      end
    end)

    it("raises a clear error for non-string text", function()
      for _, f in ipairs(lookups) do
        assert.has_error(function() hs[f](nil) end,
          ("bad argument #1 to '%s' (string expected, got nil)"):format(f))
        assert.has_error(function() hs[f](true) end,
          ("bad argument #1 to '%s' (string expected, got boolean)"):format(f))
        assert.has_error(function() hs[f]({}) end)
        assert.has_error(function() core["httpstatus_" .. f](nil) end)
        assert.has_error(function() core["httpstatus_" .. f](404) end)
        -- The position lookups leave the type check to the layer.
        local position = core["httpstatus_" .. f .. "_index"]
        if position then assert.are.equal(-1, position(nil)) end
      end
    end)

    it("finds nothing for empty, NUL-laden, non-UTF-8 and huge strings", function()
      for what, text in pairs(bad_strings) do
        for _, f in ipairs(lookups) do
          local e, message = hs[f](text)
          local raw = core["httpstatus_" .. f](text)
          local position = core["httpstatus_" .. f .. "_index"]
          if f == "suggest" then
            -- A near miss of a NAME ("NOT_FOUND" and a NUL byte) may be a typo.
            assert.are.equal(raw and raw.code, e and e.code, f .. " of " .. what)
          else
            assert.is_nil(e, f .. " of " .. what)
            assert.is_nil(raw, f .. " of " .. what)
            if position then assert.are.equal(-1, position(text), f .. " of " .. what) end
          end
          if not e then assert.is_true(#message < 200, f .. " of " .. what) end
        end
      end
      assert.is_nil(hs.suggest(MiB))
      assert.is_nil(hs.suggest(""))
    end)
  end)
end)
