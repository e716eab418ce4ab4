"""The layer against the raw extension it wraps, over random input: random
bytes, mutated NAMEs and phrases, status lines, and huge and negative
codes. Every lookup must give what the C library gives for the same value.
The seed is printed; HTTPSTATUS_SEED=N replays a run, and
HTTPSTATUS_ROUNDS sets how many texts and codes it tries (100,000 each)."""
import os
import random
import sys
import unittest

import httpstatus
from httpstatus import HTTPStatus
from httpstatus import _httpstatus_core as core

SEED = int(os.environ.get("HTTPSTATUS_SEED", random.randrange(2 ** 32)))
ROUNDS = int(os.environ.get("HTTPSTATUS_ROUNDS", 100_000))
print(f"differential: seed {SEED} (replay with HTTPSTATUS_SEED={SEED})", file=sys.stderr)
SEPARATORS = [b" ", b"_", b"-", b"'", b"\t", b"\n", b"\0", b"\x80"]
TEXT_LOOKUPS = ("from_name", "from_phrase", "find", "suggest", "unofficial_find")


def texts():
    """Every text the C library knows, read through the raw extension."""
    out = []
    for at, fields in ((core.httpstatus_at, ("name", "phrase")),
                       (core.httpstatus_unofficial_at, ("name", "phrase")),
                       (core.httpstatus_old_name_at, ("text",)),
                       (core.httpstatus_old_phrase_at, ("text",))):
        i = 0
        while (raw := at(i)) is not None:
            out += [getattr(raw, field).encode() for field in fields]
            i += 1
    return out


def answer(entry):
    """Enough of an entry, member or meaning to tell every one apart."""
    return None if entry is None else (int(entry.code if hasattr(entry, "code") else entry),
                                       entry.name)


class TestDifferential(unittest.TestCase):
    def setUp(self):
        self.random = random.Random(SEED)
        self.texts = texts()

    def random_text(self):
        """A text of the data with a few random edits, or random bytes."""
        rnd = self.random
        kind = rnd.randrange(4)
        if kind == 0:
            return bytes(rnd.randrange(256) for _ in range(rnd.randrange(13)))
        s = bytearray(rnd.choice(self.texts))
        code = str(rnd.randrange(99, 601)).encode()
        if kind == 1:
            s[:0] = code + rnd.choice(SEPARATORS)
        elif kind == 2:
            s = bytearray(b"HTTP/1.1 " + code + (b"" if rnd.randrange(2) else b" " + s))
        for _ in range(rnd.randrange(4)):
            at = rnd.randrange(len(s) + 1)
            edit = rnd.randrange(4)
            if edit == 0 and at < len(s):
                s[at:at + 1] = bytes(s[at:at + 1]).swapcase()
            elif edit == 1:
                del s[at:at + 1]
            elif edit == 2:
                s[at:at] = rnd.choice(SEPARATORS)
            elif edit == 3:
                s[at:at] = bytes([rnd.randrange(256)])
        return bytes(s)

    def random_code(self):
        """A code near the registered ones, anywhere in 64 bits, or beyond."""
        rnd = self.random
        kind = rnd.randrange(4)
        if kind == 0:
            return rnd.randrange(-10, 1001)
        if kind == 1:
            return rnd.randrange(-2 ** 63, 2 ** 63)
        if kind == 2:
            return rnd.choice([2 ** 63 - 1, -2 ** 63, 2 ** 64 + 404, -2 ** 70, 2 ** 32 + 404])
        return rnd.randrange(99, 601)

    def test_random_and_mutated_text(self):
        for _ in range(ROUNDS):
            s = self.random_text()
            for argument in (s, s.decode("latin-1")):
                for lookup in TEXT_LOOKUPS:
                    layer = answer(getattr(httpstatus, lookup)(argument))
                    raw = answer(getattr(core, "httpstatus_" + lookup)(argument))
                    if layer != raw:
                        self.fail(f"{lookup}({argument!r}): layer {layer}, C {raw} (seed {SEED})")

    def test_huge_and_negative_codes(self):
        for _ in range(ROUNDS):
            code = self.random_code()
            try:
                member = HTTPStatus(code)
            except ValueError:
                member = None
            meanings = httpstatus.unofficial(code)
            layer = (answer(member), answer(meanings[0] if meanings else None),
                     httpstatus.class_of(code))
            raw = (answer(core.httpstatus_from_code(code)),
                   answer(core.httpstatus_unofficial_from_code(code)),
                   core.httpstatus_class_name(core.httpstatus_class_of(code)))
            if layer != raw:
                self.fail(f"code {code}: layer {layer}, C {raw} (seed {SEED})")


if __name__ == "__main__":
    unittest.main()
