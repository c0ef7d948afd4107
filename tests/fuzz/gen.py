#!/usr/bin/env python3
"""Random tier-A programs for differential testing (CPython is the oracle).

Usage:  python3 tests/fuzz/gen.py --seed S --count N --out DIR

writes DIR/prog_<k>.py (k = 0 .. N-1) and DIR/expected.json, a list of
``{"file", "stdout", "error", "result_repr"}`` computed by running each
program's ``main()`` under this very CPython (``error`` is
``"Type: message"`` or ``""``; ``result_repr`` is ``repr(main())``, or
``null`` when main raised). ``crates/rpy/tests/differential.rs`` compiles
every program and checks that the reference interpreter and the JIT agree
with it.

Programs
--------
Deterministic for a given seed: program k is generated from its own
``random.Random("S:k:attempt")``, so one program can be regenerated alone.
Each program is typed by construction (a variable keeps one type; float
variables only ever receive floats; ``and``/``or`` and conditional
expressions in value context have operands of one type; min/max take
arguments of one type; bools reach arithmetic only as ``int(b)``,
``float(b)`` and ``b + n``), and terminates by construction: ``while`` loops
count a counter (incremented first in the body, never assigned elsewhere)
up to a small literal, ``for`` loops run over ``range`` with small literal
bounds or bounds reduced with ``% k``, calls only go to functions defined
earlier (acyclic) except linear recursion whose depth argument is a small
literal or ``e % k``, and a static work estimate (loop trip counts times
callee costs) is kept under a budget. Programs stay outside the documented
deviations: ``int ** y`` has a literal negative exponent or a
non-negative one (``y % 4``); ``float ** float`` has a non-negative base
(``abs(x)``); no tuple indexing, no strings outside ``print``.

Exceptions are expected outcomes (each ends main, so a program raises at
most one): unguarded divisors and math domains in some expressions and
branches (most divisors are guarded: ``d | 1``, ``d if d != 0 else 1``),
``int``/``round`` of nan/inf, a zero ``range`` step, negative shift counts,
float overflow, and reads of a variable assigned only in a branch or a loop
(``UnboundLocalError`` when that path did not run). RecursionError is
never expected (recursion is bounded): CPython's limit counts the
harness's own frames, so its depth would not be comparable.

64-bit ints: how overflow is predicted
--------------------------------------
Generic int expressions are kept small by construction (small literals,
accumulators reduced with ``% 1000003`` / ``& 0xFFFF...`` inside loops,
shift counts and exponents reduced with ``%``), and edge values near
+-2**63 only appear in dedicated "edge" statements, loops and functions
(``x // -1``, ``x % -1``, ``abs``, ``-x``, ``<<``/``>>`` by 0..200 and by
negative counts, ``**`` with exponents up to 65, ``round(x, -n)``,
``int``/``floor``/``ceil``/``round`` of floats near 2**63, exact int/float
comparisons, int ``/``), partly through function parameters and loop
variables so that no tier can fold them. Shift counts and exponents stay
small because CPython must be able to compute the exact big int
(``1 << 2**62`` is a MemoryError there: such a program would be
regenerated).

The expected outcome is *computed*, never guessed: besides the plain run,
each program is run a second time, instrumented (an ``ast`` rewrite) so
that the result of every expression that can produce an int -- every
binary and unary operator, every call (``abs``, ``int``, ``round``,
``math.floor``, ``math.ceil``, ``divmod`` (both elements), ``min``/``max``
and compiled functions) and every augmented assignment (rewritten to
``x = chk(x op y)``) -- passes through ``chk``, which raises at once when
an int lies outside [-2**63, 2**63). Those are exactly the operations that
can raise ``OverflowError: integer overflow`` in rpythonic (``+ - * // %
** << -x abs int() round() math.floor math.ceil divmod``; ``~ & | ^ >>``,
``/``, comparisons, ``min``/``max`` of fitting ints never can); a result that
does not fit is raised at the operation that computes it, in Python's
evaluation order, which the instrumented run reproduces exactly. When the
instrumented run escapes, the expectation is: stdout printed up to that
operation, ``error = "OverflowError: integer overflow"``, no result.
Otherwise the instrumented run must give exactly the plain run's outcome
(checked). CPython's own big-int constant folding does not hide anything,
as the check runs on every evaluation.

A program is regenerated (next attempt) when its instrumented run makes
more than WORK_LIMIT checked operations (a deterministic stand-in for "runs
under ~20 ms"), when it is longer than MAX_LINES, or when CPython raises
something the generator never intends (TypeError, NameError, a complex
result, RecursionError): that would be a generator bug, reported on stderr.
"""

import argparse
import ast
import contextlib
import io
import json
import os
import random
import signal
import sys

INT_MIN = -(2**63)
INT_MAX = 2**63 - 1
WORK_LIMIT = 60_000
TIME_LIMIT = 2.0
MAX_LINES = 80
OVERFLOW = "OverflowError: integer overflow"

INT, FLOAT, BOOL = "int", "float", "bool"
TYPES = (INT, FLOAT, BOOL)

EDGE_INTS = [
    "9223372036854775807", "(-9223372036854775808)", "9223372036854775806",
    "(-9223372036854775807)", "4611686018427387904", "(-4611686018427387904)",
    "3037000499", "3037000500", "9007199254740993", "9007199254740992",
    "(-9007199254740993)", "4294967296", "(-2147483648)", "(-9223372036854775807 - 1)",
]
EDGE_FLOATS = [
    "9.2e18", "9.3e18", "(-9.223372036854775808e18)", "(-9.3e18)", "1e19",
    "9.223372036854775e18", "9007199254740992.0", "9007199254740994.0",
    "9.223372036854776e18", "(-9.223372036854776e18)", "1e300", "4611686018427387904.5",
]
SHIFT_COUNTS = [0, 1, 2, 31, 32, 62, 63, 64, 65, 70, -1, -3]

INT_SPECS = ["", "d", "5d", ">6", "<4", "^7", "+d", "08d", "x", "X", "o", "b", "#x", ",", "_", ".2f", "e"]
FLOAT_SPECS = ["", ".3f", ".0f", "8.2f", "e", ".2e", "g", ".3g", "%", ".1%", "+.2f", ",.2f",
               "10.4f", "E", ">12", "<10.3", "G", ".10g", ".17g", "^9.1f"]
SEPS = ['" "', '", "', '""', '"|"', '" : "']
ENDS = ['"\\n"', '""', '";\\n"', '" "', '"!\\n"']


class Func:
    """A generated function's signature and static work estimate."""

    def __init__(self, name, params, ret, kind):
        self.name = name
        self.params = params  # [(name, type, default source or None)]
        self.ret = ret
        self.kind = kind  # "plain", "rec", "edge"
        self.cost = 1


class Scope:
    """Generation state of one function body."""

    def __init__(self, fn, budget):
        self.fn = fn
        self.vars = {}  # definitely assigned, generic values: name -> type
        self.maybe = {}  # possibly unbound: name -> type
        self.edge = set()  # int names holding values near +-2**63 (edge statements only)
        self.ro = set()  # loop counters / loop variables: read, never assigned
        self.mult = 1  # product of enclosing loop trip counts
        self.loop = 0
        self.cost = 0
        self.budget = budget
        self.counter = 0
        self.in_rec = False  # a recursive function: no calls, no loops over edges

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.funcs = []
        self.consts = {}  # module constant name -> type
        self.edge_consts = []

    # ------------------------------------------------------------------ utils
    def chance(self, p):
        return self.r.random() < p

    def pick(self, *weighted):
        """pick((w, value), ...) by weight."""
        total = sum(w for w, _ in weighted)
        x = self.r.random() * total
        for w, v in weighted:
            x -= w
            if x < 0:
                return v
        return weighted[-1][1]

    def choice(self, seq):
        return self.r.choice(list(seq))

    # ------------------------------------------------------------- literals
    def int_lit(self):
        r = self.r
        k = self.pick((6, "small"), (2, "mid"), (1, "big"))
        if k == "small":
            n = r.randint(-12, 12)
        elif k == "mid":
            n = r.choice([16, 31, 100, 255, 256, 1000, -100, -999, 4096])
        else:
            n = r.choice([65535, 1000003, 2147483647, 123456789, -65536, 99991])
        return f"({n})" if n < 0 else str(n)

    def float_lit(self, nostr=False):
        r = self.r
        k = self.pick((7, "plain"), (1, "special"))
        if k == "plain":
            x = r.choice([0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 0.1, 0.2, 0.3, 1e-3, 0.125, 2.675, 10.0,
                          100.5, 1e10, 1e16, 1e22, 123.456, 7.0, 1.0 / 3.0, 6.02e23, 1e-7])
            if self.chance(0.3):
                x = -x
            s = repr(x)
            return f"({s})" if s.startswith("-") else s
        specials = ["math.inf", "(-math.inf)", "math.nan", "(-0.0)", "(1e308 * 10)", "math.pi", "math.e"]
        if not nostr:
            specials += ['float("inf")', 'float("-inf")', 'float("nan")']
        return r.choice(specials)

    # ---------------------------------------------------------- expressions
    def readable(self, sc, ty):
        names = [n for n, t in sc.vars.items() if t == ty and n not in sc.edge]
        names += [n for n, t in self.consts.items() if t == ty]
        return names

    def leaf(self, sc, ty, nostr=False):
        names = self.readable(sc, ty)
        if names and self.chance(0.65):
            return self.choice(names)
        if ty == INT:
            return self.int_lit()
        if ty == FLOAT:
            return self.float_lit(nostr)
        return self.choice(["True", "False"])

    def expr(self, sc, ty, d=2, nostr=False):
        if d <= 0 or self.chance(0.25):
            return self.leaf(sc, ty, nostr)
        if ty == INT:
            return self.int_expr(sc, d, nostr)
        if ty == FLOAT:
            return self.float_expr(sc, d, nostr)
        return self.bool_expr(sc, d, nostr)

    def nonzero_int(self, sc, d, nostr=False):
        g = self.pick((5, "lit"), (3, "or1"), (2, "cond"), (2, "mod"), (1, "raw"))
        if g == "lit":
            return self.choice(["1", "2", "3", "7", "10", "(-1)", "(-2)", "(-3)", "(-7)", "16"])
        e = self.expr(sc, INT, d - 1, nostr)
        if g == "or1":
            return f"({e} | 1)"
        if g == "cond":
            return f"({e} if {e} != 0 else 1)"
        if g == "mod":
            return f"({e} % 7 + 1)"
        return e  # may be zero: ZeroDivisionError is a fine outcome

    def nonzero_float(self, sc, d, nostr=False):
        g = self.pick((5, "lit"), (2, "cond"), (2, "abs"), (1, "raw"))
        if g == "lit":
            return self.choice(["2.0", "0.5", "3.0", "(-1.5)", "(-2.0)", "10.0", "0.1", "7"])
        e = self.expr(sc, FLOAT, d - 1, nostr)
        if g == "cond":
            return f"({e} if {e} != 0.0 else 1.0)"
        if g == "abs":
            return f"(abs({e}) + 0.5)"
        return e

    def call_expr(self, sc, ty, d, nostr=False):
        """A call to an earlier function returning ty, or None."""
        cands = [f for f in self.funcs if f.ret == ty and f.kind != "edge"
                 and sc.cost + f.cost * sc.mult <= sc.budget and f is not sc.fn]
        if not cands or sc.mult > 40 or sc.in_rec:
            return None
        f = self.choice(cands)
        sc.cost += f.cost * sc.mult
        return self.call_src(sc, f, d, nostr)

    def call_src(self, sc, f, d, nostr=False):
        args = []
        use_kw = False
        for i, (pn, pt, default) in enumerate(f.params):
            if f.kind == "rec" and i == 0:
                a = self.choice([str(self.r.randint(0, 12)), f"({self.expr(sc, INT, 1, nostr)} % 9)"])
            elif default is not None and self.chance(0.35):
                use_kw = True  # omitted: later ones must be keywords
                continue
            else:
                a = self.expr(sc, pt, max(d - 1, 0), nostr)
            if use_kw or (default is not None and self.chance(0.4)):
                use_kw = True
                args.append(f"{pn}={a}")
            else:
                args.append(a)
        return f"{f.name}({', '.join(args)})"

    def int_expr(self, sc, d, nostr=False):
        e = lambda: self.expr(sc, INT, d - 1, nostr)  # noqa: E731
        fe = lambda: self.expr(sc, FLOAT, d - 1, nostr)  # noqa: E731
        k = self.pick((6, "arith"), (3, "div"), (2, "bit"), (1, "shift"), (1, "pow"), (2, "unary"),
                      (2, "minmax"), (2, "fromfloat"), (2, "cond"), (1, "andor"), (2, "call"),
                      (1, "boolint"), (1, "round"))
        if k == "arith":
            return f"({e()} {self.choice('+-*')} {e()})"
        if k == "div":
            return f"({e()} {self.choice(['//', '%'])} {self.nonzero_int(sc, d, nostr)})"
        if k == "bit":
            return f"({e()} {self.choice('&|^')} {e()})"
        if k == "shift":
            if self.chance(0.5):
                return f"({e()} << ({e()} % {self.choice([4, 8, 12])}))"
            return f"({e()} >> ({e()} % {self.choice([8, 40, 70])}))"
        if k == "pow":
            if self.chance(0.5):
                return f"({e()} ** {self.choice(['0', '1', '2', '3'])})"
            return f"({e()} ** ({e()} % {self.choice([3, 4])}))"
        if k == "unary":
            return self.choice([f"(-{e()})", f"(~{e()})", f"abs({e()})", f"(+{e()})", f"int({e()})"])
        if k == "minmax":
            n = self.r.randint(2, 3)
            return f"{self.choice(['min', 'max'])}({', '.join(e() for _ in range(n))})"
        if k == "fromfloat":
            f = fe()
            g = self.choice(["int", "round", "math.floor", "math.ceil"])
            if self.chance(0.6):
                # mostly guarded: nan, inf and beyond 2**63 would end the program
                return f"({g}({f}) if abs({f}) < 1e18 else {self.int_lit()})"
            if self.chance(0.5):
                return f"({g}({f}) if not (math.isnan({f}) or math.isinf({f})) else {self.int_lit()})"
            return f"{self.choice(['int', 'round', 'math.floor', 'math.ceil'])}({f})"
        if k == "cond":
            return f"({e()} if {self.expr(sc, BOOL, d - 1, nostr)} else {e()})"
        if k == "andor":
            return f"({e()} {self.choice(['and', 'or'])} {e()})"
        if k == "call":
            c = self.call_expr(sc, INT, d, nostr)
            return c if c else self.leaf(sc, INT, nostr)
        if k == "boolint":
            return self.choice([f"int({self.expr(sc, BOOL, d - 1, nostr)})",
                                f"({self.expr(sc, BOOL, d - 1, nostr)} + {e()})"])
        # round(int, -n)
        return f"round({e()}, {self.r.randint(-3, 2)})"

    def float_expr(self, sc, d, nostr=False):
        e = lambda: self.expr(sc, FLOAT, d - 1, nostr)  # noqa: E731
        ie = lambda: self.expr(sc, INT, d - 1, nostr)  # noqa: E731
        k = self.pick((6, "arith"), (2, "mixed"), (2, "div"), (1, "floordiv"), (2, "pow"), (2, "unary"),
                      (2, "minmax"), (2, "fromint"), (4, "math"), (2, "cond"), (1, "andor"),
                      (2, "call"), (1, "round"))
        if k == "arith":
            return f"({e()} {self.choice('+-*')} {e()})"
        if k == "mixed":
            a, b = e(), ie()
            if self.chance(0.5):
                a, b = b, a
            return f"({a} {self.choice('+-*')} {b})"
        if k == "div":
            num = e() if self.chance(0.6) else ie()
            den = self.nonzero_float(sc, d, nostr) if self.chance(0.6) else self.nonzero_int(sc, d, nostr)
            return f"({num} / {den})"
        if k == "floordiv":
            return f"({e()} {self.choice(['//', '%'])} {self.nonzero_float(sc, d, nostr)})"
        if k == "pow":
            g = self.pick((3, "fint"), (2, "abs"), (1, "negexp"))
            if g == "fint":
                return f"({e()} ** {self.choice(['2', '3', '0', '(-1)', '(-2)', '5'])})"
            if g == "abs":
                base = e() if self.chance(0.7) else ie()
                return f"(abs({base}) ** {self.choice([e(), '0.5', '1.5', '(-0.5)', '2.0', '(-3.0)'])})"
            return f"({ie()} ** {self.choice(['(-1)', '(-2)', '(-3)'])})"
        if k == "unary":
            return self.choice([f"(-{e()})", f"abs({e()})", f"(+{e()})", f"float({e()})"])
        if k == "minmax":
            n = self.r.randint(2, 3)
            return f"{self.choice(['min', 'max'])}({', '.join(e() for _ in range(n))})"
        if k == "fromint":
            return self.choice([f"float({ie()})", f"({ie()} / {self.nonzero_int(sc, d, nostr)})",
                                f"float({self.expr(sc, BOOL, d - 1, nostr)})"])
        if k == "math":
            g = self.pick((1, "sqrt"), (3, "sqrt_abs"), (2, "fabs"), (2, "hypot"), (2, "atan2"), (2, "exp"),
                          (1, "log"), (3, "log_abs"), (2, "sin"), (2, "cos"), (1, "sqrt_int"))
            if g == "sqrt":
                return f"math.sqrt({e()})"
            if g == "sqrt_abs":
                return f"math.sqrt(abs({e()}))"
            if g == "sqrt_int":
                return f"math.sqrt({ie()})"
            if g == "fabs":
                return f"math.fabs({e() if self.chance(0.8) else ie()})"
            if g in ("hypot", "atan2"):
                return f"math.{g}({e()}, {e()})"
            if g == "exp":
                return self.choice([f"math.exp({e()})", f"math.exp(min({e()}, 50.0))"])
            if g == "log":
                return f"math.log({e()})"
            if g == "log_abs":
                return f"math.log(abs({e()}) + 1.0)"
            return f"math.{g}({e()})"
        if k == "cond":
            return f"({e()} if {self.expr(sc, BOOL, d - 1, nostr)} else {e()})"
        if k == "andor":
            return f"({e()} {self.choice(['and', 'or'])} {e()})"
        if k == "call":
            c = self.call_expr(sc, FLOAT, d, nostr)
            return c if c else self.leaf(sc, FLOAT, nostr)
        return f"round({e()}, {self.r.randint(-2, 5)})"

    def bool_expr(self, sc, d, nostr=False):
        k = self.pick((5, "cmp"), (2, "chain"), (2, "logic"), (1, "not"), (1, "conv"), (1, "isx"),
                      (1, "cond"), (1, "call"))
        if k == "cmp":
            t1 = self.choice([INT, INT, FLOAT])
            t2 = self.choice([t1, t1, INT if t1 == FLOAT else FLOAT])
            op = self.choice(["<", "<=", ">", ">=", "==", "!="])
            return f"({self.expr(sc, t1, d - 1, nostr)} {op} {self.expr(sc, t2, d - 1, nostr)})"
        if k == "chain":
            ts = [self.choice([INT, INT, FLOAT]) for _ in range(3)]
            ops = [self.choice(["<", "<=", ">", "==", "!="]) for _ in range(2)]
            xs = [self.expr(sc, t, d - 1, nostr) for t in ts]
            return f"({xs[0]} {ops[0]} {xs[1]} {ops[1]} {xs[2]})"
        if k == "logic":
            return f"({self.expr(sc, BOOL, d - 1, nostr)} {self.choice(['and', 'or'])} {self.expr(sc, BOOL, d - 1, nostr)})"
        if k == "not":
            return f"(not {self.expr(sc, self.choice(TYPES), d - 1, nostr)})"
        if k == "conv":
            return f"bool({self.expr(sc, self.choice([INT, FLOAT]), d - 1, nostr)})"
        if k == "isx":
            return f"math.{self.choice(['isnan', 'isinf'])}({self.expr(sc, FLOAT, d - 1, nostr)})"
        if k == "cond":
            b = lambda: self.expr(sc, BOOL, d - 1, nostr)  # noqa: E731
            return f"({b()} if {b()} else {b()})"
        c = self.call_expr(sc, BOOL, d, nostr)
        return c if c else self.leaf(sc, BOOL, nostr)

    def cond(self, sc, d=2):
        """An if/while condition: a bool, or the truth value of an int/float."""
        if self.chance(0.85):
            return self.expr(sc, BOOL, d)
        return self.expr(sc, self.choice([INT, FLOAT]), d)

    # ------------------------------------------------------------ edge values
    def edge_operand(self, sc):
        names = sorted(sc.edge) + self.edge_consts
        if names and self.chance(0.5):
            return self.choice(names)
        return self.choice(EDGE_INTS)

    def edge_expr(self, sc):
        """(source, type) of an expression at the edges of int64 and float."""
        E = lambda: self.edge_operand(sc)  # noqa: E731
        r = self.r
        k = r.randrange(24)
        small = lambda: self.choice(["1", "2", "3", "(-1)", "(-2)", "7", "(-7)"])  # noqa: E731
        if k == 0:
            return f"{E()} // (-1)", INT
        if k == 1:
            return f"{E()} % (-1)", INT
        if k == 2:
            return f"abs({E()})", INT
        if k == 3:
            return f"-{E()}", INT
        if k == 4:
            return f"{E()} {self.choice('+-')} {small()}", INT
        if k == 5:
            return f"{E()} * {self.choice(['2', '(-1)', '3', '(-2)'])}", INT
        if k == 6:
            return f"{E()} << {self.choice(SHIFT_COUNTS)}", INT
        if k == 7:
            return f"{self.choice(['1', '(-1)', '3', '(-3)', '0', '5'])} << {self.choice(SHIFT_COUNTS)}", INT
        if k == 8:
            return f"{E()} >> {self.choice(SHIFT_COUNTS)}", INT
        if k == 9:
            return f"{self.choice(['2', '(-2)', '3', '(-1)', E()])} ** {self.choice(['2', '31', '39', '40', '62', '63', '64'])}", INT
        if k == 10:
            return f"{E()} {self.choice(['//', '%'])} {self.choice(['2', '(-3)', '7', '(-7)', '1000003', E()])}", INT
        if k == 11:
            return f"{E()} / {self.choice(['3', '(-3)', '7', E()])}", FLOAT
        if k == 12:
            return f"float({E()})", FLOAT
        if k == 13:
            f = self.choice(EDGE_FLOATS)
            return f"{E()} {self.choice(['==', '<', '<=', '>', '!='])} {self.choice([f, f'float({E()})'])}", BOOL
        if k == 14:
            return f"round({E()}, {self.choice(['-1', '-2', '-5', '-18', '-19', '2'])})", INT
        if k == 15:
            return f"{self.choice(['int', 'math.floor', 'math.ceil', 'round'])}({self.choice(EDGE_FLOATS)})", INT
        if k == 16:
            return f"{self.choice(['max', 'min'])}({E()}, {E()})", INT
        if k == 17:
            return f"~{E()}", INT
        if k == 18:
            return f"{E()} {self.choice('&|^')} {self.choice([E(), small(), '0xFFFFFFFF'])}", INT
        if k == 19:
            return f"{E()} {self.choice('+-*')} {E()}", INT
        if k == 20:
            return f"{E()} {self.choice('+-*')} {self.choice(['0.5', '1.0', '(-0.5)', '2.0'])}", FLOAT
        if k == 21:
            return f"{self.choice(EDGE_FLOATS)} {self.choice(['==', '<', '>='])} {E()}", BOOL
        if k == 22:
            return f"{E()} ** (-1)", FLOAT
        return f"int({E()} / {self.choice(['1', '3', '(-1)', '2'])})", INT

    def edge_stmt(self, sc, ind):
        src, ty = self.edge_expr(sc)
        k = self.pick((3, "print"), (2, "var"), (1, "divmod"), (1, "fmt"))
        if k == "print":
            return [f"{ind}print({src})"]
        if k == "fmt":
            return [f'{ind}print(f"edge={{{src}}}")']
        if k == "divmod":
            q, r = sc.fresh("q"), sc.fresh("r")
            a = self.edge_operand(sc)
            lines = [f"{ind}{q}, {r} = divmod({a}, {self.choice(['(-1)', '7', '(-7)', '2', self.edge_operand(sc)])})",
                     f"{ind}print({q}, {r})"]
            self.define(sc, q, INT, edge=True)
            self.define(sc, r, INT, edge=True)
            return lines
        v = sc.fresh("e")
        self.define(sc, v, ty, edge=(ty == INT))
        return [f"{ind}{v} = {src}"]

    def edge_loop(self, sc, ind):
        i = sc.fresh("i")
        k = self.r.randrange(5)
        if k == 0:
            rng = f"range({self.choice(['9223372036854775807', '9223372036854775806'])} - {self.r.randint(0, 5)}, 9223372036854775807, {self.r.randint(1, 3)})"
        elif k == 1:
            rng = f"range(-9223372036854775807 + {self.r.randint(0, 5)}, -9223372036854775807 - 1, {self.r.randint(-3, -1)})"
        elif k == 2:
            rng = f"range(-9223372036854775807 - 1, -9223372036854775807 + {self.r.randint(0, 4)})"
        elif k == 3:
            rng = f"range({self.r.randint(56, 62)}, {self.choice([61, 62, 63, 63, 64, 66])})"
        else:
            rng = f"range({self.pick((1, -2), (6, 0), (2, 1))}, {self.r.randint(1, 4)})"
        if k == 3:
            body = self.choice([f"print({i})", f"print({i} << {i})", f"print({i} >> {i}, {i} & 255)",
                                f"print({self.choice(['1', '(-1)', '255'])} << {i})", f"print(-1 << {i}, 1 >> {i})",
                                f"print({self.choice(EDGE_INTS)} >> {i})"])
        elif k == 4:
            body = self.choice([f"print({self.choice(['8', '(-8)', '1'])} >> {i})", f"print(3 << {i})"])
        else:
            step = "- 2" if k == 0 else "+ 2"
            body = self.choice([f"print({i})", f"print({i} % 1000)", f"print({i} >> 60, {i} & 255)",
                                f"print({i} {step})", f"print({i} // 2, {i} % (-7))", f"print(float({i}))"])
        sc.ro.add(i)
        sc.maybe[i] = INT
        return [f"{ind}for {i} in {rng}:", f"{ind}    {body}"]

    # ------------------------------------------------------------ statements
    def define(self, sc, name, ty, edge=False):
        sc.maybe.pop(name, None)
        sc.vars[name] = ty
        if edge:
            sc.edge.add(name)

    def assignable(self, sc, ty=None):
        return [n for n, t in sc.vars.items() if n not in sc.ro and n not in sc.edge and (ty is None or t == ty)]

    def guard_int(self, sc, src):
        """Keep an int that is fed back in a loop small."""
        if sc.loop and self.chance(0.75):
            return self.choice([f"({src}) % 1000003", f"({src}) & 0xFFFF", f"({src}) & 0xFFFFFFFF",
                                f"({src}) % 9973 - 4000"])
        return src

    def print_stmt(self, sc, ind):
        items = []
        for _ in range(self.r.randint(0, 3)):
            k = self.pick((4, "val"), (2, "fstr"), (1, "pct"), (1, "lit"))
            if k == "val":
                items.append(self.expr(sc, self.choice(TYPES), 2))
            elif k == "lit":
                items.append(self.choice(['"x"', '"r="', '"--"', '"a b"', '""']))
            elif k == "fstr":
                parts = []
                for j in range(self.r.randint(1, 3)):
                    ty = self.choice(TYPES)
                    src = self.expr(sc, ty, 1, nostr=True)
                    if ty == INT:
                        spec = self.choice(INT_SPECS)
                    elif ty == FLOAT:
                        spec = self.choice(FLOAT_SPECS)
                    else:
                        spec = self.pick((6, ""), (1, "!r"), (1, ">6"))
                    if spec.startswith("!"):
                        parts.append(f"v{j}={{{src}{spec}}}")
                    else:
                        parts.append(f"v{j}={{{src}{':' + spec if spec else ''}}}")
                items.append('f"' + " ".join(parts) + '"')
            else:
                convs, vals = [], []
                for _ in range(self.r.randint(1, 3)):
                    ty = self.choice(TYPES)
                    if ty == INT:
                        convs.append(self.choice(["%d", "%s", "%5d", "%-4d", "%+d", "%x", "%.2f", "%r"]))
                    elif ty == FLOAT:
                        convs.append(self.choice(["%s", "%.3f", "%e", "%g", "%.1f", "%10.4f", "%r"]))
                    else:
                        convs.append(self.choice(["%s", "%d", "%r"]))
                    vals.append(self.expr(sc, ty, 1))
                items.append(f'"{" ".join(convs)}" % ({", ".join(vals)},)')
        kw = []
        if self.chance(0.3):
            kw.append(f"sep={self.choice(SEPS)}")
        if self.chance(0.3):
            kw.append(f"end={self.choice(ENDS)}")
        return [f"{ind}print({', '.join(items + kw)})"]

    def simple_stmt(self, sc, ind):
        """One non-compound statement (list of lines)."""
        k = self.pick((5, "new"), (4, "assign"), (4, "aug"), (1, "swap"), (1, "divmod"), (3, "print"),
                      (1, "edge"), (1, "unbound"))
        if k == "new":
            ty = self.pick((5, INT), (4, FLOAT), (2, BOOL))
            v = sc.fresh("v")
            src = self.expr(sc, ty, self.r.randint(1, 3))
            self.define(sc, v, ty)
            return [f"{ind}{v} = {src}"]
        if k == "assign":
            names = self.assignable(sc) + [n for n in sc.maybe if n not in sc.ro and n not in sc.edge]
            if not names:
                return self.print_stmt(sc, ind)
            v = self.choice(names)
            ty = sc.vars.get(v) or sc.maybe[v]
            src = self.expr(sc, ty, self.r.randint(1, 3))
            if ty == INT:
                src = self.guard_int(sc, src)
            self.define(sc, v, ty)
            return [f"{ind}{v} = {src}"]
        if k == "aug":
            names = [n for n in self.assignable(sc) if sc.vars[n] != BOOL]
            if not names:
                return self.print_stmt(sc, ind)
            v = self.choice(names)
            if sc.vars[v] == INT:
                if sc.loop:
                    op = self.pick((4, "+="), (3, "-="), (2, "^="), (2, "&="), (1, "|="), (2, "%="),
                                   (2, "//="), (1, ">>="), (1, "*="))
                else:
                    op = self.choice(["+=", "-=", "*=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>="])
                if op in ("//=", "%="):
                    rhs = self.nonzero_int(sc, 2)
                elif op == "<<=":
                    rhs = self.choice(["0", "1", "3", f"({self.expr(sc, INT, 1)} % 6)"])
                elif op == ">>=":
                    rhs = self.choice(["1", "2", "65", f"({self.expr(sc, INT, 1)} % 9)"])
                elif op == "*=" and sc.loop:
                    rhs = self.choice(["2", "3", "(-1)", "(-2)"])
                else:
                    rhs = self.expr(sc, INT, 2)
                return [f"{ind}{v} {op} {rhs}"]
            op = self.choice(["+=", "-=", "*=", "/=", "//=", "%=", "**="])
            if op in ("/=", "//=", "%="):
                rhs = self.nonzero_float(sc, 2) if self.chance(0.7) else self.nonzero_int(sc, 2)
            elif op == "**=":
                rhs = self.choice(["2", "3", "(-1)"])  # int exponent: a negative base is fine
            else:
                rhs = self.expr(sc, self.choice([FLOAT, FLOAT, INT]), 2)
            return [f"{ind}{v} {op} {rhs}"]
        if k == "swap":
            ty = self.choice([INT, FLOAT])
            names = self.assignable(sc, ty)
            if len(names) < 2:
                return self.print_stmt(sc, ind)
            a, b = self.r.sample(sorted(names), 2)
            if self.chance(0.5):
                return [f"{ind}{a}, {b} = {b}, {a}"]
            s = f"{a} + {b}" if ty == FLOAT else self.guard_int(sc, f"{a} + {b}")
            if ty == INT and sc.loop and "%" not in s and "&" not in s:
                s = f"({a} + {b}) % 100003"
            return [f"{ind}{a}, {b} = {b}, {s}"]
        if k == "divmod":
            ty = self.choice([INT, FLOAT])
            x = self.expr(sc, ty, 2)
            y = self.nonzero_int(sc, 2) if ty == INT else self.nonzero_float(sc, 2)
            q, r = sc.fresh("q"), sc.fresh("r")
            self.define(sc, q, ty)
            self.define(sc, r, ty)
            return [f"{ind}{q}, {r} = divmod({x}, {y})"]
        if k == "print":
            if sc.mult > 30:
                return [f"{ind}pass"]
            return self.print_stmt(sc, ind)
        if k == "edge":
            if sc.mult > 10:
                return [f"{ind}pass"]
            return self.edge_stmt(sc, ind)
        # read a possibly unbound variable (UnboundLocalError when it is)
        names = [n for n in sc.maybe if n not in sc.vars]
        if not names or not self.chance(0.5):
            return self.print_stmt(sc, ind) if sc.mult <= 30 else [f"{ind}pass"]
        return [f"{ind}print({self.choice(names)})"]

    def block(self, sc, ind, n):
        """n statements at indentation ind; names assigned inside become 'maybe'."""
        before = set(sc.vars)
        lines = []
        for _ in range(n):
            lines += self.stmt(sc, ind)
        for name in [v for v in sc.vars if v not in before]:  # dict order: deterministic
            sc.maybe[name] = sc.vars.pop(name)
            sc.edge.discard(name)
        return lines or [f"{ind}pass"]

    def range_args(self, sc):
        """(source, max trip count)."""
        r = self.r
        k = self.pick((3, "n"), (3, "ab"), (3, "abs"), (2, "dyn"), (1, "dynneg"), (1, "zero"))
        if k == "n":
            n = r.randint(0, 8)
            return f"range({n})", n
        if k == "ab":
            a = r.randint(-5, 5)
            b = a + r.randint(-1, 8)
            return f"range({a}, {b})", max(0, b - a)
        if k == "abs":
            s = r.choice([-3, -2, -1, 2, 3])
            a = r.randint(-6, 8)
            b = a + s * r.randint(-1, 5)
            return f"range({a}, {b}, {s})", len(range(a, b, s))
        if k == "dyn":
            m = r.randint(2, 7)
            if self.chance(0.5):
                return f"range({self.expr(sc, INT, 1)} % {m})", m - 1
            a = r.randint(-3, 3)
            return f"range({a}, {a} + {self.expr(sc, INT, 1)} % {m})", m - 1
        if k == "dynneg":
            m = r.randint(2, 6)
            return f"range({self.expr(sc, INT, 1)} % {m}, {r.randint(-3, 0)}, -1)", m + 3
        if self.chance(0.1):
            return f"range(0, {r.randint(1, 5)}, 0)", 0  # ValueError: range() arg 3 must not be zero
        return f"range({r.randint(0, 3)})", 3

    def stmt(self, sc, ind):
        depth = len(ind) // 4
        can_nest = depth < 4 and sc.cost < sc.budget
        k = self.pick((8, "simple"), (2 if can_nest else 0, "if"), (2 if can_nest and sc.mult < 60 else 0, "for"),
                      (1 if can_nest and sc.mult < 60 else 0, "while"), (2 if sc.loop else 0, "jump"),
                      (1 if not sc.loop and sc.mult == 1 and not sc.in_rec else 0, "edgeloop"),
                      (1 if depth > 1 else 0, "return"))
        sc.cost += sc.mult
        if k == "simple":
            return self.simple_stmt(sc, ind)
        if k == "edgeloop":
            return self.edge_loop(sc, ind)
        if k == "return":
            return [f"{ind}if {self.cond(sc)}:", f"{ind}    return {self.expr(sc, sc.fn.ret, 2)}"]
        if k == "jump":
            j = self.choice(["break", "continue"])
            return [f"{ind}if {self.cond(sc)}:", f"{ind}    {j}"]
        if k == "if":
            lines = [f"{ind}if {self.cond(sc)}:"] + self.block(sc, ind + "    ", self.r.randint(1, 3))
            for _ in range(self.pick((3, 0), (2, 1), (1, 2))):
                lines += [f"{ind}elif {self.cond(sc)}:"] + self.block(sc, ind + "    ", self.r.randint(1, 2))
            if self.chance(0.5):
                lines += [f"{ind}else:"] + self.block(sc, ind + "    ", self.r.randint(1, 2))
            return lines
        if k == "for":
            i = sc.fresh("i")
            rng, trips = self.range_args(sc)
            sc.ro.add(i)
            sc.vars[i] = INT
            sc.loop += 1
            old = sc.mult
            sc.mult *= max(trips, 1)
            lines = [f"{ind}for {i} in {rng}:"] + self.block(sc, ind + "    ", self.r.randint(1, 3))
            sc.mult = old
            sc.loop -= 1
            del sc.vars[i]
            sc.maybe[i] = INT
            if self.chance(0.15):
                lines += [f"{ind}else:"] + self.block(sc, ind + "    ", 1)
            return lines
        # while
        w = sc.fresh("w")
        n = self.r.randint(0, 7)
        self.define(sc, w, INT)
        sc.ro.add(w)
        sc.loop += 1
        old = sc.mult
        sc.mult *= max(n, 1) + 1
        if self.chance(0.3):
            head = [f"{ind}{w} = 0", f"{ind}while True:", f"{ind}    {w} += 1",
                    f"{ind}    if {w} > {n}:", f"{ind}        break"]
        else:
            extra = f" and {self.expr(sc, BOOL, 1)}" if self.chance(0.3) else ""
            head = [f"{ind}{w} = 0", f"{ind}while {w} < {n}{extra}:", f"{ind}    {w} += 1"]
        lines = head + self.block(sc, ind + "    ", self.r.randint(1, 3))
        sc.mult = old
        sc.loop -= 1
        if self.chance(0.1) and "True" not in head[1]:
            lines += [f"{ind}else:"] + self.block(sc, ind + "    ", 1)
        return lines

    # ------------------------------------------------------------- functions
    def params(self, n, allow_default=True):
        ps = []
        for j in range(n):
            ty = self.pick((5, INT), (4, FLOAT), (1, BOOL))
            ps.append([f"p{j}", ty, None])
        if ps and allow_default and self.chance(0.35):
            p = ps[-1]
            p[2] = {INT: self.int_lit(), FLOAT: self.float_lit(nostr=True), BOOL: self.choice(["True", "False"])}[p[1]]
            if p[2].startswith("math."):
                p[2] = "0.25"
        return [tuple(p) for p in ps]

    def signature(self, f):
        ps = []
        for pn, pt, default in f.params:
            ps.append(f"{pn}: {pt}" + (f" = {default}" if default is not None else ""))
        return f"def {f.name}({', '.join(ps)}) -> {f.ret}:"

    def plain_func(self, name):
        n = self.r.randint(1, 3) if self.chance(0.85) else self.r.randint(5, 10)  # many: stack-passed arguments
        f = Func(name, self.params(n), self.pick((5, INT), (4, FLOAT), (2, BOOL)), "plain")
        sc = Scope(f, budget=1500)
        for pn, pt, _ in f.params:
            sc.vars[pn] = pt
        body = []
        for _ in range(self.r.randint(2, 5)):
            body += self.stmt(sc, "    ")
        body.append(f"    return {self.expr(sc, f.ret, 2)}")
        f.cost = max(sc.cost, 1) + 2
        return f, [self.signature(f)] + body

    def rec_func(self, name):
        ty = self.choice([INT, FLOAT])
        f = Func(name, [("n", INT, None), ("x", ty, None)], ty, "rec")
        sc = Scope(f, budget=60)
        sc.vars.update({"n": INT, "x": ty})
        sc.ro.add("n")
        sc.in_rec = True
        base = self.expr(sc, ty, 2)
        body = ["    if n <= 0:", f"    return {base}".replace("    return", "        return", 1)]
        for _ in range(self.r.randint(0, 2)):
            body += self.simple_stmt(sc, "    ")
        nxt = self.expr(sc, ty, 2)
        if ty == INT:
            nxt = f"({nxt}) % 1000003"
        call = f"{name}(n - 1, {nxt})"
        k = self.r.randrange(3)
        if k == 0:
            ret = call
        elif k == 1:
            extra = self.expr(sc, ty, 1)
            ret = f"({extra} + {call})" + (" % 1000003" if ty == INT else "")
        else:
            ret = f"({call} if {self.expr(sc, BOOL, 1)} else {self.expr(sc, ty, 1)})"
        body.append(f"    return {ret}")
        f.cost = 14 * (sc.cost + 3)
        return f, [self.signature(f)] + body

    def edge_func(self, name):
        """A function whose result goes through its parameters, so that
        nothing can be folded at compile time; main calls it with edge
        values (see edge_call)."""
        if self.chance(0.35):
            return self.edge_float_func(name)
        f = Func(name, [("x", INT, None), ("y", INT, None)], self.choice([INT, FLOAT, BOOL]), "edge")
        f.sig = "ii"
        sc = Scope(f, budget=10)
        sc.vars.update({"x": INT, "y": INT})
        sc.edge.update({"x", "y"})
        body = []
        for _ in range(self.r.randint(0, 2)):
            body += self.edge_stmt(sc, "    ")
        if self.chance(0.25):
            lo = self.r.randint(58, 63)
            body += [f"    for k in range({lo}, {lo + self.r.randint(1, 8)}):",
                     f"        print({self.choice(['x >> k', 'x << (k - 60)', 'y >> k', '(x >> k) + (y << (k - 62))', '-x >> k'])})"]
        ops = {INT: ["x // y", "x % y", "x << y", "x >> y", "x * y", "x + y", "x - y", "abs(x) + y",
                     "-x - y", "x ** (y % 66)", "round(x, y % 40 - 20)", "max(x, y) - min(x, y)", "x ^ y",
                     "(x >> y) + (x << (y % 64))", "int(x / y)", "x * (y % 3) - y"],
               FLOAT: ["x / y", "x + 0.5 * y", "float(x) - float(y)", "x * 1.0 + y", "x ** -1 + y ** -2"],
               BOOL: ["x == x + 0.0", "x < float(y)", "float(x) == float(y)", "x + 1 > 9.223372036854776e18",
                      "x - y <= 0.5", "x / y == float(x) / float(y)", "-x < y", "x >> y == x // 2 ** (y % 63)"]}
        body.append(f"    return {self.choice(ops[f.ret])}")
        f.cost = 12
        return f, [self.signature(f)] + body

    def edge_float_func(self, name):
        f = Func(name, [("x", FLOAT, None), ("y", INT, None)], self.choice([INT, FLOAT, BOOL]), "edge")
        f.sig = "fi"
        body = []
        if self.chance(0.3):
            body.append(f"    print(x, y, {self.choice(['x * y', 'x + y', 'x - y', 'y / x if x != 0.0 else 0.0', '-x', 'abs(x)'])})")
        ops = {INT: ["int(x)", "round(x)", "math.floor(x)", "math.ceil(x)", "int(x) + y", "round(x * y)",
                     "int(x) // (y | 1)", "math.floor(x) - y", "max(int(x), y)"],
               FLOAT: ["round(x, y)", "x // y", "x % y", "x ** y", "x / y", "x * y", "min(x, float(y))",
                       "max(x, y + 0.0)", "float(y) - x", "math.fabs(x) ** (y % 5)", "y / x"],
               BOOL: ["x == y", "x < y", "y <= x", "x != y", "y > x", "x >= y", "x == y and y == x",
                      "float(y) == x", "x < y < x + 1"]}
        body.append(f"    return {self.choice(ops[f.ret])}")
        f.cost = 5
        return f, [self.signature(f)] + body

    def edge_call(self, sc, f):
        if getattr(f, "sig", "ii") == "fi":
            x = self.choice(EDGE_FLOATS + ['float("nan")', 'float("inf")', 'float("-inf")', "(-0.0)", "0.5",
                                           "2.5", "(-2.5)", "1e308", "5e-324", "(-1.5)", "0.0", "3.0"])
            y = self.choice(["0", "1", "(-1)", "2", "63", "9223372036854775807", "(-9223372036854775807 - 1)",
                             "9007199254740993", "3", "(-3)", "9223372036854775806", "1000"])
            return f"{f.name}({x}, {y})"
        x = self.choice(EDGE_INTS + ["7", "(-7)", "1", "0"])
        # shift counts up to a few hundred only: CPython cannot build 1 << 2**62 (MemoryError)
        y = self.choice(["(-1)", "1", "2", "0", "63", "64", "62", "(-1)", "3", "(-2)", "(-9223372036854775807)",
                         "65", "127", "128", "200", "32"])
        return f"{f.name}({x}, {y})"

    def main_func(self):
        f = Func("main", [], self.pick((4, INT), (3, FLOAT), (2, BOOL)), "main")
        sc = Scope(f, budget=12000)
        body = []
        pending = list(self.funcs)
        self.r.shuffle(pending)
        for _ in range(self.r.randint(3, 7)):
            body += self.stmt(sc, "    ")
            if pending and self.chance(0.5):
                body += self.call_stmt(sc, pending.pop())
        for g in pending:
            body += self.call_stmt(sc, g)
        body.append(f"    return {self.expr(sc, f.ret, 2)}")
        return [self.signature(f)] + body

    def call_stmt(self, sc, g):
        if g.kind == "edge":
            src = self.edge_call(sc, g)
        else:
            sc.cost += g.cost
            src = self.call_src(sc, g, 2)
        if self.chance(0.5):
            return [f"    print({src})"]
        v = sc.fresh("c")
        self.define(sc, v, g.ret, edge=(g.kind == "edge" and g.ret == INT))
        return [f"    {v} = {src}"]

    def program(self, header):
        out = [header, "# run: main", "import math", ""]
        if self.chance(0.6):
            for j in range(self.r.randint(1, 3)):
                ty = self.choice(TYPES)
                name = f"K{j}"
                val = {INT: self.int_lit(), FLOAT: self.float_lit(nostr=True), BOOL: self.choice(["True", "False"])}[ty]
                if val.startswith("math.") or val.startswith("(-math") or "*" in val:
                    val = "1.25"
                    ty = FLOAT
                if val.startswith("(-"):
                    val = val[1:-1]
                self.consts[name] = ty
                out.append(f"{name} = {val}")
            if self.chance(0.3):
                self.edge_consts.append("BIG")
                out.append("BIG = 9223372036854775807")
            out.append("")
        nf = self.r.randint(1, 3)
        for j in range(nf):
            kind = self.pick((6, "plain"), (2, "rec"), (2, "edge"))
            name = f"f{j}"
            f, lines = {"plain": self.plain_func, "rec": self.rec_func, "edge": self.edge_func}[kind](name)
            self.funcs.append(f)
            out += lines + ["", ""]
        out += self.main_func()
        return "\n".join(out) + "\n"


# ----------------------------------------------------------------- running
class Escape(Exception):
    """An int left [-2**63, 2**63)."""


class TooMuchWork(Exception):
    """The program does more than WORK_LIMIT checked operations."""


class TooSlow(BaseException):
    """Safety net: one run took longer than TIME_LIMIT seconds of wall time.

    Cannot happen by construction (WORK_LIMIT bounds the work); if it does
    (a slow big-int operation inside CPython), the program is regenerated
    and a warning printed, since wall time is not deterministic.
    """


def _alarm(signum, frame):
    raise TooSlow


CHK = "_rpy_fuzz_chk"


class Instrument(ast.NodeTransformer):
    """Route every value that may be an int through CHK."""

    @staticmethod
    def wrap(node):
        return ast.Call(func=ast.Name(id=CHK, ctx=ast.Load()), args=[node], keywords=[])

    def visit_BinOp(self, node):
        self.generic_visit(node)
        return self.wrap(node)

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        return self.wrap(node)

    def visit_Call(self, node):
        self.generic_visit(node)
        return self.wrap(node)

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        assert isinstance(node.target, ast.Name)
        value = self.wrap(ast.BinOp(left=ast.Name(id=node.target.id, ctx=ast.Load()), op=node.op, right=node.value))
        new = ast.Assign(targets=[ast.Name(id=node.target.id, ctx=ast.Store())], value=value)
        for n in ast.walk(new):
            ast.copy_location(n, node)
        return new


def make_checker():
    work = [0]

    def chk(v):
        work[0] += 1
        if work[0] > WORK_LIMIT:
            raise TooMuchWork
        t = type(v)
        if t is int:
            if not INT_MIN <= v <= INT_MAX:
                raise Escape
        elif t is tuple:
            for x in v:
                if type(x) is int and not INT_MIN <= x <= INT_MAX:
                    raise Escape
        elif t is complex:
            raise TypeError("complex result (generator bug)")
        return v

    return chk


def run(code, extra=None):
    """Run main() of compiled code: (stdout, error, result_repr, exception)."""
    ns = {"__name__": "rpy_fuzz_prog"}
    if extra:
        ns.update(extra)
    buf = io.StringIO()
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    timer = hasattr(signal, "setitimer")
    if timer:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT)
    try:
        with contextlib.redirect_stdout(buf):
            exec(code, ns)
            result = ns["main"]()
        return buf.getvalue(), "", repr(result), None
    except (Escape, TooMuchWork, TooSlow) as e:
        return buf.getvalue(), "", None, e
    except Exception as e:  # noqa: BLE001 - every exception main raises is an outcome
        msg = str(e)
        return buf.getvalue(), type(e).__name__ + (f": {msg}" if msg else ""), None, e
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_REAL, 0)
        sys.setrecursionlimit(old)


UNINTENDED = ("TypeError", "NameError", "AttributeError", "RecursionError", "SyntaxError",
              "MemoryError", "KeyError", "IndexError")


def expectation(text, filename):
    """The expected outcome of a program, or None to regenerate it."""
    tree = ast.parse(text, filename)
    plain = compile(tree, filename, "exec")
    inst_tree = ast.fix_missing_locations(Instrument().visit(ast.parse(text, filename)))
    inst = compile(inst_tree, filename, "exec")
    out_i, err_i, res_i, exc_i = run(inst, {CHK: make_checker()})
    if isinstance(exc_i, TooMuchWork):
        return None, "too much work"
    if isinstance(exc_i, TooSlow):
        return None, "WARNING: took more than TIME_LIMIT (generator bug; output may depend on the machine)"
    if isinstance(exc_i, Escape):
        return {"stdout": out_i, "error": OVERFLOW, "result_repr": None}, None
    out, err, res, exc = run(plain)
    if isinstance(exc, TooSlow):
        return None, "WARNING: took more than TIME_LIMIT (generator bug; output may depend on the machine)"
    if (out, err, res) != (out_i, err_i, res_i):
        return None, f"instrumented run differs: {(out_i, err_i, res_i)!r} vs {(out, err, res)!r}"
    if err.startswith(UNINTENDED) or (res is not None and "j" in res):
        return None, f"unintended outcome {err or res}"
    return {"stdout": out, "error": err, "result_repr": res}, None


def generate(seed, k):
    for attempt in range(50):
        rng = random.Random(f"{seed}:{k}:{attempt}")
        text = Gen(rng).program(f"# rpythonic fuzz program: seed={seed} index={k} attempt={attempt}")
        if text.count("\n") > MAX_LINES:
            continue
        exp, why = expectation(text, f"prog_{k}.py")
        if exp is None:
            if why != "too much work":
                print(f"gen.py: seed={seed} index={k} attempt={attempt}: {why}", file=sys.stderr)
            continue
        return text, exp
    raise SystemExit(f"gen.py: could not generate program {k} for seed {seed}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    entries = []
    for k in range(args.count):
        text, exp = generate(args.seed, k)
        name = f"prog_{k}.py"
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        entries.append({"file": name, **exp})
    with open(os.path.join(args.out, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(entries, fh, indent=1, ensure_ascii=True)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
