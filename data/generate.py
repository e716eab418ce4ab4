#!/usr/bin/env python3
"""Generate httpstatus's tables from data/statuses.toml.

    generate.py DATA OUTDIR

writes into OUTDIR:
  httpstatus_map.h   X-macro maps of every entry, old name and old phrase
                     (public: the core's table, the enum and the benchmarks'
                     strategies are all expanded from it)
  names.gperf        keywords of the NAME table: canonical and old names
  phrases.gperf      keywords of the phrase table: current and old phrases
  forgiving.gperf    keywords of the forgiving table: every name and phrase
                     folded as httpstatus_find folds its input

The data is validated first; any inconsistency stops the build with a
message naming the entry.
"""
import sys
from pathlib import Path

from statuses import c_string, fail, fold, load


def keywords(entries):
    """(keyword, entry index) lists of the three tables; duplicates fail."""
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
    return names, phrases, folded


def write_map(entries, out):
    def flags(e):
        return " | ".join(f"HTTPSTATUS_FLAG_{p.upper()}"
                          for p in e["properties"]) or "0"

    lines = [
        "/* Generated from data/statuses.toml by data/generate.py: do not edit. */",
        "#ifndef HTTPSTATUS_MAP_H",
        "#define HTTPSTATUS_MAP_H",
        "",
        f"#define HTTPSTATUS_COUNT {len(entries)}",
        "",
        "/* X(code, NAME, phrase, description, spec, REGISTRY, flags), in code order */",
        "#define HTTPSTATUS_MAP(X) \\",
    ]
    for e in entries:
        lines.append(
            f"  X({e['code']}, {e['name']}, {c_string(e['phrase'])}, "
            f"{c_string(e['description'])}, {c_string(e['spec'])}, "
            f"{e['registry'].upper()}, {flags(e)}) \\")
    lines += ["", "", "/* X(code, OLD_NAME, CANONICAL_NAME) */",
              "#define HTTPSTATUS_OLD_NAME_MAP(X) \\"]
    for e in entries:
        for n in e["old_names"]:
            lines.append(f"  X({e['code']}, {n}, {e['name']}) \\")
    lines += ["", "", "/* X(code, old phrase) */",
              "#define HTTPSTATUS_OLD_PHRASE_MAP(X) \\"]
    for e in entries:
        for p in e["old_phrases"]:
            lines.append(f"  X({e['code']}, {c_string(p)}) \\")
    lines += ["", "", "#endif", ""]
    (out / "httpstatus_map.h").write_text("\n".join(lines))


def write_gperf(table, name, out):
    # Only the struct and the keywords: every option is on gperf's command
    # line in gperf/gperf.cmake, where each one is explained.
    lines = ["struct httpstatus_slot { int name; unsigned char index; };", "%%"]
    lines += [f"{c_string(k)}, {i}" for k, i in table.items()]
    (out / f"{name}.gperf").write_text("\n".join(lines) + "\n")


def main():
    args = sys.argv[1:]
    if len(args) != 2:
        sys.exit("usage: generate.py DATA OUTDIR")
    entries = load(args[0])
    if len(entries) > 255:
        fail("more than 255 entries no longer fit the slots' index byte")
    out = Path(args[1])
    out.mkdir(parents=True, exist_ok=True)
    names, phrases, folded = keywords(entries)
    write_map(entries, out)
    write_gperf(names, "names", out)
    write_gperf(phrases, "phrases", out)
    write_gperf(folded, "forgiving", out)


if __name__ == "__main__":
    main()
