"""raise and assert in compiled code, from Python: the exception a caller
sees has CPython's type, message (str and args) and the line of the
raise in its traceback, on the JIT and the AOT tier; the oracle is the
same source imported as plain Python."""

from __future__ import annotations

import pytest

from conftest import import_file, innermost_line_in

SOURCE = '''
import rpythonic

rpy = rpythonic.RPython(cache_dir={cache!r}, tier={tier!r})


@rpy.bind()
def check(x: int) -> int:
    if x < 0:
        raise ValueError(f"negative: {{x}}")
    if x == 0:
        raise ZeroDivisionError
    if x == 1:
        raise KeyError("k")
    if x == 2:
        raise LookupError("missing %d" % x)
    if x == 3:
        raise NotImplementedError()
    assert x != 4
    assert x < 100, f"too big: {{x / 8}}"
    return x * 2


@rpy.bind()
def outer(x: int) -> int:
    return check(x) + 1


@rpy.bind()
def guarded(x: int) -> int:
    r = 0
    try:
        r = outer(x)
    except (ValueError, KeyError):
        r = -1
    except ArithmeticError:
        r = -2
    except Exception:
        r = -3
    finally:
        r += 1000
    return r


@rpy.bind()
def cleanup_then_raise(x: int) -> int:
    try:
        return 10 // x
    finally:
        print("cleanup", x)
'''


def _module(tmp_path, tier: str, compiled: bool):
    src = SOURCE.format(cache=str(tmp_path / "cache"), tier=tier)
    if not compiled:
        src = src.replace("@rpy.bind()\n", "\n")  # same line numbers
    path = tmp_path / f"exc_{tier}_{'c' if compiled else 'py'}.py"
    path.write_text(src, encoding="utf-8")
    mod = import_file(path)
    if compiled and tier == "aot":
        mod.rpy.cache(f"exc_{tier}", wait=True)
    return mod


@pytest.fixture(scope="module", params=["jit", "aot"])
def pair(request, tmp_path_factory):
    from test_objects import _has_compiler

    if request.param == "aot" and not _has_compiler():
        pytest.skip("no C compiler on this machine")
    d = tmp_path_factory.mktemp(f"exc_{request.param}")
    return _module(d, request.param, True), _module(d, request.param, False)


@pytest.mark.parametrize("x", [-5, 0, 1, 2, 3, 4, 200])
def test_raise_and_assert_match_cpython(pair, x):
    compiled, oracle = pair
    with pytest.raises(Exception) as want:
        oracle.outer(x)
    with pytest.raises(Exception) as got:
        compiled.outer(x)
    assert type(got.value) is type(want.value)
    assert str(got.value) == str(want.value)
    assert got.value.args == want.value.args
    assert innermost_line_in(got.value, compiled.__file__) == innermost_line_in(want.value, oracle.__file__)


def test_no_exception(pair):
    compiled, oracle = pair
    assert compiled.outer(7) == oracle.outer(7) == 15


@pytest.mark.parametrize("x", [-5, 0, 1, 2, 3, 4, 200, 7])
def test_try_except_matches_cpython(pair, x):
    compiled, oracle = pair
    assert compiled.guarded(x) == oracle.guarded(x)


def test_finally_runs_and_the_exception_reaches_python(pair, capfd):
    compiled, oracle = pair
    for m in (compiled, oracle):
        with pytest.raises(ZeroDivisionError) as e:
            m.cleanup_then_raise(0)
        assert str(e.value) == "integer division or modulo by zero"
        assert m.cleanup_then_raise(5) == 2
    out = capfd.readouterr().out
    assert out == "cleanup 0\ncleanup 5\n" * 2
