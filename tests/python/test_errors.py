"""Exceptions raised by compiled code and at the call boundary: CPython's
types and messages, located at the Python line that failed."""

from __future__ import annotations

import sys

import pytest

import rpythonic
from conftest import exec_file, last_entry, marker_line

# Each statement that raises carries a `# raises: NAME` marker.
ERRORS_SOURCE = '''
import math


def int_div(a: int, b: int) -> int:
    q = a + 1
    return q // b  # raises: int_div


def int_mod(a: int, b: int) -> int:
    return a % b  # raises: int_mod


def float_div(x: float, y: float) -> float:
    z = x * 2.0
    return z / y  # raises: float_div


def exp_overflow(x: float) -> float:
    y = math.exp(x)  # raises: exp_overflow
    return y


def pow_overflow(x: float) -> float:
    return x ** 400.0  # raises: pow_overflow


def int_of_inf(x: float) -> int:
    return int(x)  # raises: int_of_inf


def sqrt_domain(x: float) -> float:
    return math.sqrt(x)  # raises: sqrt_domain


def shift_negative(a: int, n: int) -> int:
    return a << n  # raises: shift_negative


def round_nan(x: float) -> int:
    y = x - x
    return round(y)  # raises: round_nan


def unbound(flag: bool) -> int:
    if flag:
        y = 1
    return y  # raises: unbound


def caller(n: int) -> int:
    t = 0
    for i in range(n):
        t += int_div(i, n - 1 - i)
    return t


def printer(n: int) -> int:
    print("start", n)
    for i in range(n):
        print(i)
    return 100 // (n - n)  # raises: printer


def rec(n: int) -> int:
    if n == 0:
        return 0
    return rec(n - 1) + 1  # raises: rec


def square(n: int) -> int:
    return n * n  # raises: square
'''

# (function, args, marker of the line that raises, exception type)
RAISING = [
    ("int_div", (7, 0), "int_div", ZeroDivisionError),
    ("int_mod", (7, 0), "int_mod", ZeroDivisionError),
    ("float_div", (1.0, 0.0), "float_div", ZeroDivisionError),
    ("exp_overflow", (1000.0,), "exp_overflow", OverflowError),
    ("pow_overflow", (10.0,), "pow_overflow", OverflowError),
    ("int_of_inf", (float("inf"),), "int_of_inf", OverflowError),
    ("sqrt_domain", (-1.0,), "sqrt_domain", ValueError),
    ("shift_negative", (1, -1), "shift_negative", ValueError),
    ("round_nan", (float("inf"),), "round_nan", ValueError),
    ("unbound", (False,), "unbound", UnboundLocalError),
    ("caller", (4,), "int_div", ZeroDivisionError),
    ("printer", (2,), "printer", ZeroDivisionError),
]


@pytest.fixture
def errors_file(write_file):
    return write_file(ERRORS_SOURCE, stem="errors")


def _raise(func, *args):
    with pytest.raises(BaseException) as info:
        func(*args)
    return info.value


@pytest.mark.parametrize(("name", "args", "marker", "etype"), RAISING, ids=[r[0] for r in RAISING])
def test_runtime_error_matches_cpython(errors_file, capsys, name, args, marker, etype):
    path = str(errors_file)
    line = marker_line(errors_file, f"# raises: {marker}")

    plain = exec_file(errors_file, bind=False)
    expected = _raise(plain[name], *args)
    expected_out = capsys.readouterr().out
    assert type(expected) is etype  # (the test itself is right)
    assert (last_entry(expected).filename, last_entry(expected).lineno) == (path, line)

    bound = exec_file(errors_file, bind=True)
    got = _raise(bound[name], *args)
    assert capsys.readouterr().out == expected_out
    assert type(got) is type(expected)
    assert str(got) == str(expected)
    entry = last_entry(got)
    assert entry.filename == path
    assert entry.lineno == line, f"located at line {entry.lineno} ({entry.line!r}), not {line}"
    assert entry.name == last_entry(expected).name
    assert entry.line == last_entry(expected).line


def test_int_overflow_is_overflow_error(errors_file):
    """A documented deviation: 64-bit ints; CPython would give a big int."""
    bound = exec_file(errors_file, bind=True)
    assert bound["square"](3_037_000_499) == 3_037_000_499**2
    got = _raise(bound["square"], 3_037_000_500)
    assert type(got) is OverflowError
    assert str(got) == "integer overflow"
    entry = last_entry(got)
    assert (entry.filename, entry.lineno) == (str(errors_file), marker_line(errors_file, "# raises: square"))


def test_recursion_error_beyond_the_recursion_limit(errors_file):
    limit = sys.getrecursionlimit()
    bound = exec_file(errors_file, bind=True)
    assert bound["rec"](limit - 50) == limit - 50
    got = _raise(bound["rec"], limit + 50)
    assert type(got) is RecursionError
    assert str(got) == "maximum recursion depth exceeded"
    # CPython agrees (same type and message).
    plain = exec_file(errors_file, bind=False)
    expected = _raise(plain["rec"], limit + 50)
    assert type(expected) is RecursionError and str(expected) == str(got)
    assert bound["rec"](10) == 10  # the function still works afterwards


def test_recursion_error_location(errors_file):
    """Like CPython, the innermost entry is the statement that made the
    call too many (the recursive call), in the file being run."""
    limit = sys.getrecursionlimit()
    path = str(errors_file)
    line = marker_line(errors_file, "# raises: rec")
    plain = exec_file(errors_file, bind=False)
    expected = _raise(plain["rec"], limit + 50)
    assert (last_entry(expected).filename, last_entry(expected).lineno) == (path, line)

    bound = exec_file(errors_file, bind=True)
    got = _raise(bound["rec"], limit + 50)
    assert type(got) is RecursionError
    entry = last_entry(got)
    assert entry.filename == path
    assert entry.lineno == line, f"located at line {entry.lineno} ({entry.line!r}), not {line}"


def test_recursion_limit_follows_sys_getrecursionlimit(write_file):
    path = write_file(
        """
        def rec(n: int) -> int:
            if n == 0:
                return 0
            return rec(n - 1) + 1
        """,
        stem="deep",
    )
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(4000)
    try:
        bound = exec_file(path, bind=True)
        bound["__rpy__"].cache("deep")  # compiled under the raised limit
    finally:
        sys.setrecursionlimit(old)
    assert bound["rec"](3500) == 3500
    with pytest.raises(RecursionError):
        bound["rec"](4100)


# ---------------------------------------------------------------- the call boundary

CALLS_SOURCE = '''
def add(a=1, b=1000):
    return a + b


def div(a: int, b: int) -> int:
    return a // b


def pos(a: int, /, b: float = 2.0) -> float:
    return a + b


def flag(f: bool) -> int:
    if f:
        return 1
    return 0


def kw(a: int, *, lo: int, hi: int = 10) -> int:
    return a + lo + hi
'''

# Calls CPython itself rejects: the same TypeError message.
BAD_CALLS = [
    ("too many", "add", (1, 2, 3), {}),
    ("too many, no defaults", "div", (1, 2, 3), {}),
    ("missing one", "div", (1,), {}),
    ("missing two", "div", (), {}),
    ("missing positional given keyword", "div", (), {"b": 2}),
    ("unknown keyword", "add", (), {"c": 1}),
    ("unknown keyword after positionals", "div", (1, 2), {"z": 3}),
    ("multiple values", "add", (1,), {"a": 2}),
    ("positional-only as keyword", "pos", (), {"a": 1}),
    ("keyword-only given positionally", "kw", (1, 2), {}),
    ("keyword-only missing", "kw", (1,), {"hi": 3}),
    ("positional and keyword-only missing", "kw", (), {}),
]


@pytest.mark.parametrize(("what", "name", "args", "kwargs"), BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
def test_bad_call_type_error_as_cpython(write_file, what, name, args, kwargs):
    path = write_file(CALLS_SOURCE, stem="calls")
    plain = exec_file(path, bind=False)
    with pytest.raises(TypeError) as expected:
        plain[name](*args, **kwargs)
    bound = exec_file(path, bind=True)
    with pytest.raises(TypeError) as got:
        bound[name](*args, **kwargs)
    assert str(got.value) == str(expected.value)


# Calls CPython would accept but the typed boundary rejects.
WRONG_TYPES = [
    ("float for int", "div", (1.5, 2), {}, "a", "float"),
    ("str for int", "add", ("x",), {}, "a", "str"),
    ("None for int", "div", (1, None), {}, "b", "NoneType"),
    ("str for float", "pos", (1, "2.0"), {}, "b", "str"),
    ("int for bool", "flag", (1,), {}, "f", "int"),
    ("float for int, keyword", "add", (), {"b": 2.5}, "b", "float"),
]


@pytest.mark.parametrize(("what", "name", "args", "kwargs", "param", "tname"), WRONG_TYPES, ids=[c[0] for c in WRONG_TYPES])
def test_wrong_argument_type_is_type_error(write_file, what, name, args, kwargs, param, tname):
    path = write_file(CALLS_SOURCE, stem="types")
    bound = exec_file(path, bind=True)
    with pytest.raises(TypeError) as got:
        bound[name](*args, **kwargs)
    message = str(got.value)
    assert f"'{param}'" in message and tname in message, message


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 2**64, 10**30, -(10**30)])
def test_int_beyond_64_bits_is_overflow_error_at_the_call(write_file, value):
    path = write_file(CALLS_SOURCE, stem="big")
    bound = exec_file(path, bind=True)
    with pytest.raises(OverflowError):
        bound["div"](value, 1)
    with pytest.raises(OverflowError):
        bound["add"](b=value)


def test_64_bit_extremes_pass_the_call(write_file):
    path = write_file(CALLS_SOURCE, stem="extremes")
    bound = exec_file(path, bind=True)
    assert bound["div"](2**63 - 1, 1) == 2**63 - 1
    assert bound["div"](-(2**63), 1) == -(2**63)
    assert bound["div"](-(2**63), 2) == -(2**62)


def test_function_usable_after_an_exception(write_file):
    """An exception from compiled code leaves the function usable."""
    path = write_file(CALLS_SOURCE, stem="usable")
    bound = exec_file(path, bind=True)
    for _ in range(3):
        with pytest.raises(ZeroDivisionError):
            bound["div"](1, 0)
        assert bound["div"](7, 2) == 3
    assert rpythonic.tier(bound["div"]) == "jit"
