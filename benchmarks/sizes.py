"""Code and data bytes of each strategy, measured from the object files.

A strategy's bytes are what it adds to a program: its functions' machine
code and the tables and strings they read, as the compiler laid them out.
Two ways to count, by what the object file holds:

  a whole object   a generated strategy has a source file, hence an object,
                   of its own: the sum of that object's allocated sections
                   (.text*, .rodata*, .data*, .bss*), string literals
                   included, which have no symbol of their own;
  symbols          where several strategies share an object (the library,
                   code_strategies.c, text_strategies.c), the sizes `nm -S`
                   gives for the strategy's functions and tables.

Not counted: the entries every strategy returns (the library's `entries`
and `meanings`, the benchmark's `bench_entry`), the functions a lookup
calls in other objects (memcmp, hsearch_r; httpstatus_suggest's call to
httpstatus_find) and tables built on the heap at start-up.
"""
import re
import subprocess
from pathlib import Path

ALLOCATED = (".text", ".rodata", ".data", ".bss")


def object_bytes(path, size_tool="size"):
    """The sum of the object's allocated sections."""
    out = subprocess.run([size_tool, "-A", str(path)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    total = 0
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[0].startswith(ALLOCATED) and fields[1].isdigit():
            total += int(fields[1])
    return total


def symbol_sizes(path, nm="nm", kinds=None):
    """{symbol: bytes} of every symbol the object defines with a size; with
    kinds, a dict, fills it with each symbol's nm type letter too."""
    out = subprocess.run([nm, "-S", "--defined-only", str(path)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    sizes = {}
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 4:
            sizes[fields[3]] = int(fields[1], 16)
            if kinds is not None:
                kinds[fields[3]] = fields[2]
    return sizes


def lookup_object_bytes(path, function, entries, nm="nm"):
    """A lookup in a library object of its own: the function and every
    local function and table of the object, less the entries it returns
    and the object's other public functions."""
    kinds = {}
    symbols = symbol_sizes(path, nm, kinds)
    if function not in symbols:
        raise SystemExit(f"sizes.py: no {function} in {path}")
    return sum(size for name, size in symbols.items()
               if name == function or (kinds[name].islower() and name != entries))


def gperf_table_bytes(symbols, table):
    """The bytes of one gperf table inlined into its caller: every symbol
    named after the table (its slots, lengths, string pool, and its hash
    and lookup functions if they were not inlined), and the hash's
    asso_values. gcc numbers function-local statics in order, so a table's
    asso_values.N comes just before its slots.N+1; clang names it
    TABLE_hash.asso_values."""
    mine = [s for s in symbols if s.startswith(f"{table}_") or f".{table}_" in s
            or s.startswith(f"{table}_hash.")]
    for s in list(mine):
        m = re.fullmatch(rf"{table}_slots\.(\d+)", s)
        if m:
            asso = f"asso_values.{int(m.group(1)) - 1}"
            if asso not in symbols:
                raise SystemExit(f"sizes.py: no {asso} beside {s}: update gperf_table_bytes")
            mine.append(asso)
    if not mine:
        raise SystemExit(f"sizes.py: no symbol of the gperf table {table}")
    return sum(symbols[s] for s in mine)


# The main benchmark: each kind's library function and gperf table, and the
# benchmark's table prefix for it (generate_strategies.py's TABLES).
LIBRARY = {"code": ("httpstatus_from_code", None), "name": ("httpstatus_from_name", "names"),
           "phrase": ("httpstatus_from_phrase", "phrases"),
           "find": ("httpstatus_find", "forgiving")}
# The lookups with an object of their own: object, function, entries.
LIBRARY_OBJECTS = {"unofficial": ("unofficial", "httpstatus_unofficial_find", "meanings"),
                   "suggest": ("suggest", "httpstatus_suggest", None)}
BENCH_TABLE = {"name": "names", "phrase": "phrases", "find": "forgiving"}
# The strategies' names in strategies.c: the generated ones (a whole object
# each) and the run-time ones (a function in text_strategies.c over the
# table's key list).
GENERATED = {"gperf default": "default", "switch length": "switch_length",
             "switch length+first": "switch_first", "trie": "trie"}
RUNTIME = {"binary search": "binary", "linear scan": "linear", "FNV-1a open addr.": "fnv",
           "hsearch_r": "hsearch"}
CODE = {"switch": ["code_switch"], "two-level table": ["code_two_level", "by_class"],
        "binary search": ["code_binary", "sorted_codes"],
        "linear scan": ["code_linear", "sorted_codes"], "empty (loop only)": ["code_empty"]}


def bench_sizes(objects, nm="nm", size_tool="size"):
    """{(kind, strategy): bytes} for the main benchmark, from the objects of
    httpstatus_bench and of the static library."""
    by_name = {Path(o).name.split(".")[0]: Path(o) for o in objects}
    symbols = {}
    for name in ("httpstatus", "code_strategies", "text_strategies"):
        if name not in by_name:
            raise SystemExit(f"sizes.py: no object for {name}.c among {sorted(by_name)}")
        symbols[name] = symbol_sizes(by_name[name], nm)
    whole = {}

    def obj(name):
        if name not in whole:
            whole[name] = object_bytes(by_name[name], size_tool)
        return whole[name]

    lib, code, text = symbols["httpstatus"], symbols["code_strategies"], symbols["text_strategies"]
    sizes = {}
    for kind, (function, table) in LIBRARY.items():
        sizes[(kind, "library")] = lib[function] + (
            gperf_table_bytes(lib, table) if table else lib["by_code"])
    for kind, (stem, function, entries) in LIBRARY_OBJECTS.items():
        if stem in by_name:  # a library without the lookup: no row
            sizes[(kind, "library")] = lookup_object_bytes(by_name[stem], function, entries, nm)
            sizes[(kind, "empty (loop only)")] = text["text_empty"]
    for strategy, names in CODE.items():
        sizes[("code", strategy)] = sum(code[n] for n in names)
    for kind, table in BENCH_TABLE.items():
        def plus_folding(strategy, bytes_):
            # the forgiving strategies: the folding loop, then the same
            # strategy over the folded keys
            return bytes_ + text[f"folded_{strategy}"] if kind == "find" else bytes_
        for strategy, suffix in GENERATED.items():
            sizes[(kind, strategy)] = plus_folding(
                {"default": "gperf_default"}.get(suffix, suffix), obj(f"{table}_{suffix}"))
        for strategy, suffix in RUNTIME.items():
            sizes[(kind, strategy)] = plus_folding(
                suffix, text[f"{table}_{suffix}"] + obj(f"{table}_keys"))
        sizes[(kind, "empty (loop only)")] = text["text_empty"]
    return sizes
