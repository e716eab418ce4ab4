"""Load and validate data/statuses.toml: the one place httpstatus's facts live.

Every generator (data/generate.py, the gperf keywords, the Go constants)
imports this module, so the data is read and checked in one place. Any
inconsistency stops the build with a message naming the entry.
"""
import re
import sys
import tomllib

REGISTRY = ("permanent", "temporary", "unused", "obsoleted")
PROPERTIES = ("cacheable", "no_content", "redirect", "keeps_method",
              "retryable", "interim")
NAME_RE = re.compile(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")
# Characters httpstatus_find drops while folding (core/src/httpstatus.c
# folds the same set): ASCII white space, '_', '-', '\''.
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
# net/http's names where they are not a NAME's: load_net_http().
NET_HTTP = "net_http"
# The classes, by first digit (enum httpstatus_class, from 1).
CLASSES = ("informational", "success", "redirection", "client_error",
           "server_error")
UNOFFICIAL_FIELDS = ("code", "name", "phrase", "origin", "description",
                     "reference")
# Optional: a list of UPPER_SNAKE_CASE names, in either kind of entry.
NGX_NAMES = "ngx_names"


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
        if key in (UNOFFICIAL, NET_HTTP):
            continue
        where = f"[{key}]"
        if not re.fullmatch(r"[1-5][0-9][0-9]", key):
            fail(f"{where}: a code is three digits from 100 to 599")
        unknown = set(e) - {"name", "phrase", "description", "spec",
                            "registry", "properties", "old_names",
                            "old_phrases", "ngx_names"}
        if unknown:
            fail(f"{where}: unknown field(s) {sorted(unknown)}")
        for field in ("name", "phrase", "description", "spec", "registry"):
            if not isinstance(e.get(field), str) or not e[field]:
                fail(f"{where}: '{field}' must be a non-empty string")
        for field in ("properties", "old_names", "old_phrases", "ngx_names"):
            check_strings(e, field, where)
        for n in [e["name"]] + e["old_names"] + e["ngx_names"]:
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
        unknown = set(e) - set(UNOFFICIAL_FIELDS) - {NGX_NAMES}
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
        check_strings(e, NGX_NAMES, where)
        for n in [e["name"]] + e[NGX_NAMES]:
            if not NAME_RE.fullmatch(n):
                fail(f"{where}: {n!r} is not an UPPER_SNAKE_CASE name")
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


def load_net_http(path, entries):
    """{code: net/http's name} for the codes listed under [net_http]."""
    raw = read(path).get(NET_HTTP, {})
    codes = {e["code"] for e in entries}
    names = {}
    for key, name in raw.items():
        where = f"[{NET_HTTP}] {key}"
        if not re.fullmatch(r"[1-5][0-9][0-9]", key) or int(key) not in codes:
            fail(f"{where}: not the code of a registered entry")
        if not isinstance(name, str) or not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
            fail(f"{where}: {name!r} is not a Go identifier in MixedCaps")
        names[int(key)] = name
    return names


def ngx_names(entries, unofficial):
    """(code, name) of every ngx name, in code order; each names one code
    and none is a registered NAME or old NAME."""
    taken = {n: e["code"] for e in entries for n in [e["name"]] + e["old_names"]}
    pairs = sorted((e["code"], n) for e in entries + unofficial
                   for n in e[NGX_NAMES])
    for code, n in pairs:
        if n in taken:
            fail(f"ngx name {n} of {code} is taken by {taken[n]}")
        taken[n] = code
    return pairs


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
