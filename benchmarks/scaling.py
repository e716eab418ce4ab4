#!/usr/bin/env python3
"""The scaling study: how each way of looking up a key grows with the number
of keys. What `make bench-scaling` runs.

    scaling.py --out DIR --cc CC --cxx CXX [--cflags FLAGS] [--sizes 64,...,1048576]
               [--gperf-timeout SECONDS] [--compile-timeout SECONDS]
               [--generated-max N] [--callgrind-max N]
               [--runs N] [--valgrind VALGRIND] [--gnuplot GNUPLOT]
               [--gperf GPERF] [--size SIZE]

For each size n: n identifier-like keys from a fixed seed; the library's
gperf pipeline on them (benchmarks/scaling/CMakeLists.txt calls the
library's own gperf function: same options, same post-processing), the
switch on length and first byte and the trie (generate_strategies.py's
generators), binary search, and cmph's CHD and BDZ and BBHash, built by
the harness at start-up; each strategy compiled from its own file; then
scaling/harness.c times every strategy (ns per lookup on shuffled hits,
the hot key and misses) and counts its instructions under callgrind (up to
--callgrind-max keys). Where a strategy stops, it says why: gperf not done
within its timeout (not tried at larger sizes), a switch or trie whose
compile takes longer than its timeout (likewise), or past --generated-max.

Writes DIR/scaling.csv (one row per strategy and n: ns, instructions, build
seconds, bytes and bytes per key), DIR/scaling.md and, with gnuplot,
DIR/scaling.svg (ns per lookup, build time and bytes per key against n,
log scales). SCALING_SIZES in the environment replaces the default sizes,
for a quick run of `make bench-scaling`:
    SCALING_SIZES=64,256 make bench-scaling
"""
import argparse
import csv
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import generate_strategies  # noqa: E402
import report  # noqa: E402
import sizes  # noqa: E402

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "scaling"
SEED = 20261125
WORKLOADS = ("hits", "hot", "misses")
# Each strategy: its name in harness.c, the files it is compiled from (the
# generated ones in the size's directory) and the ones its bytes count.
STRATEGIES = {
    "library (gperf)": (["library.c"], ["library"]),
    "switch length+first": (["scaling_switch_first.c"], ["scaling_switch_first"]),
    "trie": (["scaling_trie.c"], ["scaling_trie"]),
    "binary search": (["binary.c"], ["binary", "synthetic_keys"]),
    "cmph CHD": (["hashed.c", "perfect_hash.c"], ["hashed", "synthetic_keys"]),
    "cmph BDZ": (["hashed.c", "perfect_hash.c"], ["hashed", "synthetic_keys"]),
    "BBHash": (["hashed.c", "bbhash.cpp"], ["hashed", "synthetic_keys"]),
}
# Built by the harness at run time, which reports their time and bytes.
HASHED = ("cmph CHD", "cmph BDZ", "BBHash")


def progress(text):
    print(text, file=sys.stderr, flush=True)


def synthetic_keys(n):
    """n distinct identifier-like keys (1 to 4 words of 2 to 7 capitals,
    joined by '_', like the library's NAMEs: at most 31 bytes, as the
    library's keys), in byte order."""
    rng, keys = random.Random(SEED), set()
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while len(keys) < n:
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 7)))
                 for _ in range(rng.randint(1, 4))]
        keys.add("_".join(words))
    return [(k, i) for i, k in enumerate(sorted(keys))]


def timed(cmd, timeout=None, **kw):
    """Runs cmd; returns its wall time in seconds, or None on timeout (the
    command's process group is stopped)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, start_new_session=True, **kw)
    try:
        if p.wait(timeout=timeout) != 0:
            sys.exit(f"scaling.py: {shlex.join(map(str, cmd))} failed")
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGTERM)
        p.wait()
        return None
    return time.perf_counter() - start


def run_gperf(n, keys, work, timeout, gperf):
    """The library's gperf pipeline on the keys: (seconds or None, (gperf's
    slots, the tables' layout))."""
    keyword_file, lookup = work / "keys.gperf", work / "scaling_gperf.c"
    keyword_file.write_text("struct httpstatus_slot { int name; unsigned index; };\n%%\n" +
                            "".join(f'"{k}", {i}\n' for k, i in keys))
    subprocess.run(["cmake", "-S", SOURCES, "-B", work / "gperf", f"-DKEYS={keyword_file}",
                    f"-DOUT={lookup}", f"-DGPERF_EXECUTABLE={gperf}"],
                   check=True, stdout=subprocess.DEVNULL)
    lookup.unlink(missing_ok=True)
    progress(f"  n = {n}: gperf ({len(keys)} keys)...")
    build = ["cmake", "--build", work / "gperf"]
    seconds = timed(build, timeout, stdout=subprocess.DEVNULL)
    if seconds is None:
        return None, None
    seconds -= timed(build, stdout=subprocess.DEVNULL)  # the build's own overhead
    text = lookup.read_text()
    slots = int(re.search(r"#define scaling_MAX_HASH_VALUE (\d+)", text).group(1)) + 1
    # the layout gperf/postprocess.py chose: where a key's row sits
    shift = int(re.search(r"#define scaling_BLOCK_SHIFT (\d+)", text).group(1))
    positions = int(re.search(r"char keys\[(\d+)\]", text).group(1))
    layout = (f"displaced: {positions} positions, blocks of {1 << shift}"
              if "#define scaling_DISPLACED 1" in text else "a position per slot")
    return max(seconds, 0.0), (slots, layout)


def build_and_measure(n, keys, work, args, gperf_seconds, slots, gperf_note):
    rows = {s: {"n": n, "strategy": s} for s in STRATEGIES}
    if gperf_seconds is None:
        rows["library (gperf)"]["note"] = gperf_note
    else:
        rows["library (gperf)"].update(generate_s=gperf_seconds, gperf_slots=slots[0],
                                       slots_per_key=slots[0] / n, note=slots[1])
    # the key list is named apart from the gperf pipeline's own tables
    for prefix, suffix, strategy in (("synthetic", "keys", None),
                                     ("scaling", "switch_first", "switch length+first"),
                                     ("scaling", "trie", "trie")):
        if strategy and n > args.generated_max:
            rows[strategy]["note"] = f"not generated past {args.generated_max} keys"
            args.too_slow.add(f"{prefix}_{suffix}.c")
            continue
        if strategy and f"{prefix}_{suffix}.c" in args.too_slow:
            continue
        start = time.perf_counter()
        lines = generate_strategies.GENERATORS[suffix](prefix, keys)
        (work / f"{prefix}_{suffix}.c").write_text(generate_strategies.c_file("scaling.h", lines))
        if strategy:
            rows[strategy]["generate_s"] = time.perf_counter() - start
    rows["binary search"]["generate_s"] = 0.0  # its keys are the harness's too

    cflags = shlex.split(args.cflags) + ["-std=c99", "-Wall", "-Wextra", "-Wpedantic",
                                         "-Werror", f"-I{SOURCES}", f"-I{work}"]
    if args.valgrind:
        cflags.append("-DBENCH_CALLGRIND")
    # BooPHF.h's own code: see benchmarks/CMakeLists.txt
    cxxflags = [f for f in cflags if f != "-std=c99"] + ["-std=c++11"] + (
        [] if "clang" in subprocess.run([args.cxx, "--version"], stdout=subprocess.PIPE,
                                        text=True).stdout else ["-Wno-maybe-uninitialized"])
    objects = {}
    generated = {"synthetic_keys.c", "scaling_switch_first.c", "scaling_trie.c"}
    shared = {"perfect_hash.c", "bbhash.cpp"}  # the lookup benchmark's too
    for source in ["harness.c", "binary.c", "hashed.c", *sorted(shared),
                   *(["library.c"] if gperf_seconds is not None else []), *sorted(generated)]:
        path = (work / source if source in generated else HERE / source if source in shared
                else SOURCES / source)
        obj = work / (Path(source).stem + ".o")
        obj.unlink(missing_ok=True)
        # the switch and the trie may be left out, not the others; one left
        # out at a smaller size is not tried again
        optional = source in generated and source != "synthetic_keys.c"
        if optional and source in args.too_slow:
            seconds = None
        else:
            progress(f"  n = {n}: compiling {source}")
            compiler = ([args.cxx, *cxxflags] if source.endswith(".cpp")
                        else [args.cc, *cflags])
            seconds = timed([*compiler, "-c", path, "-o", obj],
                            args.compile_timeout if optional else None)
            if seconds is None:
                progress(f"  n = {n}: {source} did not compile within "
                         f"{args.compile_timeout:.0f} s")
                args.too_slow.add(source)
        objects[Path(source).stem] = (obj if seconds is not None else None, seconds)
    for strategy, (files, sized) in list(STRATEGIES.items()):
        if any(objects.get(Path(f).stem, (None,))[0] is None for f in files):
            progress(f"  n = {n}: {strategy} left out")
            rows[strategy].setdefault(
                "note", f"compile longer than {args.compile_timeout:.0f} s here or below")
            continue
        rows[strategy]["compile_s"] = sum(objects[Path(f).stem][1] for f in files)
        rows[strategy]["code_data_bytes"] = sum(
            sizes.object_bytes(objects[o][0], args.size) for o in sized)
    bench = work / "scaling_bench"
    subprocess.run([args.cxx, *[o for o, _ in objects.values() if o], "-o", bench,
                    "-lcmph", "-pthread"], check=True)

    progress(f"  n = {n}: building the perfect hashes, checking, timing ({args.runs} runs)")
    out = subprocess.run([bench, "--runs", str(args.runs)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    for line in out.splitlines():
        if line.startswith("# built,"):
            _, strategy, seconds, bytes_ = line.split(",")
            rows[strategy]["build_s"] = float(seconds)
            rows[strategy]["code_data_bytes"] += int(bytes_)
    for r in csv.DictReader(l for l in out.splitlines() if not l.startswith("#")):
        rows[r["strategy"]][f"ns_{r['workload']}"] = float(r["ns_median"])
    for r in rows.values():
        # generated strategies: generation and compile; the others' keys
        # are compiled with the harness, and the perfect hashes report theirs
        if r["strategy"] not in HASHED and "compile_s" in r:
            r["build_s"] = r.get("generate_s", 0.0) + (
                r["compile_s"] if r["strategy"] != "binary search" else 0.0)
        if "code_data_bytes" in r:
            r["bytes_per_key"] = r["code_data_bytes"] / n
    if args.valgrind and n <= args.callgrind_max:
        progress(f"  n = {n}: counting instructions under callgrind")
        for path in work.glob("cg.out*"):
            path.unlink()
        subprocess.run([args.valgrind, "-q", "--tool=callgrind",
                        f"--callgrind-out-file={work}/cg.out", "--dump-instr=no",
                        "--compress-strings=no", "--compress-pos=no", bench, "--callgrind"],
                       check=True)
        for path in work.glob("cg.out.*"):
            label, calls, inclusive, _ = report.parse_dump(path)
            if label is None:
                continue
            _, strategy, workload, lookups = label.split("|")
            if calls != int(lookups):
                sys.exit(f"callgrind saw {calls} calls for {label}, expected {lookups}")
            rows[strategy][f"instr_{workload}"] = inclusive / calls
    return list(rows.values())


COLUMNS = (["n", "strategy"] + [f"ns_{w}" for w in WORKLOADS] +
           [f"instr_{w}" for w in WORKLOADS] +
           ["build_s", "code_data_bytes", "bytes_per_key", "generate_s", "compile_s",
            "gperf_slots", "slots_per_key", "note"])


def cell(value, column=None):
    if column == "build_s" and isinstance(value, float):
        return f"{value:.3g}"  # the perfect hashes build in milliseconds
    return f"{value:.2f}" if isinstance(value, float) else "" if value is None else str(value)


def write_outputs(rows, args):
    with open(args.out / "scaling.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([cell(r.get(c), c) for c in COLUMNS])
    table = ["| n | strategy | ns hits | ns hot | ns misses | instr. hits | instr. hot "
             "| instr. misses | build s | code + data bytes | bytes per key | generate s "
             "| compile s | gperf slots, layout or note |",
             "|---:|---|" + "---:|" * 12]
    for r in rows:
        table.append("| " + " | ".join(cell(r.get(c), c) for c in COLUMNS[:-3]) + " | " +
                     (f"{r['gperf_slots']} ({r['slots_per_key']:.1f}/key); "
                      if r.get("gperf_slots") else "") + r.get("note", "") + " |")
    compiler = subprocess.run([args.cc, "--version"], stdout=subprocess.PIPE,
                              text=True).stdout.splitlines()[0]
    header = [f"Run {args.started} to {datetime.now(timezone.utc):%H:%M UTC} on "
              f"{report.cpu_model()} ({os.cpu_count()} CPUs), {compiler} "
              f"`{args.cflags}`, median of {args.runs} runs; load average "
              f"{args.load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end.", ""]
    (args.out / "scaling.md").write_text("\n".join(header + table) + "\n")
    print("\n".join(table))
    if args.gnuplot:
        with open(args.out / "chart.dat", "w") as f:
            for strategy in STRATEGIES:
                f.write(f'"{strategy}"\n')
                for r in rows:
                    if r["strategy"] == strategy and "ns_hits" in r:
                        f.write(f"{r['n']} " + " ".join(f"{r[f'ns_{w}']:.3f}"
                                                        for w in WORKLOADS) +
                                f" {max(r.get('build_s', 0.0), 1e-4):.6f}"
                                f" {r.get('bytes_per_key', 0.0):.1f}\n")
                f.write("\n\n")
        subprocess.run([args.gnuplot, "-e", f"dir='{args.out}'; strategies={len(STRATEGIES)}",
                        HERE / "scaling" / "chart.gp"], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--cc", default="cc")
    ap.add_argument("--cxx", default="c++")
    ap.add_argument("--cflags", default="-O3 -DNDEBUG")
    # the environment may narrow `make bench-scaling` to a quick check
    ap.add_argument("--sizes", default=os.environ.get(
        "SCALING_SIZES", "64,256,1024,4096,16384,65536,262144,1048576"))
    ap.add_argument("--gperf-timeout", type=float, default=120)
    ap.add_argument("--compile-timeout", type=float, default=120)
    # the generated switch and trie are not written past this many keys
    ap.add_argument("--generated-max", type=int, default=65536)
    # counting a million keys' lookups under callgrind takes too long
    ap.add_argument("--callgrind-max", type=int, default=65536)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--valgrind")
    ap.add_argument("--gnuplot")
    ap.add_argument("--size", default="size")
    ap.add_argument("--gperf", default=shutil.which("gperf") or "gperf")
    args = ap.parse_args()
    args.out = args.out.resolve()
    args.too_slow = set()  # sources whose compile timed out
    args.started = f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M}"
    args.load = os.getloadavg()[0]
    args.out.mkdir(parents=True, exist_ok=True)

    rows, started, gperf_note = [], time.perf_counter(), None
    for n in (int(n) for n in args.sizes.split(",")):
        progress(f"n = {n} ({time.perf_counter() - started:.0f} s so far)")
        work = args.out / f"n{n}"
        work.mkdir(exist_ok=True)
        keys = synthetic_keys(n)
        seconds = slots = None
        if gperf_note is None:  # not tried again once stopped
            seconds, slots = run_gperf(n, keys, work, args.gperf_timeout, args.gperf)
            if seconds is None:
                progress(f"  n = {n}: gperf did not finish within {args.gperf_timeout:.0f} s")
                gperf_note = f"gperf stopped after {args.gperf_timeout:.0f} s at n = {n}"
        rows += build_and_measure(n, keys, work, args, seconds, slots, gperf_note)
    write_outputs(rows, args)
    progress(f"Wrote {args.out / 'scaling.csv'}, {args.out / 'scaling.md'}"
             + (f", {args.out / 'scaling.svg'}" if args.gnuplot else "")
             + f" in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
