#!/bin/sh
# Builds and installs the staged rock, offline, into a temporary tree, then
# uses it from a Lua that sees nothing else of the build.
# usage: rock_install.sh LUAROCKS LUA ROCK_DIR ROCKSPEC
set -eu
luarocks=$1 lua=$2 rock=$3 rockspec=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -R "$rock" "$work/src"
cd "$work/src"
"$luarocks" --lua-version=5.4 --tree="$work/tree" make "$rockspec" >/dev/null
cd "$work"
LUA_PATH="$work/tree/share/lua/5.4/?.lua" LUA_CPATH="$work/tree/lib/lua/5.4/?.so" \
"$lua" -e '
  local hs = require "httpstatus"
  local core = require "httpstatus_core"
  local e = assert(hs.from_code(404))
  assert(e.code == hs.NOT_FOUND and math.type(e.code) == "integer")
  local n = 0
  for _ in hs.entries() do n = n + 1 end
  assert(n == core.httpstatus_count())
  assert(package.searchpath("httpstatus_core", package.cpath):find(os.getenv("PWD"), 1, true) == 1)
  print("rock installed and loaded: " .. tostring(e))
'
