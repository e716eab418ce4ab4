"""HTTP status codes from libhttpstatus, as a drop-in for http.HTTPStatus.

    >>> from httpstatus import HTTPStatus, find
    >>> HTTPStatus(404).phrase, HTTPStatus.NOT_FOUND.spec
    ('Not Found', 'RFC 9110, Section 15.5.5')
    >>> find("im a teapot")
    <HTTPStatus.IM_A_TEAPOT: 418>

HTTPStatus has every member and alias of the standard library's enum, with
its phrase and description, plus the fields the C library adds (spec,
status_class, registry, origin, properties and their predicates, spec_url,
mdn_url, status_line) and identifiers(ecosystem), what other software
calls the code (ecosystems() lists the ecosystems). The
members, the lookup tables and the unofficial meanings are built once, at
import, from the C library's tables (through the raw SWIG extension
_httpstatus_core): from_name, from_phrase, class_of and unofficial are
dict lookups; find, unofficial_find and suggest are one C call each, which
answers with the member (or meaning) of these tables at the position the C
library found.
"""
import reprlib
from enum import IntEnum
from types import MappingProxyType
from typing import NamedTuple, Optional

from . import _httpstatus_core as _core

__all__ = ["HTTPStatus", "UnofficialStatus", "find", "suggest", "from_name",
           "from_phrase", "class_of", "unofficial", "unofficial_find",
           "unofficial_entries", "ecosystems"]
__version__ = _core.httpstatus_version()


def _raw_items(at):
    """The raw items at(0), at(1), ... until at returns None."""
    items = []
    while (item := at(len(items))) is not None:
        items.append(item)
    return items


# The properties the C library names, one bit each: [(bit, name), ...].
_FLAGS = [(1 << bit, _core.httpstatus_flag_name(1 << bit)) for bit in range(31)
          if _core.httpstatus_flag_name(1 << bit)]


# The ecosystems that name status codes, in the C library's order:
# {name: qualifier}.
_ECOSYSTEMS = MappingProxyType({
    _core.httpstatus_ecosystem_name(eco): _core.httpstatus_ecosystem_qualifier(eco)
    for eco in range(_core.httpstatus_ecosystem_count())})


# {code or meaning: {ecosystem: (identifier, ...)}}, filled on a code's or
# meaning's first call of identifiers: thousands of strings, which most
# programs never ask for. setdefault keeps one table when threads race.
_IDENTIFIERS = {}


def _identifiers(key, raw):
    """The identifiers of key, read from its raw entry on the first call."""
    table = _IDENTIFIERS.get(key)
    if table is None:
        table = {}
        for eco, name in enumerate(_ECOSYSTEMS):
            found = []
            while (identifier := _core.httpstatus_identifier(raw, eco, len(found))) is not None:
                found.append(identifier)
            table[name] = tuple(found)
        table = _IDENTIFIERS.setdefault(key, table)
    return table


class _Fields(NamedTuple):
    """What the C library says of a code beyond the standard library's enum."""
    spec: str
    status_class: str
    registry: str
    origin: str
    properties: frozenset
    flags: int
    spec_url: Optional[str]
    mdn_url: Optional[str]
    status_line: str


def _fields(raw):
    return _Fields(raw.spec, _core.httpstatus_class_name(raw.status_class),
                   _core.httpstatus_registry_name(raw.registry), raw.origin,
                   frozenset(name for flag, name in _FLAGS if raw.flags & flag),
                   raw.flags, raw.spec_url, raw.mdn_url, _core.httpstatus_status_line(raw))


def _ecosystem_identifiers(table, ecosystem):
    """table[ecosystem]; a ValueError for a str that names no ecosystem,
    a TypeError for anything else."""
    try:
        return table[ecosystem]
    except (KeyError, TypeError):
        if not isinstance(ecosystem, str):
            raise TypeError("identifiers() argument must be str, "
                            f"not {type(ecosystem).__name__}") from None
        raise ValueError(f"{reprlib.repr(ecosystem)} is not an ecosystem; ecosystems(): "
                         f"{', '.join(_ECOSYSTEMS)}") from None


_RAW = _raw_items(_core.httpstatus_at)
# _FIELDS[code]: a list indexed by code, the cheapest lookup by int.
_FIELDS = [None] * 600
for _raw in _RAW:
    _FIELDS[_raw.code] = _fields(_raw)


# The members' behaviour: the standard library's (its __new__, so that a
# member's __dict__ holds what the standard library's holds), then the
# fields it lacks, read from _FIELDS by code.
def __new__(cls, value, phrase, description=""):
    obj = int.__new__(cls, value)
    obj._value_ = value
    obj.phrase = phrase
    obj.description = description
    return obj


def _class_property(first, last):
    return property(lambda self: first <= self._value_ <= last,
                    doc=f"True for a code from {first} to {last}")


def _field_property(field):
    get = _Fields.__dict__[field].__get__
    return property(lambda self: get(_FIELDS[self._value_]), doc=f"The C library's {field}")


def identifiers(self, ecosystem):
    """The identifiers ecosystem (a name of ecosystems(): "go", "spring")
    gives the code, as it spells them without its qualifier, the usual one
    first: HTTPStatus(404).identifiers("go") == ("StatusNotFound",); () when
    it names no such code."""
    table = _IDENTIFIERS.get(self._value_) or _identifiers(
        self._value_, _core.httpstatus_from_code(self._value_))
    return _ecosystem_identifiers(table, ecosystem)


def _flag_property(flag, name):
    return property(lambda self: _FIELDS[self._value_].flags & flag != 0,
                    doc=f"True when the code is {name} (RFC 9110)")


_namespace = type(IntEnum).__prepare__("HTTPStatus", (IntEnum,))
# One item at a time: before 3.11, _EnumDict.update is dict's, which skips
# the _EnumDict's own bookkeeping.
for _key, _value in dict(
    __module__=__name__, __qualname__="HTTPStatus", __new__=__new__,
    __doc__="HTTP status codes and reason phrases, with what libhttpstatus "
            "knows of each",
    is_informational=_class_property(100, 199), is_success=_class_property(200, 299),
    is_redirection=_class_property(300, 399), is_client_error=_class_property(400, 499),
    is_server_error=_class_property(500, 599), identifiers=identifiers,
    **{field: _field_property(field)
       for field in ("spec", "status_class", "registry", "origin", "properties", "spec_url",
                     "mdn_url", "status_line")}).items():
    _namespace[_key] = _value
for _flag, _name in _FLAGS:
    _namespace[_name if _name == "keeps_method" else "is_" + _name] = _flag_property(_flag, _name)
for _raw in _RAW:
    _namespace[_raw.name] = (_raw.code, _raw.phrase, _raw.description)
# An old NAME is an alias: the same value as its code's member.
for _old in _raw_items(_core.httpstatus_old_name_at):
    _raw = _core.httpstatus_from_code(_old.code)
    _namespace[_old.text] = (_raw.code, _raw.phrase, _raw.description)
HTTPStatus = type(IntEnum)("HTTPStatus", (IntEnum,), _namespace)

# Each table holds str and bytes keys, so a hit needs no type check.
_ENTRIES = tuple(HTTPStatus)
_BY_NAME = {}
_BY_PHRASE = {}
for _member in _ENTRIES:
    _BY_PHRASE[_member.phrase] = _member
for _name, _member in HTTPStatus.__members__.items():
    _BY_NAME[_name] = _member
for _old in _raw_items(_core.httpstatus_old_phrase_at):
    _BY_PHRASE[_old.text] = HTTPStatus(_old.code)
for _table in (_BY_NAME, _BY_PHRASE):
    _table.update({text.encode(): member for text, member in list(_table.items())})
_CLASS_OF = {code: _core.httpstatus_class_name(_core.httpstatus_class_of(code))
             for code in range(100, 600)}


class UnofficialStatus(NamedTuple):
    """An unofficial meaning of a code: what a vendor, proxy or CDN sends
    although no IANA registration backs it. spec is where its origin
    documents it."""
    code: int
    name: str
    phrase: str
    description: str
    spec: str
    origin: str

    def __str__(self):
        return f"{self.code} {self.phrase}"

    @property
    def status_line(self):
        """The HTTP/1.1 status line with its CRLF: "HTTP/1.1 499 Client
        Closed Request\\r\\n"."""
        return _UNOFFICIAL_RAW.get(self, _NO_MEANING)[0]

    def identifiers(self, ecosystem):
        """The identifiers ecosystem gives this meaning (Spring's
        "BANDWIDTH_LIMIT_EXCEEDED" for 509), as HTTPStatus.identifiers."""
        raw = _UNOFFICIAL_RAW.get(self, _NO_MEANING)[1]
        table = _NO_IDENTIFIERS if raw is None else _identifiers(self, raw)
        return _ecosystem_identifiers(table, ecosystem)


_RAW_UNOFFICIAL = _raw_items(_core.httpstatus_unofficial_at)
_UNOFFICIAL = tuple(UnofficialStatus(raw.code, raw.name, raw.phrase, raw.description,
                                     raw.spec, raw.origin)
                    for raw in _RAW_UNOFFICIAL)
# Each meaning's status line and raw entry; a tuple made by hand that is
# no meaning has no line and no identifiers.
_UNOFFICIAL_RAW = {meaning: (_core.httpstatus_status_line(raw), raw)
                   for meaning, raw in zip(_UNOFFICIAL, _RAW_UNOFFICIAL)}
_NO_MEANING = (None, None)
_NO_IDENTIFIERS = dict.fromkeys(_ECOSYSTEMS, ())
_UNOFFICIAL_BY_CODE = {}
for _meaning in _UNOFFICIAL:
    _UNOFFICIAL_BY_CODE[_meaning.code] = _UNOFFICIAL_BY_CODE.get(_meaning.code, ()) + (_meaning,)
del (_key, _value, _raw, _old, _flag, _name, _member, _table, _meaning, _namespace, __new__,
     _class_property, _field_property, _flag_property, identifiers, _RAW_UNOFFICIAL)

# find, suggest and unofficial_find are the raw module's: one C call each,
# answering with a member of _ENTRIES or a meaning of _UNOFFICIAL.
_core.httpstatus_python_set_tables(_ENTRIES, _UNOFFICIAL)
find = _core.find
suggest = _core.suggest
unofficial_find = _core.unofficial_find


def _not_text(function, value):
    """Nothing found for a str or bytes; a TypeError for anything else."""
    if not isinstance(value, (str, bytes)):
        raise TypeError(f"{function}() argument must be str or bytes, "
                        f"not {type(value).__name__}")


def _not_integer(function, value):
    raise TypeError(f"{function}() argument must be int, not {type(value).__name__}")


def from_name(name):
    """The member whose NAME, current or old, is exactly name
    ("NOT_FOUND", "REQUEST_ENTITY_TOO_LARGE"), or None."""
    try:
        return _BY_NAME[name]
    except (KeyError, TypeError):
        return _not_text("from_name", name)


def from_phrase(phrase):
    """The member whose phrase, current or old, is exactly phrase
    ("Not Found", "Payload Too Large"), or None."""
    try:
        return _BY_PHRASE[phrase]
    except (KeyError, TypeError):
        return _not_text("from_phrase", phrase)


def class_of(code):
    """The class of any int, registered or not ("client_error" for 404 and
    for 499), or None outside 100..599."""
    if isinstance(code, int):
        return _CLASS_OF.get(code)
    _not_integer("class_of", code)


def unofficial(code):
    """A code's unofficial meanings, in the C library's order (499:
    nginx's, then Esri's), as a tuple; empty for any other int."""
    if isinstance(code, int):
        return _UNOFFICIAL_BY_CODE.get(code, ())
    _not_integer("unofficial", code)


def unofficial_entries():
    """Every unofficial meaning, in code order."""
    return _UNOFFICIAL


def ecosystems():
    """The ecosystems identifiers() takes, in the C library's order, each
    with what its code writes before an identifier: {"go": "http.",
    "dotnet": "HttpStatusCode.", ...}, read-only."""
    return _ECOSYSTEMS
