"""The Python API: bind(), cache(), tier(), CompileError, metadata of bound
functions, parameter types and conversions at the call, constants."""

from __future__ import annotations

import inspect
import math

import pytest

import rpythonic
from conftest import marker_line

BASIC = '''
import rpythonic

rpy = rpythonic.RPython()


@rpy.bind()
def add(a=1, b=1000):
    """Add two ints."""
    return a + b


@rpy.bind(a=float, b=float)
def sub(a, b):
    return a - b


@rpy.bind()
def nodoc(n: int, x: float = 0.5, flag: bool = False) -> float:
    if flag:
        return n * x
    return n + x


@rpy.bind
def bare(n: int) -> int:
    return n + 1
'''


@pytest.fixture
def basic(write_module):
    return write_module(BASIC, stem="basic")


# ---------------------------------------------------------------- metadata


def test_metadata_of_bound_functions(basic):
    assert basic.add.__name__ == "add"
    assert basic.add.__qualname__ == "add"
    assert basic.add.__module__ == basic.__name__
    assert basic.add.__doc__ == "Add two ints."
    assert basic.nodoc.__doc__ is None
    assert basic.nodoc.__name__ == "nodoc" and basic.nodoc.__qualname__ == "nodoc"
    assert basic.bare.__name__ == "bare"
    assert callable(basic.add)


def test_metadata_before_and_after_compiling(basic):
    before = (basic.add.__name__, basic.add.__qualname__, basic.add.__module__, basic.add.__doc__, str(inspect.signature(basic.add)))
    basic.rpy.cache("basic")
    after = (basic.add.__name__, basic.add.__qualname__, basic.add.__module__, basic.add.__doc__, str(inspect.signature(basic.add)))
    assert before == after


def _params(func):
    return [(p.name, p.kind, p.default) for p in inspect.signature(func).parameters.values()]


def test_signature(basic):
    P = inspect.Parameter
    assert str(inspect.signature(basic.add)) == "(a=1, b=1000)"
    assert _params(basic.add) == [("a", P.POSITIONAL_OR_KEYWORD, 1), ("b", P.POSITIONAL_OR_KEYWORD, 1000)]
    assert _params(basic.sub) == [("a", P.POSITIONAL_OR_KEYWORD, P.empty), ("b", P.POSITIONAL_OR_KEYWORD, P.empty)]
    assert _params(basic.nodoc) == [
        ("n", P.POSITIONAL_OR_KEYWORD, P.empty),
        ("x", P.POSITIONAL_OR_KEYWORD, 0.5),
        ("flag", P.POSITIONAL_OR_KEYWORD, False),
    ]
    assert _params(basic.bare) == [("n", P.POSITIONAL_OR_KEYWORD, P.empty)]
    # the signature binds like the original's
    assert inspect.signature(basic.add).bind(5).arguments == {"a": 5}


def test_signature_positional_only_and_negative_defaults(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def f(a: int, /, b: float = -0.5, c: int = -3):
            return a + b + c
        ''',
        stem="sig_posonly",
    )
    P = inspect.Parameter
    assert _params(mod.f) == [
        ("a", P.POSITIONAL_ONLY, P.empty),
        ("b", P.POSITIONAL_OR_KEYWORD, -0.5),
        ("c", P.POSITIONAL_OR_KEYWORD, -3),
    ]
    assert mod.f(1) == -2.5


def test_keyword_only_parameters(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def f(a: int, *, scale: float = 2.0, shift: int):
            return a * scale + shift
        ''',
        stem="sig_kwonly",
    )
    P = inspect.Parameter
    assert _params(mod.f) == [
        ("a", P.POSITIONAL_OR_KEYWORD, P.empty),
        ("scale", P.KEYWORD_ONLY, 2.0),
        ("shift", P.KEYWORD_ONLY, P.empty),
    ]
    assert mod.f(3, shift=1) == 7.0
    assert mod.f(3, shift=1, scale=0.5) == 2.5
    assert mod.f(a=2, shift=0) == 4.0


def test_signature_with_infinite_default(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def clamp(x: float, hi=1e999, lo=-1e999) -> float:
            return min(max(x, lo), hi)
        ''',
        stem="sig_inf",
    )
    assert mod.clamp(3.0) == 3.0
    params = inspect.signature(mod.clamp).parameters
    assert list(params) == ["x", "hi", "lo"]
    assert params["hi"].default == math.inf
    assert params["lo"].default == -math.inf


# ---------------------------------------------------------------- tier, cache


def test_tier_pending_then_jit(basic):
    assert rpythonic.tier(basic.add) == "pending"
    assert rpythonic.tier(basic.sub) == "pending"
    assert basic.add(1, 2) == 3
    assert rpythonic.tier(basic.add) == "jit"


def test_cache_compiles_everything_bound(basic):
    assert basic.rpy.cache("basic", refresh=1) is basic.rpy
    for f in (basic.add, basic.sub, basic.nodoc, basic.bare):
        assert rpythonic.tier(f) == "jit"
    assert basic.rpy.tier == "jit"
    assert basic.rpy.cache("basic") is basic.rpy  # nothing left: a no-op


def test_tier_of_a_non_bound_function_is_type_error():
    def plain():
        return 1

    with pytest.raises(TypeError):
        rpythonic.tier(plain)
    with pytest.raises(TypeError):
        rpythonic.tier(len)


def test_rpython_tier_option(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython(tier="jit")


        @rpy.bind()
        def twice(x: float) -> float:
            return 2.0 * x
        ''',
        stem="tier_jit",
    )
    assert mod.rpy.tier == "jit"
    assert mod.twice(1.25) == 2.5
    assert rpythonic.tier(mod.twice) == "jit"
    assert rpythonic.RPython(tier="aot").tier == "aot"
    assert rpythonic.RPython(tier="auto").tier == "auto"
    with pytest.raises(ValueError):
        rpythonic.RPython(tier="gcc")


def test_set_pypy_root_is_accepted(write_module):
    assert rpythonic.set_pypy_root("../pypy") is None
    assert rpythonic.set_pypy_root("/nonexistent/pypy") is None
    mod = write_module(
        '''
        import rpythonic

        rpythonic.set_pypy_root("../pypy")
        rpy = rpythonic.RPython()


        @rpy.bind()
        def add(a=1, b=1000):
            return a + b
        ''',
        stem="pypy_root",
    )
    assert mod.add() == 1001


def test_public_names():
    for name in ("RPython", "CompileError", "set_cache_root", "set_pypy_root", "tier", "__version__"):
        assert hasattr(rpythonic, name), name
    assert issubclass(rpythonic.CompileError, SyntaxError)


# ---------------------------------------------------------------- calls, types


def test_keyword_arguments_and_defaults(basic):
    assert basic.add() == 1001
    assert basic.add(5) == 1005
    assert basic.add(b=5) == 6
    assert basic.add(b=2, a=1) == 3
    assert basic.add(1, b=2) == 3
    assert basic.sub(b=0.5, a=10.0) == 9.5
    assert basic.nodoc(2) == 2.5
    assert basic.nodoc(2, flag=True) == 1.0
    assert basic.nodoc(2, 3.0, True) == 6.0
    assert basic.bare(41) == 42


def test_type_sources(basic):
    # bind(a=float, b=float)
    r = basic.sub(10, 0.5)
    assert r == 9.5 and type(r) is float
    # defaults: int
    r = basic.add(2, 3)
    assert r == 5 and type(r) is int
    with pytest.raises(TypeError):
        basic.add(1.5)
    # annotations
    r = basic.nodoc(1, 0.25)
    assert r == 1.25 and type(r) is float
    with pytest.raises(TypeError):
        basic.nodoc(1.0)
    with pytest.raises(TypeError):
        basic.nodoc(1, 0.5, 1)  # a bool parameter takes a bool only


def test_bind_keyword_types_by_name_and_string(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind(x="float", n=int, flag=bool)
        def f(x, n, flag):
            if flag:
                return x * n
            return x
        ''',
        stem="bind_types",
    )
    r = mod.f(3, 2, True)
    assert r == 6.0 and type(r) is float
    with pytest.raises(TypeError):
        mod.f(1.0, 2.0, True)


def test_bind_rejects_bad_types_and_non_functions():
    rpy = rpythonic.RPython()
    with pytest.raises(TypeError):
        rpy.bind(a=str)
    with pytest.raises(TypeError):
        rpy.bind(a=list)
    with pytest.raises(TypeError):
        rpy.bind(len)
    with pytest.raises(TypeError):
        rpy.bind(1)


def test_int_for_float_parameter_arrives_as_float(write_module, capsys):
    """A documented deviation (conversion bool -> int -> float at the call)."""
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def show(x: float) -> float:
            print(x, x / 2)
            return x
        ''',
        stem="int_to_float",
    )
    r = mod.show(3)
    assert r == 3.0 and type(r) is float
    r = mod.show(True)
    assert r == 1.0 and type(r) is float
    assert capsys.readouterr().out == "3.0 1.5\n1.0 0.5\n"
    assert mod.show(2**53) == float(2**53)


def test_bool_for_int_parameter(write_module, capsys):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def inc(n: int) -> int:
            print(n)
            return n + 1
        ''',
        stem="bool_to_int",
    )
    r = mod.inc(True)
    assert r == 2 and type(r) is int
    r = mod.inc(False)
    assert r == 1 and type(r) is int
    assert capsys.readouterr().out == "1\n0\n"
    with pytest.raises(TypeError):
        mod.inc(2.0)


def test_result_types(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def is_even(n: int) -> bool:
            return n % 2 == 0


        @rpy.bind()
        def nothing(n: int):
            n += 1


        @rpy.bind()
        def neg_zero() -> float:
            return -0.0
        ''',
        stem="results",
    )
    assert mod.is_even(4) is True
    assert mod.is_even(3) is False
    assert mod.nothing(1) is None
    assert math.copysign(1.0, mod.neg_zero()) == -1.0


# ---------------------------------------------------------------- constants


def test_module_constants_are_captured_at_compile_time(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()
        K = 10
        SCALE = 0.5
        LOUD = False


        @rpy.bind()
        def scaled(n: int) -> float:
            if LOUD:
                return -1.0
            return n * K * SCALE
        ''',
        stem="consts",
    )
    # The module's values at compile time are the ones compiled.
    mod.K = 7
    assert mod.scaled(2) == 7.0
    # Rebinding afterwards does not change compiled code.
    mod.K = 1000
    mod.SCALE = 2.0
    mod.LOUD = True
    assert mod.scaled(2) == 7.0


def test_constants_captured_by_cache(write_module):
    mod = write_module(
        '''
        import math
        import rpythonic

        rpy = rpythonic.RPython()
        N = 3


        @rpy.bind()
        def area(r: float) -> float:
            return N * math.pi * r * r
        ''',
        stem="consts_cache",
    )
    mod.rpy.cache("consts_cache")
    mod.N = 100
    assert mod.area(1.0) == 3 * math.pi


# ---------------------------------------------------------------- calls between bound functions


def test_calls_across_two_rpython_objects_in_one_file(write_module, capsys):
    mod = write_module(
        '''
        import rpythonic

        first = rpythonic.RPython()
        second = rpythonic.RPython()


        @first.bind()
        def sq(n: int) -> int:
            return n * n


        @second.bind()
        def sumsq(n: int) -> int:
            t = 0
            for i in range(n):
                t += sq(i)
            print("sumsq", n, t)
            return t


        @second.bind()
        def fact(n: int) -> int:
            if n <= 1:
                return 1
            return n * fact(n - 1)


        @first.bind()
        def combo(n: int) -> int:
            return sumsq(n) + fact(n)
        ''',
        stem="two_objects",
    )
    assert mod.sumsq(10) == 285
    assert mod.sq(12) == 144
    assert mod.combo(5) == 30 + 120
    assert mod.fact(20) == 2432902008176640000
    assert capsys.readouterr().out == "sumsq 10 285\nsumsq 5 30\n"
    for f in (mod.sq, mod.sumsq, mod.fact, mod.combo):
        assert rpythonic.tier(f) == "jit"


def test_mutual_recursion_between_bound_functions(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def is_even(n: int) -> bool:
            if n == 0:
                return True
            return is_odd(n - 1)


        @rpy.bind()
        def is_odd(n: int) -> bool:
            if n == 0:
                return False
            return is_even(n - 1)
        ''',
        stem="mutual",
    )
    assert mod.is_odd(7) is True
    assert mod.is_even(7) is False
    assert mod.is_even(500) is True


# ---------------------------------------------------------------- CompileError

LAMBDA = '''
import rpythonic

rpy = rpythonic.RPython()


@rpy.bind()
def uses_lambda(n: int) -> int:
    total = n + 1
    double = lambda x: x * 2
    return total
'''


def _check_lambda_error(err, path):
    assert isinstance(err, rpythonic.CompileError)
    assert isinstance(err, SyntaxError)
    assert err.filename == str(path)
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    lineno = next(i for i, text in enumerate(lines, start=1) if "lambda x" in text)
    assert err.lineno == lineno
    # offset is 1-based, as in SyntaxError: the column of `lambda`
    assert err.offset == lines[lineno - 1].index("lambda") + 1
    assert "lambda" in err.text
    assert "lambda" in str(err)


def test_compile_error_at_first_call(write_module):
    mod = write_module(LAMBDA, stem="lambda_call")
    with pytest.raises(rpythonic.CompileError) as info:
        mod.uses_lambda(1)
    _check_lambda_error(info.value, mod.__file__)
    assert rpythonic.tier(mod.uses_lambda) == "pending"
    # A later call raises again: never a silent fallback to the interpreter.
    with pytest.raises(rpythonic.CompileError):
        mod.uses_lambda(1)


def test_compile_error_at_cache(write_module):
    mod = write_module(LAMBDA, stem="lambda_cache")
    with pytest.raises(SyntaxError) as info:
        mod.rpy.cache("lambda_cache", refresh=1)
    _check_lambda_error(info.value, mod.__file__)


def test_compile_error_for_ill_typed_code(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def conflict(n: int) -> int:
            s = 0
            s += 0.5  # the conflict
            return s
        ''',
        stem="ill_typed",
    )
    with pytest.raises(rpythonic.CompileError) as info:
        mod.conflict(1)
    assert info.value.filename == mod.__file__
    assert info.value.lineno == marker_line(mod.__file__, "# the conflict")
    assert "float" in str(info.value)


def test_functions_are_located_by_their_first_line(write_module):
    # A name defined twice: each bound object runs the definition it was
    # bound to, as in CPython.
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def f(n=1):
            return n + 1


        first = f


        @rpy.bind()
        def f(n=1):
            return n * 100
        ''',
        stem="redefined",
    )
    assert mod.first(5) == 6
    assert mod.f(5) == 500


def test_a_broken_neighbour_does_not_block_a_correct_function(write_module):
    mod = write_module(
        '''
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def good(n=1):
            return n + 1


        @rpy.bind()
        def bad(n=1):
            return lambda: n
        ''',
        stem="neighbours",
    )
    assert mod.good(1) == 2
    with pytest.raises(rpythonic.CompileError):
        mod.bad(1)
