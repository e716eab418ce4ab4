#!/usr/bin/env python3
"""Write gperf's keyword files from data/statuses.toml.

    keywords.py DATA OUTDIR

writes into OUTDIR:
  names.gperf        keywords of the NAME table: canonical and old names
  phrases.gperf      keywords of the phrase table: current and old phrases
  spelled.gperf      keywords of the spelled table: every name and phrase as
                     written, lower-cased and with '_' as ' ', which
                     httpstatus_find tries first, on its text as given
  forgiving.gperf    keywords of the forgiving table: every name and phrase
                     folded as httpstatus_find folds its input
  unofficial_spelled.gperf, unofficial_folded.gperf
                     the same two for the unofficial meanings, which
                     httpstatus_unofficial_find looks up alike
  identifier_stems.gperf
                     the folded stems of the identifiers other ecosystems
                     give codes (data/identifiers.toml), each carrying the
                     position of its (target, prefixes) combination, which
                     data/generate.py writes in the same order

Each keyword carries its entry's position in code order, the position
httpstatus_map.h's X-macro gives it (for an unofficial meaning, its
position among the meanings). A key that would name two entries stops the
build with a message naming both codes.
"""
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
# The data loader lives with the data; this layer only reads it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "data"))
from statuses import (c_string, fail, fold, identifier_stems,  # noqa: E402
                      identifiers_path, load, load_identifiers, load_unofficial)
from postprocess import KEY_WIDTH  # noqa: E402

TABLES = ("names", "phrases", "spelled", "forgiving", "unofficial_spelled",
          "unofficial_folded")


def spelling(text):
    """A key of a spelled table: the text lower-cased, with '_' as ' ' (so
    a NAME and its phrase are often one key). The lookup reads a capital
    as its small letter and '_' as ' '; the fold upper-cases the one and
    drops the other, so a text found there folds to the same entry."""
    return text.lower().replace("_", " ")


def keywords(entries, meanings):
    """{keyword: entry index} of each table; duplicates fail."""
    names, phrases, spelled, folded = {}, {}, {}, {}
    unofficial_spelled, unofficial = {}, {}

    def add(table, what, key, index, of=entries):
        if table.get(key, index) != index:
            other = of[table[key]]["code"]
            fail(f"{what} {key!r} names both {other} and {of[index]['code']}")
        table[key] = index

    for i, e in enumerate(entries):
        for n in [e["name"]] + e["old_names"]:
            add(names, "name", n, i)
            add(spelled, "spelling", spelling(n), i)
            add(folded, "folded key of", fold(n), i)
        for p in [e["phrase"]] + e["old_phrases"]:
            add(phrases, "phrase", p, i)
            add(spelled, "spelling", spelling(p), i)
            add(folded, "folded key of", fold(p), i)
    for i, m in enumerate(meanings):
        for text in (m["name"], m["phrase"]):
            # A longer spelling than a key row holds is left to the fold.
            if len(text) <= KEY_WIDTH:
                add(unofficial_spelled, "unofficial spelling", spelling(text), i, meanings)
            add(unofficial, "folded key of unofficial", fold(text), i, meanings)
    return dict(zip(TABLES, (names, phrases, spelled, folded, unofficial_spelled,
                             unofficial)))


# Tables whose lookup takes its text in any case: gperf/postprocess.py
# reads the mark in gperf's output and makes the hash and the compare
# treat a capital as its small letter.
ANY_CASE = ("spelled", "unofficial_spelled")


def write_gperf(table, name, out):
    # Only the struct, the any-case mark and the keywords: every option is
    # on gperf's command line in gperf/gperf.cmake, where each one is
    # explained.
    lines = ["struct httpstatus_slot { int name; unsigned char index; };", "%%"]
    if name in ANY_CASE:
        lines[:0] = ["%{", f"#define {name}_ANY_CASE 1", "%}"]
    lines += [f"{c_string(k)}, {i}" for k, i in table.items()]
    (out / f"{name}.gperf").write_text("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: keywords.py DATA OUTDIR")
    entries, meanings = load(sys.argv[1]), load_unofficial(sys.argv[1])
    if max(len(entries), len(meanings)) > 255:
        fail("more than 255 entries no longer fit the slots' index byte")
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name, table in keywords(entries, meanings).items():
        write_gperf(table, name, out)
    ecosystems, unresolved = load_identifiers(
        identifiers_path(sys.argv[1]), entries, meanings)
    _, combos, stems = identifier_stems(ecosystems, unresolved)
    if len(combos) > 255:
        fail("more than 255 identifier combinations no longer fit the slots")
    write_gperf(stems, "identifier_stems", out)


if __name__ == "__main__":
    main()
