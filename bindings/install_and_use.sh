#!/bin/sh
# Installs a build into a temporary prefix, then runs a program that uses a
# binding from there, from a directory outside the source and build trees,
# with only the environment the binding's README gives.
#   usage: install_and_use.sh BUILD_DIR [VAR=VALUE ...] -- PROGRAM [ARG ...]
# Each VAR=VALUE is exported with @PREFIX@ in VALUE replaced by the prefix
# (LUA_CPATH=@PREFIX@/lib/lua/5.4/?.so); PROGRAM runs with PREFIX set too.
# CMAKE names cmake when it is not on the PATH.
set -eu
build=${1:?usage: install_and_use.sh BUILD_DIR [VAR=VALUE ...] -- PROGRAM [ARG ...]}
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

"${CMAKE:-cmake}" --install "$build" --prefix "$prefix" >/dev/null
cd "$work"
# Nothing of the caller's module paths.
unset LUA_PATH LUA_CPATH LUA_PATH_5_4 LUA_CPATH_5_4 LUA_PATH_5_1 LUA_CPATH_5_1 RUBYLIB RUBYOPT
while [ "$#" -gt 0 ] && [ "$1" != -- ]; do
  assignment=$(printf '%s\n' "$1" | sed "s|@PREFIX@|$prefix|g")
  export "${assignment?}"
  shift
done
[ "$#" -gt 1 ] || { echo "install_and_use.sh: no program after --" >&2; exit 2; }
shift
PREFIX=$prefix
export PREFIX
"$@"
