#!/usr/bin/env python3
"""Every relative link of every README.md in the source tree leads to a
file or folder of the tree, and every #anchor into a Markdown file to one
of its headings.

    readme_links.py SOURCE_DIR

Links are Markdown's [text](target), ![alt](target) and [label]: target,
outside code blocks and code spans. A target with a scheme (https:,
mailto:) is left alone: the test reads nothing outside the checkout.
Build directories (any folder holding a CMakeCache.txt, and build*/ at the
top) and hidden folders are skipped. Prints each broken link with its file
and line; exits 1 if there is one, or if no link is found at all.
"""
import os
import re
import sys
from pathlib import Path

INLINE = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+\"[^\"]*\")?\s*$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
CODE_SPAN = re.compile(r"(`+).*?\1")
HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def readmes(root):
    for directory, folders, files in os.walk(root):
        here = Path(directory)
        folders[:] = sorted(
            f for f in folders
            if not f.startswith(".")
            and not (here == root and f.startswith("build"))
            and not (here / f / "CMakeCache.txt").exists())
        if "README.md" in files:
            yield here / "README.md"


def prose_lines(path):
    """(line number, text) of the lines outside fenced code blocks, with
    code spans blanked."""
    fenced = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fence = FENCE.match(line)
        if fence:
            if fenced is None:
                fenced = fence.group(1)
            elif fence.group(1) == fenced:
                fenced = None
            continue
        if fenced is None:
            yield number, CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)


def slug(heading):
    """The anchor GitHub gives a heading: lower case, code marks and
    punctuation dropped, spaces to hyphens."""
    text = heading.strip().lower().replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path):
    found, seen = set(), {}
    for _, line in prose_lines(path):
        heading = HEADING.match(line)
        if heading:
            base = slug(heading.group(1))
            n = seen.get(base, 0)
            seen[base] = n + 1
            found.add(base if n == 0 else f"{base}-{n}")
    return found


def links(readme):
    """(line number, target) of every link of readme."""
    for number, line in prose_lines(readme):
        targets = INLINE.findall(line)
        definition = DEFINITION.match(line)
        if definition:
            targets.append(definition.group(1))
        for target in targets:
            yield number, target


def broken(readme, target, root):
    """What is wrong with the link, or None."""
    if SCHEME.match(target):
        return None
    file_part, _, anchor = target.partition("#")
    resolved = (readme.parent / file_part).resolve() if file_part else readme
    if resolved != root and root not in resolved.parents:
        return "leads outside the source tree"
    if not resolved.exists():
        return "no such file or folder"
    if anchor and resolved.suffix == ".md" and anchor not in anchors(resolved):
        return f"no heading #{anchor} in {resolved.relative_to(root)}"
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = Path(sys.argv[1]).resolve()
    files = list(readmes(root))
    count, failures = 0, 0
    for readme in files:
        for number, target in links(readme):
            count += 1
            problem = broken(readme, target, root)
            if problem:
                failures += 1
                print(f"{readme.relative_to(root)}:{number}: {target}: {problem}")
    names = ", ".join(str(f.relative_to(root)) for f in files)
    print(f"{count} links in {len(files)} READMEs ({names}): {failures} broken")
    # A parser that found no link would pass any tree.
    if count == 0:
        print("no link found: the parser is broken")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
