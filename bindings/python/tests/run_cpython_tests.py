"""CPython's own tests of http.HTTPStatus, run against httpstatus.HTTPStatus.

http.client and http.server copy the enum when first imported, so this
replaces http.HTTPStatus with ours before they load, then runs
test_httplib and test_httpservers from the running interpreter's `test`
package. It fails on any failure or error that the table "Expected
failures of CPython's tests" in bindings/python/README.md does not list
for this interpreter's version, and on a listed one that no longer fails
(the list must stay true). It also checks that every name of the
standard library's enum maps to the same value in ours.

usage: python3 run_cpython_tests.py   (the httpstatus package importable)
"""
import http
import importlib
import io
import re
import sys
import unittest
from pathlib import Path

import httpstatus

README = Path(__file__).resolve().parents[1] / "README.md"
TEST_MODULES = ("test_httplib", "test_httpservers")
VERSION = "%d.%d" % sys.version_info[:2]


def expected_failures():
    """{test id: reason} for this version, from the README's table: rows
    "| versions | test id | reason |", versions "all" or a list like 3.11."""
    text = README.read_text()
    section = text.split("### Expected failures of CPython's tests", 1)[1].split("\n#", 1)[0]
    listed = {}
    for row in re.findall(r"^\|([^|\n]*)\|([^|\n]*)\|([^|\n]*)\|$", section, re.M):
        versions, test_id, reason = (cell.strip() for cell in row)
        test_id = test_id.strip("`")
        if versions in ("versions", "") or versions.startswith("-"):
            continue
        if versions == "all" or VERSION in versions.replace(",", " ").split():
            listed[test_id] = reason
    return listed


def check_names(std):
    """Every name of the interpreter's enum, with the same value in ours."""
    wrong = [f"{name}={int(member)}: ours {int(httpstatus.HTTPStatus.__members__[name])}"
             if name in httpstatus.HTTPStatus.__members__ else f"{name}={int(member)}: missing"
             for name, member in std.__members__.items()
             if int(httpstatus.HTTPStatus.__members__.get(name, -1)) != int(member)]
    print(f"{len(std.__members__)} names of http.HTTPStatus: "
          f"{'all' if not wrong else len(std.__members__) - len(wrong)} the same in ours")
    return wrong


def main():
    for module in ("http.client", "http.server"):
        if module in sys.modules:
            sys.exit(f"{module} was imported before http.HTTPStatus could be replaced")
    std = http.HTTPStatus
    http.HTTPStatus = httpstatus.HTTPStatus
    client = importlib.import_module("http.client")
    server = importlib.import_module("http.server")
    assert client.NOT_FOUND is httpstatus.HTTPStatus.NOT_FOUND, "http.client's constants"
    assert server.HTTPStatus is httpstatus.HTTPStatus, "http.server's HTTPStatus"

    try:
        from test import support
    except ImportError:
        sys.exit(f"{sys.executable} has no `test` package (Debian: libpython{VERSION}-testsuite)")
    # Out of regrtest every resource counts as enabled: the tests that
    # need the network would try it.
    support.use_resources = []
    suite = unittest.TestSuite()
    for name in TEST_MODULES:
        module = __import__(f"test.{name}", fromlist=[name])
        suite.addTests(unittest.defaultTestLoader.loadTestsFromModule(module))
    result = unittest.TextTestRunner(verbosity=0, stream=io.StringIO()).run(suite)

    listed = expected_failures()
    failed = {}
    for test, trace in result.failures + result.errors:
        failed[re.sub(r"^test\.", "", test.id().split(" ")[0])] = trace
    unexpected = sorted(set(failed) - set(listed))
    fixed = sorted(set(listed) - set(failed))
    for test_id in sorted(set(failed) & set(listed)):
        print(f"expected failure: {test_id}: {listed[test_id]}")
    for test_id in unexpected:
        print(f"UNEXPECTED FAILURE: {test_id}\n{failed[test_id]}")
    for test_id in fixed:
        print(f"LISTED BUT PASSED: {test_id}: take it out of {README.name}'s table")
    wrong = check_names(std)
    for line in wrong:
        print(f"NAME: {line}")
    print(f"Python {sys.version.split()[0]}: {result.testsRun} tests, {len(failed)} failed "
          f"({len(failed) - len(unexpected)} expected), {len(result.skipped)} skipped")
    if unexpected or fixed or wrong or result.testsRun < 100:
        sys.exit(1)


if __name__ == "__main__":
    main()
