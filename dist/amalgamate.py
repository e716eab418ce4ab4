#!/usr/bin/env python3
"""Write the amalgamation: the whole library as one httpstatus.c and one
httpstatus.h that build with a C99 compiler alone (no Python, no gperf).

    amalgamate.py HEADER GENERATED_DIR OUT_DIR SOURCE...

HEADER is core/include/httpstatus.h: the generated httpstatus_map.h is
inlined where it is included, so a user vendors two files, not three.
Each SOURCE (core/src/*.c) follows the last, in the order given: the gperf
tables they include by file name (names.c, ...) are inlined from
GENERATED_DIR, and the library's internal headers (text.h, ...) from the
sources' own folder, each once. Any other quoted include stops the script,
so a new one cannot slip into the amalgamation unseen.
"""
import re
import sys
from pathlib import Path

QUOTED_INCLUDE = re.compile(r'^#include "([^"]+)"')

BANNER = """\
/* {name}: the httpstatus library {version} as one file, amalgamated from
 * core/, the tables generated from data/statuses.toml and gperf's output.
 * Generated: edit the sources, not this file.
 * Build: cc -std=c99 -c httpstatus.c (httpstatus.h beside it). */
"""


def fail(message):
    sys.exit(f"amalgamate.py: {message}")


def version_of(header_text):
    parts = []
    for part in ("MAJOR", "MINOR", "PATCH"):
        found = re.search(rf"^#define HTTPSTATUS_VERSION_{part} (\d+)$", header_text, re.M)
        if not found:
            fail(f"HTTPSTATUS_VERSION_{part} not found in the header")
        parts.append(found.group(1))
    return ".".join(parts)


def generated_file(generated_dir, name):
    """A generated file, with what ties it to the machine it was made on
    removed: #line directives naming build paths, and the build directory
    in gperf's command-line comment."""
    path = generated_dir / name
    if not path.is_file():
        fail(f"{path} is missing: build the library first")
    text = path.read_text()
    for directory in {str(generated_dir), str(generated_dir.resolve())}:
        text = text.replace(directory + "/", "")
    lines = [line for line in text.splitlines() if not line.startswith("#line ")]
    return f"/* ---- {name} ---- */\n" + "\n".join(lines) + "\n"


def inline(text, source_name, replacements):
    """Replaces each quoted include named in replacements; any other quoted
    include is an error, and so is a replacement that was never used."""
    out, used = [], set()
    for line in text.splitlines():
        found = QUOTED_INCLUDE.match(line)
        if found and found.group(1) in replacements:
            out.append(replacements[found.group(1)])
            used.add(found.group(1))
        elif found and found.group(1) != "httpstatus.h":
            fail(f"{source_name} includes {found.group(1)}, which amalgamate.py does not know")
        else:
            out.append(line)
    missing = set(replacements) - used
    if missing:
        fail(f"{source_name} no longer includes {', '.join(sorted(missing))}")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    header, generated_dir, out_dir = (Path(a) for a in sys.argv[1:4])
    sources = [Path(a) for a in sys.argv[4:]]
    header_text = header.read_text()
    version = version_of(header_text)

    amalgamated_header = inline(
        header_text, header.name,
        {"httpstatus_map.h": generated_file(generated_dir, "httpstatus_map.h")})
    parts, seen = [], set()
    for source in sources:
        source_text = source.read_text()
        replacements = {}
        for m in map(QUOTED_INCLUDE.match, source_text.splitlines()):
            if not m or m.group(1) == "httpstatus.h":
                continue
            name = m.group(1)
            if name in seen:
                replacements[name] = f"/* ---- {name}: above ---- */"
            elif name.endswith(".c") or not (source.parent / name).is_file():
                # gperf's tables, and the headers data/generate.py writes
                replacements[name] = generated_file(generated_dir, name)
            elif (source.parent / name).is_file():
                replacements[name] = (f"/* ---- {name} ---- */\n"
                                      + (source.parent / name).read_text())
            seen.add(name)
        parts.append(f"/* ==== {source.name} ==== */\n"
                     + inline(source_text, source.name, replacements))
    if not any(name.endswith(".c") for name in seen):
        fail("no source includes a generated table")

    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in (("httpstatus.h", amalgamated_header),
                       ("httpstatus.c", "".join(parts))):
        (out_dir / name).write_text(BANNER.format(name=name, version=version) + text)


if __name__ == "__main__":
    main()
