"""run_cpython_tests.py, then the package's own suite (with 10,000 random
texts and codes), on every other CPython 3 found on the machine that has
its `test` package and its headers: the python3.N on PATH and pyenv's
versions. For each, the extension is compiled from SWIG's wrapper and the
amalgamation against that interpreter's headers, in a temporary package.
None found is a pass (a fresh Debian has one python3).

usage: run_on_other_pythons.py CC WRAPPER_C AMALGAMATION_DIR LAYER_DIR [SKIP_PYTHON]
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUNNER = Path(__file__).resolve().with_name("run_cpython_tests.py")
PROBE = ("import sys, sysconfig, os, importlib.util as u; "
         "print(os.path.realpath(sys.executable), '%d.%d' % sys.version_info[:2], "
         "sys.implementation.name, bool(u.find_spec('test.test_httplib')), "
         "os.path.join(sysconfig.get_path('include'), 'Python.h'), "
         "sysconfig.get_config_var('EXT_SUFFIX'))")


def candidates():
    names = set()
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        names.update(glob.glob(os.path.join(directory, "python3.[0-9]*")))
    pyenv = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    names.update(glob.glob(os.path.join(pyenv, "versions", "*", "bin", "python3")))
    return sorted(n for n in names if os.access(n, os.X_OK) and not n.endswith("-config"))


def main():
    cc, wrapper, amalgamation, layer = sys.argv[1:5]
    skip = {os.path.realpath(p) for p in sys.argv[5:]}
    seen, failed, ran = set(), [], 0
    for python in candidates():
        try:
            probe = subprocess.run([python, "-c", PROBE], capture_output=True, text=True,
                                   timeout=60, check=True).stdout.split()
        except (subprocess.SubprocessError, OSError):
            continue
        real, version, implementation, has_tests, header, suffix = probe
        if real in seen or real in skip or implementation != "cpython":
            continue
        seen.add(real)
        if tuple(map(int, version.split("."))) < (3, 8):
            print(f"{python} ({version}): skipped, the package needs Python 3.8")
            continue
        if has_tests != "True" or not os.path.exists(header):
            print(f"{python} ({version}): skipped, no `test` package or no Python.h")
            continue
        with tempfile.TemporaryDirectory() as work:
            package = Path(work, "httpstatus")
            shutil.copytree(layer, package, ignore=shutil.ignore_patterns("*.so"))
            subprocess.run([cc, "-shared", "-fPIC", "-O1", "-w", f"-I{os.path.dirname(header)}",
                            f"-I{amalgamation}", wrapper, os.path.join(amalgamation, "httpstatus.c"),
                            "-o", str(package / f"_httpstatus_core{suffix}")], check=True)
            env = dict(os.environ, PYTHONPATH=work, PYTHONDONTWRITEBYTECODE="1",
                       HTTPSTATUS_ROUNDS="10000")
            print(f"== {python} ({version})", flush=True)
            ran += 1
            suite = [python, "-m", "unittest", "discover", "-s", str(RUNNER.parent)]
            if any([subprocess.run(command, env=env, cwd=work).returncode
                    for command in ([python, str(RUNNER)], suite)]):
                failed.append(python)
    print(f"{ran} other CPython(s) run, {len(failed)} failed {failed if failed else ''}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
