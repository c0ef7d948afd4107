"""Every golden case (tests/cases/*.py, every `# run:` line) through the
Python API, against CPython.

For each run the case file is executed twice, each time in a fresh
namespace compiled with the file's real name: once as plain Python (the
oracle) and once with every top-level function replaced by
``RPython().bind(function)`` before anything is called, so calls between
the functions go through compiled code. ENTRY is called with the literal
arguments converted as tests/cpython_run.py converts them, and the two
runs must agree on stdout, ``repr`` of the result, and the exception type
and message (plus the innermost line in the case file, see below).
"""

from __future__ import annotations

import ast
import contextlib
import inspect
import io
from pathlib import Path

import pytest

import rpythonic
from conftest import CASES_DIR, cpython_run, exec_file, innermost_line_in


def _runs() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("*.py")):
        with open(path, encoding="utf-8") as fh:
            lines = [line for line in fh if line.startswith("# run:")]
        for number, line in enumerate(lines, start=1):
            words = line[len("# run:"):].split()
            entry, raw = words[0], words[1:]
            case_id = f"{path.stem}:{number}:{entry}" + ("(" + ",".join(raw) + ")" if raw else "")
            params.append(pytest.param(path, entry, raw, id=case_id))
    return params


RUNS = _runs()


def test_the_corpus_is_there():
    assert len(RUNS) >= 100, f"only {len(RUNS)} `# run:` lines found under {CASES_DIR}"


def _arguments(func, raw: list[str]) -> list:
    """As tests/cpython_run.py: literal_eval, then convert to the
    parameter's type (annotation, else type of the default)."""
    values = [ast.literal_eval(a) for a in raw]
    params = list(inspect.signature(func).parameters.values())
    assert len(values) <= len(params), "more arguments than parameters on the # run: line"
    return [cpython_run._convert(v, cpython_run._param_type(p), p.name) for v, p in zip(values, params)]


def _call(path: Path, ns: dict, entry: str, args: list) -> dict:
    out = io.StringIO()
    outcome: dict = {}
    try:
        with contextlib.redirect_stdout(out):
            result = ns[entry](*args)
    except Exception as exc:  # noqa: BLE001 - every exception is part of the outcome
        outcome["exception"] = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        outcome["exc_type"] = type(exc)
        outcome["line"] = innermost_line_in(exc, str(path))
    else:
        outcome["repr"] = repr(result)
    outcome["stdout"] = out.getvalue()
    return outcome


@pytest.mark.parametrize(("path", "entry", "raw"), RUNS)
def test_case_matches_cpython(path: Path, entry: str, raw: list[str]):
    # CPython, the oracle.
    plain = exec_file(path, bind=False)
    args = _arguments(plain[entry], raw)
    expected = _call(path, plain, entry, args)

    # The same file, every top-level function bound (compiled).
    bound = exec_file(path, bind=True)
    try:
        bound["__rpy__"].cache(path.stem)
    except rpythonic.CompileError as exc:
        pytest.fail(f"{path.name} does not compile:\n{exc}", pytrace=False)
    assert rpythonic.tier(bound[entry]) == "jit"
    got = _call(path, bound, entry, args)

    assert got["stdout"] == expected["stdout"], "printed output differs"
    assert got.get("repr") == expected.get("repr"), "result differs"
    assert got.get("exception") == expected.get("exception"), "exception differs"
    if "exception" in expected:
        assert got["exc_type"] is expected["exc_type"]
        # Where it was raised: the innermost traceback entry in the case
        # file. RecursionError is left out here: where it is located is
        # tested once, in test_errors.py (test_recursion_error_location).
        if expected["exc_type"] is not RecursionError:
            assert got["line"] == expected["line"], "the exception is located at another line of the case file"
