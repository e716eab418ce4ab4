#!/bin/sh
# Installs the build into a temporary prefix, then builds and runs a program
# that uses the installed Go module and library, set up as the README says,
# in a directory outside the source and build trees.
# usage: install_and_use.sh CMAKE BUILD_DIR GO LIBDIR DATADIR
set -eu
cmake=$1 build=$2 go=$3 libdir=$4 datadir=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

"$cmake" --install "$build" --prefix "$prefix" >/dev/null
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
"$go" mod init example.com/app 2>/dev/null
"$go" mod edit -require=httpstatus@v0.0.0 -replace=httpstatus="$prefix/$datadir/httpstatus/go"
export PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig" CGO_LDFLAGS="-Wl,-rpath,$prefix/$libdir"
"$go" build -o app .

got=$(./app)
[ "$got" = "404 Not Found true true" ] || { echo "app printed: $got" >&2; exit 1; }
module=$("$go" list -m -f '{{.Replace.Dir}}' httpstatus)
library=$(ldd ./app | awk '/libhttpstatus/ { print $3 }')
case "$module:$library" in
  "$prefix"/*:"$prefix"/*) ;;
  *) echo "module from $module, library from $library" >&2; exit 1 ;;
esac
echo "Go: $got, module $module, library $library"
