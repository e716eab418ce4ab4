#!/usr/bin/env python3
"""Generate the benchmark's text-lookup strategies from the library's keys.

    generate_strategies.py GENERATED_DIR OUTDIR

reads the keyword files gperf/keywords.py wrote into GENERATED_DIR
(names.gperf, phrases.gperf, forgiving.gperf: every key and its entry's
position) and writes into OUTDIR:

  TABLE_keys.c             the table's keys and their entries' positions
  TABLE_switch_length.c    a switch on the length, then memcmp
  TABLE_switch_first.c     a switch on the length, then on the first byte,
                           then memcmp
  TABLE_trie.c             a byte-by-byte trie of nested switches
  TABLE_default.gperf      the same keys for gperf with its default options
                           (the untuned baseline), with a wrapper returning
                           the entry

So every strategy has exactly the library's keys, whatever the data says.
Each strategy has a file, hence an object file, of its own: its code and
data bytes are that object's (benchmarks/sizes.py).
"""
import re
import sys
from pathlib import Path

TABLES = ("names", "phrases", "forgiving")
KEYWORD = re.compile(r'^"((?:[^"\\]|\\.)*)", ([0-9]+)$')


def read_keywords(path):
    keys, body = [], False
    for line in path.read_text().splitlines():
        if line == "%%":
            body = True
        elif body and line:
            m = KEYWORD.match(line)
            if not m:
                sys.exit(f"{path}: cannot read keyword line {line!r}")
            text = re.sub(r"\\(.)", r"\1", m.group(1))
            keys.append((text, int(m.group(2))))
    if not keys:
        sys.exit(f"{path}: no keywords")
    return keys


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def c_char(ch):
    return "'\\''" if ch == "'" else "'\\\\'" if ch == "\\" else f"'{ch}'"


def entry(index):
    return f"bench_entry[{index}]"


def keys_array(table, keys):
    out = [f"const struct bench_key {table}_keys[] = {{"]
    out += [f"  {{{c_string(k)}, {len(k)}, {i}}}," for k, i in keys]
    out += ["};", f"const size_t {table}_key_count = {len(keys)};", ""]
    return out


def by_length(keys):
    groups = {}
    for k, i in keys:
        groups.setdefault(len(k), []).append((k, i))
    return sorted(groups.items())


def switch_length(table, keys):
    out = [f"const struct httpstatus *{table}_switch_length(const char *s, size_t n) {{",
           "  switch (n) {"]
    for length, group in by_length(keys):
        out.append(f"  case {length}:")
        for k, i in group:
            out.append(f"    if (memcmp(s, {c_string(k)}, {length}) == 0) return {entry(i)};")
        out.append("    return NULL;")
    out += ["  }", "  return NULL;", "}", ""]
    return out


def switch_first_byte(table, keys):
    out = [f"const struct httpstatus *{table}_switch_first(const char *s, size_t n) {{",
           "  switch (n) {"]
    for length, group in by_length(keys):
        out += [f"  case {length}:", "    switch (s[0]) {"]
        firsts = {}
        for k, i in group:
            firsts.setdefault(k[0], []).append((k, i))
        for first, same in sorted(firsts.items()):
            out.append(f"    case {c_char(first)}:")
            for k, i in same:
                out.append(f"      if (memcmp(s + 1, {c_string(k[1:])}, {length - 1}) == 0) "
                           f"return {entry(i)};")
            out.append("      return NULL;")
        out += ["    }", "    return NULL;"]
    out += ["  }", "  return NULL;", "}", ""]
    return out


def trie(table, keys):
    out = [f"const struct httpstatus *{table}_trie(const char *s, size_t n) {{"]

    def node(group, depth, indent):
        pad = "  " * indent
        for k, i in group:
            if len(k) == depth:
                out.append(f"{pad}if (n == {depth}) return {entry(i)};")
        longer = [(k, i) for k, i in group if len(k) > depth]
        if not longer:
            out.append(f"{pad}return NULL;")
            return
        out.extend([f"{pad}if (n <= {depth}) return NULL;", f"{pad}switch (s[{depth}]) {{"])
        children = {}
        for k, i in longer:
            children.setdefault(k[depth], []).append((k, i))
        for ch, child in sorted(children.items()):
            out.append(f"{pad}case {c_char(ch)}:")
            node(child, depth + 1, indent + 1)
        out.extend([f"{pad}default:", f"{pad}  return NULL;", f"{pad}}}"])

    node(keys, 0, 1)
    out += ["}", ""]
    return out


def default_gperf(table, keys):
    slot = f"{table}_default_slot"
    out = ["%{", "#include <string.h>", "", '#include "strategies.h"', "%}",
           f"struct {slot} {{ const char *name; unsigned char index; }};", "%%"]
    out += [f"{c_string(k)}, {i}" for k, i in keys]
    out += ["%%",
            "/* gperf's default lookup compares with strcmp, so it needs a",
            "   NUL-terminated copy of the input. */",
            f"const struct httpstatus *{table}_gperf_default(const char *s, size_t n) {{",
            "  char key[MAX_WORD_LENGTH + 1];",
            f"  const struct {slot} *slot;",
            "  if (n > MAX_WORD_LENGTH)",
            "    return NULL;",
            "  memcpy(key, s, n);",
            "  key[n] = '\\0';",
            f"  slot = {table}_default_lookup(key, n);",
            f"  return slot ? {entry('slot->index')} : NULL;",
            "}"]
    return out


# The generated C files: each strategy's suffix and its generator.
GENERATORS = {"keys": keys_array, "switch_length": switch_length,
              "switch_first": switch_first_byte, "trie": trie}


def c_file(header, lines):
    return "\n".join(["/* Generated by benchmarks/generate_strategies.py: do not edit. */",
                      f'#include "{header}"', "", "#include <string.h>", ""] + lines)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: generate_strategies.py GENERATED_DIR OUTDIR")
    generated, outdir = Path(sys.argv[1]), Path(sys.argv[2])
    outdir.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        keys = read_keywords(generated / f"{table}.gperf")
        for suffix, generate in GENERATORS.items():
            (outdir / f"{table}_{suffix}.c").write_text(
                c_file("strategies.h", generate(table, keys)))
        (outdir / f"{table}_default.gperf").write_text(
            "\n".join(default_gperf(table, keys)) + "\n")


if __name__ == "__main__":
    main()
