#!/bin/sh
# Installs the build into a temporary prefix, then uses the Ruby extension
# and layer from there with only the environment README.md gives, from a
# directory outside the source and build trees.
# usage: BUILD_DIR=build RUBY=ruby RUBY_LIB_DIR=<dir> RUBY_ARCH_DIR=<dir>
#        [CMAKE=cmake] install_and_use.sh
# (the layer's and the extension's directories relative to the prefix, as
# the CMake cache has them: HTTPSTATUS_RUBY_LIB_DIR, HTTPSTATUS_RUBY_ARCH_DIR)
set -eu
: "${BUILD_DIR:?not set (the build directory to install)}"
: "${RUBY:?not set (the ruby interpreter)}"
: "${RUBY_LIB_DIR:?not set (where lib/httpstatus.rb goes)}"
: "${RUBY_ARCH_DIR:?not set (where the extension goes)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

"${CMAKE:-cmake}" --install "$BUILD_DIR" --prefix "$prefix" >/dev/null
cd "$work"
unset RUBYLIB RUBYOPT

RUBYLIB="$prefix/$RUBY_LIB_DIR:$prefix/$RUBY_ARCH_DIR" "$RUBY" -e '
  require "httpstatus"
  e = HTTPStatus.find("not found")
  raise "wrong entry" unless e.code == HTTPStatus::NOT_FOUND && e.client_error?
  where = $LOADED_FEATURES.grep(/httpstatus/)
  raise "loaded #{where}" unless where.size == 2 && where.all? { |f| f.start_with?(ARGV[0]) }
  puts "Ruby: #{e} from #{where.join(", ")}"
' "$prefix"
