"""Compile units across files through the Python API: a compiled function
calls the compiled functions and uses the compiled classes of the modules
it imports (`from geometry import Vec`, `import geometry`), with the other
module's functions bound too.

CPython is the oracle: every program runs once with rpythonic and once
with a pure-Python stand-in package whose decorators return their
argument unchanged, and the outputs must be identical. Real files, real
subprocesses (a module must be imported for real to be part of a unit).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from conftest import PYTHON

# The stand-in for the oracle runs: the same API, no compilation.
PURE = '''
class CompileError(SyntaxError):
    pass

class RPython:
    def __init__(self, *a, **k):
        pass
    def bind(self, f=None, **k):
        return f if f is not None else (lambda g: g)
    def object(self, c=None, **k):
        return c if c is not None else (lambda d: d)
    def cache(self, *a, **k):
        return self

def tier(f):
    return "jit"
'''

GEOMETRY = '''
import math
import rpythonic
rpy = rpythonic.RPython()
SCALE = 2.0


@rpy.object
class Vec:
    def __init__(self, x: float = 0.0, y: float = 0.0):
        self.x = x
        self.y = y

    def length(self) -> float:
        return math.sqrt(self.x * self.x + self.y * self.y)


@rpy.bind
def norm(v: Vec) -> float:
    return v.length() * SCALE


def checked(n: int) -> int:
    if n > 10:
        raise ValueError("too big: %d" % n)
    return n * 2
'''

MAIN = '''
import os
import rpythonic
import geometry
from geometry import Vec, norm

rpy = rpythonic.RPython()


@rpy.object
class Seg:
    def __init__(self, a: Vec, b: Vec):
        self.a = a
        self.b = b

    def length(self) -> float:
        return geometry.norm(Vec(self.b.x - self.a.x, self.b.y - self.a.y)) / geometry.SCALE


@rpy.bind
def total(n: int) -> float:
    t = 0.0
    for i in range(n):
        t += norm(Vec(float(i), 1.0))
    return t


@rpy.bind
def first(v: Vec) -> float:
    return v.x + geometry.norm(v)


@rpy.bind
def make(x: float) -> Vec:
    return Vec(x, x)


@rpy.bind
def seg(x: float) -> Seg:
    return Seg(Vec(x, 0.0), Vec(0.0, x))


@rpy.bind
def check(n: int) -> int:
    return geometry.checked(n) + 1


print(total(3), first(Vec(3.0, 4.0)), make(2.0).x, type(make(2.0)) is Vec, norm(make(3.0)))
s = seg(2.0)
print(s.a.x, s.b.y, type(s.a) is Vec, s.length(), isinstance(s, Seg))
print(check(4))
try:
    check(11)
except ValueError as e:
    import traceback
    frames = traceback.extract_tb(e.__traceback__)
    print("ValueError", e, os.path.basename(frames[-1].filename), frames[-1].lineno)
print(rpythonic.tier(total) in ("jit", "aot"))
'''


def run(tmp_path, files: dict, tier: str = "jit", pure: bool = False) -> subprocess.CompletedProcess:
    d = tmp_path / ("pure" if pure else tier)
    n = 0
    while d.exists():
        n += 1
        d = tmp_path / f"{'pure' if pure else tier}{n}"
    d.mkdir()
    for name, text in files.items():
        (d / name).write_text(textwrap.dedent(text))
    env = dict(os.environ, RPY_TIER=tier, RPY_CACHE_DIR=str(tmp_path / "cache"))
    if pure:
        (d / "rpythonic").mkdir()
        (d / "rpythonic" / "__init__.py").write_text(PURE)
    return subprocess.run([PYTHON, "main.py"], cwd=d, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("tier", ["jit", "aot"])
def test_functions_and_classes_of_an_imported_module_match_cpython(tmp_path, tier):
    files = {"main.py": MAIN, "geometry.py": GEOMETRY}
    oracle = run(tmp_path, files, pure=True)
    assert oracle.returncode == 0, oracle.stderr
    ours = run(tmp_path, files, tier)
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout == oracle.stdout
    # The exception raised in geometry.py points there, on every tier.
    assert "ValueError too big: 11 geometry.py 25" in ours.stdout


def test_a_call_into_a_module_without_compiled_code_is_a_compile_error_naming_it(tmp_path):
    files = {
        "plain.py": "def helper(n):\n    return n + 1\n",
        "main.py": """
            import os
            import rpythonic
            import plain
            rpy = rpythonic.RPython()

            @rpy.bind
            def f(n: int) -> int:
                return plain.helper(n)

            try:
                f(1)
            except rpythonic.CompileError as e:
                print(type(e).__name__, e.msg.splitlines()[0], os.path.basename(e.filename), e.lineno, e.offset)
        """,
    }
    out = run(tmp_path, files)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "CompileError error: module 'plain' is not compiled: compiled code can call only math and the files of its compile unit main.py 9 12\n"


def test_editing_the_imported_module_recompiles(tmp_path):
    files = {"main.py": MAIN, "geometry.py": GEOMETRY}
    first = run(tmp_path, files, "aot")
    assert first.returncode == 0, first.stderr
    changed = {"main.py": MAIN, "geometry.py": GEOMETRY.replace("SCALE = 2.0", "SCALE = 3.0")}
    oracle = run(tmp_path, changed, pure=True)
    second = run(tmp_path, changed, "auto")
    assert second.returncode == 0, second.stderr
    assert second.stdout == oracle.stdout != first.stdout
