"""Compiled classes (``@rpy.object``) from Python: construction, fields as
properties over the C struct, methods, identity, repr, class constants,
linked lists, AttributeError through None (checked against the same
classes run by CPython undecorated), a shared instance mutated by a worker
thread, memory of a million instances, and the JIT -> AOT hot swap of a
live instance.

The tests that matter on both tiers use the ``objs`` fixture (one module
per tier, compiled once); the oracle is the same source with the
decorators removed, imported as plain Python.
"""

from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
import textwrap
import threading
import time

import pytest

import rpythonic
from conftest import PYTHON, import_file, innermost_line_in

# ``{obj}``/``{obj_typed}`` are the decorators (empty in the oracle), and
# ``{wrap}`` the call form ``rpy.object(Cls)`` (empty in the oracle).
OBJECTS = '''
import rpythonic

rpy = rpythonic.RPython(cache_dir={cache!r}, tier={tier!r})


{obj}
class MyRpyObject(object):
    K = 3
    SCALE = 2.5
    FLAG = True

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x; self.y = y; self.z = z

    def add(self, x: float, y: float, z: float):
        self.x += x; self.y += y; self.z += z

    def sum(self) -> float:
        return self.x + self.y + self.z

    def twice_sum(self) -> float:
        return self.sum() * 2.0

    def me(self) -> "MyRpyObject":
        return self

    def scaled(self, f: float) -> "MyRpyObject":
        return MyRpyObject(self.x * f, self.y * f, z=self.z * f)

    def constants(self) -> float:
        return self.K + MyRpyObject.K + self.SCALE * MyRpyObject.SCALE

    def flag(self) -> bool:
        return MyRpyObject.FLAG and self.FLAG

    def int_ratio(self, d: int) -> int:
        return self.K // d

    def ratio(self, d: float) -> float:
        return self.x / d


{obj}
class Node:
    def __init__(self, value: int, next: "Node | None" = None):
        self.value = value
        self.next = next

    def total(self) -> int:
        s = 0
        n = self
        while n is not None:
            s += n.value
            n = n.next
        return s

    def length(self) -> int:
        c = 0
        n: "Node | None" = self
        while n is not None:
            c += 1
            n = n.next
        return c

    def last(self) -> "Node":
        n = self
        while n.next is not None:
            n = n.next
        return n

    def push(self, value: int) -> "Node":
        return Node(value, self)

    def second_value(self) -> int:
        return self.next.value  # THROUGH-NONE-FIELD

    def third_value(self) -> int:
        n = self.next
        return n.next.value  # THROUGH-NONE-CHAIN

    def second_total(self) -> int:
        return self.next.total()  # THROUGH-NONE-METHOD


{obj_typed}
class Typed:
    def __init__(self, n, ratio=1.0, flag: bool = False):
        self.n = n
        self.ratio = ratio
        self.flag = flag

    def scaled(self) -> float:
        if self.flag:
            return -self.n * self.ratio
        return self.n * self.ratio


class Plain:
    def __init__(self, a: int = 2):
        self.a = a

    def double(self) -> int:
        return self.a * 2


CPlain = {wrap}(Plain)


@{bind}
def chain(n: int) -> Node:
    head = Node(0)
    for i in range(1, n):
        head = Node(i, head)
    return head


@{bind}
def use_classes(k: int) -> float:
    p = Plain(k)
    t = Typed(p.double(), 0.5)
    return t.scaled()
'''


def _has_compiler() -> bool:
    from shutil import which

    return any(which(c) for c in ("cc", "gcc", "clang"))


def _source(tier: str, cache: str, compiled: bool) -> str:
    return OBJECTS.format(
        cache=cache,
        tier=tier,
        obj="@rpy.object" if compiled else "",
        obj_typed="@rpy.object(n=int)" if compiled else "",
        wrap="rpy.object" if compiled else "",
        bind="rpy.bind()" if compiled else "(lambda f: f)",
    )


@pytest.fixture(scope="module", params=["jit", "aot"])
def objs(request, tmp_path_factory):
    """The compiled module, on the JIT and on the AOT tier."""
    tier = request.param
    if tier == "aot" and not _has_compiler():
        pytest.skip("no C compiler on this machine")
    d = tmp_path_factory.mktemp(f"objects_{tier}")
    path = d / f"objects_{tier}.py"
    path.write_text(_source(tier, str(d / "cache"), compiled=True), encoding="utf-8")
    mod = import_file(path)
    if tier == "aot":
        mod.rpy.cache(f"objects_{tier}", wait=True)
    yield mod
    sys.modules.pop(mod.__name__, None)


@pytest.fixture(scope="module")
def oracle(tmp_path_factory):
    """The same classes, undecorated: plain CPython."""
    d = tmp_path_factory.mktemp("objects_oracle")
    path = d / "objects_oracle.py"
    path.write_text(_source("jit", str(d / "cache"), compiled=False), encoding="utf-8")
    mod = import_file(path)
    yield mod
    sys.modules.pop(mod.__name__, None)


def _tier_of(mod) -> str:
    return mod.rpy.tier


# ---------------------------------------------------------------- construction


def test_construction_positional_keywords_defaults(objs):
    C = objs.MyRpyObject
    o = C(1.0, z=3.0)
    assert (o.x, o.y, o.z) == (1.0, 0.0, 3.0)
    o = C()
    assert (o.x, o.y, o.z) == (0.0, 0.0, 0.0)
    o = C(z=-1.5, x=2.5, y=0.25)
    assert (o.x, o.y, o.z) == (2.5, 0.25, -1.5)
    o = C(1, 2, 3)  # ints for float fields are converted
    assert (o.x, o.y, o.z) == (1.0, 2.0, 3.0)
    assert all(type(v) is float for v in (o.x, o.y, o.z))
    assert rpythonic.tier(C) == _tier_of(objs)


def _type_error(f, *args, **kwargs) -> str:
    with pytest.raises(TypeError) as e:
        f(*args, **kwargs)
    return str(e.value)


def test_constructor_argument_errors_are_cpythons(objs, oracle):
    for args, kwargs in [((1.0, 2.0, 3.0, 4.0), {}), ((), {"q": 1.0}), ((1.0,), {"x": 2.0})]:
        assert _type_error(objs.MyRpyObject, *args, **kwargs) == _type_error(oracle.MyRpyObject, *args, **kwargs)
    assert _type_error(objs.Node) == _type_error(oracle.Node)


def test_rebinding_the_class_name_and_no_subclasses(tmp_path):
    path = tmp_path / "rebind.py"
    path.write_text(
        "import rpythonic\n"
        "rpy = rpythonic.RPython(tier='jit')\n"
        "class Plain:\n"
        "    def __init__(self, a: int = 2):\n"
        "        self.a = a\n"
        "Plain = rpy.object(Plain)\n",
        encoding="utf-8",
    )
    mod = import_file(path)
    assert mod.Plain(5).a == 5
    with pytest.raises(TypeError, match="cannot be subclassed"):
        type("Sub", (mod.Plain,), {})
    with pytest.raises(TypeError, match="can compile classes with rpy.object, not builtin_function_or_method"):
        mod.rpy.object()(len)
    sys.modules.pop(mod.__name__, None)


def test_construction_argument_errors(objs):
    C = objs.MyRpyObject
    with pytest.raises(TypeError, match=r"takes from \d to \d positional arguments but \d were given"):
        C(1.0, 2.0, 3.0, 4.0)
    with pytest.raises(TypeError, match="unexpected keyword argument 'q'"):
        C(q=1.0)
    with pytest.raises(TypeError, match="multiple values for argument 'x'"):
        C(1.0, x=2.0)
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'value'"):
        objs.Node()
    with pytest.raises(TypeError, match=r"argument 'x' must be float, not str"):
        C("a")
    with pytest.raises(TypeError, match=r"argument 'next' must be Node \| None, not int"):
        objs.Node(1, 3)


def test_object_with_field_types_and_call_form(objs):
    T = objs.Typed
    assert T(3).scaled() == 3.0
    assert T(3, 2.0, True).scaled() == -6.0
    t = T(4, 2)
    assert type(t.ratio) is float and t.ratio == 2.0 and t.flag is False
    with pytest.raises(TypeError, match="argument 'n' must be int, not float"):
        T(1.5)
    # rpy.object(Cls), called rather than used as a decorator
    P = objs.CPlain
    assert P().double() == 4 and P(5).a == 5
    assert isinstance(P(1), P)
    # compiled code constructs both classes
    assert objs.use_classes(4) == 4.0


def test_object_decorator_argument_errors():
    rpy = rpythonic.RPython()
    with pytest.raises(TypeError, match="field types given here are int, float or bool"):
        rpy.object(x=str)
    with pytest.raises(TypeError, match="takes a class"):
        rpy.object(3)


# ---------------------------------------------------------------- fields


def test_field_get_set_and_type_errors(objs):
    o = objs.MyRpyObject(1.0, 2.0, 3.0)
    o.x = 5.5
    assert o.x == 5.5 and o.sum() == 10.5  # compiled code sees the store
    o.y = 7  # an int assigned to a float field is converted
    assert o.y == 7.0 and type(o.y) is float
    with pytest.raises(TypeError) as info:
        o.x = "a"
    assert str(info.value) == "MyRpyObject.x must be float, not str"
    assert o.x == 5.5  # unchanged
    with pytest.raises(TypeError, match="MyRpyObject.z must be float, not NoneType"):
        o.z = None
    n = objs.Node(1)
    with pytest.raises(TypeError, match="Node.value must be int, not float"):
        n.value = 1.5
    with pytest.raises(TypeError, match=r"Node.next must be Node or None, not int"):
        n.next = 3
    with pytest.raises(TypeError, match=r"Node.next must be Node or None, not MyRpyObject"):
        n.next = o
    t = objs.Typed(1)
    with pytest.raises(TypeError, match="Typed.flag must be bool, not int"):
        t.flag = 1
    t.flag = True
    assert t.flag is True and t.scaled() == -1.0


def test_unknown_attributes_and_no_dict(objs):
    o = objs.MyRpyObject()
    with pytest.raises(AttributeError, match="'MyRpyObject' object has no attribute 'w'"):
        o.w
    with pytest.raises(AttributeError, match="'MyRpyObject' object has no attribute 'w'"):
        o.w = 1.0
    with pytest.raises(AttributeError):
        o.__dict__
    assert not hasattr(o, "w")


# ---------------------------------------------------------------- methods


def test_methods(objs, oracle):
    o = objs.MyRpyObject(1.0, z=3.0)
    p = oracle.MyRpyObject(1.0, z=3.0)
    assert o.add(1.0, 2.0, 3.0) is None
    p.add(1.0, 2.0, 3.0)
    assert (o.x, o.y, o.z) == (p.x, p.y, p.z) == (2.0, 2.0, 6.0)
    o.add(x=0.1, y=0.2, z=0.3)
    p.add(x=0.1, y=0.2, z=0.3)
    assert (o.x, o.y, o.z) == (p.x, p.y, p.z)
    assert o.sum() == p.sum()
    assert o.twice_sum() == p.twice_sum()  # a method calling another
    with pytest.raises(TypeError, match=r"MyRpyObject.add\(\) missing 1 required positional argument: 'z'"):
        o.add(1.0, 2.0)
    with pytest.raises(TypeError, match=r"MyRpyObject.add\(\) argument 'x' must be float, not str"):
        o.add("a", 1.0, 1.0)


def test_methods_return_self_and_new_instances(objs):
    C = objs.MyRpyObject
    o = C(1.0, 2.0, 3.0)
    assert o.me() is o
    assert o.me().me() is o
    s = o.scaled(2.0)
    assert type(s) is C and s is not o
    assert (s.x, s.y, s.z) == (2.0, 4.0, 6.0)
    assert (o.x, o.y, o.z) == (1.0, 2.0, 3.0)
    assert s.me() is s
    assert s.scaled(0.5).scaled(2.0).sum() == 12.0


def test_isinstance_and_repr(objs, oracle):
    C = objs.MyRpyObject
    o = C()
    assert isinstance(o, C) and type(o) is C
    assert not isinstance(objs.Node(1), C)
    assert (C.__name__, C.__qualname__, C.__module__) == ("MyRpyObject", "MyRpyObject", objs.__name__)
    r = repr(o)
    assert re.fullmatch(rf"<{re.escape(objs.__name__)}\.MyRpyObject object at 0x[0-9a-f]+>", r), r
    assert r == f"<{objs.__name__}.MyRpyObject object at 0x{id(o):x}>"
    assert str(o) == r
    # the same format as CPython's default repr of the undecorated class
    q = oracle.MyRpyObject()
    assert repr(q) == f"<{oracle.__name__}.MyRpyObject object at 0x{id(q):x}>"


def test_equality_is_identity(objs):
    C = objs.MyRpyObject
    a, b = C(1.0), C(1.0)
    assert a == a and a != b and not (a == b)


def test_exceptions_in_methods_match_cpython(objs, oracle):
    for make in (lambda m: m.MyRpyObject(1.0).int_ratio(0), lambda m: m.MyRpyObject(1.0).ratio(0.0)):
        with pytest.raises(ZeroDivisionError) as want:
            make(oracle)
        with pytest.raises(ZeroDivisionError) as got:
            make(objs)
        assert str(got.value) == str(want.value)


# ---------------------------------------------------------------- linked lists


def test_linked_list_built_from_python(objs, oracle):
    for m in (objs, oracle):
        head = None
        for v in range(1, 101):
            head = m.Node(v, head)
        assert head.total() == 5050
        assert head.length() == 100
        assert head.last().value == 1
        assert head.last().next is None
    N = objs.Node
    a = N(1, N(2, N(3)))
    assert a.next.next.next is None
    assert a.next is a.next  # one wrapper per object
    tail = a.last()
    assert tail is a.next.next and tail.value == 3
    b = a.push(0)
    assert b.next is a and b.total() == 6
    # stores from Python are seen by compiled code
    a.next.next = N(30)
    gc.collect()
    assert a.total() == 33 and a.last().value == 30
    a.next = None
    assert a.total() == 1 and b.length() == 2
    # an object only reachable through a field outlives its wrapper
    c = N(5, N(6))
    del a
    gc.collect()
    assert b.next.value == 1
    assert c.next.value == 6


def test_compiled_function_builds_and_returns_a_list(objs):
    head = objs.chain(1000)
    assert head.value == 999 and head.length() == 1000
    assert head.total() == sum(range(1000))
    assert head.last().value == 0


def _error(call):
    with pytest.raises(AttributeError) as info:
        call()
    return info.value


@pytest.mark.parametrize(
    "call",
    [
        lambda m: m.Node(1).second_value(),
        lambda m: m.Node(1, m.Node(2)).third_value(),
        lambda m: m.Node(1).second_total(),
    ],
    ids=["field", "chain", "method"],
)
def test_attribute_error_through_none_matches_cpython(objs, oracle, call):
    want = _error(lambda: call(oracle))
    got = _error(lambda: call(objs))
    assert str(got) == str(want)
    assert str(want).startswith("'NoneType' object has no attribute ")
    # at the same line of the same source
    assert innermost_line_in(got, objs.__file__) == innermost_line_in(want, oracle.__file__)


# ---------------------------------------------------------------- class constants


def test_class_constants(objs, oracle):
    C = objs.MyRpyObject
    assert (C.K, C.SCALE, C.FLAG) == (3, 2.5, True)
    assert type(C.K) is int and type(C.SCALE) is float and C.FLAG is True
    o = C()
    assert (o.K, o.SCALE) == (3, 2.5)
    assert o.constants() == oracle.MyRpyObject().constants() == 3 + 3 + 2.5 * 2.5
    assert o.flag() is True
    assert o.int_ratio(2) == 1


# ---------------------------------------------------------------- threads


def _indices(start: float, step: float, reads: list[float]) -> list[int]:
    """For each value read, its index in start, start+step, ... (the same
    float additions), asserting that it is one of them (never torn)."""
    order = sorted(range(len(reads)), key=reads.__getitem__)
    out = [0] * len(reads)
    value, index = start, 0
    for k in order:
        while value < reads[k]:
            value += step
            index += 1
        assert value == reads[k], f"{reads[k]!r} is not a value of the sequence"
        out[k] = index
    return out


def test_shared_instance_with_a_worker_thread(objs):
    o = objs.MyRpyObject(1.0, 2.0, 3.0)
    lock = threading.Lock()
    go = threading.Event()
    go.set()
    started = threading.Event()
    counter = {"adds": 0}
    errors: list[BaseException] = []

    def worker():
        try:
            while go.is_set():
                with lock:
                    o.add(0.1, 0.2, 0.3)
                    counter["adds"] += 1
                started.set()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
            started.set()

    t = threading.Thread(target=worker)
    t.start()
    try:
        assert started.wait(30), "the worker did not start"
        reads = []
        for i in range(2000):
            reads.append((o.x, o.y, o.z))  # no lock
            if i % 20 == 0:
                time.sleep(0.0005)  # let the worker run
    finally:
        go.clear()
        t.join(60)
    assert not t.is_alive()
    assert not errors, errors
    adds = counter["adds"]
    assert adds >= 1
    ex, ey, ez = 1.0, 2.0, 3.0
    for _ in range(adds):
        ex += 0.1
        ey += 0.2
        ez += 0.3
    assert (o.x, o.y, o.z) == (ex, ey, ez)
    assert o.sum() == ex + ey + ez
    # every value read is one the fields held; x, y, z were read in that
    # order, so y saw at least as many adds as x, and z as y
    ix = _indices(1.0, 0.1, [r[0] for r in reads])
    iy = _indices(2.0, 0.2, [r[1] for r in reads])
    iz = _indices(3.0, 0.3, [r[2] for r in reads])
    assert ix == sorted(ix)  # reads never go backwards
    assert all(a <= b <= c <= adds for a, b, c in zip(ix, iy, iz))


# ---------------------------------------------------------------- memory

MEMORY_MODULE = '''
import rpythonic

rpy = rpythonic.RPython(tier="jit")


@rpy.object
class Node:
    def __init__(self, value: int, next: "Node | None" = None):
        self.value = value
        self.next = next

    def total(self) -> int:
        s = 0
        n = self
        while n is not None:
            s += n.value
            n = n.next
        return s


@rpy.object
class Vec:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def plus(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)

    def me(self) -> "Vec":
        return self


@rpy.bind()
def chains(rounds: int, length: int) -> int:
    total = 0
    for r in range(rounds):
        head = Node(0)
        for i in range(1, length):
            head = Node(i, head)
        total += head.total()
    return total


@rpy.bind()
def build(length: int) -> Node:
    head = Node(0)
    for i in range(1, length):
        head = Node(i, head)
    return head
'''

MEMORY_SCRIPT = '''
import gc, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import memory_objects as m

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * PAGE


def compiled_round():
    # 1000 chains of 1000 nodes: a million instances made and dropped
    assert m.chains(1000, 1000) == 1000 * (999 * 1000 // 2)
    # a million-long chain returned to Python, then dropped (freed
    # iteratively)
    head = m.build(1_000_000)
    assert head.total() == 999_999 * 1_000_000 // 2
    del head


def python_round():
    Node, Vec = m.Node, m.Vec
    head = None
    for i in range(200_000):
        n = Node(i, Node(1))
        n.next.next = Node(2)
        v = Vec(1.0, 2.0)
        w = v.plus(v)
        assert w.me() is w
        head = Node(i, head)
        if i % 1000 == 999:
            head = None
    assert n.total() == 199_999 + 3 and w.x == 2.0


rows = []
for r in range(4):
    compiled_round()
    gc.collect()
    a = rss()
    python_round()
    gc.collect()
    rows.append((a, rss()))
print(json.dumps(rows))
'''


def test_memory_of_a_million_instances(tmp_path):
    (tmp_path / "memory_objects.py").write_text(textwrap.dedent(MEMORY_MODULE), encoding="utf-8")
    script = tmp_path / "memory_run.py"
    script.write_text(MEMORY_SCRIPT, encoding="utf-8")
    proc = subprocess.run([PYTHON, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout.strip().splitlines()[-1])
    warm_compiled, warm_python = rows[0]
    bound = 4 * 1024 * 1024  # a million leaked nodes would be >= 24 MB
    for after_compiled, after_python in rows[1:]:
        assert after_compiled - warm_compiled < bound, rows
        assert after_python - warm_python < bound, rows


# ---------------------------------------------------------------- hot swap

SWAP_MODULE = '''
import rpythonic

rpy = rpythonic.RPython(cache_dir={cache!r}, tier="auto")


@rpy.object
class Acc:
    STEP = 0.5

    def __init__(self, x=0.0, n=0, link: "Acc | None" = None):
        self.x = x
        self.n = n
        self.link = link

    def add(self, v: float) -> "Acc":
        self.x += v * Acc.STEP
        self.n += 1
        return self

    def chain_sum(self) -> float:
        s = 0.0
        a: "Acc | None" = self
        while a is not None:
            s += a.x
            a = a.link
        return s

    def fork(self) -> "Acc":
        return Acc(self.x, self.n, self)

    def link_x(self) -> float:
        return self.link.x
'''


@pytest.mark.skipif(not _has_compiler(), reason="no C compiler on this machine")
def test_hot_swap_of_a_live_instance(tmp_path, write_file, monkeypatch):
    cache = tmp_path / "fresh-cache"
    monkeypatch.setenv("RPY_CACHE_DIR", str(cache))
    path = write_file(SWAP_MODULE.format(cache=str(cache)), stem="objects_swap")
    mod = import_file(path)
    try:
        Acc = mod.Acc
        assert rpythonic.tier(Acc) == "pending"
        a = Acc(1.0)  # compiles on the JIT; the library builds meanwhile
        assert rpythonic.tier(Acc) == "jit"
        assert a.add(2.0) is a
        b = a.fork()
        assert (a.x, a.n) == (2.0, 1)
        assert b.link is a and b.chain_sum() == 4.0
        mod.rpy.cache("objects_swap", wait=True)
        assert rpythonic.tier(Acc) == "aot"
        assert list(cache.glob("objects/*/*.so")), "the library is in the fresh cache"
        # the instances made by the JIT, used by the library
        assert (a.x, a.n, b.x, b.n) == (2.0, 1, 2.0, 1)
        assert a.add(4.0) is a
        assert (a.x, a.n) == (4.0, 2)
        assert b.link is a and b.link_x() == 4.0 and b.chain_sum() == 6.0
        a.x = 10
        assert a.x == 10.0 and b.chain_sum() == 12.0
        # new instances (library) linked to old ones (JIT)
        c = b.fork()
        assert c.link is b and c.link.link is a
        assert c.chain_sum() == 2.0 + 2.0 + 10.0
        assert Acc.STEP == 0.5 and c.add(1.0).x == 2.5
        with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'x'"):
            a.link_x()
        # dropping the wrappers frees the JIT-made objects through the library
        del a, b
        gc.collect()
        assert c.chain_sum() == 2.5 + 2.0 + 10.0
        assert c.link.link.link is None
        del c
        gc.collect()
        assert Acc(3.0).add(1.0).x == 3.5
    finally:
        sys.modules.pop(mod.__name__, None)


# ------------------------------------------- borrowed locals and signals

WALK_MODULE = '''
import rpythonic

rpy = rpythonic.RPython(cache_dir={cache!r}, tier={tier!r})


@rpy.object
class Node:
    def __init__(self, val: int, next: "Node | None" = None):
        self.val = val
        self.next = next


@rpy.object
class Box:
    head: "Node | None"

    def __init__(self):
        self.head = None
        self.stop = 0


@rpy.bind()
def build(box: Box, n: int) -> int:
    for i in range(n):
        box.head = Node(i, box.head)
    return n


@rpy.bind()
def walk(box: Box) -> int:
    # `a` borrows from the list (no counting in the loop); the SIGALRM
    # handler drops the whole list while the loop is in it.
    total = 0
    a = box.head
    while a is not None:
        total += a.val
        a = a.next
        if a is None and box.stop == 0:
            a = box.head
    return total
'''


@pytest.mark.parametrize("tier", ["jit", "aot"])
def test_signal_handler_drops_the_list_a_loop_walks(tier, tmp_path):
    """A Python signal handler run at a loop's interrupt poll drops every
    other reference to the node a borrowed local points at: the node (and
    the rest of the chain it holds) stays alive, as in CPython, and the
    walk finishes its round with the right sum."""
    import signal

    if tier == "aot" and not _has_compiler():
        pytest.skip("no C compiler on this machine")
    path = tmp_path / f"walk_{tier}.py"
    path.write_text(WALK_MODULE.format(cache=str(tmp_path / "cache"), tier=tier), encoding="utf-8")
    mod = import_file(path)
    if tier == "aot":
        mod.rpy.cache(f"walk_{tier}", wait=True)
    n = 5000
    box = mod.Box()
    assert mod.build(box, n) == n
    fired = []
    junk = []

    def handler(signum, frame):
        fired.append(box.head.val)
        box.head = None  # frees every node the walk is not standing on
        box.stop = 1
        # Reuse the freed memory, so a walk through freed nodes would read
        # these (val -1, next None) instead.
        junk.extend(mod.Node(-1) for _ in range(2 * n))

    old = signal.signal(signal.SIGALRM, handler)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        total = mod.walk(box)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert fired == [n - 1]
    assert rpythonic.tier(mod.walk) == tier
    one_round = n * (n - 1) // 2
    assert total > 0 and total % one_round == 0, (total, one_round)
    # The kept node was released at the end of the call: the list is gone.
    assert box.head is None
