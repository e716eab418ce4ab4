#!/usr/bin/env python3
"""Generate httpstatus's tables from data/statuses.toml.

    generate.py DATA OUTDIR

writes into OUTDIR:
  httpstatus_map.h   X-macro maps of every entry, old name, old phrase,
                     unofficial meaning and OpenResty (ngx) name
                     (public: the core's table, the enum and the benchmarks'
                     strategies are all expanded from it)

The data is validated first; any inconsistency stops the build with a
message naming the entry.
"""
import sys
from pathlib import Path

from statuses import c_string, load, load_unofficial, ngx_names


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
    lines += ["", "", "/* X(code, NGX_NAME): OpenResty's ngx.HTTP_* names that differ from",
              " * the NAMEs, without HTTP_, in code order; a code may be unofficial */",
              "#define HTTPSTATUS_NGX_NAME_MAP(X) \\"]
    for code, n in ngx_names(entries, unofficial):
        lines.append(f"  X({code}, {n}) \\")
    lines += ["", "", "#endif", ""]
    (out / "httpstatus_map.h").write_text("\n".join(lines))


def main():
    args = sys.argv[1:]
    if len(args) != 2:
        sys.exit("usage: generate.py DATA OUTDIR")
    entries = load(args[0])
    out = Path(args[1])
    out.mkdir(parents=True, exist_ok=True)
    write_map(entries, load_unofficial(args[0]), out)


if __name__ == "__main__":
    main()
