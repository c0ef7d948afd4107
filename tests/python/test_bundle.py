"""Bundled modules: a `NAME.rpy.so` next to the script (or on
`RPY_MODULE_PATH`) that matches the current source runs at once, with no
compiler and an empty cache; a stale or foreign one is ignored with
exactly one warning naming it, and never called. Real processes, real
gcc for building the bundles, a PATH without any compiler for using them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


pytestmark = pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler to build the bundles")

APP = textwrap.dedent(
    """\
    import sys
    import rpythonic

    rpy = rpythonic.RPython()


    @rpy.bind()
    def add(a: int, b: int) -> int:
        return a + b{extra}


    @rpy.object
    class Acc:
        def __init__(self, start: int = 0):
            self.total = start

        def push(self, x: int) -> int:
            self.total += x
            return self.total


    def twice(x: int) -> int:
        return x * 2


    if __name__ == "__main__":
        if len(sys.argv) > 1:
            if sys.argv[2:] != ["partial"]:
                twice = rpy.bind(twice)
            rpy.cache("app", export=sys.argv[1])
        print(add(2, 3), rpythonic.tier(add))
        a = Acc(10)
        print(a.push(5), rpythonic.tier(Acc))
        # Bound after the first call: a second compilation of this file.
        if not isinstance(twice, type(add)):
            twice = rpy.bind(twice)
        print(twice(21), rpythonic.tier(twice))
    """
)


def write_app(d: Path, extra: str = "") -> Path:
    d.mkdir(parents=True, exist_ok=True)
    p = d / "app.py"
    p.write_text(APP.format(extra=extra))
    return p


def rpy_build(rpy_bin: Path, src: Path, out: Path) -> Path:
    r = subprocess.run([str(rpy_bin), "build", str(src), "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out / "app.rpy.so"


def run_app(app: Path, tmp: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess:
    """The script on the default (auto) tier, an empty cache, and a PATH
    with no compiler at all."""
    nocc = tmp / "nocc"
    nocc.mkdir(exist_ok=True)
    cache = tmp / f"cache-{len(list(tmp.glob('cache-*')))}"
    env = {k: v for k, v in os.environ.items() if k not in ("RPY_TIER", "CC", "RPY_CC", "RPY_MODULE_PATH")}
    env.update(PATH=str(nocc), RPY_CACHE_DIR=str(cache), RPY_NO_COMPILER_NOTICE="1", PYTHONWARNINGS="default")
    env.update(env_extra)
    r = subprocess.run([sys.executable, str(app), *args], capture_output=True, text=True, env=env, cwd=tmp)
    assert r.returncode == 0, r.stderr
    # Nothing was built or published: the cache has no library.
    assert not list(cache.glob("objects/*/*.so"))
    return r


def test_matching_bundle_runs_at_once_with_no_compiler(rpy_bin: Path, tmp_path: Path) -> None:
    app = write_app(tmp_path / "app")
    shutil.copy2(rpy_build(rpy_bin, app, tmp_path / "out"), app.parent / "app.rpy.so")
    r = run_app(app, tmp_path)
    assert r.stdout == "5 aot\n15 aot\n42 aot\n"
    assert r.stderr == ""


def test_bundle_found_on_rpy_module_path(rpy_bin: Path, tmp_path: Path) -> None:
    app = write_app(tmp_path / "app")
    lib = rpy_build(rpy_bin, app, tmp_path / "out")
    r = run_app(app, tmp_path, RPY_MODULE_PATH=os.pathsep.join([str(tmp_path / "nowhere"), str(lib.parent)]))
    assert r.stdout == "5 aot\n15 aot\n42 aot\n"
    assert r.stderr == ""


def test_without_a_bundle_the_same_run_stays_on_the_jit(tmp_path: Path) -> None:
    """The control of the tests above: no bundle, no compiler, empty cache."""
    app = write_app(tmp_path / "app")
    r = run_app(app, tmp_path)
    assert r.stdout == "5 jit\n15 jit\n42 jit\n"


def one_warning(stderr: str, lib: Path, reason: str) -> None:
    assert stderr.count(str(lib)) == 1, stderr
    assert stderr.count("RuntimeWarning") == 1, stderr
    assert reason in stderr, stderr


def test_stale_bundle_is_ignored_with_one_warning(rpy_bin: Path, tmp_path: Path) -> None:
    # Built from a source whose add is off by 100: if it were called, the
    # results would show it.
    old = write_app(tmp_path / "old", extra=" + 100")
    app = write_app(tmp_path / "app")
    lib = app.parent / "app.rpy.so"
    shutil.copy2(rpy_build(rpy_bin, old, tmp_path / "out"), lib)
    r = run_app(app, tmp_path)
    assert r.stdout == "5 jit\n15 jit\n42 jit\n"
    one_warning(r.stderr, lib, "it was built from other source")


@pytest.mark.parametrize("kind", ["junk", "libm", "other module"])
def test_foreign_file_is_ignored_with_one_warning(kind: str, rpy_bin: Path, tmp_path: Path) -> None:
    app = write_app(tmp_path / "app")
    lib = app.parent / "app.rpy.so"
    if kind == "junk":
        lib.write_bytes(b"\x7fELF but not really a library")
        reason = "it is not an rpythonic module"
    elif kind == "libm":
        import ctypes.util

        name = ctypes.util.find_library("m") or "libm.so.6"
        found = [Path(d) / name for d in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu") if (Path(d) / name).exists()]
        if not found:
            pytest.skip("no libm to stand for a foreign library")
        shutil.copy2(found[0], lib)
        reason = "it is not an rpythonic module (it has no rpy_module_v2 descriptor)"
    else:
        other = tmp_path / "other" / "app.py"
        other.parent.mkdir()
        other.write_text("def mul(a: int, b: int) -> int:\n    return a * b\n")
        shutil.copy2(rpy_build(rpy_bin, other, tmp_path / "out"), lib)
        reason = "does not compile into the functions it holds"
    r = run_app(app, tmp_path)
    assert r.stdout == "5 jit\n15 jit\n42 jit\n"
    one_warning(r.stderr, lib, reason)


def test_cache_export_writes_a_module_that_is_a_bundle_and_a_stub(tmp_path: Path) -> None:
    """`rpy.cache(name, export=DIR)`: the library, the stub and the header;
    the library next to the script is then used at once, and the stub
    works from an interpreter without rpythonic."""
    app = write_app(tmp_path / "app")
    out = tmp_path / "exported"
    env = dict(os.environ, RPY_TIER="jit", RPY_CACHE_DIR=str(tmp_path / "c0"))
    r = subprocess.run([sys.executable, str(app), str(out)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["app.h", "app.py", "app.rpy.so"]
    shutil.copy2(out / "app.rpy.so", app.parent / "app.rpy.so")
    r = run_app(app, tmp_path)
    assert r.stdout == "5 aot\n15 aot\n42 aot\n"
    assert r.stderr == ""
    probe = "import sys; sys.path.insert(0, sys.argv[1]); import app; a = app.Acc(1); print(app.add(40, 2), a.push(2), a._pointer.contents.total)"
    r = subprocess.run([sys.executable, "-I", "-S", "-c", probe, str(out)], capture_output=True, text=True, env={"PATH": str(tmp_path / "nocc")})
    assert r.returncode == 0, r.stderr
    assert r.stdout == "42 3 3\n"


def test_bundle_without_a_function_bound_later(tmp_path: Path) -> None:
    """A bundle exported before `twice` was bound runs what it holds;
    `twice` compiles on the JIT, with one warning that the bundle does not
    hold it."""
    app = write_app(tmp_path / "app")
    out = tmp_path / "exported"
    env = dict(os.environ, RPY_TIER="jit", RPY_CACHE_DIR=str(tmp_path / "c0"))
    r = subprocess.run([sys.executable, str(app), str(out), "partial"], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    lib = app.parent / "app.rpy.so"
    shutil.copy2(out / "app.rpy.so", lib)
    r = run_app(app, tmp_path)
    assert r.stdout == "5 aot\n15 aot\n42 jit\n"
    one_warning(r.stderr, lib, "it does not contain twice")


def test_cache_export_refuses_functions_from_several_files(tmp_path: Path) -> None:
    a = tmp_path / "a.py"
    a.write_text("def f(x: int) -> int:\n    return x\n")
    b = tmp_path / "b.py"
    b.write_text("def g(x: int) -> int:\n    return x\n")
    script = tmp_path / "main.py"
    script.write_text(
        textwrap.dedent(
            """\
            import sys, rpythonic
            sys.path.insert(0, sys.argv[1])
            import a, b
            rpy = rpythonic.RPython()
            rpy.bind(a.f)
            rpy.bind(b.g)
            try:
                rpy.cache("both", export=sys.argv[2])
            except ValueError as e:
                print(e)
            """
        )
    )
    env = dict(os.environ, RPY_TIER="jit", RPY_CACHE_DIR=str(tmp_path / "c0"))
    r = subprocess.run([sys.executable, str(script), str(tmp_path), str(tmp_path / "out")], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert "come from several files" in r.stdout and "export from the file that imports the others" in r.stdout, r.stdout
    assert not (tmp_path / "out").exists()
