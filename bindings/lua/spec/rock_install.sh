#!/bin/sh
# Installs the source rock, offline, into a temporary tree (compiling its
# C module there), then uses it from a Lua that sees nothing else of the
# build.  usage: rock_install.sh LUAROCKS LUA SRC_ROCK
set -eu
luarocks=$1 lua=$2 src_rock=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The C it compiles is the SWIG wrapper and the amalgamation, nothing else.
c_files=$(cd "$work" && "$luarocks" unpack "$src_rock" >/dev/null &&
  find . -name '*.[ch]' -printf '%f\n' | sort | tr '\n' ' ')
[ "$c_files" = "httpstatus.c httpstatus.h httpstatus_wrap.c " ] ||
  { echo "the rock's C files: $c_files" >&2; exit 1; }

cd "$work"
"$luarocks" --lua-version=5.4 --tree="$work/tree" install "$src_rock" >/dev/null
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
