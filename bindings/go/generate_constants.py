#!/usr/bin/env python3
"""Generate the Go package's data from data/statuses.toml.

    generate_constants.py DATA VERSION GOFMT OUTDIR

writes into OUTDIR:
  statuses.go        an untyped constant for every NAME, canonical and old,
                     and for net/http's names where they differ
  tables.go          the entries, unofficial meanings, enums and lookup
                     tables as Go literals: nothing is computed at init
  statuses_test.go   every NAME, phrase and constant with its code, for the
                     Go tests
  identifier_tables.go
                     the ecosystems, their identifiers, qualifiers and
                     prefixes (data/identifiers.toml), the status lines and
                     the spec and MDN URLs (data/links.toml)

each as GOFMT formats it. The data is loaded and validated by
data/statuses.py, as for every other generator; a Go name that two codes
would share stops the build with a message naming both.
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "data"))
from statuses import (CLASSES, KEY_WIDTH, PROPERTIES, REGISTRY, UNOFFICIAL,  # noqa: E402
                      c_string, fail, fold, identifier_stems, identifiers_path,
                      links_path, load, load_identifiers, load_links,
                      load_unofficial)
from generate import qualifiers  # noqa: E402  the C library's order of trying them

# Words Go spells in capitals (Go's initialisms convention):
# HTTP_VERSION_NOT_SUPPORTED -> HTTPVersionNotSupported, OK -> OK.
GO_INITIALISMS = {"HTTP", "OK", "URI"}

def write_go(gofmt, path, lines):
    source = "\n".join(lines) + "\n"
    path.write_text(subprocess.run([gofmt], input=source, capture_output=True, text=True,
                                   check=True).stdout)


HEADER = ["// Code generated from data/statuses.toml by"
          " bindings/go/generate_constants.py. DO NOT EDIT.", "",
          "package httpstatus", ""]


def go_name(name):
    """NOT_FOUND -> NotFound, IM_A_TEAPOT -> ImATeapot."""
    return "".join(w if w in GO_INITIALISMS else w.capitalize()
                   for w in name.split("_"))


def net_http_names(entries, ecosystems):
    """{code: net/http's name without "Status"} where it is not the NAME's
    go_name(), from the "go" ecosystem of data/identifiers.toml."""
    go = next(e for e in ecosystems if e["name"] == "go")
    names = {}
    for target, identifiers in go["targets"]:
        if target < len(entries):
            entry = entries[target]
            for identifier in identifiers:
                name = identifier[len(go["prefix"]):]
                if name != go_name(entry["name"]):
                    names[entry["code"]] = name
    return names


def mixed_caps(name):
    """PROXY_AUTHENTICATION_REQUIRED -> ProxyAuthenticationRequired."""
    return "".join(w.capitalize() for w in name.split("_"))


def constants(entries, net_http):
    """[(Go constant, code, what it is)] in code order: the canonical NAME
    first, spelled as net/http spells it where the two differ only in
    letter case (IM_USED is net/http's IMUsed), then old NAMEs and
    net/http's other names."""
    out, seen = [], {}

    def add(go, e, what):
        if go in seen:
            if seen[go] != e["code"]:
                fail(f"[{e['code']}]: Go's {go} also names {seen[go]}")
            return
        seen[go] = e["code"]
        out.append((go, e["code"], what))

    for e in entries:
        canonical = go_name(e["name"])
        http = net_http.get(e["code"])
        if http and http.lower() == canonical.lower():
            canonical = http
        e["go"] = canonical
        add(canonical, e, f"{e['code']} {e['phrase']} ({e['spec']})")
    for e in entries:
        for n in e["old_names"]:
            add(go_name(n), e, f"{e['go']} under its earlier NAME {n}")
        if e["code"] in net_http:
            add(net_http[e["code"]], e, f"{e['go']} as net/http names it")
    return out


def constants_source(consts):
    lines = HEADER + [
        "// A constant for every status code, named after its NAME, then one",
        "// for each earlier NAME and for net/http's name where it differs.",
        "// Untyped, as net/http's are: each is an int where an int is",
        "// wanted and a Status where a Status is.", "const ("]
    for go, code, what in consts:
        lines += [f"\t// {go} is {what}.", f"\t{go} = {code}"]
    lines.append(")")
    return lines


def enums():
    """The Class, Registry and Properties constants and their names, as
    the C library's enums have them (the cgo tests compare)."""
    lines = ["// The classes; ClassNone is the class of any int outside 100..599.",
             "const (", "\tClassNone Class = 0"]
    lines += [f"\tClass{mixed_caps(c.upper())} Class = {i}"
              for i, c in enumerate(CLASSES, 1)]
    lines += [")", "", "var classNames = [...]string{"]
    lines += [f"\t{c_string(c)}," for c in CLASSES]
    lines += ["}", "", "// The registry statuses; RegistryNone is what an unknown Status has.",
              "const (", "\tRegistryNone Registry = -1"]
    registries = REGISTRY + (UNOFFICIAL,)
    lines += [f"\tRegistry{mixed_caps(r.upper())} Registry = {i}"
              for i, r in enumerate(registries)]
    lines += [")", "", "var registryNames = [...]string{"]
    lines += [f"\t{c_string(r)}," for r in registries]
    lines += ["}", "", "// The properties, one bit each.", "const ("]
    lines += [f"\tProperty{mixed_caps(p.upper())} Properties = 1 << {i}"
              for i, p in enumerate(PROPERTIES)]
    lines += [")", "", "var propertyNames = [...]string{"]
    lines += [f"\t{c_string(p)}," for p in PROPERTIES]
    return lines + ["}", ""]


def switch(func, doc, cases):
    """A func from a string to a Status: Go compiles the switch to a
    search, with no map to build at init."""
    lines = [f"// {doc}", f"func {func}(text string) (Status, bool) {{",
             "\tswitch text {"]
    for text, go in cases:
        lines += [f"\tcase {c_string(text)}:", f"\t\treturn {go}, true"]
    return lines + ["\t}", "\treturn 0, false", "}", ""]


def retryable(entries):
    codes = [str(e["code"]) for e in entries if "retryable" in e["properties"]]
    return ["// IsRetryable reports whether a request that got s may succeed if sent",
            f"// again later, perhaps after Retry-After: {', '.join(codes)}. It says",
            "// nothing of whether the request may be repeated safely: that is the",
            "// method's idempotency (RFC 9110, Section 9.2.2), for the caller to judge.",
            "func (s Status) IsRetryable() bool { return s.Properties().Has(PropertyRetryable) }",
            ""]


def tables_source(entries, meanings, version):
    position = {e["code"]: i for i, e in enumerate(entries)}
    lines = HEADER + enums() + retryable(entries) + [
        f"const version = {c_string(version)}", "",
        "// The registered entries, in code order.",
        f"var entries = [{len(entries)}]entry{{"]
    for e in entries:
        flags = " | ".join(f"Property{mixed_caps(p.upper())}" for p in e["properties"]) or "0"
        fields = [e["code"], c_string(e["name"]), c_string(e["phrase"]),
                  c_string(e["description"]), c_string(e["spec"]),
                  c_string(f"{e['code']} {e['phrase']}"),
                  f"Registry{mixed_caps(e['registry'].upper())}", flags]
        lines.append("\t{" + ", ".join(map(str, fields)) + "},")
    lines += ["}", "", "// 1 + the position in entries of each code from 100, 0 for none.",
              "var positionByCode = [maxCode - minCode + 1]uint8{"]
    lines += [f"\t{code} - minCode: {p + 1}," for code, p in position.items()]
    lines += ["}", ""]
    lines += switch("statusOfName", "The Status of a canonical or old NAME.",
                    [(n, e["go"]) for e in entries for n in [e["name"]] + e["old_names"]])
    lines += switch("statusOfPhrase", "The Status of a current or old phrase.",
                    [(p, e["go"]) for e in entries
                     for p in [e["phrase"]] + e["old_phrases"]])
    texts = [(e["code"], t) for e in entries for t in [e["name"], e["phrase"]]]
    texts += [(e["code"], t) for e in entries for t in e["old_names"]]
    texts += [(e["code"], t) for e in entries for t in e["old_phrases"]]
    lines += ["// Every text of every entry, folded as Find folds its input, in",
              "// byte order: Find's table.", "var foldedTexts = [...]foldedText{"]
    lines += [f"\t{{{c_string(k)}, {c}}}," for k, c in
              sorted({fold(t): c for c, t in texts}.items())]
    folded_meanings = {fold(m[f]): i for i, m in enumerate(meanings) for f in ("name", "phrase")}
    longest = max(map(len, [fold(t) for _, t in texts] + list(folded_meanings)))
    lines += ["}", "", "// The longest key of foldedTexts and foldedMeanings.",
              f"const maxFoldedKey = {longest}", "",
              "// Every text of every entry, for Suggest.", "var texts = [...]text{"]
    lines += [f"\t{{{c}, {c_string(t)}, {c_string(fold(t))}}}," for c, t in texts]
    lines += ["}", "", "// The unofficial meanings, in code order.",
              f"var unofficialStatuses = [{len(meanings)}]UnofficialStatus{{"]
    for m in meanings:
        fields = [m["code"]] + [c_string(m[f]) for f in
                                ("name", "phrase", "origin", "description", "reference")]
        fields.append(c_string(f"{m['code']} {m['phrase']}"))
        lines.append("\t{&meaning{" + ", ".join(map(str, fields)) + "}},")
    lines += ["}", "", "// The meanings' NAMEs and phrases folded, in byte order, with the",
              "// position of their meaning.", "var foldedMeanings = [...]foldedText{"]
    lines += [f"\t{{{c_string(k)}, {i}}}," for k, i in sorted(folded_meanings.items())]
    lines.append("}")
    return lines


def identifier_tables_source(entries, meanings, ecosystems, unresolved, links):
    """What Find and UnofficialFind fall back on, as the C library's
    identifier tables have it (data/generate.py), and the accessors' data."""
    prefixes, combos, stems = identifier_stems(ecosystems, unresolved)
    lines = HEADER + [
        "// The ecosystems, in the C library's enum httpstatus_ecosystem order.",
        "const ("]
    lines += [f"\tEcosystem{mixed_caps(eco['name'])} Ecosystem = {i}"
              for i, eco in enumerate(ecosystems)]
    lines += [")", "", "// Each ecosystem's short name and usual qualifier.",
              "var ecosystems = [...]struct{ name, qualifier string }{"]
    lines += [f"\t{{{c_string(eco['name'])}, {c_string(eco['qualifiers'][0])}}},"
              for eco in ecosystems]
    lines += ["}", "", "// The folded prefixes an identifier's stem may follow: bit i of a",
              "// stem's prefixes is identifierPrefixes[i].",
              "var identifierPrefixes = [...]string{"]
    lines += [f"\t{c_string(p)}," for p in prefixes]
    lines += ["}", "", "// Every folded stem, in byte order, with its target (a position in",
              "// entries, or len(entries) plus one in unofficialStatuses) and prefixes.",
              "var identifierStems = [...]identifierStem{"]
    lines += [f"\t{{{c_string(k)}, {combos[c][0]}, {combos[c][1]}}},"
              for k, c in sorted(stems.items())]
    lines += ["}", "", "// Every qualifier, longest first.", "var qualifiers = [...]string{"]
    lines += [f"\t{c_string(q)}," for q in qualifiers(ecosystems)]
    longest = max(map(len, prefixes)) + KEY_WIDTH
    lines += ["}", "", "// The longest folded identifier: the longest prefix and the longest stem.",
              f"const maxIdentifierKey = {longest}", "",
              "// Each target's identifiers, ecosystem by ecosystem, its status line",
              "// and links.", "var targetData = [...]targetDatum{"]
    targets = entries + meanings
    per_target = {}
    for k, eco in enumerate(ecosystems):
        for target, idents in eco["targets"]:
            per_target.setdefault(target, {})[k] = idents
    for t, e in enumerate(targets):
        ids = per_target.get(t, {})
        rows = ", ".join("nil" if k not in ids else
                         "{" + ", ".join(map(c_string, ids[k])) + "}"
                         for k in range(len(ecosystems)))
        spec, mdn = links[t] if t < len(links) else ("", "")
        line = c_string(f"HTTP/1.1 {e['code']} {e['phrase']}")[:-1] + '\\r\\n"'
        lines.append(f"\t{{[{len(ecosystems)}][]string{{{rows}}}, {line}, "
                     f"{c_string(spec)}, {c_string(mdn or '')}}},")
    return lines + ["}"]


def test_data_source(entries, consts):
    """The tests check the lookups and the constants against these."""
    lines = HEADER + ["// Every NAME and phrase in data/statuses.toml, and every constant,",
                      "// with its constant and code.", "var ("]

    def table(var, rows):
        lines.append(f"\t{var} = []dataText{{")
        lines.extend(f"\t\t{{{status}, {code}, {c_string(text)}}},"
                     for status, code, text in rows)
        lines.append("\t}")

    table("dataNames", [(e["go"], e["code"], e["name"]) for e in entries])
    table("dataPhrases", [(e["go"], e["code"], e["phrase"]) for e in entries])
    table("dataOldNames", [(go_name(n), e["code"], n)
                           for e in entries for n in e["old_names"]])
    table("dataOldPhrases", [(e["go"], e["code"], p)
                             for e in entries for p in e["old_phrases"]])
    table("dataConstants", [(go, code, go) for go, code, _ in consts])
    lines.append(")")
    return lines


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: generate_constants.py DATA VERSION GOFMT OUTDIR")
    data, version, gofmt, out = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    entries, meanings = load(data), load_unofficial(data)
    ecosystems, unresolved = load_identifiers(identifiers_path(data), entries, meanings)
    consts = constants(entries, net_http_names(entries, ecosystems))
    out.mkdir(parents=True, exist_ok=True)
    write_go(gofmt, out / "statuses.go", constants_source(consts))
    write_go(gofmt, out / "tables.go", tables_source(entries, meanings, version))
    write_go(gofmt, out / "statuses_test.go", test_data_source(entries, consts))
    write_go(gofmt, out / "identifier_tables.go",
             identifier_tables_source(entries, meanings, ecosystems, unresolved,
                                      load_links(links_path(data), entries)))


if __name__ == "__main__":
    main()
