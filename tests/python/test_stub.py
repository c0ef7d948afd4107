"""`rpy build` and its ctypes stub, from other Pythons.

A module (tests/stub/shipmod.py) is built once per session with the real
`rpy build` and gcc. Then, for every CPython 3.8 to 3.13 that pyenv has
(and PyPy, if `pypy3` is installed), a fresh virtualenv without pip and
without rpythonic runs tests/stub/drive.py against the stub with `PATH`
holding nothing but that venv's `bin` (no cc, gcc or clang), and the same
driver against the original source in the same venv: CPython is the
oracle of results, exceptions (type and message) and printed output. The
call-boundary conversions, which CPython does not have, must be the
rpythonic package's own (the driver runs them through the package too),
and the ctypes view of instances is checked against fixed values.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REPO

STUB_DIR = REPO / "tests" / "stub"
DRIVER = STUB_DIR / "drive.py"
ARRAY_DRIVER = STUB_DIR / "drive_arrays.py"
PYENV = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"


def _interpreters() -> list:
    """One pytest param per Python to run the stub on (a skip with its
    reason where there is none)."""
    params = []
    found = []
    def version(d: Path) -> tuple:
        return tuple(int(x) if x.isdigit() else 0 for x in d.name.split("."))

    for d in sorted(PYENV.glob("3.*"), key=version) if PYENV.is_dir() else []:
        m = re.fullmatch(r"3\.(\d+)\.\d+", d.name)
        exe = d / "bin" / "python3"
        if m and 8 <= int(m.group(1)) <= 13 and exe.exists():
            found.append(int(m.group(1)))
            params.append(pytest.param(str(exe), id=f"cpython{d.name}"))
    missing = [f"3.{v}" for v in range(8, 14) if v not in found]
    if missing:
        params.append(pytest.param(None, id="cpython-missing", marks=pytest.mark.skip(reason=f"no pyenv CPython {', '.join(missing)} under {PYENV}")))
    pypy = shutil.which("pypy3")
    if pypy:
        params.append(pytest.param(pypy, id="pypy3"))
    else:
        params.append(pytest.param(None, id="pypy3", marks=pytest.mark.skip(reason="pypy3 is not installed (apt-get install pypy3): the stub was not run on PyPy")))
    return params


@pytest.fixture(scope="session")
def built(rpy_bin: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/stub/shipmod.py built by `rpy build` (once per session)."""
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler: rpy build cannot run")
    out = tmp_path_factory.mktemp("shipped")
    r = subprocess.run([str(rpy_bin), "build", str(STUB_DIR / "shipmod.py"), "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["shipmod.h", "shipmod.py", "shipmod.rpy.so"]
    return out


@pytest.fixture(scope="session")
def built_arrays(rpy_bin: Path, built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/stub/arraymod.py (array parameters) built by `rpy build`."""
    out = tmp_path_factory.mktemp("shipped-arrays")
    r = subprocess.run([str(rpy_bin), "build", str(STUB_DIR / "arraymod.py"), "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture(scope="session")
def package_arrays(tmp_path_factory: pytest.TempPathFactory) -> list:
    """The array driver through the rpythonic package (the oracle of its
    conversions and errors)."""
    env = dict(os.environ, RPY_TIER="jit", RPY_CACHE_DIR=str(tmp_path_factory.mktemp("pkgcache")))
    r = subprocess.run([sys.executable, str(ARRAY_DRIVER), "package", str(STUB_DIR)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.fixture(scope="session")
def package_transcript(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The driver on the source bound by the rpythonic package (JIT)."""
    env = dict(os.environ, RPY_TIER="jit", RPY_CACHE_DIR=str(tmp_path_factory.mktemp("pkgcache")))
    r = subprocess.run([sys.executable, str(DRIVER), "package", str(STUB_DIR)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def bare_venv(python: str, where: Path) -> tuple[Path, dict]:
    """A fresh venv of `python` without pip, and an environment whose PATH
    is only its bin directory."""
    subprocess.run([python, "-m", "venv", "--without-pip", str(where)], check=True, capture_output=True)
    bindir = where / "bin"
    env = {"PATH": str(bindir), "HOME": str(where), "LC_ALL": "C.UTF-8"}
    for cc in ("cc", "gcc", "clang", "tcc"):
        assert shutil.which(cc, path=env["PATH"]) is None, f"{cc} on the stub's PATH"
    return bindir / "python", env


def drive(py: Path, env: dict, mode: str, where: Path, driver: Path = DRIVER) -> "dict | list":
    r = subprocess.run([str(py), str(driver), mode, str(where)], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, f"{mode} under {py}:\n{r.stderr}"
    return json.loads(r.stdout)


EXPECTED_CTYPES = ["'_rpy_S_Vec2'", "3.0", "4.0", "7.5", "-1.0", "5", "0", "True", "32", "24", "1", "1", "2", "1"]


@pytest.mark.parametrize("python", _interpreters())
def test_stub_runs_without_rpythonic_and_without_a_compiler(python: str, built: Path, built_arrays: Path, package_transcript: dict, package_arrays: list, tmp_path: Path) -> None:
    py, env = bare_venv(python, tmp_path / "venv")
    # No rpythonic in this venv.
    r = subprocess.run([str(py), "-c", "import rpythonic"], capture_output=True, text=True, env=env)
    assert r.returncode != 0 and "No module named 'rpythonic'" in r.stderr, r.stderr
    stub = drive(py, env, "stub", built)
    oracle = drive(py, env, "source", STUB_DIR)
    assert [c[0] for c in stub["common"]] == [c[0] for c in oracle["common"]]
    for got, want in zip(stub["common"], oracle["common"]):
        assert got == want, f"stub differs from CPython {python} on {want[0]!r}"
    for got, want in zip(stub["boundary"], package_transcript["boundary"]):
        assert got == want, f"stub differs from the rpythonic package on {want[0]!r}"
    assert stub["ctypes"] == EXPECTED_CTYPES
    arrays = drive(py, env, "stub", built_arrays, ARRAY_DRIVER)
    assert [c[0] for c in arrays] == [c[0] for c in package_arrays]
    for got, want in zip(arrays, package_arrays):
        assert got == want, f"stub differs from the rpythonic package on {want[0]!r}"


def test_the_package_agrees_with_cpython_on_the_common_calls(package_transcript: dict) -> None:
    """The boundary oracle is itself checked: on the calls CPython defines,
    the package gives CPython's results (so stub == package there is not
    agreement on a shared mistake)."""
    r = subprocess.run([sys.executable, str(DRIVER), "source", str(STUB_DIR)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert package_transcript["common"] == json.loads(r.stdout)["common"]


def copy_build(built: Path, to: Path) -> Path:
    to.mkdir()
    for name in ("shipmod.py", "shipmod.rpy.so", "shipmod.h"):
        shutil.copy2(built / name, to / name)
    return to


def import_stub(where: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-I", "-c", "import sys; sys.path.insert(0, sys.argv[1]); import shipmod; print(shipmod.add(1, 2))", str(where)], capture_output=True, text=True)


def test_stub_refuses_a_library_built_from_other_source(built: Path, rpy_bin: Path, tmp_path: Path) -> None:
    src = tmp_path / "shipmod.py"
    src.write_text((STUB_DIR / "shipmod.py").read_text().replace("return a + b", "return a + b + 100"))
    other = tmp_path / "other"
    r = subprocess.run([str(rpy_bin), "build", str(src), "-o", str(other)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    mixed = copy_build(built, tmp_path / "mixed")
    shutil.copy2(other / "shipmod.rpy.so", mixed / "shipmod.rpy.so")
    r = import_stub(mixed)
    assert r.returncode != 0
    assert "ImportError: shipmod:" in r.stderr and "was built from other source than this stub" in r.stderr, r.stderr
    # Its own library works.
    assert import_stub(other).stdout == "103\n"


def test_stub_refuses_a_foreign_or_missing_library(built: Path, tmp_path: Path) -> None:
    d = copy_build(built, tmp_path / "foreign")
    shutil.copy2(_some_shared_library(), d / "shipmod.rpy.so")
    r = import_stub(d)
    assert "ImportError: shipmod:" in r.stderr and "is not an rpythonic library" in r.stderr, r.stderr
    (d / "shipmod.rpy.so").write_bytes(b"not a library")
    r = import_stub(d)
    assert "ImportError: shipmod: cannot load its compiled library" in r.stderr, r.stderr
    (d / "shipmod.rpy.so").unlink()
    r = import_stub(d)
    assert "ImportError: shipmod: cannot load its compiled library" in r.stderr, r.stderr


def _some_shared_library() -> Path:
    """A real shared library that is not an rpythonic module (libm)."""
    import ctypes.util

    name = ctypes.util.find_library("m") or "libm.so.6"
    for d in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/lib", "/usr/lib", "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu"):
        p = Path(d) / name
        if p.exists():
            return p
    pytest.skip("no libm found to stand for a foreign library")


def test_header_declares_every_plain_export(built: Path, tmp_path: Path) -> None:
    """NAME.h compiles, and declares exactly the library's rpyx_* symbols."""
    cc = shutil.which("cc") or shutil.which("gcc")
    assert cc is not None
    h = built / "shipmod.h"
    probe = tmp_path / "probe.c"
    probe.write_text('#include "shipmod.h"\nint main(void) { return rpyx_add(2, 3) == 5 && !rpy_err_occurred() ? 0 : 1; }\n')
    exe = tmp_path / "probe"
    r = subprocess.run([cc, "-std=c11", "-Wall", "-Werror", "-I", str(built), str(probe), str(built / "shipmod.rpy.so"), "-Wl,-rpath," + str(built), "-o", str(exe)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert subprocess.run([str(exe)]).returncode == 0
    declared = set(re.findall(r"\b(rpyx_\w+)\(", h.read_text()))
    nm = shutil.which("nm")
    if nm is None:
        pytest.skip("no nm to list the library's symbols")
    syms = subprocess.run([nm, "-D", "--defined-only", str(built / "shipmod.rpy.so")], capture_output=True, text=True, check=True).stdout
    exported = {line.split()[-1] for line in syms.splitlines() if line.split()[-1].startswith("rpyx_")}
    assert declared == exported


SHADOWING = '''\
def max(a: int, b: int) -> int:
    return a if a > b else b


def float(type: int, int: float = 1.5) -> float:
    return type * int


def isinstance(len: list[int]) -> int:
    return len[0]


class P:
    def __init__(self, property: float = 0.5, Q: int = 3):
        self.property = property
        self.Q = Q

    def get(self, P: "P") -> float:
        return self.property + P.property


def type(x: float = 1e999) -> float:
    return x
'''


def test_stub_names_that_shadow_builtins(rpy_bin: Path, tmp_path: Path) -> None:
    """Functions, parameters and fields named like the builtins the stub
    itself uses (max, float, isinstance, type, property, int) shadow
    nothing in it."""
    src = tmp_path / "shadow.py"
    src.write_text(SHADOWING)
    out = tmp_path / "out"
    r = subprocess.run([str(rpy_bin), "build", str(src), "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    probe = textwrap.dedent(
        """\
        import sys
        sys.path.insert(0, sys.argv[1])
        import shadow as n
        print(n.max(2, 5), n.float(2), n.float(type=3, int=2), n.isinstance([7, 8]), n.type(), n.type(2))
        p = n.P()
        p.property = 2
        print(p.property, p.Q, p.get(p), p._pointer.contents.property)
        for f, args in ((n.max, (1.5, 2)), (n.isinstance, ([1, "a"],)), (n.P, ("x",))):
            try:
                f(*args)
            except TypeError as e:
                print(e)
        """
    )
    r = subprocess.run([sys.executable, "-I", "-c", probe, str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout == (
        "5 3.0 6.0 7 inf 2.0\n"
        "2.0 3 4.0 2.0\n"
        "max() argument 'a' must be int, not float\n"
        "isinstance() argument 'len' item 1 must be int, not str\n"
        "P() argument 'property' must be float, not str\n"
    )
