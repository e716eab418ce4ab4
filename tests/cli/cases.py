"""The small harness the CLI's Python tests share: @case runs a check at
once and records it; finish() prints 'N passed, N failed' and exits."""
import sys

_failures = []
_passed = 0


def case(function):
    global _passed
    try:
        function()
        _passed += 1
    except AssertionError as e:
        _failures.append(function.__name__)
        print(f"FAILED {function.__name__}: {e}")
    return function


def finish():
    print(f"{_passed} passed, {len(_failures)} failed")
    sys.exit(1 if _failures else 0)
