#!/bin/sh
# Installs the build into a temporary prefix, then uses the Lua module from
# there with only the environment README.md gives, from a directory outside
# the source and build trees.
# usage: BUILD_DIR=build LUA=lua5.4 LUA_CMOD_DIR=lib/lua/5.4
#        LUA_LMOD_DIR=share/lua/5.4 [CMAKE=cmake] install_and_use.sh
# (the C module's and the layer's directories relative to the prefix, as
# the CMake cache has them: HTTPSTATUS_LUA_CMOD_DIR, HTTPSTATUS_LUA_LMOD_DIR)
set -eu
: "${BUILD_DIR:?not set (the build directory to install)}"
: "${LUA:?not set (the lua5.4 interpreter)}"
: "${LUA_CMOD_DIR:?not set (where the C module goes)}"
: "${LUA_LMOD_DIR:?not set (where httpstatus.lua goes)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

"${CMAKE:-cmake}" --install "$BUILD_DIR" --prefix "$prefix" >/dev/null
cd "$work"
unset LUA_PATH LUA_CPATH LUA_PATH_5_4 LUA_CPATH_5_4

PREFIX=$prefix LUA_PATH="$prefix/$LUA_LMOD_DIR/?.lua;;" \
LUA_CPATH="$prefix/$LUA_CMOD_DIR/?.so;;" "$LUA" -e '
  local hs = require "httpstatus"
  local e = assert(hs.find("not found"))
  assert(e.code == hs.NOT_FOUND and e:is_client_error())
  local where = package.searchpath("httpstatus_core", package.cpath)
  assert(where:find(os.getenv("PREFIX"), 1, true) == 1, where)
  print("Lua: " .. tostring(e) .. " from " .. where)
'
