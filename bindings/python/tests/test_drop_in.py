"""HTTPStatus as a drop-in for the running interpreter's http.HTTPStatus:
the same names and values, the same member __dict__, comparison, hashing
and pickling with ints and with the standard library's members."""
import copy
import http
import pickle
import unittest

from httpstatus import HTTPStatus

STD = http.HTTPStatus


class TestDropIn(unittest.TestCase):
    def test_every_standard_name_maps_to_the_same_value(self):
        for name, member in STD.__members__.items():
            with self.subTest(name=name):
                self.assertIn(name, HTTPStatus.__members__)
                self.assertEqual(int(member), int(HTTPStatus[name]))

    def test_every_standard_value_is_a_member(self):
        for member in STD:
            self.assertEqual(member, HTTPStatus(member.value))
            self.assertIs(HTTPStatus(member), HTTPStatus(member.value))

    def test_aliases_are_the_canonical_member(self):
        self.assertIs(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, HTTPStatus.CONTENT_TOO_LARGE)
        self.assertEqual("CONTENT_TOO_LARGE", HTTPStatus(413).name)
        self.assertEqual(104, HTTPStatus.UPLOAD_RESUMPTION_SUPPORTED)

    def test_member_dict_holds_what_the_standard_library_holds(self):
        for member in STD:
            with self.subTest(member=member.name):
                self.assertEqual(set(vars(member)), set(vars(HTTPStatus(member.value))))
        ours = HTTPStatus.NOT_FOUND
        self.assertLessEqual({"description", "name", "phrase", "value", "spec"}, set(dir(ours)))
        added = set(dir(ours)) - set(dir(STD.NOT_FOUND))
        # What it adds is the class's (properties, methods), not the member's.
        of_class = {name for name in added
                    if isinstance(vars(HTTPStatus).get(name), (property, type(lambda: 0)))}
        self.assertEqual(added - of_class - set(HTTPStatus.__members__), set())

    def test_comparison_and_hashing_with_ints_and_standard_members(self):
        ours, std = HTTPStatus.NOT_FOUND, STD.NOT_FOUND
        self.assertEqual(ours, 404)
        self.assertEqual(ours, std)
        self.assertEqual(hash(ours), hash(404))
        self.assertEqual(hash(ours), hash(std))
        self.assertEqual("yes", {std: "yes"}[ours])
        self.assertEqual("yes", {ours: "yes"}[404])
        self.assertLess(HTTPStatus.OK, STD.NOT_FOUND)
        self.assertEqual("404", f"{ours:d}")
        self.assertIsInstance(ours, int)

    def test_pickle_round_trips_to_the_canonical_member(self):
        for name, member in HTTPStatus.__members__.items():
            for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
                self.assertIs(member, pickle.loads(pickle.dumps(HTTPStatus[name], protocol)))
        self.assertIs(HTTPStatus.CONTENT_TOO_LARGE,
                      pickle.loads(pickle.dumps(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)))
        self.assertIs(HTTPStatus.OK, copy.deepcopy(HTTPStatus.OK))

    def test_unknown_code_raises_value_error_as_the_standard_library(self):
        for code in (499, 0, -1, 999):
            with self.assertRaises(ValueError):
                HTTPStatus(code)
            with self.assertRaises(ValueError):
                STD(code)
        with self.assertRaises(KeyError):
            HTTPStatus["NOT_A_STATUS"]

    def test_class_predicates_as_in_python_3_12(self):
        for member in HTTPStatus:
            self.assertEqual(member.is_informational, 100 <= member <= 199)
            self.assertEqual(member.is_success, 200 <= member <= 299)
            self.assertEqual(member.is_redirection, 300 <= member <= 399)
            self.assertEqual(member.is_client_error, 400 <= member <= 499)
            self.assertEqual(member.is_server_error, 500 <= member <= 599)
            if hasattr(STD, "is_success") and member.value in STD._value2member_map_:
                self.assertEqual(STD(member.value).is_success, member.is_success)


if __name__ == "__main__":
    unittest.main()
