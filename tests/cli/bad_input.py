#!/usr/bin/env python3
"""Hostile input for the httpstatus command: every case must end in a clear
message and exit status 0, 1 or 2, never a crash, and --json output must
stay valid JSON, one object a query, whatever the queries hold.

    bad_input.py [WRAPPER...] CLI

runs CLI, optionally under a wrapper such as
`valgrind -q --error-exitcode=99`.
"""
import json
import os
import pty
import subprocess
import sys

from cases import case, finish

COMMAND = [a.encode() for a in sys.argv[1:]]
# Linux passes at most 128 KiB in one argument (MAX_ARG_STRLEN, with its
# NUL), so a mebibyte of input is eight arguments of the longest size.
LONGEST_ARG = 128 * 1024 - 1


def run(*args, stdin=b""):
    r = subprocess.run(COMMAND + [a if isinstance(a, bytes) else a.encode()
                                  for a in args], capture_output=True,
                       input=stdin)
    # 0 found, 1 not found, 2 usage: anything else (a signal, a wrapper's
    # error status) is a failure of the case.
    assert r.returncode in (0, 1, 2), f"exit status {r.returncode}: {r.stderr[-2000:]!r}"
    assert r.stderr.isascii(), f"non-ASCII message {r.stderr[:200]!r}"
    for line in r.stderr.decode().splitlines():
        assert line.isprintable(), f"control character in message {line[:200]!r}"
    return r


ENTRY_KEYS = ("code", "name", "phrase", "description", "spec", "class",
              "registry", "origin", "properties")


def check_entry(o):
    for key in ENTRY_KEYS:
        assert key in o, f"no {key!r} in {o}"


def json_lines(stdout):
    objects = [json.loads(line) for line in stdout.decode("ascii").splitlines()]
    for o in objects:
        if "query" not in o:  # --list: an entry
            check_entry(o)
            continue
        # An answer: a registered entry's fields, an unregistered code's
        # code and class, unofficial meanings, a suggestion.
        assert isinstance(o["match"], bool), o
        if "registry" in o:
            check_entry(o)
        for u in o.get("unofficial", []):
            check_entry(u)
        if "suggestion" in o:
            check_entry(o["suggestion"])
        assert o["match"] == ("registry" in o or bool(o.get("unofficial"))), o
    return objects


@case
def empty_argument():
    for args in ([""], ["404", ""]):
        r = run(*args)
        assert r.returncode == 1, args
        assert r.stderr == b'httpstatus: no HTTP status code matches ""\n', r.stderr
    r = run("--json", "")
    assert r.returncode == 1
    assert r.stdout == b'{"query":"","match":false}\n', r.stdout


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
    objects = json_lines(r.stdout)
    # One object a query, each echoing it, misses included.
    assert [o["query"] for o in objects] == queries, objects
    assert [o["code"] for o in objects if o["match"]] == [404, 418, 404]
    assert r.stderr == b"", r.stderr


@case
def json_echoes_any_bytes():
    # Valid UTF-8 comes back as it was; other bytes as U+FFFD.
    queries = [b"\xff", b"\xc3\xa9", b"\xc0\xaf", b"\xed\xa0\x80",
               b"\xf0\x9f\x98\x80", b"\xf4\x90\x80\x80", b"a\x00b"[:1]]
    r = run("--json", *queries)
    assert r.returncode == 1
    assert [o["query"] for o in json_lines(r.stdout)] == [
        "\ufffd", "\u00e9", "\ufffd\ufffd", "\ufffd\ufffd\ufffd",
        "\U0001f600", "\ufffd\ufffd\ufffd\ufffd", "a"]
    r = run("--json", stdin=b"a\x00b\n\x80\n")
    assert [o["query"] for o in json_lines(r.stdout)] == ["a\x00b", "\ufffd"]


@case
def json_list_is_valid():
    r = run("--json", "--list")
    assert r.returncode == 0
    objects = json_lines(r.stdout)
    assert len(objects) > 60
    # Registered codes once each; an unofficial meaning once each.
    registered = [o["code"] for o in objects if o["registry"] != "unofficial"]
    unofficial = [o["name"] for o in objects if o["registry"] == "unofficial"]
    assert len(set(registered)) == len(registered) > 60
    assert len(set(unofficial)) == len(unofficial) > 30
    assert [o["code"] for o in objects] == sorted(o["code"] for o in objects)


@case
def option_lookalikes():
    expected = {("-1",): 1, ("--", "--json"): 1, ("--", "-", "-"): 1,
                ("--json=1",): 2, ("-x",): 2, ("---",): 2, ("--list", "9xx"): 2,
                ("--list", "404"): 2, ("--\xff",): 2, ("-j\xff",): 2,
                ("--list=",): 2, ("--lis=\xff",): 2, ("-l\xff",): 2}
    for args, status in expected.items():
        r = run(*args)
        assert r.returncode == status, (args, r.returncode, r.stderr)
        assert r.stderr.startswith(b"httpstatus: "), (args, r.stderr)
    # "-" and "--" alone read standard input, here empty: nothing to say.
    for args in (["-"], ["--"], ["--json", "--"], ["--", "-"]):
        r = run(*args)
        assert (r.returncode, r.stdout, r.stderr) == (0, b"", b""), (args, r)


@case
def no_query_on_a_terminal():
    # With standard input a terminal, no query is a usage error.
    controller, terminal = pty.openpty()
    try:
        for args in ([], ["--json"]):
            r = subprocess.run(COMMAND + [a.encode() for a in args],
                               stdin=terminal, capture_output=True)
            assert r.returncode == 2, (args, r)
            assert r.stderr.startswith(b"httpstatus: no query given\n"), r.stderr
    finally:
        os.close(controller)
        os.close(terminal)


@case
def hostile_lines_on_standard_input():
    lines = [b"", b"\xff\xfe", b"\x1b[31m404", b"404\x00", b" 404 ",
             b"\r", b"A" * 1024, b"A" * 1025, b"A" * 100000, b"-1", b"--json"]
    r = run("--json", stdin=b"\n".join(lines) + b"\n")
    assert r.returncode == 1
    objects = json_lines(r.stdout)
    assert len(objects) == len(lines), objects
    assert [o["match"] for o in objects].count(True) == 1  # " 404 "
    assert r.stderr == (b"httpstatus: line 8 is longer than 1024 bytes: skipped\n"
                        b"httpstatus: line 9 is longer than 1024 bytes: skipped\n")
    r = run(stdin=b"\n".join(lines))
    assert r.returncode == 1 and r.stdout.count(b"\n") == 1, r.stdout


@case
def many_queries():
    r = run(*["404"] * 20000)
    assert r.returncode == 0 and r.stdout.count(b"\n") == 20000
    r = run("--json", stdin=b"404\n" * 100000)
    assert r.returncode == 0 and r.stdout.count(b"\n") == 100000


finish()
