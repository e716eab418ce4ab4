#!/bin/sh
# Builds the wheel from the staged package directory, offline: pip from a
# throwaway virtual environment that sees Debian's setuptools and wheel
# (--system-site-packages), with no build isolation, no index and no
# dependencies. The stage is copied first, since setuptools writes build/
# and *.egg-info beside its sources.
#   usage: build_wheel.sh PYTHON STAGE_DIR OUTPUT_DIR VERSION
set -eu
python=$1 stage=$2 out=$3 version=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$stage" "$work/src"
"$python" -m venv --system-site-packages "$work/venv"
rm -f "$out"/httpstatus-"$version"-*.whl
"$work/venv/bin/python" -m pip wheel --quiet --no-build-isolation --no-index --no-deps \
  --disable-pip-version-check -w "$out" "$work/src"
ls "$out"/httpstatus-"$version"-*.whl
