"""Shared helpers of the Python test suite of rpythonic.

Everything here uses real files (pytest's ``tmp_path``) and real
subprocesses: the package compiles a function from the source text of the
file its code object names, so every test module that binds functions
writes that file first.
"""

from __future__ import annotations

import builtins
import importlib.util
import itertools
import os
import sys
import textwrap
import traceback
import types
from pathlib import Path

import tempfile

# The suite runs on the JIT tier with a private cache, so it starts no
# builds of its own and writes nothing under ~/.cache; the tests of the
# auto/aot tiers set their own environment (test_aot.py).
os.environ.setdefault("RPY_TIER", "jit")
os.environ.setdefault("RPY_CACHE_DIR", tempfile.mkdtemp(prefix="rpythonic-pytest-cache-"))

import pytest

import rpythonic

REPO = Path(__file__).resolve().parents[2]
CASES_DIR = REPO / "tests" / "cases"
CPYTHON_RUN = REPO / "tests" / "cpython_run.py"
SEED_EXAMPLE = REPO / "examples" / "seed_functions.py"

# The interpreter running the tests is the venv's (`make test` runs
# `.venv/bin/python -m pytest`); subprocesses use the same one.
PYTHON = sys.executable


def _load_cpython_run() -> types.ModuleType:
    """tests/cpython_run.py, the CPython side of the differential harness
    (its argument conversion is the one the golden tests reuse)."""
    spec = importlib.util.spec_from_file_location("rpy_tests_cpython_run", CPYTHON_RUN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cpython_run = _load_cpython_run()

_counter = itertools.count()


def package_parent() -> str:
    """The directory that holds the ``rpythonic`` package (what a
    subprocess needs on PYTHONPATH when it cannot find the venv)."""
    return str(Path(rpythonic.__file__).resolve().parent.parent)


def import_file(path: Path, name: str | None = None) -> types.ModuleType:
    """Import ``path`` as a fresh module (with its real file name, so
    compiled code and tracebacks point into it)."""
    if name is None:
        name = f"rpy_test_mod_{next(_counter)}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def exec_file(path: Path | str, *, bind: bool, module_name: str | None = None, **rpython_kwargs) -> dict:
    """Run the source of ``path`` in a fresh namespace (compiled with the
    real file name). With ``bind=True``, every top-level function defined
    in the file is replaced by ``RPython().bind(function)`` before anything
    runs, so calls between them go through compiled code."""
    path = str(path)
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    if module_name is None:
        module_name = "rpy_case_" + os.path.splitext(os.path.basename(path))[0].replace("-", "_")
    ns: dict = {"__name__": module_name, "__file__": path, "__builtins__": builtins}
    exec(compile(source, path, "exec"), ns)
    if bind:
        rpy = rpythonic.RPython(**rpython_kwargs)
        for name, value in list(ns.items()):
            if (
                isinstance(value, types.FunctionType)
                and value.__code__.co_filename == path
                and value.__qualname__ == name
            ):
                ns[name] = rpy.bind(value)
        ns["__rpy__"] = rpy
    return ns


def last_entry(exc: BaseException) -> traceback.FrameSummary:
    """The innermost entry of an exception's traceback."""
    entries = traceback.extract_tb(exc.__traceback__)
    assert entries, f"{type(exc).__name__} has no traceback"
    return entries[-1]


def innermost_line_in(exc: BaseException, path: str) -> int | None:
    """The line of the innermost traceback entry inside ``path`` (what
    tests/cpython_run.py reports as ``at FILE:LINE``)."""
    want = os.path.realpath(path)
    line = None
    for entry in traceback.extract_tb(exc.__traceback__):
        if os.path.realpath(entry.filename) == want:
            line = entry.lineno
    return line


@pytest.fixture
def write_module(tmp_path):
    """``write_module(source, stem="mod")`` writes the dedented source to a
    new file under tmp_path and imports it as a fresh module."""
    made = []

    def make(source: str, stem: str = "mod") -> types.ModuleType:
        path = tmp_path / f"{stem}_{next(_counter)}.py"
        path.write_text(textwrap.dedent(source).lstrip("\n"), encoding="utf-8")
        module = import_file(path)
        made.append(module.__name__)
        return module

    yield make
    for name in made:
        sys.modules.pop(name, None)


@pytest.fixture
def write_file(tmp_path):
    """``write_file(source, stem="mod")`` writes the dedented source to a new
    file under tmp_path and returns its path."""

    def make(source: str, stem: str = "mod", suffix: str = ".py") -> Path:
        path = tmp_path / f"{stem}_{next(_counter)}{suffix}"
        path.write_text(textwrap.dedent(source).lstrip("\n"), encoding="utf-8")
        return path

    return make


def marker_line(path: Path | str, marker: str) -> int:
    """The 1-based line of ``path`` whose text contains ``marker``."""
    with open(path, encoding="utf-8") as fh:
        for number, text in enumerate(fh, start=1):
            if marker in text:
                return number
    raise AssertionError(f"no line containing {marker!r} in {path}")


@pytest.fixture(scope="session")
def rpy_bin() -> Path:
    """The `rpy` command of this checkout (`cargo build --bin rpy`, a no-op
    when `make test` has built it; the tests of `rpy build` skip, with
    this reason, where there is no cargo)."""
    import shutil
    import subprocess

    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("cargo is not on PATH: cannot build the rpy command")
    subprocess.run([cargo, "build", "-q", "--bin", "rpy"], cwd=REPO, check=True)
    return REPO / "target" / "debug" / "rpy"
