"""Code and data bytes of each strategy, measured from the object files.

A strategy's bytes are what it adds to a program: its functions' machine
code and the tables and strings they read, as the compiler laid them out.
Two ways to count, by what the object file holds:

  a whole object   a generated strategy has a source file, hence an object,
                   of its own: the sum of that object's allocated sections
                   (.text*, .rodata*, .data*, .bss*), string literals
                   included, which have no symbol of their own;
  symbols          where several strategies share an object
                   (code_strategies.c, text_strategies.c), the sizes `nm -S`
                   gives for the strategy's functions and tables;
  references       for the library's lookups, the function, the object's
                   functions it calls and every table they refer to, found
                   from their relocations (`objdump -dr`), so whatever the
                   tables are named.

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


def symbol_sizes(path, nm="nm"):
    """{symbol: bytes} of every symbol the object defines with a size."""
    out = subprocess.run([nm, "-S", "--defined-only", str(path)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    sizes = {}
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 4:
            sizes[fields[3]] = int(fields[1], 16)
    return sizes


def object_symbols(path, objdump="objdump"):
    """[(section, address, size, name)] of the object's sized symbols."""
    out = subprocess.run([objdump, "-t", str(path)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    symbols = []
    for line in out.splitlines():
        m = re.match(r"^([0-9a-f]+) .{7} (\S+)\s+([0-9a-f]+) (\S+)$", line)
        if m and int(m[3], 16) > 0:
            symbols.append((m[2], int(m[1], 16), int(m[3], 16), m[4]))
    return symbols


def references(path, function, symbols, objdump="objdump"):
    """The names of the object's symbols function's code refers to: by
    relocation, or as the target of a direct call or jump."""
    own = [s for s in symbols if s[3] == function]
    if not own:
        raise SystemExit(f"sizes.py: no {function} in {path}")
    _, start, size, _ = own[0]
    out = subprocess.run([objdump, "-dr", "--no-show-raw-insn", f"--disassemble={function}",
                          str(path)], check=True, stdout=subprocess.PIPE, text=True).stdout
    tables = set()
    for m in re.finditer(r"^\s*([0-9a-f]+): R_X86_64_(\w+)\s+([^\s+-]+)([+-]0x[0-9a-f]+)?$",
                         out, re.M):
        at, kind, target, addend = int(m[1], 16), m[2], m[3], int(m[4] or "0", 16)
        if not start <= at < start + size:
            continue  # the listing's neighbours
        if not target.startswith("."):
            tables.add(target)
            continue
        # a local table, named by its section and offset; a PC-relative
        # field's addend is 4 short of the address it reaches
        offset = addend + (4 if kind in ("PC32", "PLT32") else 0)
        tables.update(name for sec, address, length, name in symbols
                      if sec == target and address <= offset < address + length)
    # a call or tail call to a function of the same section, which the
    # assembler resolves without a relocation
    for m in re.finditer(r"^\s*([0-9a-f]+):\s+(?:call|jmp)\w*\s+[0-9a-f]+ <([^>+]+)>$",
                         out, re.M):
        if start <= int(m[1], 16) < start + size:
            tables.add(m[2])
    return tables


def function_bytes(path, function, shared, objdump="objdump"):
    """A library function's bytes: its code, the object's functions it
    calls and every table they refer to (their relocations), less the shared
    ones (the entries). This follows the tables whatever the generator
    names them: gperf's slots, lengths, string pool and asso_values, inlined
    into the caller."""
    symbols = object_symbols(path, objdump)
    sizes = {name: length for _, _, length, name in symbols}
    functions = {name for section, _, _, name in symbols if section.startswith(".text")}
    seen, todo = {function}, [function]
    while todo:
        for name in references(path, todo.pop(), symbols, objdump) - seen - set(shared):
            seen.add(name)
            if name in functions:
                todo.append(name)
    return sum(sizes[name] for name in seen if name in sizes)


# The main benchmark: each kind's library function and gperf table, and the
# benchmark's table prefix for it (generate_strategies.py's TABLES).
LIBRARY = {"code": "httpstatus_from_code", "name": "httpstatus_from_name",
           "phrase": "httpstatus_from_phrase", "find": "httpstatus_find"}
SHARED = ("entries", "meanings")  # the entries the lookups return
# The lookups with an object of their own: object, function, entries.
LIBRARY_OBJECTS = {"unofficial": ("unofficial", "httpstatus_unofficial_find"),
                   "suggest": ("suggest", "httpstatus_suggest")}
BENCH_TABLE = {"name": "names", "phrase": "phrases", "find": "forgiving"}
# The strategies' names in strategies.c: the generated ones (a whole object
# each) and the run-time ones (a function in text_strategies.c over the
# table's key list).
GENERATED = {"gperf default": "default", "switch length": "switch_length",
             "switch length+first": "switch_first", "trie": "trie"}
RUNTIME = {"binary search": "binary", "linear scan": "linear", "FNV-1a open addr.": "fnv",
           "hsearch_r": "hsearch"}
# The perfect-hash libraries' strategies: a function in
# perfect_hash_strategies.c over the table's key list (the functions the
# libraries build on the heap are not counted, as for the run-time tables).
HASHED = {"cmph CHD": "chd", "cmph BDZ": "bdz", "BBHash": "bbhash"}
CODE = {"switch": ["code_switch"], "two-level table": ["code_two_level", "by_class"],
        "binary search": ["code_binary", "sorted_codes"],
        "linear scan": ["code_linear", "sorted_codes"], "empty (loop only)": ["code_empty"]}


def bench_sizes(objects, nm="nm", size_tool="size", objdump="objdump"):
    """{(kind, strategy): bytes} for the main benchmark, from the objects of
    httpstatus_bench and of the static library."""
    by_name = {Path(o).name.split(".")[0]: Path(o) for o in objects}
    symbols = {}
    for name in ("code_strategies", "text_strategies", "perfect_hash_strategies"):
        if name not in by_name:
            raise SystemExit(f"sizes.py: no object for {name}.c among {sorted(by_name)}")
        symbols[name] = symbol_sizes(by_name[name], nm)
    whole = {}

    def obj(name):
        if name not in whole:
            whole[name] = object_bytes(by_name[name], size_tool)
        return whole[name]

    code, text = symbols["code_strategies"], symbols["text_strategies"]
    hashed = symbols["perfect_hash_strategies"]
    sizes = {}
    for kind, function in LIBRARY.items():
        sizes[(kind, "library")] = function_bytes(by_name["httpstatus"], function, SHARED,
                                                  objdump)
    for kind, (stem, function) in LIBRARY_OBJECTS.items():
        if stem in by_name:  # a library without the lookup: no row
            sizes[(kind, "library")] = function_bytes(by_name[stem], function, SHARED, objdump)
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
        for strategy, suffix in HASHED.items():
            sizes[(kind, strategy)] = plus_folding(
                suffix, hashed[f"{table}_{suffix}"] + obj(f"{table}_keys"))
        sizes[(kind, "empty (loop only)")] = text["text_empty"]
    return sizes
