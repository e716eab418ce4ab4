"""The Python binding, checked against the C library's own data through the
raw extension: nothing here lists codes, names or phrases by hand."""
import unittest

import httpstatus
from httpstatus import HTTPStatus, UnofficialStatus
from httpstatus import _httpstatus_core as core

MIB = "x" * (1024 * 1024)
BAD_TEXTS = {
    "empty": "", "empty bytes": b"", "embedded NUL": "NOT_FOUND\0",
    "leading NUL": "\0Not Found", "NUL bytes": b"not\0found",
    "invalid UTF-8": b"\xff\xfe\xc3", "non-ASCII": "Nöt Found",
    "lone surrogate": "Not Found\udcff", "1 MiB": MIB, "1 MiB bytes": MIB.encode(),
}
WRONG_TYPES = [None, 404, 404.0, ["404"], bytearray(b"404"), HTTPStatus.NOT_FOUND]
TEXT_LOOKUPS = ("find", "suggest", "from_name", "from_phrase", "unofficial_find")
CODES = [-(2 ** 70), -(2 ** 63), -1, 0, 99, 306, 600, 999, 2 ** 31, 2 ** 32 + 404,
         2 ** 63 - 1, 2 ** 64 + 404]


def raw_items(at):
    items = []
    while (item := at(len(items))) is not None:
        items.append(item)
    return items


def flag_names(flags):
    names = {core.httpstatus_flag_name(1 << bit) for bit in range(31) if flags & (1 << bit)}
    return names - {None}


class TestEntries(unittest.TestCase):
    def test_count_and_order_match_the_c_library(self):
        self.assertEqual(core.httpstatus_count(), len(HTTPStatus))
        self.assertEqual([raw.code for raw in raw_items(core.httpstatus_at)],
                         [int(member) for member in HTTPStatus])
        self.assertGreater(len(HTTPStatus), 50)

    def test_every_field_of_every_entry(self):
        for raw in raw_items(core.httpstatus_at):
            member = HTTPStatus(raw.code)
            with self.subTest(code=raw.code):
                self.assertIs(type(member.value), int)
                self.assertEqual(raw.code, member)
                for field in ("name", "phrase", "description", "spec", "origin"):
                    self.assertEqual(getattr(raw, field), getattr(member, field))
                    self.assertIs(type(getattr(member, field)), str)
                self.assertEqual(core.httpstatus_class_name(raw.status_class), member.status_class)
                self.assertEqual(core.httpstatus_registry_name(raw.registry), member.registry)
                self.assertEqual(flag_names(raw.flags), member.properties)
                self.assertIsInstance(member.properties, frozenset)
                for prop in member.properties | flag_names(~0):
                    spelling = prop if prop == "keeps_method" else "is_" + prop
                    self.assertEqual(prop in member.properties, getattr(member, spelling))
                for prefix in range(1, 6):
                    cls = core.httpstatus_class_name(prefix)
                    spelling = {"client_error": "is_client_error", "server_error":
                                "is_server_error"}.get(cls, "is_" + cls)
                    self.assertEqual(raw.code // 100 == prefix, getattr(member, spelling))
                self.assertIs(httpstatus.from_name(raw.name), member)
                self.assertIs(httpstatus.from_phrase(raw.phrase), member)
                self.assertIs(httpstatus.find(raw.name), member)
                self.assertIs(httpstatus.find(f"HTTP/1.1 {raw.code} {raw.phrase}"), member)
                self.assertIs(httpstatus.find(raw.phrase.encode()), member)
                self.assertIs(HTTPStatus[raw.name], member)

    def test_old_names_are_aliases_and_old_phrases_resolve(self):
        old_names = raw_items(core.httpstatus_old_name_at)
        self.assertTrue(old_names)
        for old in old_names:
            self.assertIs(HTTPStatus[old.text], HTTPStatus(old.code))
            self.assertIs(getattr(HTTPStatus, old.text), HTTPStatus(old.code))
            self.assertIs(httpstatus.from_name(old.text), HTTPStatus(old.code))
            self.assertIn(old.text, HTTPStatus.__members__)
        for old in raw_items(core.httpstatus_old_phrase_at):
            self.assertIs(httpstatus.from_phrase(old.text), HTTPStatus(old.code))
            self.assertIs(httpstatus.from_phrase(old.text.encode()), HTTPStatus(old.code))
        self.assertEqual(len(HTTPStatus.__members__), len(HTTPStatus) + len(old_names))

    def test_constants_match_the_c_enum(self):
        for name, member in HTTPStatus.__members__.items():
            self.assertEqual(getattr(core, "HTTPSTATUS_" + name), member, name)

    def test_every_unofficial_meaning(self):
        raws = raw_items(core.httpstatus_unofficial_at)
        self.assertEqual(core.httpstatus_unofficial_count(), len(httpstatus.unofficial_entries()))
        for raw, meaning in zip(raws, httpstatus.unofficial_entries()):
            with self.subTest(code=raw.code, name=raw.name):
                self.assertIsInstance(meaning, UnofficialStatus)
                for field in UnofficialStatus._fields:
                    self.assertEqual(getattr(raw, field), getattr(meaning, field))
                self.assertIn(meaning, httpstatus.unofficial(raw.code))
                self.assertIs(httpstatus.unofficial_find(raw.name), meaning)
                self.assertIs(httpstatus.unofficial_find(raw.phrase.encode()), meaning)
                self.assertEqual(f"{raw.code} {raw.phrase}", str(meaning))
                with self.assertRaises(AttributeError):
                    meaning.phrase = "changed"
        first = core.httpstatus_unofficial_from_code(499)
        self.assertEqual(first.name, httpstatus.unofficial(499)[0].name)
        self.assertEqual((), httpstatus.unofficial(404))

    def test_class_of_any_integer(self):
        for code in list(range(-1000, 1001)) + CODES:
            name = core.httpstatus_class_name(core.httpstatus_class_of(code))
            self.assertEqual(name, httpstatus.class_of(code), code)

    def test_suggest_on_every_text_with_a_letter_dropped(self):
        texts = [raw.name for raw in raw_items(core.httpstatus_at)]
        texts += [raw.phrase for raw in raw_items(core.httpstatus_at)]
        for text in texts:
            typo = text[:len(text) // 2] + text[len(text) // 2 + 1:]
            raw = core.httpstatus_suggest(typo)
            found = httpstatus.suggest(typo)
            self.assertEqual(raw.code if raw else None, found, typo)

    def test_version(self):
        self.assertEqual(core.httpstatus_version(), httpstatus.__version__)
        self.assertRegex(httpstatus.__version__, r"^\d+\.\d+\.\d+$")


def raw_identifiers(raw, eco):
    found = []
    while (identifier := core.httpstatus_identifier(raw, eco, len(found))) is not None:
        found.append(identifier)
    return tuple(found)


class TestIdentifiersAndLinks(unittest.TestCase):
    def setUp(self):
        self.names = [core.httpstatus_ecosystem_name(eco)
                      for eco in range(core.httpstatus_ecosystem_count())]

    def test_ecosystems_are_the_c_librarys_in_its_order(self):
        listed = httpstatus.ecosystems()
        self.assertEqual(self.names, list(listed))
        self.assertGreater(len(listed), 10)
        for eco, name in enumerate(self.names):
            self.assertEqual(core.httpstatus_ecosystem_qualifier(eco), listed[name])
            self.assertEqual(eco, getattr(core, "HTTPSTATUS_ECOSYSTEM_" + name.upper()))
        with self.assertRaises(TypeError):
            listed["go"] = "changed"

    def test_every_identifier_of_every_entry_and_meaning(self):
        members = [(raw, HTTPStatus(raw.code)) for raw in raw_items(core.httpstatus_at)]
        meanings = list(zip(raw_items(core.httpstatus_unofficial_at),
                            httpstatus.unofficial_entries()))
        total = 0
        for raw, entry in members + meanings:
            for eco, name in enumerate(self.names):
                with self.subTest(code=raw.code, entry=raw.name, ecosystem=name):
                    found = entry.identifiers(name)
                    self.assertIsInstance(found, tuple)
                    self.assertEqual(raw_identifiers(raw, eco), found)
                    total += len(found)
        self.assertGreater(total, 1000)
        self.assertEqual(("StatusNotFound",), HTTPStatus.NOT_FOUND.identifiers(self.names[0]))

    def test_links_and_status_lines_of_every_entry_and_meaning(self):
        for raw in raw_items(core.httpstatus_at):
            member = HTTPStatus(raw.code)
            with self.subTest(code=raw.code):
                self.assertEqual(raw.spec_url, member.spec_url)
                self.assertEqual(raw.mdn_url, member.mdn_url)
                self.assertEqual(core.httpstatus_status_line(raw), member.status_line)
                self.assertEqual(f"HTTP/1.1 {raw.code} {raw.phrase}\r\n", member.status_line)
        self.assertIsNone(HTTPStatus(104).mdn_url)
        self.assertTrue(HTTPStatus(404).spec_url.startswith("https://"))
        for raw, meaning in zip(raw_items(core.httpstatus_unofficial_at),
                                httpstatus.unofficial_entries()):
            self.assertEqual(core.httpstatus_status_line(raw), meaning.status_line)
            self.assertEqual(f"HTTP/1.1 {raw.code} {raw.phrase}\r\n", meaning.status_line)

    def test_a_tuple_that_is_no_meaning_has_no_line_and_no_identifiers(self):
        made = UnofficialStatus(499, "MADE_UP", "Made Up", "", "", "")
        self.assertIsNone(made.status_line)
        self.assertEqual((), made.identifiers(self.names[0]))

    def test_bad_ecosystems(self):
        entries = [HTTPStatus.NOT_FOUND, httpstatus.unofficial_entries()[0]]
        for entry in entries:
            for value in (None, 0, b"go", bytearray(b"go"), ["go"], {}, 1.5):
                with self.subTest(entry=str(entry), value=value):
                    with self.assertRaisesRegex(TypeError, r"^identifiers\(\) argument must "
                                                           f"be str, not {type(value).__name__}$"):
                        entry.identifiers(value)
            for value in ("GO", "", " go", "go\0", "gö", "go\udcff", "__class__", MIB):
                with self.subTest(entry=str(entry), value=value[:10]):
                    with self.assertRaisesRegex(ValueError, r"is not an ecosystem; "
                                                            r"ecosystems\(\): go, "):
                        entry.identifiers(value)
            with self.assertRaises(TypeError):
                entry.identifiers()
        with self.assertRaises(AttributeError):
            HTTPStatus.NOT_FOUND.status_line = "changed"


class TestBadInput(unittest.TestCase):
    def test_unknown_codes(self):
        for code in CODES:
            with self.assertRaises(ValueError):
                HTTPStatus(code)
            raw = core.httpstatus_unofficial_from_code(code)
            self.assertEqual(raw.name if raw else None,
                             httpstatus.unofficial(code)[0].name if raw else None)

    def test_any_text_finds_nothing_rather_than_raising(self):
        for lookup in TEXT_LOOKUPS:
            for what, text in BAD_TEXTS.items():
                with self.subTest(lookup=lookup, text=what):
                    found = getattr(httpstatus, lookup)(text)
                    # suggest forgives a NUL as one typo: it gives what C gives.
                    if lookup == "suggest":
                        raw = core.httpstatus_suggest(text)
                        self.assertEqual(raw.code if raw else None, found)
                    else:
                        self.assertIsNone(found)

    def test_wrong_types_raise_type_error(self):
        for lookup in TEXT_LOOKUPS:
            for value in WRONG_TYPES:
                with self.subTest(lookup=lookup, value=value):
                    with self.assertRaisesRegex(TypeError, rf"^{lookup}\(\) argument must be "
                                                           "str or bytes, not "):
                        getattr(httpstatus, lookup)(value)
        for lookup in ("class_of", "unofficial"):
            for value in ("404", b"404", 404.0, None, [404]):
                with self.subTest(lookup=lookup, value=value):
                    with self.assertRaisesRegex(TypeError, rf"^{lookup}\(\) argument must be int"):
                        getattr(httpstatus, lookup)(value)

    def test_raw_extension_rejects_wrong_types(self):
        for value in ("404", 404.0, None):
            with self.assertRaises(TypeError):
                core.httpstatus_from_code(value)
        self.assertIsNone(core.httpstatus_from_code(2 ** 100))
        self.assertIsNone(core.httpstatus_from_code(-(2 ** 100)))
        with self.assertRaises((TypeError, OverflowError)):
            core.httpstatus_at(-1)

    def test_members_and_meanings_are_read_only(self):
        with self.assertRaises(AttributeError):
            HTTPStatus.NOT_FOUND.spec = "changed"
        with self.assertRaises(AttributeError):
            HTTPStatus.NOT_FOUND.properties = frozenset()
        with self.assertRaises(TypeError):
            httpstatus.unofficial_entries()[0] = None


if __name__ == "__main__":
    unittest.main()
