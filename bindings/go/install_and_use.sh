#!/bin/sh
# Installs the build into a temporary prefix, then builds and runs a program
# that uses the installed Go module and library, set up as the README says,
# in a directory outside the source and build trees.
# usage: BUILD_DIR=build GO=go INSTALL_LIBDIR=lib INSTALL_DATADIR=share
#        [CMAKE=cmake] install_and_use.sh
# (the library's and the module's directories relative to the prefix, as
# the CMake cache has them: CMAKE_INSTALL_LIBDIR, CMAKE_INSTALL_DATADIR)
set -eu
: "${BUILD_DIR:?not set (the build directory to install)}"
: "${GO:?not set (the go command)}"
: "${INSTALL_LIBDIR:?not set (where the library goes)}"
: "${INSTALL_DATADIR:?not set (where the Go module goes)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

"${CMAKE:-cmake}" --install "$BUILD_DIR" --prefix "$prefix" >/dev/null
mkdir "$work/app"
cd "$work/app"
cat >main.go <<'EOF'
package main

import (
	"fmt"

	"httpstatus"
)

func main() {
	s, ok := httpstatus.Find("not found")
	fmt.Println(s, ok, s == httpstatus.NotFound && s.IsClientError())
}
EOF
"$GO" mod init example.com/app 2>/dev/null
"$GO" mod edit -require=httpstatus@v0.0.0 -replace=httpstatus="$prefix/$INSTALL_DATADIR/httpstatus/go"
export PKG_CONFIG_PATH="$prefix/$INSTALL_LIBDIR/pkgconfig" CGO_LDFLAGS="-Wl,-rpath,$prefix/$INSTALL_LIBDIR"
"$GO" build -o app .

got=$(./app)
[ "$got" = "404 Not Found true true" ] || { echo "app printed: $got" >&2; exit 1; }
module=$("$GO" list -m -f '{{.Replace.Dir}}' httpstatus)
library=$(ldd ./app | awk '/libhttpstatus/ { print $3 }')
case "$module:$library" in
  "$prefix"/*:"$prefix"/*) ;;
  *) echo "module from $module, library from $library" >&2; exit 1 ;;
esac
echo "Go: $got, module $module, library $library"
