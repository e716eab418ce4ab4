#!/bin/sh
# Installs the built gem, offline, into a temporary GEM_HOME (compiling its
# extension there), then uses it from a Ruby that sees nothing else of the
# build.  usage: gem_install.sh GEM_FILE
set -eu
gem_file=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The C it compiles is the SWIG wrapper and the amalgamation, nothing else.
c_files=$(gem specification "$gem_file" files | grep -E '\.[ch]$' | sort | tr '\n' ' ')
expected='- ext/httpstatus_core/httpstatus.c - ext/httpstatus_core/httpstatus.h - ext/httpstatus_core/httpstatus_wrap.c '
[ "$c_files" = "$expected" ] || { echo "the gem's C files: $c_files" >&2; exit 1; }

unset RUBYLIB RUBYOPT
GEM_HOME=$work/gems GEM_PATH=$work/gems
export GEM_HOME GEM_PATH
gem install --local --no-document "$gem_file" >/dev/null
cd "$work"
ruby -e '
  require "httpstatus"
  e = HTTPStatus.fetch(404)
  dir = ENV.fetch("GEM_HOME")
  where = $LOADED_FEATURES.grep(/httpstatus/)
  abort "loaded from outside the gem: #{where}" unless where.size == 2 && where.all? { |f| f.start_with?(dir) }
  abort "wrong entry #{e}" unless e.code == HTTPStatus::NOT_FOUND && HTTPStatus.count == HTTPStatus.const_get(:Core).httpstatus_count
  puts "gem #{Gem.loaded_specs.fetch("httpstatus").version} installed and loaded: #{e}"
'
