-- The README's first steps, run by ../install_and_use.sh against an
-- installed copy: the module must come from under $PREFIX.
local hs = require "httpstatus"
local e = assert(hs.find("not found"))
assert(e.code == hs.NOT_FOUND and e.client_error and e:is_client_error())
-- package.searchpath, which Lua 5.1 lacks: the first file of the path.
local where
for template in package.cpath:gmatch("[^;]+") do
  local file = io.open((template:gsub("%?", "httpstatus_core")))
  if file then file:close() where = template:gsub("%?", "httpstatus_core") break end
end
assert(where and where:find(os.getenv("PREFIX"), 1, true) == 1, where)
print("Lua: " .. tostring(e) .. " from " .. where)
