"""Load and validate data/statuses.toml: the one place httpstatus's facts live.

Every generator (data/generate.py, the gperf keywords, the Go constants)
imports this module, so the data is read and checked in one place. Any
inconsistency stops the build with a message naming the entry.
"""
import re
import sys
import tomllib
from pathlib import Path

REGISTRY = ("permanent", "temporary", "unused", "obsoleted")
PROPERTIES = ("cacheable", "no_content", "redirect", "keeps_method",
              "retryable", "interim")
NAME_RE = re.compile(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")
# Characters the forgiving lookups drop while folding: ASCII white space,
# '_', '-', '\''. The one definition: the keys are folded with it here, and
# data/generate.py writes it into httpstatus_map.h as
# HTTPSTATUS_IS_SEPARATOR, from which core/src/text.h builds the fold.
SEPARATORS = " \t\n\v\f\r_-'"


def fail(msg):
    sys.exit(f"data/statuses.toml: {msg}")


def fold(text):
    """The forgiving key: separators dropped, letters upper-cased."""
    out = "".join(c.upper() for c in text if c not in SEPARATORS)
    if not out.isascii() or not out.isalnum():
        fail(f"{text!r} has characters httpstatus_find cannot fold")
    return out


UNOFFICIAL = "unofficial"
# The classes, by first digit (enum httpstatus_class, from 1).
CLASSES = ("informational", "success", "redirection", "client_error",
           "server_error")
UNOFFICIAL_FIELDS = ("code", "name", "phrase", "origin", "description",
                     "reference")


def check_strings(e, field, where):
    """An optional list of non-empty strings, [] when absent."""
    value = e.setdefault(field, [])
    if not (isinstance(value, list) and
            all(isinstance(v, str) and v for v in value)):
        fail(f"{where}: '{field}' must be a list of strings")


def read(path):
    with open(path, "rb") as f:
        return tomllib.load(f)


def load(path):
    """The registered entries, in code order."""
    raw = read(path)
    entries = []
    for key, e in raw.items():
        if key == UNOFFICIAL:
            continue
        where = f"[{key}]"
        if not re.fullmatch(r"[1-5][0-9][0-9]", key):
            fail(f"{where}: a code is three digits from 100 to 599")
        unknown = set(e) - {"name", "phrase", "description", "spec",
                            "registry", "properties", "old_names",
                            "old_phrases"}
        if unknown:
            fail(f"{where}: unknown field(s) {sorted(unknown)}")
        for field in ("name", "phrase", "description", "spec", "registry"):
            if not isinstance(e.get(field), str) or not e[field]:
                fail(f"{where}: '{field}' must be a non-empty string")
        for field in ("properties", "old_names", "old_phrases"):
            check_strings(e, field, where)
        for n in [e["name"]] + e["old_names"]:
            if not NAME_RE.fullmatch(n):
                fail(f"{where}: {n!r} is not an UPPER_SNAKE_CASE name")
        for text in [e["phrase"], e["description"], e["spec"]] + e["old_phrases"]:
            if not text.isascii() or not text.isprintable():
                fail(f"{where}: {text!r} must be printable ASCII")
        if e["registry"] not in REGISTRY:
            fail(f"{where}: registry must be one of {REGISTRY}")
        bad = set(e["properties"]) - set(PROPERTIES)
        if bad:
            fail(f"{where}: unknown properties {sorted(bad)}")
        code = int(key)
        if (code < 200) != ("interim" in e["properties"]):
            fail(f"{where}: every 1xx, and only a 1xx, is interim")
        if "keeps_method" in e["properties"] and "redirect" not in e["properties"]:
            fail(f"{where}: keeps_method applies to redirects only")
        e["code"] = code
        entries.append(e)
    codes = [e["code"] for e in entries]
    if codes != sorted(codes):
        fail("sections must be in code order")
    return entries


def load_unofficial(path):
    """The unofficial meanings, in code order; one code's meanings keep
    the order the file gives them."""
    raw = read(path).get(UNOFFICIAL, [])
    if not isinstance(raw, list):
        fail(f"'{UNOFFICIAL}' must be an array of tables ([[{UNOFFICIAL}]])")
    names, keys = {}, {}
    for n, e in enumerate(raw, 1):
        where = f"[[{UNOFFICIAL}]] number {n}"
        unknown = set(e) - set(UNOFFICIAL_FIELDS)
        if unknown:
            fail(f"{where}: unknown field(s) {sorted(unknown)}")
        code = e.get("code")
        if type(code) is not int or not 100 <= code <= 599:
            fail(f"{where}: 'code' must be an integer from 100 to 599")
        where = f"[[{UNOFFICIAL}]] {code}"
        for field in UNOFFICIAL_FIELDS[1:]:
            text = e.get(field)
            if not isinstance(text, str) or not text:
                fail(f"{where}: '{field}' must be a non-empty string")
            if not text.isascii() or not text.isprintable():
                fail(f"{where}: {text!r} must be printable ASCII")
        if not NAME_RE.fullmatch(e["name"]):
            fail(f"{where}: {e['name']!r} is not an UPPER_SNAKE_CASE name")
        if e["name"] in names:
            fail(f"{where}: name {e['name']} is taken by {names[e['name']]}")
        names[e["name"]] = code
        # A folded name or phrase leads to one meaning, so that a forgiving
        # lookup of the unofficial table has one answer.
        for key in {fold(e["name"]), fold(e["phrase"])}:
            if key in keys:
                fail(f"{where}: {key!r} also folds from {keys[key]}'s meaning")
            keys[key] = f"{code} {e['name']}"
    codes = [e["code"] for e in raw]
    if codes != sorted(codes):
        fail(f"[[{UNOFFICIAL}]] tables must be in code order")
    return raw


def ngx_names(ecosystems, entries, unofficial):
    """(code, name) of OpenResty's ngx.HTTP_* names, without HTTP_, where
    they are not the NAME or an old NAME of their code (or the unofficial
    meaning's NAME), in code order: the "openresty" ecosystem of
    data/identifiers.toml, which load_identifiers() has checked."""
    openresty = next(e for e in ecosystems if e["name"] == "openresty")
    targets = entries + unofficial
    pairs = []
    for target, identifiers in openresty["targets"]:
        e = targets[target]
        for identifier in identifiers:
            name = identifier[len(openresty["prefix"]):]
            if name not in [e["name"]] + e.get("old_names", []):
                pairs.append((e["code"], name))
    return sorted(pairs)


def c_char(c):
    """A C character constant for one ASCII character."""
    escapes = {"\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f",
               "\r": "\\r", "'": "\\'", "\\": "\\\\"}
    return "'" + escapes.get(c, c) + "'"


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# data/identifiers.toml: what each ecosystem calls each code.
ECOSYSTEM_FIELDS = ("name", "title", "source", "version", "qualifiers",
                    "prefix", "codes")
IDENTIFIER_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
ECOSYSTEM_NAME_RE = re.compile(r"[a-z][a-z0-9]*")
# The longest key a row of the generated tables holds (gperf/postprocess.py).
KEY_WIDTH = 32


def fail_identifiers(msg):
    sys.exit(f"data/identifiers.toml: {msg}")


def identifiers_path(path):
    """data/identifiers.toml, beside data/statuses.toml."""
    return str(Path(path).with_name("identifiers.toml"))


def library_keys(entries, meanings):
    """{folded key: target} of the library's own NAMEs and phrases; a
    target is an entry's position, or len(entries) plus a meaning's."""
    registered, unofficial = {}, {}
    for i, e in enumerate(entries):
        for text in [e["name"], e["phrase"]] + e["old_names"] + e["old_phrases"]:
            registered[fold(text)] = i
    for i, m in enumerate(meanings):
        for text in (m["name"], m["phrase"]):
            unofficial[fold(text)] = len(entries) + i
    return registered, unofficial


def target_of(key, where, entries, meanings):
    """The target a key of [ecosystem.codes] names: "404" a registered
    code, "499 CLIENT_CLOSED_REQUEST" an unofficial meaning."""
    code, _, name = key.partition(" ")
    if not re.fullmatch(r"[1-5][0-9][0-9]", code):
        fail_identifiers(f"{where}: {key!r} is not a code, or a code and a meaning's NAME")
    if not name:
        for i, e in enumerate(entries):
            if e["code"] == int(code):
                return i
        fail_identifiers(f"{where}: {code} is not registered; name the unofficial meaning")
    for i, m in enumerate(meanings):
        if m["code"] == int(code) and m["name"] == name:
            return len(entries) + i
    fail_identifiers(f"{where}: no unofficial meaning {key!r}")


def load_identifiers(path, entries, meanings):
    """The ecosystems, in the file's (the enum's) order, each with
    "targets": [(target, [identifier, ...]), ...] in code order, and the
    unresolved keys: {folded key: why}. Every identifier is checked; the
    keys that would name two targets, or a target other than the one the
    library's own NAMEs and phrases name, or whose stem (the identifier
    without the prefix) folds to more than KEY_WIDTH bytes, must be exactly
    those listed, with why, under [unresolved]."""
    raw = read(path)
    unknown = set(raw) - {"ecosystem", "unresolved", "unmatched"}
    if unknown:
        fail_identifiers(f"identifiers: unknown table(s) {sorted(unknown)}")
    ecosystems, seen = [], set()
    by_key, too_long = {}, set()
    for n, eco in enumerate(raw.get("ecosystem", []), 1):
        where = f"[[ecosystem]] number {n}"
        unknown = set(eco) - set(ECOSYSTEM_FIELDS)
        if unknown:
            fail_identifiers(f"{where}: unknown field(s) {sorted(unknown)}")
        name = eco.get("name", "")
        if not ECOSYSTEM_NAME_RE.fullmatch(name) or name in seen:
            fail_identifiers(f"{where}: 'name' must be a new lower-case word")
        seen.add(name)
        where = f"[[ecosystem]] {name}"
        for field in ("title", "source", "version"):
            if not isinstance(eco.get(field), str) or not eco[field].isprintable():
                fail_identifiers(f"{where}: '{field}' must be a printable string")
        quals = eco.get("qualifiers")
        if not (isinstance(quals, list) and quals and
                all(isinstance(q, str) and q.isascii() and q.isprintable()
                    and q and not q[0].isdigit() and q[-1] in ".:" for q in quals)):
            # Every qualifier ends with '.' or ':', so text without either
            # can only be a bare identifier (core/src/identifiers.c).
            fail_identifiers(f"{where}: 'qualifiers' must list what code writes "
                             "before a name, each ending with '.' or ':'")
        prefix = eco.setdefault("prefix", "")
        targets = []
        for key, idents in eco.get("codes", {}).items():
            target = target_of(key, where, entries, meanings)
            if not (isinstance(idents, list) and idents):
                fail_identifiers(f"{where}: {key}: a list of identifiers")
            code = key.split(" ")[0]
            for ident in idents:
                if not isinstance(ident, str) or not IDENTIFIER_RE.fullmatch(ident):
                    fail_identifiers(f"{where}: {key}: {ident!r} is not an identifier")
                if not ident.startswith(prefix) or ident == prefix:
                    fail_identifiers(f"{where}: {ident} does not start with {prefix!r}")
                stem = ident[len(prefix):].lstrip("_")
                digits = re.match(r"[0-9]*", stem).group()
                if digits and digits != code:
                    fail_identifiers(f"{where}: {ident} carries {digits} but names {code}")
                stem_length = len(fold(ident[len(prefix):]))
                if stem_length < 2:
                    fail_identifiers(f"{where}: {ident}'s folded stem is shorter than 2 bytes")
                if stem_length > KEY_WIDTH:
                    too_long.add(fold(ident))
                by_key.setdefault(fold(ident), set()).add(target)
            targets.append((target, idents))
        codes = [int(key.split(" ")[0]) for key in eco.get("codes", {})]
        if codes != sorted(codes):
            fail_identifiers(f"{where}: codes must be in code order")
        eco["targets"] = targets
        ecosystems.append(eco)
    for n, row in enumerate(raw.get("unmatched", []), 1):
        if (row.get("ecosystem") not in seen or type(row.get("code")) is not int
                or not all(IDENTIFIER_RE.fullmatch(i) for i in row.get("identifiers", []))
                or not isinstance(row.get("why"), str)):
            fail_identifiers(f"[[unmatched]] number {n}: ecosystem, code, identifiers and why")
    registered, unofficial = library_keys(entries, meanings)
    clashes = set(too_long)
    for key, targets in by_key.items():
        target = next(iter(targets))
        own = (registered.get(key) if target < len(entries)
               else registered.get(key, unofficial.get(key)))
        if len(targets) > 1 or (own is not None and own != target):
            clashes.add(key)
    listed = raw.get("unresolved", {})
    for key, why in listed.items():
        if not isinstance(why, str) or not why:
            fail_identifiers(f"[unresolved] {key}: say why")
    if set(listed) != clashes:
        fail_identifiers("[unresolved] must list exactly the keys that name two codes or "
             f"another code than the library's: missing {sorted(clashes - set(listed))}, "
             f"extra {sorted(set(listed) - clashes)}")
    return ecosystems, dict(listed)


def resolving(ecosystems, unresolved):
    """{(folded prefix, folded stem): target} of every identifier a lookup
    finds: the unresolved keys left out."""
    found = {}
    for eco in ecosystems:
        prefix = fold(eco["prefix"]) if eco["prefix"] else ""
        for target, idents in eco["targets"]:
            for ident in idents:
                if fold(ident) not in unresolved:
                    found[(prefix, fold(ident[len(eco["prefix"]):]))] = target
    return found


def links_path(path):
    """data/links.toml, beside data/statuses.toml."""
    return str(Path(path).with_name("links.toml"))


def load_links(path, entries):
    """[(spec_url or None, mdn_url or None)] of the entries, in their order."""
    raw = read(path)
    url, missing = raw["url"], raw["mdn"]["missing"]
    codes = {e["code"] for e in entries}
    if not set(missing) <= codes:
        sys.exit(f"data/links.toml: {sorted(set(missing) - codes)} not registered")
    links = []
    for e in entries:
        rfc = re.fullmatch(r"RFC ([0-9]+)(?:, Section ([0-9.]+))?", e["spec"])
        if rfc:
            spec = url["rfc"] + rfc.group(1)
            if rfc.group(2):
                spec += "#section-" + rfc.group(2)
        elif re.fullmatch(r"draft-[a-z0-9-]+", e["spec"]):
            spec = url["draft"] + e["spec"]
        else:
            sys.exit(f"data/links.toml: no URL rule for [{e['code']}]'s spec")
        mdn = None if e["code"] in missing else url["mdn"] + str(e["code"])
        links.append((spec, mdn))
    return links


def identifier_stems(ecosystems, unresolved):
    """How the lookup splits the identifiers it finds: the folded prefixes
    (bit i of a mask is prefixes[i]), the combinations [(target, mask)]
    and {folded stem: combination index}. A stem that two prefixes would
    give different targets stops the build."""
    found = resolving(ecosystems, unresolved)
    prefixes = sorted({p for p, _ in found})
    masks = {}
    for (prefix, stem), target in found.items():
        old = masks.get(stem, (target, 0))
        if old[0] != target:
            fail_identifiers(f"stem {stem} names two targets")
        masks[stem] = (target, old[1] | 1 << prefixes.index(prefix))
    combos = sorted(set(masks.values()))
    return prefixes, combos, {s: combos.index(c) for s, c in sorted(masks.items())}
