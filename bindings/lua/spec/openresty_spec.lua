-- The module as OpenResty code uses it: ngx.HTTP_* names, ngx.var.status
-- (a string), JSON encoders that walk tables, `if e.retryable then` without
-- a call, and a require that leaves the global table as it was.
local hs = require "httpstatus"
local unpack = table.unpack or unpack

-- tests/reference/openresty-ngx-http.md's rows: {name =, value =}.
local function ngx_constants()
  local rows = {}
  for line in io.lines("../../tests/reference/openresty-ngx-http.md") do
    local name, value = line:match("^| ngx%.HTTP_([A-Z_]+) | (%d+) |$")
    if name then rows[#rows + 1] = { name = name, value = tonumber(value) } end
  end
  return rows
end

describe("as OpenResty code uses it", function()
  it("has every ngx.HTTP_* constant, without HTTP_, with nginx's value", function()
    local rows = ngx_constants()
    assert.is_true(#rows >= 35, "the transcription has its rows")
    for _, row in ipairs(rows) do
      assert.are.equal(row.value, hs[row.name], row.name)
      -- A name of a registered code is a NAME of its entry, too.
      local e = hs.from_code(row.value)
      if e then assert.are.equal(e, hs.from_name(row.name), row.name) end
    end
    assert.is_nil(hs.from_name("CLOSE")) -- 444 is no registered code
    assert.are.equal("NO_RESPONSE", hs.unofficial(hs.CLOSE)[1].name)
  end)

  it("reads ngx.status (a number) and ngx.var.status (a string) alike", function()
    local ngx = { status = 502, var = { status = "502" } }
    local e = assert(hs.from_code(ngx.var.status))
    assert.are.equal(hs.from_code(ngx.status), e)
    assert.is_true(e.retryable)
    assert.are.equal("server_error", hs.class_of(ngx.var.status))
    assert.are.equal("nginx", hs.unofficial("499")[1].origin)
    for _, text in ipairs({ " 404 ", "0x194", "404.0" }) do
      assert.are.equal(404, hs.from_code(text).code, text)
    end
    assert.are.equal(hs.from_code(404), hs.find(404))
    assert.are.equal(hs.unofficial(499)[1], hs.unofficial_find(499))
  end)

  it("answers `if e.retryable then` without a call", function()
    local retry = {}
    for _, code in ipairs({ 200, 404, 429, 502, 503, 504 }) do
      local e = hs.from_code(code)
      if e.retryable and e.server_error then retry[#retry + 1] = code end
    end
    assert.are.same({ 502, 503, 504 }, retry)
    assert.is_false(hs.from_code(302).keeps_method)
    assert.is_true(hs.from_code(307).keeps_method)
  end)

  it("gives to_table(), a plain copy a JSON encoder sees whole", function()
    for e in hs.entries() do
      local t = e:to_table()
      assert.are.equal(nil, getmetatable(t))
      for _, field in ipairs({ "code", "name", "phrase", "description", "spec",
                               "origin", "class", "registry" }) do
        assert.are.equal(e[field], t[field], field)
      end
      assert.are.same({ unpack(e.properties) }, t.properties)
      assert.are_not.equal(e.properties, t.properties) -- a copy: changing it is harmless
      assert.are.equal(nil, rawget(t, "retryable"))
    end
    local t = hs.unofficial(499)[2]:to_table()
    assert.are.equal("unofficial", t.registry)
  end)

  it("leaves no global behind when required", function()
    -- A fresh interpreter, the one this suite runs under, with the same
    -- module paths: in this one the module is loaded already.
    local interpreter = assert(os.getenv("HTTPSTATUS_LUA_BIN"), "HTTPSTATUS_LUA_BIN is not set")
    local script = "local before = {} for k in pairs(_G) do before[k] = true end " ..
      "local hs = require 'httpstatus' assert(hs.NOT_FOUND == 404) " ..
      "for k in pairs(_G) do if not before[k] then io.write(tostring(k), ' ') end end " ..
      "io.write('done')"
    local run = assert(io.popen(("%q -e %q"):format(interpreter, script)))
    local added = run:read("*a")
    run:close()
    assert.are.equal("done", added)
  end)

  it("costs about as much for a miss as for a hit", function()
    -- Not a timing: the miss builds no string, so its message is one
    -- constant whatever the code.
    local _, first = hs.from_code(999)
    local _, second = hs.from_code(-12345)
    assert.are.equal(first, second)
    assert.are.equal(select(2, hs.class_of(700)), select(2, hs.class_of(-1)))
  end)
end)
