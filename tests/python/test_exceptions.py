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
