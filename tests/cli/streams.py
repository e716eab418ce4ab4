#!/usr/bin/env python3
"""The httpstatus command on streams: answers come as the queries do, an
over-long line is read in bounded memory, and a closed pipe ends the
command as it ends coreutils (SIGPIPE, or exit 3 when SIGPIPE is ignored).

    streams.py [WRAPPER...] CLI

runs CLI, optionally under a wrapper such as the emulator of a cross
build.
"""
import os
import select
import shlex
import signal
import subprocess
import sys
import threading

from cases import case, finish

CLI = sys.argv[1:]
# Generous: each check waits for an answer that comes at once when the
# command works, and would otherwise hang the suite.
PATIENCE = 60


def read_line(stream):
    ready, _, _ = select.select([stream], [], [], PATIENCE)
    assert ready, "no answer before the next query"
    return stream.readline()


def ignore_sigpipe():
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)


def closed_pipe():
    """A pipe whose reader is gone: its write end."""
    reader, writer = os.pipe()
    os.close(reader)
    return writer


@case
def answers_come_as_the_queries_do():
    # Standard input stays open: each answer must arrive before the next
    # query is written, as with `tail -f access.log | httpstatus`.
    p = subprocess.Popen([*CLI, "--json"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE)
    try:
        for query in (b"404", b"499", b"nonsense"):
            p.stdin.write(query + b"\n")
            p.stdin.flush()
            line = read_line(p.stdout)
            assert line.startswith(b'{"query":"' + query + b'"'), line
        p.stdin.close()
        assert p.wait(PATIENCE) == 1
    finally:
        p.kill()
        p.wait()


@case
def over_long_line_in_bounded_memory():
    # A line of 256 MiB between two queries: skipped with a message, the
    # next line answered, and the command's memory stays small.
    p = subprocess.Popen(CLI, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    chunk = b"4" * (1 << 20)

    def feed():
        p.stdin.write(b"404\n")
        for _ in range(256):
            p.stdin.write(chunk)
        p.stdin.write(b"\n500\n")
        p.stdin.close()

    writer = threading.Thread(target=feed)
    writer.start()
    out = p.stdout.read()
    err = p.stderr.read()
    writer.join()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    assert p.returncode == 1, p.returncode
    assert out.startswith(b"404 Not Found") and b"\n500 Internal" in out, out
    assert out.count(b"\n") == 2, out
    assert err == b"httpstatus: line 2 is longer than 1024 bytes: skipped\n", err
    # ru_maxrss is in KiB. The input was 256 MiB; a reader that kept the
    # line would hold that much. (Sanitizer runtimes add tens of MiB.)
    assert usage.ru_maxrss < 128 * 1024, f"peak RSS {usage.ru_maxrss} KiB"


@case
def closed_pipe_default_sigpipe():
    # As coreutils: SIGPIPE ends the command, silently.
    writer = closed_pipe()
    r = subprocess.run([*CLI, "--list"], stdout=writer, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, timeout=PATIENCE)
    os.close(writer)
    assert r.returncode == -signal.SIGPIPE, r.returncode
    assert r.stderr == b"", r.stderr


@case
def closed_pipe_sigpipe_ignored():
    # With SIGPIPE ignored, the write error is reported: exit 3.
    writer = closed_pipe()
    r = subprocess.run([*CLI, "404"], stdout=writer, stderr=subprocess.PIPE,
                       preexec_fn=ignore_sigpipe, timeout=PATIENCE)
    os.close(writer)
    assert r.returncode == 3, r.returncode
    assert r.stderr == b"httpstatus: cannot write the output: Broken pipe\n", r.stderr


@case
def endless_input_into_a_closed_pipe_ends():
    # `yes 404 | httpstatus | head -1`: the command must not read on for
    # ever once its reader is gone, whether SIGPIPE is ignored or not.
    for preexec, expected in ((None, -signal.SIGPIPE), (ignore_sigpipe, 3)):
        yes = subprocess.Popen(["yes", "404"], stdout=subprocess.PIPE)
        writer = closed_pipe()
        try:
            r = subprocess.run(CLI, stdin=yes.stdout, stdout=writer,
                               stderr=subprocess.PIPE, preexec_fn=preexec,
                               timeout=PATIENCE)
        finally:
            os.close(writer)
            yes.kill()
            yes.wait()
            yes.stdout.close()
        assert r.returncode == expected, (preexec, r.returncode, r.stderr)


@case
def head_of_a_pipeline():
    # The README's example: the shell sees 141 (128 + SIGPIPE) for the
    # command and head prints the first answer.
    r = subprocess.run(
        ["bash", "-c", f"yes 404 | {shlex.join(CLI)} | head -1; echo ${{PIPESTATUS[1]}}"],
        capture_output=True, timeout=PATIENCE)
    lines = r.stdout.splitlines()
    assert lines[0].startswith(b"404 Not Found - "), lines
    assert lines[1] == b"141", lines
    assert r.stderr == b"", r.stderr


finish()
