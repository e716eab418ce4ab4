#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_cli (see its input format) into DIR:
queries as arguments and as lines of standard input, options and --list
filters, over-long and odd lines.

    cli_seeds.py DIR
"""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def seed(name, args=(), stdin=b""):
    """args: the arguments after --json; with none, stdin alone."""
    head = bytes([len(args)]) if args else b"\x80"
    data = head + b"".join(a + b"\0" for a in args) + stdin
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


seed("codes", [b"404", b"499", b"999", b"466"])
seed("text", [b"not found", b"HTTP/1.1 404 Not Found", b"teapot", b"not fund"])
seed("unofficial", [b"client closed request", b"499 Token Required", b"HTTP/2 521"])
seed("options", [b"-l", b"--", b"-1", b"-"])
seed("list", [b"--list=4xx", b"retryable", b"unofficial"])
seed("list_short", [b"-jl5xx", b"keeps-method"])
seed("help", [b"--help"])
seed("bad_option", [b"--json=1", b"-x"])
seed("stdin", stdin=b"404\n500\r\nnot fund\n\nHTTP/1.1 499\n")
seed("stdin_dash", [b"-"], b"200\n418")
seed("stdin_long", stdin=b"4" * 1100 + b"\n404\n")
seed("stdin_bytes", stdin=b"\xff\xfe\n\xc3\xa9\n\x00404\n\x1b[31m\n")
seed("identifiers", [b"http.StatusTeapot", b":status: 503", b"Status: 404 Not Found",
                     b"HTTP_405_NOT_FOUND"])
seed("to", [b"--to", b"dotnet", b"307", b"--names", b"418", b"--to=rack", b"499"])
seed("to_bad", [b"--to=cobol", b"-t"])
