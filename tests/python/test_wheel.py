"""The wheel as users install it.

One abi3 wheel is built from the checkout with `pip wheel .` (maturin's
PEP 517 backend; `MATURIN_PEP517_ARGS=--profile dev` so it reuses the debug
build that `make test` has just made instead of a release build of several
minutes; the wheel's contents are the same). Then, for every CPython 3.10
to 3.13 that pyenv has, a fresh virtualenv installs that wheel and nothing
else, and from a directory outside the checkout, with no PYTHONPATH:

* `rpy --version` (the console script) and `python -m rpythonic --version`;
* the RPythonic page's examples (examples/seed_functions.py, twice: the
  first run starts the detached builder, `python -m rpythonic._build` of the
  installed package, the second loads its library from the cache;
  examples/seed_objects.py; examples/hot_swap.py, the swap in one process);
* `rpy run` of examples/numeric.py on the JIT and on the auto tier (cold,
  then from the cache the console script's builder filled), compared with
  CPython running the same file (tests/cpython_run.py).

examples/lists_arrays.py needs numpy, which a fresh venv without network
does not have; the array boundary is tested in test_arrays.py.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import CPYTHON_RUN, REPO

PYENV = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
EXAMPLES = ["seed_functions.py", "seed_objects.py", "hot_swap.py", "numeric.py"]


def _interpreters() -> list:
    params = []
    for minor in range(10, 14):
        exes = sorted(PYENV.glob(f"3.{minor}.*/bin/python3")) if PYENV.is_dir() else []
        if exes:
            params.append(pytest.param(str(exes[-1]), id=f"cpython3.{minor}"))
        else:
            params.append(pytest.param(None, id=f"cpython3.{minor}", marks=pytest.mark.skip(reason=f"no pyenv CPython 3.{minor} under {PYENV}")))
    return params


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel .` builds from the checkout."""
    out = tmp_path_factory.mktemp("wheel")
    env = dict(os.environ, MATURIN_PEP517_ARGS="--profile dev")
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(out)],
        capture_output=True, text=True, env=env, timeout=900,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_the_wheel_is_one_abi3_wheel_with_the_package_and_the_rpy_command(wheel: Path) -> None:
    assert re.fullmatch(r"rpythonic-[0-9.]+-cp310-abi3-[a-z0-9_]+\.whl", wheel.name), wheel.name
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        info = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        entry_points = z.read(info).decode()
    assert "rpythonic/_native.abi3.so" in names
    for part in ["__init__.py", "__main__.py", "_build.py", "_source.py", "_errors.py", "py.typed"]:
        assert f"rpythonic/{part}" in names, part
    assert re.search(r"^rpy\s*=\s*rpythonic\.__main__:console$", entry_points, re.M), entry_points
    # Nothing of the checkout's build rides along.
    assert not [n for n in names if n.startswith(("target/", "crates/", "tests/"))]


def _install(python: str, wheel: Path, where: Path) -> tuple[Path, dict]:
    """A fresh venv of `python` with only the wheel installed, and the
    environment of a user outside the checkout."""
    subprocess.run([python, "-m", "venv", str(where / "venv")], check=True, capture_output=True, timeout=300)
    bindir = where / "venv" / "bin"
    r = subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", "--no-index", "--no-deps", str(wheel)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    env = {
        "PATH": f"{bindir}{os.pathsep}/usr/local/bin{os.pathsep}/usr/bin{os.pathsep}/bin",
        "HOME": str(where),
        "LC_ALL": "C.UTF-8",
        "RPY_CACHE_DIR": str(where / "cache"),
        "RPY_NO_COMPILER_NOTICE": "1",
    }
    if os.environ.get("CC"):
        env["CC"] = os.environ["CC"]
    return bindir, env


def _run(cmd: list, env: dict, cwd: Path, timeout: float = 300) -> str:
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)
    assert r.returncode == 0, f"{cmd} exited {r.returncode}:\n{r.stdout}\n{r.stderr}"
    return r.stdout


def _wait_for_library(cache: Path, before: int = 0, timeout: float = 120) -> None:
    """Wait until the cache holds more than `before` libraries and no build job."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        libs = list(cache.glob("objects/*/*.json"))
        jobs = list((cache / "jobs").glob("*")) if (cache / "jobs").is_dir() else []
        if len(libs) > before and not jobs:
            return
        time.sleep(0.1)
    logs = [p.read_text(errors="replace") for p in cache.rglob("*.log")]
    pytest.fail(f"no library in {cache} after {timeout} s (build logs: {logs})")


@pytest.mark.parametrize("python", _interpreters())
def test_the_installed_wheel_runs_the_examples_and_the_rpy_command(python: str, wheel: Path, tmp_path: Path) -> None:
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler: the AOT tier of the installed wheel cannot be checked")
    bindir, env = _install(python, wheel, tmp_path)
    py = bindir / "python"
    work = tmp_path / "work"
    work.mkdir()
    for name in EXAMPLES:
        shutil.copy(REPO / "examples" / name, work / name)
    shutil.copy(CPYTHON_RUN, work / "cpython_run.py")
    cache = tmp_path / "cache"

    # The package comes from the venv, not from the checkout.
    where = _run([py, "-c", "import rpythonic; print(rpythonic.__file__)"], env, work).strip()
    assert where.startswith(str(tmp_path / "venv")), where

    version = _run([bindir / "rpy", "--version"], env, work)
    assert re.fullmatch(r"rpy \d+\.\d+\.\d+\n", version), version
    assert _run([py, "-m", "rpythonic", "--version"], env, work) == version
    usage = subprocess.run([str(py), "-m", "rpythonic", "run"], capture_output=True, text=True, env=env, cwd=work)
    assert usage.returncode == 2 and "--entry" in usage.stderr, usage.stderr

    # Example 1: the JIT at once while the detached builder of the
    # installed package builds; then the library from the cache.
    first = _run([py, "seed_functions.py"], env, work)
    assert "add(1, 2) = 3  add() = 1001  sub(10, 0.5) = 9.5" in first, first
    assert "tier: jit" in first, first
    _wait_for_library(cache)
    second = _run([py, "seed_functions.py"], env, work)
    assert "add(1, 2) = 3  add() = 1001  sub(10, 0.5) = 9.5" in second and "tier: aot" in second, second

    # Example 2: the compiled class shared with a thread.
    objects = _run([py, "seed_objects.py"], env, work)
    assert "consistent: True sum: True" in objects, objects
    assert "thread start" in objects and "thread exit" in objects, objects

    # The hot swap inside one process.
    swap = _run([py, "hot_swap.py"], env, work).splitlines()
    assert len(swap) == 2 and "on the jit tier" in swap[0] and "on the aot tier" in swap[1], swap
    assert swap[0].split(" on ")[0] == swap[1].split(" on ")[0] == "work(10**6) = 999989", swap

    # `rpy run` against CPython, on the JIT and on the auto tier.
    oracle = _run([py, "cpython_run.py", "numeric.py", "main"], env, work)
    assert _run([bindir / "rpy", "run", "numeric.py", "--entry", "main"], env, work) == oracle
    libs = len(list(cache.glob("objects/*/*.json")))
    cold = subprocess.run([str(bindir / "rpy"), "run", "numeric.py", "--entry", "main", "--tier", "auto", "--verbose"], capture_output=True, text=True, env=env, cwd=work, timeout=300)
    assert cold.returncode == 0 and cold.stdout == oracle, cold.stderr
    assert "started on the Jit tier" in cold.stderr, cold.stderr
    _wait_for_library(cache, before=libs)
    warm = subprocess.run([str(py), "-m", "rpythonic", "run", "numeric.py", "--entry", "main", "--tier", "auto", "--verbose"], capture_output=True, text=True, env=env, cwd=work, timeout=300)
    assert warm.returncode == 0 and warm.stdout == oracle, warm.stderr
    assert "started on the Aot tier" in warm.stderr, warm.stderr
