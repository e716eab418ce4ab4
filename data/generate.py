#!/usr/bin/env python3
"""Generate httpstatus's tables from data/statuses.toml.

    generate.py DATA OUTDIR

writes into OUTDIR:
  httpstatus_map.h   X-macro maps of every entry, old name, old phrase,
                     unofficial meaning and OpenResty (ngx) name, of the
                     ecosystems and the identifiers they give codes
                     (data/identifiers.toml), and the separators the
                     forgiving lookups drop
                     (public: the core's table, the enums and the benchmarks'
                     strategies are all expanded from it)
  links.h            each entry's spec and MDN URLs (data/links.toml), for
                     the core's table
  identifier_tables.h
                     the core's tables of identifiers, qualifiers, prefixes
                     and status lines (core/src/identifiers.c)

The data is validated first; any inconsistency stops the build with a
message naming the entry.
"""
import sys
from pathlib import Path

from statuses import (SEPARATORS, c_char, c_string, fold, identifier_stems,
                      identifiers_path, links_path, load, load_identifiers,
                      load_links, load_unofficial, ngx_names)


def write_map(entries, unofficial, out, identifiers):
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
    for code, n in ngx_names(identifiers[0], entries, unofficial):
        lines.append(f"  X({code}, {n}) \\")
    lines += ["", "", "/* The bytes the forgiving lookups drop while folding: core/src/text.h",
              " * builds its fold from this. */",
              "#define HTTPSTATUS_IS_SEPARATOR(c) \\",
              "  (" + " || ".join(f"(c) == {c_char(s)}" for s in SEPARATORS) + ")"]
    lines += write_ecosystem_maps(*identifiers)
    lines += ["", "", "/* X(code, \"FOLDED\", bytes): the identifiers httpstatus_suggest weighs,",
              " * folded (data/generate.py, suggest_identifiers), and bit c & 63 for each",
              " * byte c they hold */",
              "#define HTTPSTATUS_SUGGEST_IDENTIFIER_MAP(X) \\"]
    for code, key in suggest_identifiers(identifiers[0], identifiers[1], entries):
        bits = 0
        for c in key:
            bits |= 1 << (ord(c) & 63)
        lines.append(f"  X({code}, {c_string(key)}, {bits:#x}ULL) \\")
    lines += ["", "", "#endif", ""]
    (out / "httpstatus_map.h").write_text("\n".join(lines))


def write_ecosystem_maps(ecosystems, unresolved, entries, meanings):
    lines = ["", "", "/* Ecosystems that name status codes, in enum order. */",
             f"#define HTTPSTATUS_ECOSYSTEM_COUNT {len(ecosystems)}", "",
             "/* X(NAME, \"name\", \"usual qualifier\") */",
             "#define HTTPSTATUS_ECOSYSTEM_MAP(X) \\"]
    for eco in ecosystems:
        lines.append(f"  X({eco['name'].upper()}, {c_string(eco['name'])}, "
                     f"{c_string(eco['qualifiers'][0])}) \\")
    lines += ["", "", "/* X(\"qualifier\"): every qualifier, once */",
              "#define HTTPSTATUS_QUALIFIER_MAP(X) \\"]
    for q in qualifiers(ecosystems):
        lines.append(f"  X({c_string(q)}) \\")
    lines += ["", "", "/* X(ECOSYSTEM, code, \"unofficial meaning's NAME\" or \"\",",
              " *   \"identifier\", found): found is 0 for the identifiers no lookup",
              " *   finds (data/identifiers.toml, [unresolved]) */",
              "#define HTTPSTATUS_IDENTIFIER_MAP(X) \\"]
    for eco in ecosystems:
        for target, idents in eco["targets"]:
            e = (entries + meanings)[target]
            meaning = e["name"] if target >= len(entries) else ""
            for ident in idents:
                lines.append(f"  X({eco['name'].upper()}, {e['code']}, "
                             f"{c_string(meaning)}, {c_string(ident)}, "
                             f"{int(fold(ident) not in unresolved)}) \\")
    return lines


def qualifiers(ecosystems):
    """Every qualifier once, longest first, so that the lookup strips the
    longest that matches."""
    return sorted({q for eco in ecosystems for q in eco["qualifiers"]},
                  key=lambda q: (-len(q), q))


def suggest_identifiers(ecosystems, unresolved, entries):
    """[(code, folded identifier)] for httpstatus_suggest: each identifier
    httpstatus_find resolves to a registered entry, once, unless it folds
    as one of the entry's own texts does (find answers those by them)."""
    prefixes, combos, stems = identifier_stems(ecosystems, unresolved)
    own = {fold(t) for e in entries
           for t in [e["name"], e["phrase"]] + e["old_names"] + e["old_phrases"]}
    found = {p + stem: combos[c][0] for stem, c in stems.items()
             for i, p in enumerate(prefixes) if combos[c][1] >> i & 1}
    return sorted((entries[t]["code"], key) for key, t in found.items()
                  if t < len(entries) and key not in own and not key[0].isdigit())


def write_links(entries, links, out):
    lines = ["/* Generated from data/links.toml by data/generate.py: do not edit. */",
             "/* HTTPSTATUS_LINKS_NAME: the entry's spec_url, mdn_url */"]
    for e, (spec, mdn) in zip(entries, links):
        lines.append(f"#define HTTPSTATUS_LINKS_{e['name']} {c_string(spec)}, "
                     f"{c_string(mdn) if mdn else 'NULL'}")
    (out / "links.h").write_text("\n".join(lines) + "\n")


# The texts that start a status header (core/src/identifiers.c).
STATUS_HEADERS = (":status:", "Status:")


def identifier_filters(prefixes, combos, stems, quals):
    """The cheap tests the lookup makes before it probes the stems table:
    for each first and each last byte of a folded identifier (bit c - '0',
    so every digit and capital has one), bit n set for each length n an
    identifier with that byte has; and the bytes that may start a
    qualified identifier or a status header, white space first."""
    keys = [p + stem for stem, c in stems.items()
            for i, p in enumerate(prefixes) if combos[c][1] >> i & 1]
    by_first, by_last = [0] * 64, [0] * 64
    for k in keys:
        by_first[(ord(k[0]) - ord("0")) & 63] |= 1 << len(k)
        by_last[(ord(k[-1]) - ord("0")) & 63] |= 1 << len(k)
    if len(prefixes) > 8:
        sys.exit("more than 8 identifier prefixes no longer fit a byte's bits")
    prefix_starts = [1 if "" in prefixes else 0] * 64
    for i, p in enumerate(prefixes):
        if p:
            prefix_starts[(ord(p[0]) - ord("0")) & 63] |= 1 << i
    starts = [0] * 4
    for c in [q[0] for q in quals + list(STATUS_HEADERS)] + list(" \t\n\v\f\r"):
        starts[ord(c) >> 6] |= 1 << (ord(c) & 63)

    def masks(values):
        return [f"    {', '.join(f'{v:#x}' for v in values[i:i + 4])},"
                for i in range(0, len(values), 4)]

    lines = ["/* The longest folded identifier. */",
             f"#define IDENTIFIER_LONGEST {max(map(len, keys))}",
             "/* Bit n of [(c - '0') & 63]: an identifier of n bytes, folded,",
             " * starts (ends) with c. */",
             "static const uint64_t identifier_lengths_by_first[64] = {"]
    lines += masks(by_first)
    lines += ["};", "static const uint64_t identifier_lengths_by_last[64] = {"]
    lines += masks(by_last)
    lines += ["};", "/* [(c - '0') & 63]: bit i for each prefix i that starts with c. */",
              "static const unsigned char prefixes_by_first[64] = {"]
    lines += [f"    {', '.join(map(str, prefix_starts[i:i + 16]))},"
              for i in range(0, 64, 16)]
    lines += ["};", "/* Bit c & 63 of word c >> 6: c may start a qualified identifier",
              " * or a status header, or is white space. */",
              "static const uint64_t qualified_starts[4] = {"]
    lines += masks(starts)
    lines += ["};", "", "/* The texts that start a status header. */",
              "static const struct sized_text status_headers[] = {"]
    lines += [f"    {{{c_string(h)}, {len(h)}}}," for h in STATUS_HEADERS]
    return lines + ["};"]


def write_identifier_tables(ecosystems, unresolved, entries, meanings, out):
    targets = entries + meanings
    prefixes, combos, stems = identifier_stems(ecosystems, unresolved)
    lines = ["/* Generated from data/identifiers.toml by data/generate.py: do not edit. */",
             "",
             "/* The folded prefixes a stem may follow: bit i of a mask is prefixes[i]. */",
             f"#define PREFIX_COUNT {len(prefixes)}",
             "static const struct sized_text prefixes[PREFIX_COUNT] = {"]
    lines += [f"    {{{c_string(p)}, {len(p)}}}," for p in prefixes]
    lines += ["};", "", "/* What the identifiers table's slots lead to: a target (an entry's",
              " * position, or HTTPSTATUS_COUNT plus a meaning's) and its prefixes. */",
              "static const struct identifier_combo combos[] = {"]
    lines += [f"    {{{t}, {m}}}," for t, m in combos]
    lines += ["};", ""]
    lines += identifier_filters(prefixes, combos, stems, qualifiers(ecosystems))
    lines += ["", "/* Every qualifier, longest first. */",
              "static const struct sized_text qualifiers[] = {"]
    lines += [f"    {{{c_string(q)}, {len(q)}}}," for q in qualifiers(ecosystems)]
    lines += ["};", "", "/* The identifiers of each target, ecosystem by ecosystem: those of",
              " * target t and ecosystem k are names[first[t * ECOSYSTEMS + k]] up to",
              " * the next first. */",
              "static const char *const names[] = {"]
    first, count = [], 0
    per_target = {}
    for k, eco in enumerate(ecosystems):
        for target, idents in eco["targets"]:
            per_target.setdefault(target, {})[k] = idents
    for t in range(len(targets)):
        for k in range(len(ecosystems)):
            first.append(count)
            for ident in per_target.get(t, {}).get(k, []):
                lines.append(f"    {c_string(ident)},")
                count += 1
    first.append(count)
    lines += ["};", "static const unsigned short first[] = {"]
    lines += [f"    {', '.join(map(str, first[i:i + 12]))}," for i in range(0, len(first), 12)]
    lines += ["};", "", "/* The HTTP/1.1 status line of each target. */",
              "static const char *const status_lines[] = {"]
    lines += [f"    {c_string('HTTP/1.1 %d %s' % (e['code'], e['phrase']))[:-1]}\\r\\n\","
              for e in targets]
    lines += ["};", ""]
    (out / "identifier_tables.h").write_text("\n".join(lines))


def main():
    args = sys.argv[1:]
    if len(args) != 2:
        sys.exit("usage: generate.py DATA OUTDIR")
    entries, meanings = load(args[0]), load_unofficial(args[0])
    ecosystems, unresolved = load_identifiers(identifiers_path(args[0]),
                                              entries, meanings)
    out = Path(args[1])
    out.mkdir(parents=True, exist_ok=True)
    write_map(entries, meanings, out,
              (ecosystems, unresolved, entries, meanings))
    write_links(entries, load_links(links_path(args[0]), entries), out)
    write_identifier_tables(ecosystems, unresolved, entries, meanings, out)


if __name__ == "__main__":
    main()
