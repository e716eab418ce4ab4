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

    def test_every_property(self):
        body = self.classes["HTTPStatus"].body
        stubbed = {node.name for node in body if isinstance(node, ast.FunctionDef)}
        properties = {name for name, value in vars(HTTPStatus).items()
                      if isinstance(value, property)}
        self.assertEqual(properties, stubbed)

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
