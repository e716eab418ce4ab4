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

local MiB = ("x"):rep(1024 * 1024)
local bad_strings = {
  [""] = "",
  ["embedded NUL"] = "NOT_FOUND\0",
  ["leading NUL"] = "\0Not Found",
  ["invalid UTF-8"] = "\xff\xfe\xc3",
  ["1 MiB"] = MiB,
}
local lookups = { "from_name", "from_phrase", "find" }

describe("httpstatus", function()
  it("runs under Lua 5.4", function()
    assert.are.equal("Lua 5.4", _VERSION)
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
      assert.are.equal("integer", math.type(e.code))
      assert.are.equal(raw.code, e.code)
      assert.are.equal(raw.name, e.name)
      assert.are.equal(raw.phrase, e.phrase)
      assert.are.equal(raw.description, e.description)
      assert.are.equal(raw.spec, e.spec)
      assert.are.equal(e.code .. " " .. e.phrase, tostring(e))
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
    end
  end)

  it("has a constant for every name, equal to the C enum", function()
    for e in hs.entries() do
      assert.are.equal(e.code, hs[e.name])
      assert.are.equal("integer", math.type(hs[e.name]))
      assert.are.equal(core["HTTPSTATUS_" .. e.name], hs[e.name])
    end
    assert.are.equal(404, hs.NOT_FOUND) -- the reference page's 404
  end)

  it("resolves every old name", function()
    assert.is_true(#old_names > 0)
    for _, old in ipairs(old_names) do
      local e = hs.from_code(old.code)
      assert.are.equal(e, hs.from_name(old.text))
      assert.are.equal(e, hs.find(old.text))
      assert.are.equal(old.code, hs[old.text])
      assert.are.equal(core["HTTPSTATUS_" .. old.text], hs[old.text])
      assert.are_not.equal(old.text, e.name)
    end
  end)

  it("resolves every old phrase", function()
    assert.is_true(#old_phrases > 0)
    for _, old in ipairs(old_phrases) do
      local e = hs.from_code(old.code)
      assert.are.equal(e, hs.from_phrase(old.text))
      assert.are.equal(e, hs.find(old.text))
      assert.are_not.equal(old.text, e.phrase)
    end
  end)

  it("answers exactly one class predicate, the code's first digit", function()
    local predicates = { "is_informational", "is_success", "is_redirection",
                         "is_client_error", "is_server_error" }
    for e in hs.entries() do
      for digit, predicate in ipairs(predicates) do
        assert.are.equal(e.code // 100 == digit, e[predicate](e))
      end
    end
  end)

  it("keeps entries read-only", function()
    local e = hs.from_code(hs.NOT_FOUND)
    assert.has_error(function() e.code = 200 end)
    assert.has_error(function() e.extra = true end)
    assert.are.equal(404, e.code)
  end)

  describe("unknown input", function()
    it("gives nil and a message for codes without an entry", function()
      for _, code in ipairs({ 0, 1, 99, 306, 600, 999, -1, -404 }) do
        local e, message = hs.from_code(code)
        assert.is_nil(e)
        assert.are.equal("string", type(message))
        assert.is_truthy(message:find(tostring(code), 1, true))
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
      for _, n in ipairs({ math.maxinteger, math.mininteger, (1 << 32) + 404,
                           -(1 << 32) + 404, (1 << 31) + 404, 1 << 62 }) do
        assert.is_nil((hs.from_code(n)))
        assert.is_nil(core.httpstatus_from_code(n))
      end
    end)

    it("raises a clear error for a non-integer code", function()
      assert.has_error(function() hs.from_code(404.5) end,
        "bad argument #1 to 'from_code' (number has no integer representation)")
      assert.has_error(function() hs.from_code(2^63) end,
        "bad argument #1 to 'from_code' (number has no integer representation)")
      assert.has_error(function() hs.from_code(-2^63 * 2) end)
      assert.has_error(function() hs.from_code(0/0) end)
      assert.has_error(function() hs.from_code(math.huge) end)
      assert.has_error(function() hs.from_code("404") end,
        "bad argument #1 to 'from_code' (number expected, got string)")
      assert.has_error(function() hs.from_code(nil) end,
        "bad argument #1 to 'from_code' (number expected, got nil)")
      assert.has_error(function() hs.from_code({}) end)
      assert.has_error(function() core.httpstatus_from_code(2^63) end)
      assert.has_error(function() core.httpstatus_from_code("404") end)
    end)

    it("raises a clear error for non-string text", function()
      for _, f in ipairs(lookups) do
        assert.has_error(function() hs[f](nil) end,
          ("bad argument #1 to '%s' (string expected, got nil)"):format(f))
        assert.has_error(function() hs[f](404) end,
          ("bad argument #1 to '%s' (string expected, got number)"):format(f))
        assert.has_error(function() hs[f]({}) end)
        assert.has_error(function() core["httpstatus_" .. f](nil) end)
        assert.has_error(function() core["httpstatus_" .. f](404) end)
      end
    end)

    it("finds nothing for empty, NUL-laden, non-UTF-8 and huge strings", function()
      for what, text in pairs(bad_strings) do
        for _, f in ipairs(lookups) do
          local e, message = hs[f](text)
          assert.is_nil(e, f .. " of " .. what)
          assert.is_true(#message < 200, f .. " of " .. what)
          assert.is_nil(core["httpstatus_" .. f](text), f .. " of " .. what)
        end
      end
    end)
  end)
end)
