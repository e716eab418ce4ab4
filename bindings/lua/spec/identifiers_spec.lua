-- What ecosystems call each code, the links and the status line, checked
-- against the C library through the raw module, for every entry, every
-- unofficial meaning and every ecosystem.
local hs = require "httpstatus"
local core = require "httpstatus_core"

-- Every entry of the layer beside the raw entry at its position,
-- registered then unofficial, as {raw, e} pairs.
local pairs_of_entries = {}
for _, kind in ipairs({ { core.httpstatus_at, hs.entries },
                        { core.httpstatus_unofficial_at, hs.unofficial_entries } }) do
  local at, entries = kind[1], kind[2]
  local i = 0
  for e in entries() do
    pairs_of_entries[#pairs_of_entries + 1] = { at(i), e }
    i = i + 1
  end
  assert(at(i) == nil, "the layer has fewer entries than C")
end

-- The C library's ecosystems, as {name, qualifier} in its order.
local c_ecosystems = {}
for eco = 0, core.httpstatus_ecosystem_count() - 1 do
  c_ecosystems[eco + 1] = { core.httpstatus_ecosystem_name(eco), core.httpstatus_ecosystem_qualifier(eco) }
end

-- What C lists for the raw entry in the ecosystem numbered eco.
local function c_identifiers(raw, eco)
  local list = {}
  for i = 0, math.huge do
    local id = core.httpstatus_identifier(raw, eco, i)
    if not id then return list end
    list[#list + 1] = id
  end
end

describe("identifiers", function()
  it("lists the C library's ecosystems, names and qualifiers, in its order", function()
    local listed = {}
    for name, qualifier in hs.ecosystems() do listed[#listed + 1] = { name, qualifier } end
    assert.is_true(#c_ecosystems > 0)
    assert.are.same(c_ecosystems, listed)
    assert.are.same({ "go", "http." }, listed[1])
  end)

  it("gives each entry's identifiers as C does, for every ecosystem", function()
    local count = 0
    for _, pair in ipairs(pairs_of_entries) do
      local raw, e = pair[1], pair[2]
      for eco, ecosystem in ipairs(c_ecosystems) do
        local expected = c_identifiers(raw, eco - 1)
        local got = e:identifiers(ecosystem[1])
        assert.are.same(expected, got, tostring(e) .. " in " .. ecosystem[1])
        assert.are.equal(#expected, #got)
        assert.are.equal(got, e:identifiers(ecosystem[1])) -- one list, kept
        assert.has_error(function() got[#got + 1] = "x" end)
        count = count + #expected
      end
    end
    assert.is_true(count > 500)
    assert.are.same({ "StatusNotFound" }, hs.from_code(404):identifiers("go"))
    assert.are.same({ "unprocessable_content", "unprocessable_entity" },
      hs.find(":unprocessable_entity"):identifiers("rack"))
    assert.are.same({ "BANDWIDTH_LIMIT_EXCEEDED" }, hs.unofficial(509)[1]:identifiers("spring"))
  end)

  it("gives the links and the status line as C does", function()
    for _, pair in ipairs(pairs_of_entries) do
      local raw, e = pair[1], pair[2]
      assert.are.equal(raw.spec_url, e.spec_url, tostring(e))
      assert.are.equal(raw.mdn_url, e.mdn_url, tostring(e))
      assert.are.equal(core.httpstatus_status_line(raw), e.status_line, tostring(e))
      assert.are.equal(("HTTP/1.1 %d %s\r\n"):format(e.code, e.phrase), e.status_line)
      assert.are.equal(e.status_line, e:to_table().status_line)
    end
    assert.are.equal("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", hs.from_code(404).spec_url)
    assert.is_nil(hs.from_code(305).mdn_url)
  end)

  it("raises a clear error for a wrong type or an unknown ecosystem", function()
    local e = hs.from_code(404)
    for _, bad in ipairs({ 0, true, {}, print }) do
      assert.has_error(function() e:identifiers(bad) end,
        ("bad argument #1 to 'identifiers' (string expected, got %s)"):format(type(bad)))
    end
    assert.has_error(function() e:identifiers() end,
      "bad argument #1 to 'identifiers' (string expected, got nil)")
    for _, bad in ipairs({ "", "Go", "go\0", "\255", ("x"):rep(1048576) }) do
      local ok, message = pcall(e.identifiers, e, bad)
      assert.is_false(ok)
      assert.matches("^bad argument #1 to 'identifiers' %(unknown ecosystem .+; one of go, ", message)
      assert.is_true(#message < 400)
    end
  end)
end)
