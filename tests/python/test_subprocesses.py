"""Whole scripts in real subprocesses: the seed example, and a run with no
C compiler (no toolchain on PATH, no CC)."""

from __future__ import annotations

import os
import subprocess

from conftest import PYTHON, REPO, SEED_EXAMPLE, package_parent


def test_seed_example(tmp_path):
    proc = subprocess.run(
        [PYTHON, str(SEED_EXAMPLE)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert len(lines) == 2, proc.stdout
    assert lines[0] == "add(1, 2) = 3  add() = 1001  sub(10, 0.5) = 9.5"
    assert lines[1].startswith("tier: jit;"), lines[1]
    assert "import rpythonic:" in lines[1] and "compiling both functions:" in lines[1]


NO_CC_SCRIPT = '''
import os
import shutil
import sys

for tool in ("cc", "gcc", "clang", "tcc", "c99", "ld"):
    assert shutil.which(tool) is None, f"{tool} is on PATH: {shutil.which(tool)}"
assert "CC" not in os.environ

import rpythonic

rpythonic.set_pypy_root("../pypy")
rpy = rpythonic.RPython(tier="jit")


@rpy.bind()
def add(a=1, b=1000):
    return a + b


@rpy.bind(a=float, b=float)
def sub(a, b):
    return a - b


@rpy.bind()
def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    print("collatz", steps)
    return steps


@rpy.bind()
def ratio(a: int, b: int) -> int:
    return a // b


assert rpythonic.tier(add) == "pending"
rpy.cache("nocc", refresh=1)
assert rpythonic.tier(add) == "jit"
assert add(1, 2) == 3
assert add() == 1001
assert sub(10, 0.5) == 9.5
assert collatz_steps(27) == 111
try:
    ratio(1, 0)
except ZeroDivisionError as e:
    assert str(e) == "integer division or modulo by zero", str(e)
else:
    raise AssertionError("no ZeroDivisionError")
print("ok", rpythonic.tier(add), rpythonic.tier(ratio))
'''


def test_runs_without_a_c_compiler(tmp_path):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "python").symlink_to(PYTHON)
    script = tmp_path / "nocc.py"
    script.write_text(NO_CC_SCRIPT, encoding="utf-8")
    # Only the python symlink is on PATH; no CC. The symlink lives outside
    # the venv, so the package is found through PYTHONPATH.
    env = {
        "PATH": str(bindir),
        "PYTHONPATH": package_parent(),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    for key in ("SYSTEMROOT", "LD_LIBRARY_PATH"):
        if key in os.environ:
            env[key] = os.environ[key]
    proc = subprocess.run(
        ["python", str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "collatz 111\nok jit jit\n"
    assert proc.stderr == ""
