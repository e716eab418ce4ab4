#!/usr/bin/env python3
"""Rewrites one gperf output file around gperf's own hash function.

    postprocess.py <table> <gperf output.c> <lookup tables.c>

Kept from gperf: the character-set check, the constants, and the hash
function's asso_values and key positions (the function is rewritten, see
hash_code). Replaced: the string pool, the slot array and the lookup
function, by the tables core/src/gperf_lookup.h looks keys up in, members
of one object, struct <table>_tables (each also named <table>_<member>),
so that a lookup reads them all at offsets from one address:

    keys[p]         the key at position p in KEY_WIDTH bytes (key_row), so
                    the compare is a few whole words at offsets computed
                    from the length alone. First, so 16-byte aligned.
    lengths[p]      the length of the key at p, 0 where there is none.
                    Padded to the last position any input of a valid
                    length reaches, so a lookup needs no range test on the
                    hash value; the others are read only once a length
                    matches, and stop at the last key.
    second[n], third[n]
                    where compared_long loads the middle of an input of n bytes
                    (middle).
    past_at[n], past_mask[n]
                    for a hash position from LONG on, where to read it in
                    an input of n bytes, and the mask that keeps its term.
    entries[p]      the byte offset of the key's entry in the array of
                    entries the table indexes (an offset saves the lookup
                    a multiply).
    asso_values     gperf's, read by <table>_hash.

A table whose gperf output defines <table>_ANY_CASE (gperf/keywords.py
marks the spelled ones) holds its keys' two ends side by side instead
(any_case_row), with a hash that reads a capital as its small letter and
'_' as ' ', and masks instead of second and third:

    masks[p]        0x20 where the key at p has a letter, else 0, in the
                    same layout, for if_spelled to OR into the text before
                    it compares.

A hash value's position is the value itself while gperf fills at least
half its slots (<table>_DISPLACED 0: the library's tables, whose lookups
then read nothing more). gperf leaves more slots empty as the keys grow in
number, and a position costs 35 bytes; there (<table>_DISPLACED 1) the
hash values are cut into blocks of 2**<table>_BLOCK_SHIFT, and

    bases[b]        where block b's hash values start among the positions:
                    the blocks are displaced onto each other, each key to a
                    position no other key holds (see pack), so the bytes
                    per key stay flat as the keys grow in number.

The script reads gperf's output by its shape and stops the build, naming
what it missed, whenever that shape changes (a new gperf version, a new
option): an unchecked edit of unfamiliar code could miscompile silently.
"""
import re
import sys


# KEY_WIDTH in core/src/gperf_lookup.h, whose compare (same) takes up to
# 32 bytes. A key of exactly 32 fills its row without a NUL, which C
# allows; none is read, as the compare takes the key's length.
KEY_WIDTH = 32


# LONG_LENGTH in core/src/gperf_lookup.h: the length from which same reads
# an input 8 bytes at a time, and on which LOOKUP branches first. A hash
# position past it would split those inputs by a branch on the length,
# which no predictor learns from shuffled keys, so its term is read without
# one, through two tables by length: past_at, the position, or 0 where the
# input is not longer than it, and past_mask, all ones, or 0 to drop the
# term. Positions short of it keep gperf's branches, which LOOKUP's own
# decides.
LONG = 8


class ShapeError(Exception):
    pass


class TableError(Exception):
    """Keys or tables the lookup cannot take, whatever the shape of gperf's
    output."""


def need(pattern, text, what, flags=0):
    match = re.search(pattern, text, flags)
    if not match:
        raise ShapeError(f"{what} not found")
    return match


def constant(text, table, name):
    return int(need(rf"^#define {table}_{name} (\d+)$", text, f"{table}_{name}", re.M)[1])


def c_string(literal):
    """The bytes of a C string literal as gperf writes keys: plain printable
    ASCII, with only backslash and double quote escaped."""
    if re.search(r'\\[^\\"]', literal):
        raise ShapeError(f"unexpected escape in key {literal}")
    return re.sub(r"\\(.)", r"\1", literal)


def terms_by_length(lines, min_len, max_len):
    """The key positions of gperf's hash, from the lines of its switch, as
    (position, increment) pairs: the byte at the position, plus the
    increment gperf adds to tell more keys apart, indexes asso_values.

    Runs the switch for every valid length and requires what gperf's hash
    is documented to do: the byte at position p counts exactly when the
    key is longer than p."""
    term = re.compile(r"hval \+= asso_values\[\(unsigned char\)str\[(\d+)\](?:\+(\d+))?\];$")

    def position(match):
        return int(match[1]), int(match[2] or 0)

    for line in lines:
        if not (term.match(line) or re.fullmatch(r"case \d+:|default:|break;|/\*FALLTHROUGH\*/",
                                                 line)):
            raise ShapeError(f"unexpected line in the hash: {line}")
    positions = sorted({position(m) for m in map(term.match, lines) if m})
    if len({p for p, _ in positions}) != len(positions):
        raise ShapeError("a position hashed with two increments")
    for length in range(min_len, max_len + 1):
        label = f"case {length}:" if f"case {length}:" in lines else "default:"
        if label not in lines:
            raise ShapeError(f"no case for length {length}")
        counted = []
        for line in lines[lines.index(label):]:
            if line == "break;":
                break
            if term.match(line):
                counted.append(position(term.match(line)))
        if sorted(counted) != [(p, i) for p, i in positions if p < length]:
            raise ShapeError(f"the positions hashed at length {length} are not "
                             "those shorter than it")
    return positions


def straight_sum(hash_fn, min_len):
    """The key positions of gperf's hash written as one sum, which gperf
    writes when every position is shorter than the shortest key: as
    (position, increment) pairs, and the last byte's increment or None."""
    body = need(r"\n  return len \+ ([^;]*);\n\}\n$", hash_fn,
                "the switch on hval, or a sum of asso_values terms")[1]
    term = re.compile(r"asso_values\[\(unsigned char\)str\[(\d+|len - 1)\](?:\+(\d+))?\]")
    if term.sub("", body).replace("+", "").strip():
        raise ShapeError(f"unexpected terms in the hash's sum: {body}")
    positions, last = [], None
    for m in term.finditer(body):
        if m[1] == "len - 1":
            last = int(m[2] or 0)
        elif int(m[1]) >= min_len:
            raise ShapeError(f"position {m[1]} hashed unguarded in keys of {min_len} bytes")
        else:
            positions.append((int(m[1]), int(m[2] or 0)))
    return sorted(positions), last


def past_positions(positions, min_len):
    """The hash positions read through past_at and past_mask (LONG)."""
    return [(p, i) for p, i in positions if p >= max(min_len, LONG)]


def hash_code(table, asso_values, positions, last, min_len):
    """gperf's hash, written for the lookup: the sum in size_t; the
    positions past the shortest key and short of LONG behind one length
    test, longest first, so that a key at least as long as every position
    takes one branch; those from LONG on through past_at and past_mask,
    without a branch. It reads the tables through its argument, which
    LOOKUP gives at the one address the lookup reads every table from.
    last is the increment of the key's last byte, None if it is not hashed."""

    def term(index, increment):
        return f"asso_values[(unsigned char)str[{index}]{f' + {increment}' if increment else ''}]"

    # Each term is added to hval alone: a sum of ints would need widening.
    def terms(chosen):
        return "".join(f"\n    hval += {term(p, i)};" for p, i in chosen)

    always = [(p, i) for p, i in positions if p < min_len]
    guarded = sorted(((p, i) for p, i in positions if min_len <= p < LONG), reverse=True)
    out = [f"static inline size_t {table}_hash(const struct {table}_tables *tables,"
           " const char *str, size_t len) {",
           f"  const {asso_type(asso_values)} *asso_values = tables->asso_values;",
           "  size_t hval = len;" + terms(always).replace("\n    ", "\n  ")]
    for n, (p, _) in enumerate(guarded):
        keyword = "  if" if n == 0 else " else if"
        out.append(f"{keyword} (len > {p}) {{{terms(guarded[n:])}\n  }}")
    if guarded:
        out[-len(guarded):] = ["".join(out[-len(guarded):])]
    past = past_positions(positions, min_len)
    if past:  # tests LOOKUP's own decide (LENGTH_FITS the second)
        out.append(f"  if (len >= LONG_LENGTH && len <= {table}_MAX_WORD_LENGTH) {{" + "".join(
            f"\n    hval += {term(f'tables->past_at[len][{k}]', i)} & "
            f"tables->past_mask[len][{k}];" for k, (_, i) in enumerate(past)) + "\n  }")
    if last is not None:
        out.append(f"  hval += {term('len - 1', last)};")
    return "\n".join(out + ["  return hval;", "}"])


def asso_type(asso_values):
    """The narrowest unsigned type that holds every asso_values entry."""
    return next(f"unsigned {t}" for t, top in (("char", 0xff), ("short", 0xffff), ("int", None))
                if top is None or max(asso_values) <= top)


def middle(length):
    """Where compared_long in core/src/gperf_lookup.h starts its second and third
    8-byte loads of an input of length bytes, from 8 to KEY_WIDTH (0 below):
    the four loads at 0, these and length - 8 cover the input, the second
    as far as 8, so that from 16 bytes the row is the key's first 16 bytes
    and its last 16."""
    if length < 8:
        return 0, 0
    second = min(length - 8, 8)
    return second, length - 8 - second


def key_row(key):
    """A key's row as same in core/src/gperf_lookup.h reads it: a key
    shorter than 8 bytes as it is (the row's zeros pad it); a longer one
    as the four 8-byte windows compared_long loads (middle), from 16 bytes its
    first 16 and its last 16."""
    if len(key) < 8:
        return key
    second, third = middle(len(key))
    return key[:8] + key[second:second + 8] + key[third:third + 8] + key[-8:]


def any_case_row(key):
    """A key's row in a table marked <table>_ANY_CASE, as if_spelled in
    core/src/gperf_lookup.h reads it: the first and the last w bytes, w
    the widest of 16, 8, 4 and 2 that the key holds, side by side (so
    every size class compares one or two whole 16-byte blocks); an empty
    slot's row is empty."""
    width = next((w for w in (16, 8, 4, 2) if len(key) >= w), 0)
    return key[:width] + key[len(key) - width:]


def any_case(asso_values, positions, last, keys):
    """Makes the hash of a table marked <table>_ANY_CASE give a capital
    its small letter's value and '_' the value of ' ', so that any text
    if_spelled accepts hashes as its key does. Returns each row's mask:
    0x20 where the key has a letter, which the compare ORs into the text."""
    if any(c.isupper() or c == "_" for k in keys.values() for c in k):
        raise TableError("a key of an any-case table with a capital or '_'")
    if any(i for _, i in positions) or last:
        raise TableError("an any-case table's hash adds increments to its bytes")
    for c in "abcdefghijklmnopqrstuvwxyz":
        asso_values[ord(c.upper())] = asso_values[ord(c)]
    asso_values[ord("_")] = asso_values[ord(" ")]
    return {h: "".join(" " if c.isalpha() else "\\000" for c in any_case_row(k))
            for h, k in keys.items()}


def rows_of(values, per_line):
    return ",\n".join("  " + ", ".join(f"{v:2}" for v in values[i:i + per_line])
                      for i in range(0, len(values), per_line))


def pack(keys, hash_bound):
    """Displaces blocks of 2**shift hash values into one packed array: a
    hash value h lands at bases[h >> shift] + h % 2**shift, and no two keys
    land together (other hash values may land on a key: the length test
    and the compare turn them away). Fullest blocks first, each at the
    first base where its keys fit; the shift, from 8 to 64 values a block,
    is the one with the fewest bytes, as gperf's hash values bunch in the
    middle of their range, where large blocks pack badly.
    Returns (shift, bases, each key's hash value's packed position)."""
    best = None
    for shift in range(3, 7):
        blocks = {}
        for h in sorted(keys):
            blocks.setdefault(h >> shift, []).append(h & ((1 << shift) - 1))
        bases, used, free = [0] * ((hash_bound >> shift) + 1), set(), 0
        for block, offsets in sorted(blocks.items(), key=lambda b: (-len(b[1]), b[0])):
            base = max(free - offsets[0], 0)  # every position below free is used
            while any(base + o in used for o in offsets):
                base += 1
            bases[block] = base
            used.update(base + o for o in offsets)
            while free in used:
                free += 1
        position = {h: bases[h >> shift] + (h & ((1 << shift) - 1)) for h in keys}
        size = ((max(position.values()) + 1) * (KEY_WIDTH + 2) + max(bases) + (1 << shift)
                + 2 * len(bases))
        if len(set(position.values())) != len(keys):
            raise TableError(f"two keys packed at one position, in blocks of {1 << shift}")
        if max(bases) > 0xffff:
            raise TableError("a packed position past an unsigned short's reach")
        if best is None or size < best[0]:
            best = size, shift, bases, position
    return best[1:]


def rewrite(table, text):
    min_len = constant(text, table, "MIN_WORD_LENGTH")
    max_len = constant(text, table, "MAX_WORD_LENGTH")
    max_hash = constant(text, table, "MAX_HASH_VALUE")
    if min_len < 2 or max_len > KEY_WIDTH:
        raise ShapeError(f"a key shorter than 2 or longer than {KEY_WIDTH} "
                         "bytes, which same in core/src/gperf_lookup.h "
                         "does not compare")

    # The hash function: gperf's asso_values and key positions, read from
    # its code, which must be either a switch on the length whose cases add
    # one asso_values term each and nothing else, or, when every position
    # is shorter than the shortest key, one sum of such terms.
    hash_fn = need(rf"\n(#ifdef __GNUC__\n__inline\n.*?\nstatic unsigned int\n"
                   rf"{table}_hash \(register const char \*str, register size_t len\)\n"
                   rf"\{{\n.*?\n\}}\n)", text, f"{table}_hash", re.S)[1]
    asso = need(r"static const unsigned (?:char|short|int) asso_values\[\] =\n\s*"
                r"\{([\d\s,]*)\};", hash_fn, "asso_values table")
    asso_values = [int(v) for v in asso[1].replace(",", " ").split()]
    switch = re.search(r"\n  register unsigned int hval = len;\n\n  switch \(hval\)\n    \{\n"
                       r"(.*?)\n    \}\n  return hval(?: \+ asso_values\[\(unsigned char\)"
                       r"str\[len - 1\](?:\+(\d+))?\])?;\n\}\n$", hash_fn, re.S)
    if switch:
        lines = [line.strip() for line in switch[1].splitlines()]
        positions = terms_by_length(lines, min_len, max_len)
        # gperf's "$": the key's last byte, added after the switch.
        last = None if "str[len - 1]" not in switch[0] else int(switch[2] or 0)
    else:
        positions, last = straight_sum(hash_fn, min_len)
    if not positions and last is None:
        raise ShapeError("a hash without key positions")
    if len(asso_values) != 256 + max([i for _, i in positions] + [last or 0]):
        raise ShapeError("asso_values does not have one entry per byte and increment")

    # Checked against gperf's own hash values below, key by key.
    def hash_of(key):
        return (len(key) + sum(asso_values[ord(key[p]) + i] for p, i in positions if p < len(key))
                + (0 if last is None else asso_values[ord(key[-1]) + last]))

    # Any input of a valid length hashes to at most this.
    hash_bound = max_len + (len(positions) + (last is not None)) * max(asso_values)

    # Keys: the pool member named after each hash value holds its key, and
    # the slot that points at that member holds the entry's index.
    keys = {int(h): c_string(k) for h, k in re.findall(
        rf'char {table}_pool_str(\d+)\[sizeof\("((?:[^"\\]|\\.)*)"\)\];', text)}
    indices = {int(h): int(i) for h, i in re.findall(
        rf"->{table}_pool_str(\d+), (\d+)\}}", text)}
    total = constant(text, table, "TOTAL_KEYWORDS")
    if len(keys) != total or keys.keys() != indices.keys():
        raise ShapeError("the pool and the slots do not name the same "
                         f"{total} keys")
    if max(keys) != max_hash or any(not min_len <= len(k) <= max_len for k in keys.values()):
        raise ShapeError("a key outside the stated hash or length range")
    if any(hash_of(k) != h for h, k in keys.items()):
        raise ShapeError("the hash read from gperf's code does not give its keys' values")
    masks = (any_case(asso_values, positions, last, keys)
             if re.search(rf"^#define {table}_ANY_CASE 1$", text, re.M) else None)

    # A row per slot where gperf fills at least half the slots, else
    # displaced blocks of slots (see pack).
    members = []
    if max_hash + 1 > 2 * total:
        shift, bases, position = pack(keys, hash_bound)
        size = max(bases) + (1 << shift)
        layout = f"#define {table}_DISPLACED 1\n#define {table}_BLOCK_SHIFT {shift}\n"
        bases_member = ("unsigned short", f"bases[{len(bases)}]", rows_of(bases, 16))
    else:
        position, size = {h: h for h in keys}, hash_bound + 1
        layout = f"#define {table}_DISPLACED 0\n#define {table}_BLOCK_SHIFT 0\n"
        bases_member = None
    # lengths cover every position a hash value reaches; the others stop at
    # the last key's, as they are read only once a length matches
    at = {p: h for h, p in position.items()}
    top = max(at) + 1
    row = any_case_row if masks else key_row

    def strings(text_of, escape=True):
        return ",\n".join(
            '  "' + (text_of(p).replace("\\", "\\\\").replace('"', '\\"') if escape
                     else text_of(p)) + '"' for p in range(top))

    # The rows first, where the object's alignment puts them on 16 bytes.
    members.append(("char", f"keys[{top}][KEY_WIDTH]",
                    strings(lambda p: row(keys[at[p]]) if p in at else "")))
    if masks:
        members.append(("char", f"masks[{top}][KEY_WIDTH]",
                        strings(lambda p: masks[at[p]] if p in at else "", escape=False)))
    members.append(("unsigned char", f"lengths[{size}]",
                    rows_of([len(keys[at[p]]) if p in at else 0 for p in range(size)], 16)))
    if not masks:
        for column, name in enumerate(("second", "third")):
            members.append(("unsigned char", f"{name}[KEY_WIDTH + 1]",
                            rows_of([middle(n)[column] for n in range(KEY_WIDTH + 1)], 16)))
    past = [p for p, _ in past_positions(positions, min_len)]
    if past:
        members.append(("unsigned char", f"past_at[KEY_WIDTH + 1][{len(past)}]", ",\n".join(
            "  {" + ", ".join(str(p if n > p else 0) for p in past) + "}"
            for n in range(KEY_WIDTH + 1))))
        members.append(("unsigned", f"past_mask[KEY_WIDTH + 1][{len(past)}]",
                        ",\n".join("  {" + ", ".join(("0" if n <= p else "~0u") for p in past)
                                    + "}" for n in range(KEY_WIDTH + 1))))
    members.append(("unsigned short", f"entries[{top}]", ",\n".join(
        f"  {indices[at[p]]} * sizeof(struct httpstatus)" if p in at else "  0"
        for p in range(top))))
    if bases_member:
        members.append(bases_member)
    members.append((asso_type(asso_values), f"asso_values[{len(asso_values)}]",
                    rows_of(asso_values, 16)))

    names = [declarator.split("[")[0] for _, declarator, _ in members]
    head = text[:text.index(hash_fn)]
    return (f"{head}\n/* Generated by gperf/postprocess.py from gperf's slots: the tables "
            "as one object,\n * so that a lookup reads them all from one address. */\n"
            f"{layout}"
            f"struct {table}_tables {{\n" + "".join(f"  {t} {d};\n" for t, d, _ in members) +
            f"}} TABLES_ALIGNED;\nstatic const struct {table}_tables {table}_tables = {{\n" +
            ",\n".join("{\n" + v + "\n}" for _, _, v in members) + "\n};\n" +
            "".join(f"#define {table}_{n} ({table}_tables.{n})\n" for n in names
                    if n != "asso_values") +
            f"{hash_code(table, asso_values, positions, last, min_len)}\n")


def main():
    if len(sys.argv) != 4:
        sys.exit(f"usage: {sys.argv[0]} <table> <gperf output.c> <lookup tables.c>")
    table, path, out_path = sys.argv[1:]
    with open(path, encoding="ascii") as f:
        text = f.read()
    try:
        out = rewrite(table, text)
    except ShapeError as e:
        sys.exit(f"{path}: {e}: gperf's output changed shape; "
                 "update gperf/postprocess.py for it")
    except TableError as e:
        sys.exit(f"{path}: {e}")
    with open(out_path, "w", encoding="ascii") as f:
        f.write(out)


if __name__ == "__main__":
    main()
