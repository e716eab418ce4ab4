"""Cost of a call: ns per call of the package's lookups, next to the
standard library's own http.HTTPStatus lookups on the same interpreter.

Each call is written into a loop over its keys as a program would write it;
the empty loop over the same keys is subtracted. Every measurement runs
RUNS times, interleaved with the others, and the median is printed with
its ratio to the reference and the target.

usage: PYTHONPATH=build/bindings/python python3 bindings/python/bench.py [RUNS]
"""
import http
import os
import statistics
import sys
import timeit

# This file's folder holds the package's sources without the extension:
# import the built package from PYTHONPATH instead.
sys.path = [p for p in sys.path if os.path.realpath(p or ".") != os.path.dirname(os.path.realpath(__file__))]
import httpstatus  # noqa: E402
from httpstatus import HTTPStatus  # noqa: E402
from httpstatus import _httpstatus_core as core  # noqa: E402

STD = http.HTTPStatus
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
CODES = [int(m) for m in HTTPStatus]
NAMES = [m.name for m in HTTPStatus]
PHRASES = [m.phrase for m in HTTPStatus]
LOWER = [p.lower() for p in PHRASES]
TYPOS = [p[:len(p) // 2] + p[len(p) // 2 + 1:] for p in PHRASES]
STD_NAMES = [n for n in NAMES if n in STD.__members__]
STD_CODES = [c for c in CODES if c in STD._value2member_map_]
MEMBERS = list(HTTPStatus)
STD_MEMBERS = list(STD)
WITH_MEANINGS = sorted({m.code for m in httpstatus.unofficial_entries()})

# (label, statement with k the key, keys, reference label or None, target ratio)
CALLS = [
    ("stdlib: `HTTPStatus[name]` (NAMEs)", "S[k]", STD_NAMES, None, None),
    ("stdlib: `HTTPStatus(code)` (codes)", "S(k)", STD_CODES, None, None),
    ("stdlib: `m.phrase` (field)", "k.phrase", STD_MEMBERS, None, None),
    ("`HTTPStatus(code)` (codes)", "H(k)", CODES, "stdlib: `HTTPStatus(code)` (codes)", 1.2),
    ("`HTTPStatus[name]` (NAMEs)", "H[k]", NAMES, "stdlib: `HTTPStatus[name]` (NAMEs)", 1.2),
    ("`find` (lower-case phrases)", "find(k)", LOWER, "stdlib: `HTTPStatus[name]` (NAMEs)", 1.0),
    ("`find` (NAMEs)", "find(k)", NAMES, "stdlib: `HTTPStatus[name]` (NAMEs)", 1.0),
    ("`from_name` (NAMEs)", "from_name(k)", NAMES, "stdlib: `HTTPStatus[name]` (NAMEs)", 2.0),
    ("`from_phrase` (phrases)", "from_phrase(k)", PHRASES,
     "stdlib: `HTTPStatus[name]` (NAMEs)", 2.0),
    ("`m.phrase` (field)", "k.phrase", MEMBERS, "stdlib: `m.phrase` (field)", 2.0),
    ("`m.spec` (field)", "k.spec", MEMBERS, "stdlib: `HTTPStatus[name]` (NAMEs)", 2.0),
    ("`m.is_retryable`", "k.is_retryable", MEMBERS, "stdlib: `HTTPStatus[name]` (NAMEs)", 2.0),
    ("`class_of` (codes)", "class_of(k)", CODES, "stdlib: `HTTPStatus[name]` (NAMEs)", 2.0),
    ("`unofficial` (codes that have meanings)", "unofficial(k)", WITH_MEANINGS,
     "stdlib: `HTTPStatus[name]` (NAMEs)", 2.0),
    ("`unofficial_find` (lower-case phrases)", "unofficial_find(k)",
     [m.phrase.lower() for m in httpstatus.unofficial_entries()],
     "stdlib: `HTTPStatus[name]` (NAMEs)", None),
    ("`suggest` (phrases with a letter dropped)", "suggest(k)", TYPOS,
     "stdlib: `HTTPStatus[name]` (NAMEs)", None),
    ("raw SWIG `httpstatus_from_code`", "core.httpstatus_from_code(k)", CODES, None, None),
    ("raw SWIG `httpstatus_find`", "core.httpstatus_find(k)", LOWER, None, None),
]
NAMESPACE = dict(S=STD, H=HTTPStatus, core=core, **{
    name: getattr(httpstatus, name) for name in
    ("find", "from_name", "from_phrase", "class_of", "unofficial", "unofficial_find", "suggest")})


def timers(statement, keys):
    """The loop and the empty loop, and how many times to run them: about
    50 ms of the loop."""
    names = dict(NAMESPACE, keys=keys)
    body = timeit.Timer(f"for k in keys: {statement}", globals=names)
    empty = timeit.Timer("for k in keys: pass", globals=names)
    loops, seconds = body.autorange()
    return body, empty, max(1, int(loops * 0.05 / seconds))


def per_call(body, empty, loops, keys):
    """ns per call of one run: the loop minus the empty loop, each the
    fastest of 3 (other processes only ever add time)."""
    spent = min(body.repeat(3, loops)) - min(empty.repeat(3, loops))
    return spent / (loops * len(keys)) * 1e9


def main():
    samples = {label: [] for label, *_ in CALLS}
    prepared = {label: timers(statement, keys) for label, statement, keys, _, _ in CALLS}
    for _ in range(RUNS):
        for label, _, keys, _, _ in CALLS:
            samples[label].append(per_call(*prepared[label], keys))
    medians = {label: statistics.median(values) for label, values in samples.items()}
    print(f"Python {sys.version.split()[0]}, httpstatus {httpstatus.__version__}: "
          f"ns per call, median of {RUNS} interleaved runs")
    print(f"| {'Call (keys)':<44} | {'ns':>7} | ratio, target |")
    print(f"|{'-' * 46}|{'-' * 9}|---------------|")
    for label, _, _, reference, target in CALLS:
        note = ""
        if reference:
            ratio = medians[label] / medians[reference]
            note = f"{ratio:.1f}x"
            if target:
                note += f", <= {target:g}x {'PASS' if ratio <= target else 'MISS'}"
        print(f"| {label:<44} | {medians[label]:7.1f} | {note} |")


if __name__ == "__main__":
    main()
