"""The type stub beside the package says what the package has: every
member with its value, every property of HTTPStatus and every public
function."""
import ast
import unittest
from pathlib import Path

import httpstatus
from httpstatus import HTTPStatus

STUB = Path(httpstatus.__file__).with_name("__init__.pyi")


class TestStub(unittest.TestCase):
    def setUp(self):
        self.tree = ast.parse(STUB.read_text())
        self.classes = {node.name: node for node in self.tree.body
                        if isinstance(node, ast.ClassDef)}

    def test_every_member_with_its_value(self):
        body = self.classes["HTTPStatus"].body
        members = {node.targets[0].id: node.value.value for node in body
                   if isinstance(node, ast.Assign)}
        self.assertEqual({name: int(m) for name, m in HTTPStatus.__members__.items()}, members)

    def stubbed(self, cls, decorated):
        """The names of cls's stubbed functions: @property ones or others."""
        return {node.name for node in self.classes[cls].body if isinstance(node, ast.FunctionDef)
                and bool(node.decorator_list) == decorated}

    def test_every_property_and_method(self):
        for cls in (HTTPStatus, httpstatus.UnofficialStatus):
            own = {name: value for name, value in vars(cls).items() if not name.startswith("_")}
            self.assertEqual({name for name, value in own.items() if isinstance(value, property)},
                             self.stubbed(cls.__name__, True))
            self.assertEqual({name for name, value in own.items() if callable(value)
                              and not isinstance(value, (HTTPStatus, type))},
                             self.stubbed(cls.__name__, False), cls)

    def test_unofficial_status_fields(self):
        body = self.classes["UnofficialStatus"].body
        fields = tuple(node.target.id for node in body if isinstance(node, ast.AnnAssign))
        self.assertEqual(httpstatus.UnofficialStatus._fields, fields)

    def test_every_public_name(self):
        defined = {node.name for node in self.tree.body
                   if isinstance(node, (ast.FunctionDef, ast.ClassDef))}
        self.assertEqual(set(httpstatus.__all__), defined)
        self.assertTrue(Path(httpstatus.__file__).with_name("py.typed").exists())


if __name__ == "__main__":
    unittest.main()
