#!/bin/sh
# Installs the built wheel, offline, into a fresh virtual environment and
# runs the README's example there, from a directory outside the source and
# build trees; then builds a wheel again from the staged package directory
# (the release tree's python/) with pip and no build isolation.
#   usage: wheel_install.sh PYTHON WHEEL_DIR VERSION STAGE_DIR
set -eu
python=$1 wheel_dir=$2 version=$3 stage=$4
wheel=$(ls "$wheel_dir"/httpstatus-"$version"-*.whl)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The C it compiled is the SWIG wrapper and the amalgamation, nothing else;
# it ships the layer, the stub and the marker.
files=$("$python" -c 'import sys, zipfile; print(" ".join(sorted(n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith("httpstatus/"))))' "$wheel")
case $files in
  "httpstatus/__init__.py httpstatus/__init__.pyi httpstatus/_httpstatus_core."*".so httpstatus/py.typed") ;;
  *) echo "the wheel's package files: $files" >&2; exit 1 ;;
esac

unset PYTHONPATH
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --no-index --no-deps \
  --disable-pip-version-check "$wheel"
cd "$work"
"$work/venv/bin/python" -c 'from httpstatus import HTTPStatus, find; print(find("im a teapot").phrase, HTTPStatus(404).is_cacheable)' > out.txt
[ "$(cat out.txt)" = "I'm a Teapot True" ] || { echo "the example printed: $(cat out.txt)" >&2; exit 1; }
"$work/venv/bin/python" -c '
import sys, httpstatus, httpstatus._httpstatus_core as core
where = [httpstatus.__file__, core.__file__]
assert all(f.startswith(sys.prefix) for f in where), where
# The module carries the library: it links no libhttpstatus.so.
assert b"libhttpstatus.so" not in open(core.__file__, "rb").read(), core.__file__
print("wheel", httpstatus.__version__, "installed and used from", sys.prefix)'

# The staged directory builds a wheel with pip and a C compiler alone.
cp -R "$stage" "$work/src"
"$python" -m venv --system-site-packages "$work/build-venv"
"$work/build-venv/bin/python" -m pip wheel --quiet --no-build-isolation --no-index \
  --no-deps --disable-pip-version-check -w "$work/out" "$work/src"
ls "$work/out"/httpstatus-"$version"-*.whl
