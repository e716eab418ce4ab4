-- Every row of the specification tables in tests/spec/ (find.md and
-- suggest.md), through the layer: the same cases the C suite checks. How
-- to read a table is written at the top of each file.
local hs = require "httpstatus"

local escapes = { n = "\n", t = "\t", ["0"] = "\0", ["\\"] = "\\", ["|"] = "|" }

-- The cells of a row "| a | b |", trimmed, escapes still in place.
local function cells(line)
  local out, start, i = {}, 2, 2
  while i <= #line do
    local c = line:sub(i, i)
    if c == "\\" then
      i = i + 1
    elseif c == "|" then
      out[#out + 1] = line:sub(start, i - 1):match("^ *(.-) *$")
      start = i + 1
    end
    i = i + 1
  end
  return out
end

-- The input a cell stands for; an unknown escape is an error in the table.
local function unescape(cell)
  local out, i = {}, 1
  while i <= #cell do
    local c = cell:sub(i, i)
    if c == "\\" and cell:sub(i + 1, i + 1) == "x" then
      c = string.char((assert(tonumber(cell:sub(i + 2, i + 3):match("^%x%x$"), 16), cell)))
      i = i + 3
    elseif c == "\\" then
      c = assert(escapes[cell:sub(i + 1, i + 1)], "unknown escape in " .. cell)
      i = i + 1
    end
    out[#out + 1] = c
    i = i + 1
  end
  return table.concat(out)
end

for _, fname in ipairs { "find", "suggest" } do
  describe("tests/spec/" .. fname .. ".md", function()
    it("every row holds", function()
      local rows = 0
      for line in io.lines("../../tests/spec/" .. fname .. ".md") do
        local row = line:sub(1, 1) == "|" and cells(line)
        if row and row[1] ~= "input" and row[1]:sub(1, 3) ~= "---" then
          local input, expected = unescape(row[1]), row[2]
          local entry = hs[fname](input)
          local got = entry and tostring(entry.code) or "none"
          assert.are.equal(expected, got, fname .. "(\"" .. row[1] .. "\")")
          rows = rows + 1
        end
      end
      assert.is_true(rows > 50, "the table has rows")
    end)
  end)
end
