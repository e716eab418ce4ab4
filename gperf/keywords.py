#!/usr/bin/env python3
"""Write gperf's keyword files from data/statuses.toml.

    keywords.py DATA OUTDIR

writes into OUTDIR:
  names.gperf        keywords of the NAME table: canonical and old names
  phrases.gperf      keywords of the phrase table: current and old phrases
  forgiving.gperf    keywords of the forgiving table: every name and phrase
                     folded as httpstatus_find folds its input

Each keyword carries its entry's position in code order, the position
httpstatus_map.h's X-macro gives it. A key that would name two entries
stops the build with a message naming both codes.
"""
import sys
from pathlib import Path

# The data loader lives with the data; this layer only reads it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "data"))
from statuses import c_string, fail, fold, load  # noqa: E402

TABLES = ("names", "phrases", "forgiving")


def keywords(entries):
    """{keyword: entry index} of each of the three tables; duplicates fail."""
    names, phrases, folded = {}, {}, {}

    def add(table, what, key, index):
        if table.get(key, index) != index:
            other = entries[table[key]]["code"]
            fail(f"{what} {key!r} names both {other} and {entries[index]['code']}")
        table[key] = index

    for i, e in enumerate(entries):
        for n in [e["name"]] + e["old_names"]:
            add(names, "name", n, i)
            add(folded, "folded key of", fold(n), i)
        for p in [e["phrase"]] + e["old_phrases"]:
            add(phrases, "phrase", p, i)
            add(folded, "folded key of", fold(p), i)
    return dict(zip(TABLES, (names, phrases, folded)))


def write_gperf(table, name, out):
    # Only the struct and the keywords: every option is on gperf's command
    # line in gperf/gperf.cmake, where each one is explained.
    lines = ["struct httpstatus_slot { int name; unsigned char index; };", "%%"]
    lines += [f"{c_string(k)}, {i}" for k, i in table.items()]
    (out / f"{name}.gperf").write_text("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: keywords.py DATA OUTDIR")
    entries = load(sys.argv[1])
    if len(entries) > 255:
        fail("more than 255 entries no longer fit the slots' index byte")
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name, table in keywords(entries).items():
        write_gperf(table, name, out)


if __name__ == "__main__":
    main()
