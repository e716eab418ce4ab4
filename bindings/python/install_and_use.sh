#!/bin/sh
# Installs the build into a temporary prefix, then uses the Python package
# from there with only the environment README.md gives, from a directory
# outside the source and build trees.
# usage: BUILD_DIR=build PYTHON=python3 PYTHON_SITE_DIR=<dir> [CMAKE=cmake] install_and_use.sh
# (the package's directory relative to the prefix, as the CMake cache has
# it: HTTPSTATUS_PYTHON_SITE_DIR)
set -eu
: "${BUILD_DIR:?not set (the build directory to install)}"
: "${PYTHON:?not set (the python3 interpreter)}"
: "${PYTHON_SITE_DIR:?not set (where the httpstatus package goes)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

"${CMAKE:-cmake}" --install "$BUILD_DIR" --prefix "$prefix" >/dev/null
cd "$work"
unset PYTHONSTARTUP
PYTHONPATH="$prefix/$PYTHON_SITE_DIR" "$PYTHON" -c '
import sys, httpstatus
from httpstatus import HTTPStatus
e = httpstatus.find("not found")
assert e is HTTPStatus.NOT_FOUND and e.is_client_error, e
assert httpstatus.__file__.startswith(sys.argv[1]), httpstatus.__file__
print("Python:", e, e.phrase, "from", httpstatus.__file__)
' "$prefix"
