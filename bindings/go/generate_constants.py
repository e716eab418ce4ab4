#!/usr/bin/env python3
"""Generate the Go module's constants from data/statuses.toml.

    generate_constants.py DATA OUTDIR

writes into OUTDIR:
  statuses.go        a Status constant for every NAME, canonical and old
  statuses_test.go   every NAME and phrase with its code, for the Go tests

The data is loaded and validated by data/statuses.py, as for every other
generator; a NAME that two entries would spell the same in Go stops the
build with a message naming both.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "data"))
from statuses import c_string, fail, load  # noqa: E402

# Words Go spells in capitals (Go's initialisms convention):
# HTTP_VERSION_NOT_SUPPORTED -> HTTPVersionNotSupported, OK -> OK.
GO_INITIALISMS = {"HTTP", "OK", "URI"}

HEADER = ["// Code generated from data/statuses.toml by"
          " bindings/go/generate_constants.py. DO NOT EDIT.", "",
          "package httpstatus", ""]


def go_name(name):
    """NOT_FOUND -> NotFound, IM_A_TEAPOT -> ImATeapot."""
    return "".join(w if w in GO_INITIALISMS else w.capitalize()
                   for w in name.split("_"))


def check_unique(entries):
    constants = {}
    for e in entries:
        for n in [e["name"]] + e["old_names"]:
            go = go_name(n)
            if go in constants:
                fail(f"[{e['code']}]: {n} and {constants[go]} are both Go's {go}")
            constants[go] = n


def write_constants(entries, out):
    lines = HEADER + ["// A constant for every status code, named after its NAME.",
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


def write_test_data(entries, out):
    """The tests check the C library and the constants against these."""
    lines = HEADER + ["// Every NAME and phrase in data/statuses.toml, with its"
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
    if len(sys.argv) != 3:
        sys.exit("usage: generate_constants.py DATA OUTDIR")
    entries = load(sys.argv[1])
    check_unique(entries)
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    write_constants(entries, out)
    write_test_data(entries, out)


if __name__ == "__main__":
    main()
