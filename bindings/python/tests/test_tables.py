"""Every row of the specification tables in tests/spec/ (find.md and
suggest.md), through the layer: the same cases the C suite checks. How to
read a table is written at the top of each file."""
import re
import unittest
from pathlib import Path

import httpstatus

SPEC_DIR = Path(__file__).resolve().parents[3] / "tests" / "spec"
ESCAPES = {b"n": b"\n", b"t": b"\t", b"0": b"\0", b"\\": b"\\", b"|": b"|"}


def cells(line):
    """The cells of a row "| a | b |", trimmed, escapes still in place."""
    return [cell[:-1].strip() for cell in re.findall(r"(?:\\.|[^|\\])*\|", line[1:])]


def unescape(cell):
    """The bytes a cell stands for; an unknown escape is an error in the table."""
    def one(match):
        if match.group(2):
            return bytes([int(match.group(2), 16)])
        if match.group(1) not in ESCAPES:
            raise ValueError(f"unknown escape in {cell}")
        return ESCAPES[match.group(1)]
    return re.sub(rb"\\(x([0-9A-Fa-f]{2})|.)", one, cell.encode())


class TestTables(unittest.TestCase):
    def check_table(self, function):
        rows = 0
        for line in (SPEC_DIR / f"{function}.md").read_text().splitlines():
            if not line.startswith("|"):
                continue
            given, expected = cells(line)[:2]
            if given == "input" or given.startswith("---"):
                continue
            text = unescape(given)
            for argument in (text, text.decode("utf-8", "surrogateescape")):
                member = getattr(httpstatus, function)(argument)
                got = "none" if member is None else str(int(member))
                # A str with bytes >= 0x80 has no UTF-8 form like those
                # bytes: it matches nothing, as any such bytes do.
                self.assertEqual(expected, got, f"{function}({argument!r})")
            rows += 1
        self.assertGreater(rows, 50, "the table has rows")

    def test_every_row_of_find_md(self):
        self.check_table("find")

    def test_every_row_of_suggest_md(self):
        self.check_table("suggest")


if __name__ == "__main__":
    unittest.main()
