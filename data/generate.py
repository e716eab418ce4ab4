#!/usr/bin/env python3
"""Generate httpstatus's tables from data/statuses.toml.

    generate.py DATA OUTDIR
    generate.py --go DATA OUTDIR

writes into OUTDIR:
  httpstatus_map.h   X-macro maps of every entry, old name, old phrase and
                     unofficial meaning
                     (public: the core's table, the enum and the benchmarks'
                     strategies are all expanded from it)
  names.gperf        keywords of the NAME table: canonical and old names
  phrases.gperf      keywords of the phrase table: current and old phrases
  forgiving.gperf    keywords of the forgiving table: every name and phrase
                     folded as httpstatus_find folds its input

or, with --go, the Go module's generated sources:
  statuses.go        a Status constant for every NAME, canonical and old
  statuses_test.go   every NAME and phrase with its code, for the Go tests

The data is validated first; any inconsistency stops the build with a
message naming the entry.
"""
import sys
from pathlib import Path

from statuses import c_string, fail, fold, load, load_unofficial


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


def write_map(entries, unofficial, out):
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
    lines += ["", "", "/* Codes no IANA registration backs, one X per meaning. */",
              f"#define HTTPSTATUS_UNOFFICIAL_COUNT {len(unofficial)}", "",
              "/* X(code, NAME, phrase, description, reference, origin), in code",
              " * order; the meanings of one code in the data file's order */",
              "#define HTTPSTATUS_UNOFFICIAL_MAP(X) \\"]
    for u in unofficial:
        lines.append(
            f"  X({u['code']}, {u['name']}, {c_string(u['phrase'])}, "
            f"{c_string(u['description'])}, {c_string(u['reference'])}, "
            f"{c_string(u['origin'])}) \\")
    lines += ["", "", "#endif", ""]
    (out / "httpstatus_map.h").write_text("\n".join(lines))


def write_gperf(table, name, out):
    # Only the struct and the keywords: every option is on gperf's command
    # line in gperf/gperf.cmake, where each one is explained.
    lines = ["struct httpstatus_slot { int name; unsigned char index; };", "%%"]
    lines += [f"{c_string(k)}, {i}" for k, i in table.items()]
    (out / f"{name}.gperf").write_text("\n".join(lines) + "\n")


# Words Go spells in capitals (Go's initialisms convention):
# HTTP_VERSION_NOT_SUPPORTED -> HTTPVersionNotSupported, OK -> OK.
GO_INITIALISMS = {"HTTP", "OK", "URI"}


def go_name(name):
    """NOT_FOUND -> NotFound, IM_A_TEAPOT -> ImATeapot."""
    return "".join(w if w in GO_INITIALISMS else w.capitalize()
                   for w in name.split("_"))


def write_go(entries, out):
    constants = {}
    for e in entries:
        for n in [e["name"]] + e["old_names"]:
            go = go_name(n)
            if go in constants:
                fail(f"[{e['code']}]: {n} and {constants[go]} are both Go's {go}")
            constants[go] = n

    header = ["// Code generated from data/statuses.toml by data/generate.py."
              " DO NOT EDIT.", "", "package httpstatus", ""]
    lines = header + ["// A constant for every status code, named after its NAME.",
                      "const ("]
    for e in entries:
        lines += [f"\t// {go_name(e['name'])} is {e['code']} {e['phrase']}"
                  f" ({e['spec']}).",
                  f"\t{go_name(e['name'])} Status = {e['code']}"]
    lines += [")", "", "// The earlier NAMEs, which still name their codes.",
              "const ("]
    for e in entries:
        for n in e["old_names"]:
            lines += [f"\t// {go_name(n)} is {go_name(e['name'])} under its"
                      f" earlier name {n}.",
                      f"\t{go_name(n)} Status = {go_name(e['name'])}"]
    lines.append(")")
    (out / "statuses.go").write_text("\n".join(lines) + "\n")

    # The tests check the C library and the constants against these.
    lines = header + ["// Every NAME and phrase in data/statuses.toml, with its"
                      " constant and code.", "var ("]

    def table(var, rows):
        lines.append(f"\t{var} = []dataText{{")
        lines.extend(f"\t\t{{{status}, {code}, {c_string(text)}}},"
                     for status, code, text in rows)
        lines.append("\t}")

    table("dataNames", [(go_name(e["name"]), e["code"], e["name"])
                        for e in entries])
    table("dataPhrases", [(go_name(e["name"]), e["code"], e["phrase"])
                          for e in entries])
    table("dataOldNames", [(go_name(n), e["code"], n)
                           for e in entries for n in e["old_names"]])
    table("dataOldPhrases", [(go_name(e["name"]), e["code"], p)
                             for e in entries for p in e["old_phrases"]])
    lines.append(")")
    (out / "statuses_test.go").write_text("\n".join(lines) + "\n")


def main():
    go = sys.argv[1:2] == ["--go"]
    args = sys.argv[2:] if go else sys.argv[1:]
    if len(args) != 2:
        sys.exit("usage: generate.py [--go] DATA OUTDIR")
    entries = load(args[0])
    if len(entries) > 255:
        fail("more than 255 entries no longer fit the slots' index byte")
    out = Path(args[1])
    out.mkdir(parents=True, exist_ok=True)
    if go:
        write_go(entries, out)
        return
    names, phrases, folded = keywords(entries)
    write_map(entries, load_unofficial(args[0]), out)
    write_gperf(names, "names", out)
    write_gperf(phrases, "phrases", out)
    write_gperf(folded, "forgiving", out)


if __name__ == "__main__":
    main()
