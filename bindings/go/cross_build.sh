#!/bin/sh
# go_build_$GOOS (ctest, CGO_ENABLED=0): the module builds for GOOS; and
# go vet checks it there only when GOOS builds other files than Linux
# does, since `make lint` vets the Linux build without cgo (no file has a
# GOOS constraint today, so both OSes would vet the very same files).
set -e
go=${GO:-go}
"$go" build ./...
files='{{.ImportPath}}: {{.GoFiles}} {{.TestGoFiles}} {{.XTestGoFiles}}'
here=$("$go" list -f "$files" ./...)
linux=$(GOOS=linux "$go" list -f "$files" ./...)
if [ "$here" = "$linux" ]; then
  echo "$GOOS builds Linux's files: make lint vets them"
else
  echo "$GOOS builds other files than Linux: vetting them"
  "$go" vet .
fi
