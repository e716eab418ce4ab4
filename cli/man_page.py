#!/usr/bin/env python3
"""Write the man page's scdoc source with the data's ecosystems filled in.

    man_page.py DATA TEMPLATE OUTPUT

DATA is data/statuses.toml; TEMPLATE is cli/httpstatus.1.scd, in which
@ECOSYSTEMS@ becomes the ecosystems' names as data/identifiers.toml lists
them (the order of the library's enum and of --help), each in bold.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "data"))
from statuses import (identifiers_path, load, load_identifiers,  # noqa: E402
                      load_unofficial)

PLACEHOLDER = "@ECOSYSTEMS@"


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: man_page.py DATA TEMPLATE OUTPUT")
    data, template, output = sys.argv[1:]
    ecosystems, _ = load_identifiers(identifiers_path(data), load(data),
                                     load_unofficial(data))
    text = Path(template).read_text(encoding="utf-8")
    if text.count(PLACEHOLDER) != 1:
        sys.exit(f"man_page.py: {template} must hold {PLACEHOLDER} once")
    names = ", ".join(f"*{e['name']}*" for e in ecosystems)
    Path(output).write_text(text.replace(PLACEHOLDER, names), encoding="utf-8")


if __name__ == "__main__":
    main()
