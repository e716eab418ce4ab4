#!/bin/sh
# The bindings' packages as the release tree ships them, each built and
# used on a PATH without python3, gperf, swig or pkg-config, and with no
# libhttpstatus installed: the Go module, by a program in a module of its
# own through a replace directive, offline, and by its own tests; the gem,
# built from ruby/ and installed offline; the rock, built from lua/ with
# `luarocks make`. Each part runs when the tarball has the package.
#   usage: GO=... GO_MODULE=... RUBY=... GEM=... LUA=... LUAROCKS=...
#          packages.sh TARBALL
set -eu
tarball=$1
name=$(basename "$tarball" .tar.gz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

tar -xzf "$tarball" -C "$work"
tree=$work/$name
# Every command on PATH but the generators and pkg-config.
mkdir "$work/tools"
IFS=:
for dir in $PATH; do
  for tool in "$dir"/*; do
    case ${tool##*/} in python*|gperf|swig*|pkg-config|*-pkg-config|pkgconf) continue;; esac
    [ -x "$tool" ] && [ ! -e "$work/tools/${tool##*/}" ] && ln -s "$tool" "$work/tools/"
  done
done
unset IFS
unset PKG_CONFIG_PATH CGO_LDFLAGS CGO_CFLAGS RUBYLIB RUBYOPT LUA_PATH LUA_CPATH
export PATH="$work/tools"

if [ -d "$tree/go" ]; then
  : "${GO:?not set (the go command)}" "${GO_MODULE:?not set (the module path)}"
  export GOFLAGS=-mod=mod GOPROXY=off GOSUMDB=off GOWORK=off GOENV=off GOTOOLCHAIN=local
  export GOPATH="$work/go-path" CGO_ENABLED=1
  export GOCACHE="${GOCACHE:-$work/go-cache}"
  mkdir "$work/app"
  cat > "$work/app/main.go" <<EOF_GO
package main

import (
	"fmt"

	"$GO_MODULE"
)

func main() {
	s, _ := httpstatus.FromCode(413)
	fmt.Println(s, s.Name())
}
EOF_GO
  (cd "$work/app" && "$GO" mod init example.com/app 2>/dev/null &&
   "$GO" mod edit -require="$GO_MODULE@v0.0.0" -replace="$GO_MODULE=$tree/go" &&
   "$GO" build -o app .) || fail "go build of a program using the module"
  out=$("$work/app/app")
  [ "$out" = "413 Content Too Large CONTENT_TOO_LARGE" ] || fail "the Go program printed '$out'"
  ldd "$work/app/app" | grep libhttpstatus && fail "the Go program links libhttpstatus.so"
  (cd "$tree/go" && "$GO" test -count=1 ./... >/dev/null) || fail "go test in the module"
  # Without cgo the module answers from Go alone.
  (cd "$work/app" && CGO_ENABLED=0 "$GO" build -o app-nocgo .) || fail "go build without cgo"
  [ "$("$work/app/app-nocgo")" = "$out" ] || fail "the Go program without cgo printed otherwise"
  echo "Go module: a program built through replace, offline: $out; go test passed"
fi

if [ -d "$tree/ruby" ]; then
  : "${RUBY:?not set (the ruby command)}" "${GEM:?not set (the gem command)}"
  (cd "$tree/ruby" && "$GEM" build --silent httpstatus.gemspec -o "$work/httpstatus.gem") ||
    fail "gem build in ruby/"
  GEM_HOME=$work/gems GEM_PATH=$work/gems \
    "$GEM" install --local --no-document "$work/httpstatus.gem" >/dev/null || fail "gem install"
  out=$(cd "$work" && GEM_HOME=$work/gems GEM_PATH=$work/gems \
    "$RUBY" -e 'require "httpstatus"; puts HTTPStatus.fetch(413), HTTPStatus.count == HTTPStatus.const_get(:Core).httpstatus_count')
  [ "$out" = "413 Content Too Large
true" ] || fail "the gem printed '$out'"
  echo "gem: built from ruby/, installed offline: $(echo "$out" | head -1)"
fi

if [ -d "$tree/lua" ]; then
  : "${LUA:?not set (the lua command)}" "${LUAROCKS:?not set (the luarocks command)}"
  # luarocks finds Lua's headers from where the interpreter really is.
  lua_dir=$(dirname "$(dirname "$(readlink -f "$(command -v "$LUA")")")")
  (cd "$tree/lua" &&
   "$LUAROCKS" --lua-version=5.4 --lua-dir="$lua_dir" --tree="$work/rocks" make >/dev/null) ||
    fail "luarocks make in lua/"
  out=$(cd "$work" && LUA_PATH="$work/rocks/share/lua/5.4/?.lua" \
    LUA_CPATH="$work/rocks/lib/lua/5.4/?.so" "$LUA" -e 'print(require("httpstatus").from_code(413))')
  [ "$out" = "413 Content Too Large" ] || fail "the rock printed '$out'"
  echo "rock: built from lua/ with luarocks make: $out"
fi
