#!/usr/bin/env python3
"""Run the lookup benchmark and report it: what `make bench` runs.

    report.py --bench BENCH --out DIR [--runs N] [--valgrind VALGRIND]
              [--gnuplot GNUPLOT --chart-script chart.gp]

1. BENCH times every strategy on every workload: median, min and max
   ns per lookup over N runs.
2. With valgrind, BENCH runs again under callgrind, which dumps its counts
   after each strategy's pass over each workload. Instructions per lookup
   are callgrind's inclusive count for the strategy function (its own
   instructions and those of anything it calls, memcmp included) divided by
   its calls; "with loop" is the whole pass, calling loop included, divided
   by the lookups.
3. With --objects (the objects of BENCH and of the static library), each
   strategy's code and data bytes (sizes.py).
4. Writes DIR/results.csv, DIR/results.md and, with gnuplot, DIR/results.svg;
   prints the tables and the targets' verdicts.
"""
import argparse
import csv
import os
import platform
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import sizes  # noqa: E402

KINDS = {"code": "httpstatus_from_code", "name": "httpstatus_from_name",
         "phrase": "httpstatus_from_phrase", "find": "httpstatus_find",
         "unofficial": "httpstatus_unofficial_find", "suggest": "httpstatus_suggest"}
WORKLOADS = ["hits", "hot short", "hot long", "misses", "near misses", "50/50 mix"]
HARNESSES = ("run_code", "run_text")
EMPTY = "empty (loop only)"
# Instructions per httpstatus_suggest call, averaged over a workload: a
# ceiling that catches a change of its order of growth, not a race.
SUGGEST_BOUND = 250000


def progress(text):
    print(text, file=sys.stderr, flush=True)


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def run_timing(bench, runs):
    progress(f"Timing every strategy ({runs} runs each)...")
    out = subprocess.run([bench, "--runs", str(runs)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    info, rows = {}, {}
    lines = [l for l in out.splitlines() if l]
    for line in lines:
        if line.startswith("# "):
            key, value = line[2:].split(",", 1)
            info[key] = value.strip()
    for r in csv.DictReader(l for l in lines if not l.startswith("#")):
        rows[(r["kind"], r["strategy"], r["workload"])] = {
            "ns_median": float(r["ns_median"]), "ns_min": float(r["ns_min"]),
            "ns_max": float(r["ns_max"])}
    return info, rows


def parse_dump(path):
    """(label, instructions per strategy call, whole pass) of one dump."""
    label, total, fn, callee, calls, inclusive = None, None, None, None, 0, 0
    pending = False
    for line in path.read_text().splitlines():
        if line.startswith("desc: Trigger: Client Request: "):
            label = line[len("desc: Trigger: Client Request: "):]
        elif line.startswith("totals:") or (line.startswith("summary:") and total is None):
            total = int(line.split()[1])
        elif line.startswith("fn="):
            fn = line[3:]
        elif line.startswith("cfn="):
            callee = line[4:]
        elif line.startswith("calls=") and fn in HARNESSES:
            calls += int(line[6:].split()[0])
            pending = True
        elif pending:
            inclusive += int(line.split()[-1])
            pending = False
    return label, calls, inclusive, total


def run_callgrind(valgrind, bench):
    progress("Counting instructions under callgrind...")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([valgrind, "-q", "--tool=callgrind",
                        f"--callgrind-out-file={tmp}/cg.out", "--dump-instr=no",
                        "--compress-strings=no", "--compress-pos=no",
                        bench, "--callgrind"], check=True)
        counts = {}
        for path in Path(tmp).glob("cg.out.*"):
            label, calls, inclusive, total = parse_dump(path)
            if label is None:
                continue
            kind, strategy, workload, lookups = label.split("|")
            lookups = int(lookups)
            if calls != lookups:
                sys.exit(f"callgrind saw {calls} calls for {label}, expected {lookups}")
            counts[(kind, strategy, workload)] = (inclusive / calls, total / lookups)
    return counts


def fmt(x, digits=1):
    return "" if x is None else f"{x:.{digits}f}"


def markdown(rows, kinds, code_bytes):
    out = []
    for kind in kinds:
        strategies = list(dict.fromkeys(s for k, s, _ in rows if k == kind))
        extra = ["code + data bytes"] if code_bytes else []
        out += [f"**{kind}** ({'library = ' + KINDS[kind]}): "
                "median ns per lookup [min–max] · instructions per lookup", "",
                "| strategy | " + " | ".join(WORKLOADS + extra) + " |",
                "|---|" + "---:|" * (len(WORKLOADS) + len(extra))]
        for s in strategies:
            cells = []
            for w in WORKLOADS:
                r = rows[(kind, s, w)]
                cell = f"{r['ns_median']:.1f} [{r['ns_min']:.1f}–{r['ns_max']:.1f}]"
                if r.get("instr") is not None:
                    cell += f" · {r['instr']:.1f}"
                cells.append(cell)
            if code_bytes:
                cells.append(f"{code_bytes[(kind, s)]:,}" if (kind, s) in code_bytes else "")
            name = f"**{s}**" if s == "library" else s
            out.append(f"| {name} | " + " | ".join(cells) + " |")
        out.append("")
    return out


def verdicts(rows, have_instr):
    """The targets: (passed, text) pairs."""
    out = []

    def get(kind, strategy, workload, key):
        return rows[(kind, strategy, workload)].get(key)

    # A hot key: one key every time, so nothing mispredicts and the library
    # and the switches run within a fraction of a ns of the calling loop
    # itself; no slower than the best of them, within 5%, is the target.
    def hot_limit(workload):
        return 1.05 if workload.startswith("hot") else 1.0

    def hot_text(workload):
        return " (target within 5%)" if workload.startswith("hot") else ""

    def others(kind):
        return [s for k, s, w in rows if k == kind and w == "hits"
                and s not in ("library", EMPTY)]

    # httpstatus_from_code: <= 7 instructions, and no strategy faster.
    if have_instr:
        worst = max(get("code", "library", w, "instr") for w in WORKLOADS)
        out.append((worst <= 7, f"httpstatus_from_code: at most {worst:.1f} "
                    "instructions per lookup on any workload (target <= 7)"))
    for w in WORKLOADS:
        lib = get("code", "library", w, "ns_median")
        best = min(others("code"), key=lambda s: get("code", s, w, "ns_median"))
        other = get("code", best, w, "ns_median")
        out.append((lib <= hot_limit(w) * other, f"httpstatus_from_code, {w}: {lib:.2f} ns, "
                    f"fastest other strategy {best} {other:.2f} ns{hot_text(w)}"))
    # NAME and phrase: at most 0.4x the best switch strategy's ns on every
    # workload but the hot key, where hot_limit applies.
    switches = ("switch length", "switch length+first")
    for kind in ("name", "phrase"):
        for w in WORKLOADS:
            limit = hot_limit(w) if w.startswith("hot") else 0.4
            lib = get(kind, "library", w, "ns_median")
            best = min(switches, key=lambda s: get(kind, s, w, "ns_median"))
            ratio = lib / get(kind, best, w, "ns_median")
            out.append((ratio <= limit, f"{KINDS[kind]}, {w}: {lib:.2f} ns, "
                        f"{ratio:.2f}x {best} (target <= {limit}x)"))
    # The 50/50 mix: at most 1.2x the slower of hits and misses (a branch
    # on the hit/miss outcome mispredicts half the time).
    for kind in ("name", "phrase"):
        mix = get(kind, "library", "50/50 mix", "ns_median")
        slower = max(get(kind, "library", w, "ns_median") for w in ("hits", "misses"))
        out.append((mix <= 1.2 * slower, f"{KINDS[kind]}, 50/50 mix: {mix:.2f} ns, "
                    f"{mix / slower:.2f}x the slower of hits and misses (target <= 1.2x)"))
    # Instructions: per hit, and per rejected lookup, which may cost no
    # more than a hit: a lookup that paid the whole compare on every miss
    # fails it, and a near miss whose changed byte is not hashed has a
    # key's length and hash value, so any perfect hash compares it in
    # full, as it does a hit.
    if have_instr:
        for kind, limit in (("name", 40), ("phrase", 46)):
            for w in ("hits", "misses", "near misses"):
                i = get(kind, "library", w, "instr")
                out.append((i <= limit, f"{KINDS[kind]}, {w}: {i:.1f} instructions per "
                            f"lookup (target <= {limit})"))
    # httpstatus_find: within 3x httpstatus_from_phrase on hits, at most 150
    # instructions a hit, and the fastest forgiving strategy everywhere.
    find_ns, phrase_ns = (get(k, "library", "hits", "ns_median") for k in ("find", "phrase"))
    out.append((find_ns <= 3 * phrase_ns, f"{KINDS['find']}, hits: {find_ns:.2f} ns, "
                f"{find_ns / phrase_ns:.1f}x {KINDS['phrase']} (target <= 3x)"))
    if have_instr:
        i = get("find", "library", "hits", "instr")
        out.append((i <= 150, f"{KINDS['find']}, hits: {i:.1f} instructions (target <= 150)"))
    for w in WORKLOADS:
        lib = get("find", "library", w, "ns_median")
        best = min(others("find"), key=lambda s: get("find", s, w, "ns_median"))
        other = get("find", best, w, "ns_median")
        out.append((lib <= hot_limit(w) * other, f"{KINDS['find']}, {w}: {lib:.2f} ns, "
                    f"fastest other forgiving strategy {best} {other:.2f} ns{hot_text(w)}"))
    # httpstatus_suggest works on httpstatus_find's miss path: its cost is
    # bounded, not raced; httpstatus_unofficial_find is shown for scale.
    if ("suggest", "library", "hits") in rows:
        for w in WORKLOADS:
            ns, find_ns = (get(k, "library", w, "ns_median") for k in ("suggest", "find"))
            text = (f"httpstatus_suggest, {w}: {ns:.0f} ns per call, "
                    f"{ns / find_ns:.1f}x httpstatus_find")
            verdict = None
            if have_instr:
                instr = get("suggest", "library", w, "instr")
                text += f"; {instr:.0f} instructions (bound <= {SUGGEST_BOUND:,})"
                verdict = instr <= SUGGEST_BOUND
            out.append((verdict, text))
    if ("unofficial", "library", "hits") in rows:
        for w in WORKLOADS:
            text = (f"httpstatus_unofficial_find, {w}: "
                    f"{get('unofficial', 'library', w, 'ns_median'):.1f} ns per call")
            if have_instr:
                text += f", {get('unofficial', 'library', w, 'instr'):.0f} instructions"
            out.append((None, text))
    return out


def write_chart(rows, kinds, out, gnuplot, script):
    for kind in kinds:
        strategies = list(dict.fromkeys(s for k, s, _ in rows if k == kind))
        with open(out / f"chart_{kind}.dat", "w") as f:
            f.write("strategy " + " ".join(f'"{w}"' for w in WORKLOADS) + "\n")
            for s in strategies:
                f.write(f'"{s}" ' + " ".join(
                    f"{rows[(kind, s, w)]['ns_median']:.3f}" for w in WORKLOADS) + "\n")
    subprocess.run([gnuplot, "-e", f"dir='{out}'", str(script)], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--valgrind")
    ap.add_argument("--gnuplot")
    ap.add_argument("--chart-script", type=Path)
    ap.add_argument("--objects", nargs="*", default=[])
    ap.add_argument("--nm", default="nm")
    ap.add_argument("--size", default="size")
    ap.add_argument("--objdump", default="objdump")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    date = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load = os.getloadavg()
    info, rows = run_timing(args.bench, args.runs)
    have_instr = bool(args.valgrind)
    if have_instr:
        for key, (instr, with_loop) in run_callgrind(args.valgrind, args.bench).items():
            rows[key]["instr"] = instr
            rows[key]["instr_with_loop"] = with_loop
    else:
        progress("valgrind not found: no instruction counts")
    kinds = list(dict.fromkeys(k for k, _, _ in rows))
    code_bytes = sizes.bench_sizes(args.objects, args.nm, args.size, args.objdump) if args.objects else {}

    header = [f"Run {date} on {cpu_model()} ({os.cpu_count()} CPUs, "
              f"{platform.system()} {platform.release()}), "
              f"compiler {info.get('compiler', '?')}, flags `{info.get('flags', '?')}`, "
              f"median of {info.get('runs', '?')} runs of "
              f"{info.get('lookups per run', '?')} lookups; load average "
              f"{load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} after timing "
              "(runnable tasks: above the CPU count, others shared the cores).", ""]
    if have_instr:
        empty = rows[("name", EMPTY, "hits")]
        loop = empty["instr_with_loop"] - empty["instr"]
        header += ["Instructions per lookup are the strategy function's own, callees "
                   "such as memcmp included, from callgrind (inclusive cost divided by "
                   f"calls); the calling loop adds {loop:.0f} more. Every strategy is "
                   "a separate non-inlined function called through a pointer by the "
                   "same loop; \"empty\" returns NULL at once and shows the loop's "
                   "own cost.", ""]
    if code_bytes:
        header += ["Code + data bytes: the strategy's machine code and the tables and "
                   "strings it reads, from the object files (benchmarks/sizes.py); "
                   "the entries all strategies return, C library functions and "
                   "heap tables built at start-up not included.", ""]
    table = header + markdown(rows, kinds, code_bytes)
    checks = verdicts(rows, have_instr)
    table += ["Targets:", ""] + [
        f"- {'INFO' if ok is None else 'PASS' if ok else 'MISS'}: {text}" for ok, text in checks]
    (args.out / "results.md").write_text("\n".join(table) + "\n")
    print("\n".join(table))

    with open(args.out / "results.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["kind", "strategy", "workload", "ns_median", "ns_min", "ns_max",
                    "instr_per_lookup", "instr_per_lookup_with_loop", "code_data_bytes"])
        for (kind, strategy, workload), r in rows.items():
            w.writerow([kind, strategy, workload, r["ns_median"], r["ns_min"],
                        r["ns_max"], fmt(r.get("instr"), 2),
                        fmt(r.get("instr_with_loop"), 2),
                        code_bytes.get((kind, strategy), "")])
    written = [args.out / "results.csv", args.out / "results.md"]
    if args.gnuplot and args.chart_script:
        write_chart(rows, kinds, args.out, args.gnuplot, args.chart_script)
        written.append(args.out / "results.svg")
    else:
        progress("gnuplot not found: no chart")
    progress("Wrote " + ", ".join(str(p) for p in written))


if __name__ == "__main__":
    main()
