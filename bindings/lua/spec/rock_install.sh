#!/bin/sh
# Installs the source rock, offline, into a temporary tree (compiling its
# C module there) for one Lua version, then uses it from that version's
# interpreter, which sees nothing else of the build.
#   usage: rock_install.sh LUAROCKS LUA LUA_VERSION SRC_ROCK
# (LUA_VERSION as luarocks names it: 5.4, or 5.1 for Lua 5.1 and LuaJIT)
set -eu
luarocks=$1 lua=$2 version=$3 src_rock=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The C it compiles is the SWIG wrapper and the amalgamation, nothing else.
c_files=$(cd "$work" && "$luarocks" unpack "$src_rock" >/dev/null &&
  find . -name '*.[ch]' -printf '%f\n' | sort | tr '\n' ' ')
[ "$c_files" = "httpstatus.c httpstatus.h httpstatus_wrap.c " ] ||
  { echo "the rock's C files: $c_files" >&2; exit 1; }

cd "$work"
"$luarocks" --lua-version="$version" --tree="$work/tree" install "$src_rock" >/dev/null
LUA_PATH="$work/tree/share/lua/$version/?.lua" LUA_CPATH="$work/tree/lib/lua/$version/?.so" \
"$lua" -e '
  local hs = require "httpstatus"
  local core = require "httpstatus_core"
  local e = assert(hs.from_code("404"))
  assert(e.code == hs.NOT_FOUND and e.code == 404)
  local n = 0
  for _ in hs.entries() do n = n + 1 end
  assert(n == core.httpstatus_count())
  -- package.searchpath, which Lua 5.1 lacks: the first file of the path.
  local where
  for template in package.cpath:gmatch("[^;]+") do
    local file = io.open((template:gsub("%?", "httpstatus_core")))
    if file then file:close() where = template break end
  end
  assert(where and where:find(os.getenv("PWD"), 1, true) == 1, where)
  print("rock installed and loaded: " .. tostring(e))
'
