#!/usr/bin/env python3
"""Hostile input for the httpstatus command: every case must end in a clear
message and exit status 0, 1 or 2, never a crash, and --json output must
stay valid JSON whatever the queries hold.

    bad_input.py [WRAPPER...] CLI

runs CLI, optionally under a wrapper such as
`valgrind -q --error-exitcode=99`.
"""
import json
import subprocess
import sys

COMMAND = [a.encode() for a in sys.argv[1:]]
# Linux passes at most 128 KiB in one argument (MAX_ARG_STRLEN, with its
# NUL), so a mebibyte of input is eight arguments of the longest size.
LONGEST_ARG = 128 * 1024 - 1
failures = []
passed = 0


def run(*args):
    r = subprocess.run(COMMAND + [a if isinstance(a, bytes) else a.encode()
                                  for a in args], capture_output=True)
    # 0 found, 1 not found, 2 usage: anything else (a signal, a wrapper's
    # error status) is a failure of the case.
    assert r.returncode in (0, 1, 2), f"exit status {r.returncode}: {r.stderr[-2000:]!r}"
    assert r.stderr.isascii(), f"non-ASCII message {r.stderr[:200]!r}"
    for line in r.stderr.decode().splitlines():
        assert line.isprintable(), f"control character in message {line[:200]!r}"
    return r


def json_lines(stdout):
    objects = [json.loads(line) for line in stdout.decode("ascii").splitlines()]
    for o in objects:
        for key in ("code", "name", "phrase", "description", "spec", "class"):
            assert key in o, f"no {key!r} in {o}"
    return objects


def case(function):
    global passed
    try:
        function()
        passed += 1
    except AssertionError as e:
        failures.append(function.__name__)
        print(f"FAILED {function.__name__}: {e}")
    return function


@case
def empty_argument():
    for args in ([""], ["--json", ""], ["404", ""]):
        r = run(*args)
        assert r.returncode == 1, args
        assert r.stderr == b'httpstatus: no HTTP status code matches ""\n', r.stderr


@case
def mebibyte_of_arguments():
    r = run(*[b"A" * LONGEST_ARG] * 8)
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert len(lines) == 8, lines[:2]
    # The query is named, cut short: a message, not a mebibyte.
    assert all(line.startswith(b"httpstatus: no HTTP status code matches \"AAA")
               and line.endswith(b'"...') and len(line) < 200 for line in lines)
    assert r.stdout == b""


@case
def longest_argument_around_a_code():
    padding = b" " * ((LONGEST_ARG - 3) // 2)
    r = run(padding + b"404" + padding)
    assert r.returncode == 0 and r.stdout.startswith(b"404 Not Found"), r


@case
def invalid_utf8():
    for arg in (b"\xff", b"\xc3\x28", b"\xc0\xaf", b"\xed\xa0\x80",
                b"Not Found\xff", b"\xf4\x90\x80\x80404"):
        r = run(arg)
        assert r.returncode == 1, arg
        assert r.stdout == b"", arg
        assert b"\\x" in r.stderr, r.stderr  # shown escaped, not raw


@case
def json_with_odd_characters():
    queries = ['Not "Found"', "back\\slash", "\x01\x1f\x7f", "tab\there",
               '"', "\\", '{"code":1}', "\u00e9t\u00e9", "\n404\t",
               "i'm a teapot", "not_found"]
    r = run("--json", *queries)
    assert r.returncode == 1
    assert [o["code"] for o in json_lines(r.stdout)] == [404, 418, 404]
    assert len(r.stderr.splitlines()) == len(queries) - 3


@case
def json_list_is_valid():
    r = run("--json", "--list")
    assert r.returncode == 0
    objects = json_lines(r.stdout)
    assert len(objects) > 60 and len({o["code"] for o in objects}) == len(objects)


@case
def option_lookalikes():
    expected = {("-",): 1, ("--",): 2, ("-1",): 1, ("--", "--json"): 1,
                ("--json=1",): 2, ("-x",): 2, ("---",): 2, ("--list", "9xx"): 2,
                ("--list", "404"): 2, ("--\xff",): 2}
    for args, status in expected.items():
        r = run(*args)
        assert r.returncode == status, (args, r.returncode, r.stderr)
        assert r.stderr.startswith(b"httpstatus: "), (args, r.stderr)


@case
def many_queries():
    r = run(*["404"] * 20000)
    assert r.returncode == 0 and r.stdout.count(b"\n") == 20000


print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
