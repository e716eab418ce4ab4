#!/bin/sh
# Installs the build into a temporary prefix, then uses the Lua and Ruby
# modules from there with only the environment the README gives, from a
# directory outside the source and build trees.
# usage: install_and_use.sh BUILD_DIR LUA LUA_CMOD_DIR LUA_LMOD_DIR
#                           RUBY RUBY_LIB_DIR RUBY_ARCH_DIR
set -eu
build=$1 lua=$2 lua_cmod=$3 lua_lmod=$4 ruby=$5 ruby_lib=$6 ruby_arch=$7
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >/dev/null
cd "$work"
unset LUA_PATH LUA_CPATH LUA_PATH_5_4 LUA_CPATH_5_4 RUBYLIB RUBYOPT

PREFIX=$prefix LUA_PATH="$prefix/$lua_lmod/?.lua;;" LUA_CPATH="$prefix/$lua_cmod/?.so;;" \
"$lua" -e '
  local hs = require "httpstatus"
  local e = assert(hs.find("not found"))
  assert(e.code == hs.NOT_FOUND and e:is_client_error())
  local where = package.searchpath("httpstatus_core", package.cpath)
  assert(where:find(os.getenv("PREFIX"), 1, true) == 1, where)
  print("Lua: " .. tostring(e) .. " from " .. where)
'

RUBYLIB="$prefix/$ruby_lib:$prefix/$ruby_arch" "$ruby" -e '
  require "httpstatus"
  e = HTTPStatus.find("not found")
  raise "wrong entry" unless e.code == HTTPStatus::NOT_FOUND && e.client_error?
  where = $LOADED_FEATURES.grep(/httpstatus/)
  raise "loaded #{where}" unless where.size == 2 && where.all? { |f| f.start_with?(ARGV[0]) }
  puts "Ruby: #{e} from #{where.join(", ")}"
' "$prefix"
