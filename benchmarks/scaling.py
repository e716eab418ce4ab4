#!/usr/bin/env python3
"""The scaling study: how each way of looking up a key grows with the number
of keys. What `make bench-scaling` runs.

    scaling.py --out DIR --cc CC [--cflags FLAGS] [--sizes 64,256,1024,4096]
               [--try-size 16384 --try-timeout SECONDS] [--compile-timeout SECONDS]
               [--runs N] [--valgrind VALGRIND] [--gnuplot GNUPLOT]
               [--gperf GPERF] [--size SIZE]

For each size n: n identifier-like keys from a fixed seed; the library's
gperf pipeline on them (benchmarks/scaling/CMakeLists.txt calls the
library's own gperf function: same options, same post-processing), the
switch on length and first byte and the trie (generate_strategies.py's
generators), and binary search; each strategy compiled from its own file
and timed; then scaling/harness.c times every strategy (ns per lookup on
shuffled hits, the hot key and misses) and counts its instructions under
callgrind. The try size runs only if gperf finishes within the timeout; its
generation time is reported either way. A switch or trie whose compile
takes longer than its timeout is left out at that size, and said so.

Writes DIR/scaling.csv (one row per strategy and n), DIR/scaling.md and,
with gnuplot, DIR/scaling.svg (ns per lookup against n, log scales).
SCALING_SIZES and SCALING_TRY_SIZE in the environment replace the default
sizes and try size (0: none), for a quick run of `make bench-scaling`:
    SCALING_SIZES=64,256 SCALING_TRY_SIZE=0 make bench-scaling
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
}


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
    """The library's gperf pipeline on the keys: (seconds or None, slots)."""
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
    m = re.search(r"#define scaling_MAX_HASH_VALUE (\d+)", lookup.read_text())
    return max(seconds, 0.0), int(m.group(1)) + 1


def build_and_measure(n, keys, work, args, gperf_seconds, slots):
    rows = {s: {"n": n, "strategy": s} for s in STRATEGIES}
    rows["library (gperf)"].update(generate_s=gperf_seconds, gperf_slots=slots,
                                   slots_per_key=slots / n)
    # the key list is named apart from the gperf pipeline's own tables
    for prefix, suffix, strategy in (("synthetic", "keys", None),
                                     ("scaling", "switch_first", "switch length+first"),
                                     ("scaling", "trie", "trie")):
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
    objects = {}
    generated = {"synthetic_keys.c", "scaling_switch_first.c", "scaling_trie.c"}
    for source in ["harness.c", "binary.c", "library.c", *sorted(generated)]:
        path = work / source if source in generated else SOURCES / source
        obj = work / (Path(source).stem + ".o")
        progress(f"  n = {n}: compiling {source}")
        obj.unlink(missing_ok=True)
        # the switch and the trie may be left out, not the others; one left
        # out at a smaller size is not tried again
        optional = source in generated and source != "synthetic_keys.c"
        if optional and source in args.too_slow:
            progress(f"  n = {n}: {source} too slow to compile at a smaller size")
            seconds = None
        else:
            seconds = timed([args.cc, *cflags, "-c", path, "-o", obj],
                            args.compile_timeout if optional else None)
            if seconds is None:
                progress(f"  n = {n}: {source} did not compile within "
                         f"{args.compile_timeout:.0f} s")
                args.too_slow.add(source)
        objects[Path(source).stem] = (obj if seconds is not None else None, seconds)
    for strategy, (files, sized) in list(STRATEGIES.items()):
        if any(objects[Path(f).stem][0] is None for f in files):
            progress(f"  n = {n}: {strategy} left out")
            rows[strategy].update(note=f"compile longer than {args.compile_timeout:.0f} s")
            continue
        rows[strategy]["compile_s"] = sum(objects[Path(f).stem][1] for f in files)
        rows[strategy]["code_data_bytes"] = sum(
            sizes.object_bytes(objects[o][0], args.size) for o in sized)
    bench = work / "scaling_bench"
    subprocess.run([args.cc, *[o for o, _ in objects.values() if o], "-o", bench], check=True)

    progress(f"  n = {n}: timing ({args.runs} runs)")
    out = subprocess.run([bench, "--runs", str(args.runs)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    for r in csv.DictReader(out.splitlines()):
        rows[r["strategy"]][f"ns_{r['workload']}"] = float(r["ns_median"])
    if args.valgrind:
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
           ["code_data_bytes", "generate_s", "compile_s", "gperf_slots", "slots_per_key",
            "note"])


def cell(value):
    return f"{value:.2f}" if isinstance(value, float) else "" if value is None else str(value)


def write_outputs(rows, args):
    with open(args.out / "scaling.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([cell(r.get(c)) for c in COLUMNS])
    table = ["| n | strategy | ns hits | ns hot | ns misses | instr. hits | instr. hot "
             "| instr. misses | code + data bytes | generate s | compile s | gperf slots |",
             "|---:|---|" + "---:|" * 10]
    for r in rows:
        table.append("| " + " | ".join(cell(r.get(c)) for c in COLUMNS[:-3]) + " | " +
                     (f"{r['gperf_slots']} ({r['slots_per_key']:.1f}/key)"
                      if r.get("gperf_slots") else r.get("note", "")) + " |")
    (args.out / "scaling.md").write_text("\n".join(table) + "\n")
    print("\n".join(table))
    if args.gnuplot:
        with open(args.out / "chart.dat", "w") as f:
            for strategy in STRATEGIES:
                f.write(f'"{strategy}"\n')
                for r in rows:
                    if r["strategy"] == strategy and "ns_hits" in r:
                        f.write(f"{r['n']} " + " ".join(f"{r[f'ns_{w}']:.3f}"
                                                        for w in WORKLOADS) + "\n")
                f.write("\n\n")
        subprocess.run([args.gnuplot, "-e", f"dir='{args.out}'", HERE / "scaling" / "chart.gp"],
                       check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--cc", default="cc")
    ap.add_argument("--cflags", default="-O3 -DNDEBUG")
    # the environment may narrow `make bench-scaling` to a quick check
    ap.add_argument("--sizes", default=os.environ.get("SCALING_SIZES", "64,256,1024,4096"))
    ap.add_argument("--try-size", type=int,
                    default=int(os.environ.get("SCALING_TRY_SIZE", "16384")))
    ap.add_argument("--try-timeout", type=float, default=120)
    ap.add_argument("--compile-timeout", type=float, default=120)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--valgrind")
    ap.add_argument("--gnuplot")
    ap.add_argument("--size", default="size")
    ap.add_argument("--gperf", default=shutil.which("gperf") or "gperf")
    args = ap.parse_args()
    args.out = args.out.resolve()
    args.too_slow = set()  # sources whose compile timed out
    args.out.mkdir(parents=True, exist_ok=True)

    plan = [(int(n), None) for n in args.sizes.split(",")]
    if args.try_size:
        plan.append((args.try_size, args.try_timeout))
    rows, started = [], time.perf_counter()
    for n, timeout in plan:
        progress(f"n = {n} ({time.perf_counter() - started:.0f} s so far)")
        work = args.out / f"n{n}"
        work.mkdir(exist_ok=True)
        keys = synthetic_keys(n)
        seconds, slots = run_gperf(n, keys, work, timeout, args.gperf)
        if seconds is None:
            progress(f"  n = {n}: gperf did not finish within {timeout:.0f} s: size skipped")
            rows.append({"n": n, "strategy": "library (gperf)", "generate_s": timeout,
                         "note": f"gperf stopped after {timeout:.0f} s"})
            continue
        rows += build_and_measure(n, keys, work, args, seconds, slots)
    write_outputs(rows, args)
    progress(f"Wrote {args.out / 'scaling.csv'}, {args.out / 'scaling.md'}"
             + (f", {args.out / 'scaling.svg'}" if args.gnuplot else "")
             + f" in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
