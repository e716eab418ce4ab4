#!/bin/sh
# Packs the staged rock directory as a source rock, which `luarocks
# install` builds with a C compiler only: the rockspec, its source pointed
# at a tarball of the directory, and that tarball.
#   usage: pack_src_rock.sh LUAROCKS ROCK_DIR ROCKSPEC OUTPUT.src.rock
set -eu
luarocks=$1 rock=$2 rockspec=$3 output=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
archive=$(basename "$rockspec" .rockspec).tar.gz
tar -C "$(dirname "$rock")" --sort=name --owner=0 --group=0 --numeric-owner \
  -czf "$work/$archive" "$(basename "$rock")"
# luarocks pack fetches the source from the URL; `luarocks install` finds
# the archive inside the source rock by that URL's file name.
sed "s|^  url = \".\",\$|  url = \"file://$work/$archive\", dir = \"$(basename "$rock")\",|" \
  "$rock/$rockspec" > "$work/$rockspec"
grep -q "file://" "$work/$rockspec" || { echo "pack_src_rock.sh: no url = \".\" in $rockspec" >&2; exit 1; }
(cd "$work" && "$luarocks" --lua-version=5.4 pack "$rockspec" >/dev/null)
mv "$work/$(basename "$output")" "$output"
