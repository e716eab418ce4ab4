#!/bin/sh
# Installs the build into a temporary prefix, then, in a directory outside
# the source and build trees, builds and runs a program that uses the
# installed Go module as the README says: first as it comes, compiling the
# C library inside the module (no pkg-config, no libhttpstatus.so), then
# with the build tag libhttpstatus, linking the installed libhttpstatus.so
# through pkg-config.
# usage: BUILD_DIR=build GO=go GO_MODULE=example.com/httpstatus
#        INSTALL_LIBDIR=lib INSTALL_DATADIR=share [CMAKE=cmake]
#        [PKG_CONFIG=pkg-config] install_and_use.sh
# (the library's and the module's directories relative to the prefix, as
# the CMake cache has them: CMAKE_INSTALL_LIBDIR, CMAKE_INSTALL_DATADIR)
set -eu
: "${BUILD_DIR:?not set (the build directory to install)}"
: "${GO:?not set (the go command)}"
: "${GO_MODULE:?not set (the module path, HTTPSTATUS_GO_MODULE)}"
: "${INSTALL_LIBDIR:?not set (where the library goes)}"
: "${INSTALL_DATADIR:?not set (where the Go module goes)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
module=$prefix/$INSTALL_DATADIR/httpstatus/go
fail() { echo "FAIL: $*" >&2; exit 1; }

"${CMAKE:-cmake}" --install "$BUILD_DIR" --prefix "$prefix" >/dev/null
tests=$(find "$module" -name '*_test.go')
[ -z "$tests" ] || fail "the installed module holds tests: $tests"

mkdir "$work/app"
cd "$work/app"
cat >main.go <<EOF_GO
package main

import (
	"fmt"

	"$GO_MODULE"
)

func main() {
	s, ok := httpstatus.Find("not found")
	fmt.Println(s, ok, s == httpstatus.NotFound && s.IsClientError())
}
EOF_GO
"$GO" mod init example.com/app 2>/dev/null
"$GO" mod edit -require="$GO_MODULE@v0.0.0" -replace="$GO_MODULE=$module"
[ "$("$GO" list -m -f '{{.Replace.Dir}}' "$GO_MODULE")" = "$module" ] || fail "module not replaced"

# As it comes: nothing but Go and a C compiler.
unset PKG_CONFIG_PATH CGO_LDFLAGS
PKG_CONFIG=/nonexistent/pkg-config "$GO" build -o app .
got=$(./app)
[ "$got" = "404 Not Found true true" ] || fail "app printed: $got"
ldd ./app | grep libhttpstatus && fail "app links libhttpstatus.so"
# The package's tables are literals: Go's init trace lists no work for it.
init=$(GODEBUG=inittrace=1 ./app 2>&1 >/dev/null | grep "^init $GO_MODULE @" || true)
[ -z "$init" ] || fail "importing the package costs work at start-up: $init"
echo "Go: $got, C library compiled into the program from $module"

# With the tag: the installed library through pkg-config.
PKG_CONFIG=${PKG_CONFIG:-pkg-config} PKG_CONFIG_PATH="$prefix/$INSTALL_LIBDIR/pkgconfig" \
CGO_LDFLAGS="-Wl,-rpath,$prefix/$INSTALL_LIBDIR" \
  "$GO" build -tags libhttpstatus -o app-system .
got=$(./app-system)
[ "$got" = "404 Not Found true true" ] || fail "app-system printed: $got"
library=$(ldd ./app-system | awk '/libhttpstatus/ { print $3 }')
case $library in "$prefix"/*) ;; *) fail "app-system links '$library'";; esac
echo "Go -tags libhttpstatus: $got, library $library"
