#!/usr/bin/env python3
"""How the ABI changed from OLD to NEW, two abidw dumps.

Prints abidiff's report of the leaf changes, then exits 0 when there are
none, 4 when every change is one abi/README.md allows within one SONAME
(functions, variables or enumerators added, members appended to the end of
a struct), 8 otherwise, 1 when abidiff fails.

abidiff's own exit status cannot tell these apart: it marks only removed
functions and variables as incompatible, not a reordered struct or a
changed enumerator value. So each line of the report must be one this
script knows to be allowed; any other line, worded in a way it does not
know included, makes the change incompatible.
"""
import re
import subprocess
import sys

# Lines that describe only allowed changes, or only summarise.
ALLOWED = [re.compile(p) for p in (
    r"",
    r"Leaf changes summary: .*",
    r"Changed leaf types summary: .*",
    r"Removed/Changed/Added (functions|variables) summary: 0 Removed, 0 Changed, .*",
    r"\d+ Added (functions?|variables?):",
    r"\[A\] '.*",
    r"'(enum|struct) [\w:]+' changed:",
    r"type size hasn't changed",
    r"\d+ enumerators? insertions?:",
    r"'[\w:]+' value '-?\d+'",
    r"\d+ data members? insertions?:",
)]
GROWN = re.compile(r"type size changed from (\d+) to (\d+) \(in bits\)")
APPENDED = re.compile(r"'.*', at offset (\d+) \(in bits\)")


def main(old, new):
    run = subprocess.run(
        ["abidiff", "--no-default-suppression", "--leaf-changes-only", "--harmless",
         old, new], capture_output=True, text=True)
    if run.returncode & 3:
        sys.stderr.write(run.stderr)
        return 1
    sys.stdout.write(run.stdout)
    if run.returncode == 0:
        return 0
    incompatible = bool(run.returncode & 8)
    old_size = None  # of the struct being reported, once it has grown
    for line in run.stdout.splitlines():
        line = line.strip()
        if line.endswith("' changed:"):
            old_size = None
        grown, appended = GROWN.fullmatch(line), APPENDED.fullmatch(line)
        if grown and int(grown[2]) > int(grown[1]):
            old_size = int(grown[1])
        elif appended and old_size is not None and int(appended[1]) >= old_size:
            pass
        elif not any(p.fullmatch(line) for p in ALLOWED):
            print(f"abi: not allowed within one SONAME: {line}")
            incompatible = True
    return 8 if incompatible else 4


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: abi/classify.py OLD.abi NEW.abi")
    sys.exit(main(sys.argv[1], sys.argv[2]))
