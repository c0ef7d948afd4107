"""Runs calls on tests/stub/shipmod.py as one of three things and prints a
JSON transcript (tests/python/test_stub.py compares them):

    python drive.py stub DIR      the ctypes stub DIR/shipmod.py that `rpy build` wrote
    python drive.py source DIR    the source itself, under plain CPython (the oracle)
    python drive.py package DIR   the source bound by the rpythonic package

Sections: ``common`` (calls whose result, exception and output CPython
defines: stub == source), ``boundary`` (what the call boundary converts
or rejects, which CPython does not: stub == package) and ``ctypes`` (the
stub's own ctypes view, checked against fixed values). Python 3.8 syntax,
and nothing outside the standard library (it runs in bare venvs).
"""

import io
import json
import sys
import threading


def load(mode, where):
    sys.path.insert(0, where)
    import shipmod as m

    if mode == "package":
        import types

        import rpythonic

        rpy = rpythonic.RPython()
        for name, v in list(vars(m).items()):
            if isinstance(v, type) and v.__module__ == m.__name__:
                setattr(m, name, rpy.object(v))
        for name, v in list(vars(m).items()):
            if isinstance(v, types.FunctionType) and v.__module__ == m.__name__:
                setattr(m, name, rpy.bind(v))
        rpy.cache("shipmod")
    return m


def run(f):
    """(outcome, printed): the repr of f()'s result or its exception, and
    what it wrote to sys.stdout."""
    saved, out = sys.stdout, io.StringIO()
    sys.stdout = out
    try:
        r = ["ok", repr(f())]
    except Exception as e:  # noqa: BLE001 - the transcript records it
        r = ["exc", type(e).__name__, str(e)]
    finally:
        sys.stdout = saved
    return r + [out.getvalue()]


class Closed(object):
    def write(self, s):
        raise ValueError("I/O operation on closed file.")


def common(m):
    """CPython gives these results: the stub must give the same."""
    v = m.Vec2(3.0, 4.0)
    n = m.chain(5)
    cases = [
        ("add", lambda: m.add(2, 3)),
        ("add bool", lambda: m.add(True, 2)),
        ("add missing", lambda: m.add(1)),
        ("add extra", lambda: m.add(1, 2, 3)),
        ("add keyword", lambda: m.add(1, c=2)),
        ("add twice", lambda: m.add(1, a=2)),
        ("scale default", lambda: m.scale(1.5)),
        ("scale keyword-only", lambda: m.scale(1.0, 3.0, shift=1.0)),
        ("scale keyword-only positional", lambda: m.scale(1.0, 2.0, 3.0)),
        ("clamp defaults", lambda: m.clamp(20)),
        ("clamp keyword", lambda: m.clamp(-5, lo=-2)),
        ("clamp positional-only", lambda: m.clamp(v=3)),
        ("is_even", lambda: (m.is_even(4), m.is_even(3))),
        ("divide", lambda: (m.divide(7, 2), m.divide(-7, 2))),
        ("divide by zero", lambda: m.divide(1, 0)),
        ("checked", lambda: m.checked(4.0)),
        ("checked raises", lambda: m.checked(-1.0)),
        ("lookup", lambda: m.lookup("one")),
        ("lookup KeyError", lambda: m.lookup("x")),
        ("recursion", lambda: m.down(0)),
        ("print", lambda: m.shout(3)),
        ("print in a thread", lambda: thread_print(m)),
        ("print to a closed stdout", lambda: closed_print(m)),
        ("*args", lambda: (m.total(1, 2, 3, start=4), m.total())),
        ("zero result", lambda: m.zero()),
        ("None result", lambda: m.nothing()),
        ("instance", lambda: (v.x, v.y, v.dot(v), v.norm2(), m.Vec2.SCALE, v.SCALE)),
        ("new instance", lambda: (v.scaled(2.0).x, v.scaled(2.0).y)),
        ("same instance", lambda: v.me() is v),
        ("field store", lambda: set_x(v, 6.0)),
        ("constructor defaults", lambda: (m.Vec2().x, m.Vec2(y=2.0).y)),
        ("constructor extra", lambda: m.Vec2(1.0, 2.0, 3.0)),
        ("constructor keyword", lambda: m.Vec2(z=1.0)),
        ("method missing", lambda: v.dot()),
        ("linked list", lambda: (n.value, n.length(), n.next.next.value, n.flag, n.label)),
        ("C | None", lambda: (m.last(m.chain(3)).value, m.last(None), m.Node(1, m.Node(2)).length())),
        ("list result", lambda: m.squares(5)),
        ("list mutated", lambda: mutated(m.push_all, [5], 3)),
        ("list of float", lambda: m.mean([1.0, 2.5])),
        ("nested lists", lambda: mutated(m.nested, [[1], [2]])),
        ("list returned is the argument", lambda: returned_is_arg(m)),
        ("str", lambda: (m.names(["a", "b"], "-"), m.upper_all(["ab", "c"]), m.first_word("  hello world"))),
        ("str IndexError", lambda: m.first_word("   ")),
        ("tuple", lambda: (m.pair(1, 2.0), m.swap((1, "x")))),
        ("list of instances", lambda: m.norms([m.Vec2(1.0, 1.0), v])),
        ("IndexError", lambda: m.index_of([1, 2], 5)),
        ("negative index", lambda: m.index_of([1, 2], -1)),
        ("bool", lambda: (m.flip(True), m.flip(False))),
    ]
    return [[name] + run(f) for name, f in cases]


def set_x(v, x):
    v.x = x
    return (v.x, v.dot(v))


def mutated(f, *args):
    r = f(*args)
    return (r, args)


def returned_is_arg(m):
    ys = [3]
    r = m.same(ys)
    return (r is ys, ys)


def thread_print(m):
    t = threading.Thread(target=m.shout, args=(2,))
    t.start()
    t.join()


def closed_print(m):
    saved = sys.stdout
    sys.stdout = Closed()
    try:
        m.shout(1)
    finally:
        sys.stdout = saved


def boundary(m):
    """Conversions at the call boundary (not CPython's business): the stub
    must convert and reject as the rpythonic package does."""
    v = m.Vec2(1.0, 2.0)
    n = m.Node(1)
    cases = [
        ("int for float", lambda: (m.scale(1, 3, shift=1), m.Vec2(1, 2).x)),
        ("float for int", lambda: m.add(1.5, 2)),
        ("str for int", lambda: m.add("1", 2)),
        ("int overflow", lambda: m.add(2 ** 70, 1)),
        ("float overflow", lambda: m.scale(10 ** 400)),
        ("int result overflow", lambda: m.add(2 ** 62, 2 ** 62)),
        ("int for bool", lambda: m.flip(1)),
        ("bool for int", lambda: m.add(True, True)),
        ("None for instance", lambda: v.dot(None)),
        ("wrong instance", lambda: m.Node(1, v)),
        ("instance for None", lambda: m.last(5)),
        ("list item", lambda: unchanged(m.push_all, [1, "x"], 1)),
        ("nested list item", lambda: unchanged(m.nested, [[1], ["a"]])),
        ("not a list", lambda: m.names("ab", "-")),
        ("str item", lambda: m.names(["a", 1], "-")),
        ("tuple item", lambda: m.swap((1, 2))),
        ("tuple length", lambda: m.swap((1,))),
        ("not a tuple", lambda: m.swap([1, "x"])),
        ("*args item", lambda: m.total(1.5)),
        ("ints in list[float]", lambda: (m.mean([1, 2]), m.mean([True, 2.5]))),
        ("empty list[float]", lambda: m.mean([])),
        ("unchanged items keep their objects", lambda: kept(m)),
        ("field type", lambda: set_field(v, "x", "a")),
        ("int field type", lambda: set_field(n, "value", 1.5)),
        ("bool field type", lambda: set_field(n, "flag", 1)),
        ("instance field", lambda: set_field(n, "next", 5)),
        ("instance field None", lambda: (set_field(n, "next", m.Node(7)).value, n.next.value, set_field(n, "next", None), n.next)),
        ("str field is read-only", lambda: set_field(n, "label", "z")),
        ("field delete", lambda: del_field(v, "x")),
        ("unknown attribute", lambda: v.w),
        ("surrogate", lambda: m.first_word("\ud800")),
        ("same list twice", lambda: m.nested([[1]] * 2)),
        ("no subclasses", lambda: type("Sub", (m.Vec2,), {})),
    ]
    return [[name] + run(f) for name, f in cases]


def kept(m):
    xs = [1, 2.5]
    m.mean(xs)
    rows = [[1], [2]]
    first = rows[1]
    m.nested(rows)
    return (xs, type(xs[0]).__name__, rows[1] is first)


def unchanged(f, *args):
    try:
        f(*args)
    finally:
        print(repr(args))


def set_field(o, name, value):
    setattr(o, name, value)
    return getattr(o, name)


def del_field(o, name):
    delattr(o, name)


def ctypes_view(m):
    """The stub's ctypes view of instances (the RPythonic page's
    ``o._pointer.contents.x``)."""
    v = m.Vec2(3.0, 4.0)
    n = m.Node(5, m.Node(6))
    c = v._pointer.contents
    out = [type(c).__name__, c.x, c.y]
    v.x = 7.5
    out.append(v._pointer.contents.x)
    v._pointer.contents.y = -1.0
    out.append(v.y)
    nc = n._pointer.contents
    import ctypes
    import gc

    out += [nc.value, nc.flag, nc.next == ctypes.addressof(n.next._pointer.contents), type(nc).next.offset, type(c).x.offset]

    # Reference counts (the header's first word): calls release what they
    # take, the wrapper owns one reference, a field another.
    def refcnt(o):
        return ctypes.c_int64.from_address(ctypes.addressof(o._pointer.contents)).value

    w = m.Vec2(1.0, 1.0)
    before = refcnt(w)
    m.norms([w, w])
    w.dot(w)
    w.me()
    w.scaled(1.0)
    out += [before, refcnt(w)]
    tail = m.Node(6)
    head = m.Node(5, tail)
    out.append(refcnt(tail))
    del head
    gc.collect()
    out.append(refcnt(tail))
    return [repr(x) for x in out]


def main():
    mode, where = sys.argv[1], sys.argv[2]
    m = load(mode, where)
    out = {"common": common(m)}
    if mode in ("stub", "package"):
        out["boundary"] = boundary(m)
    if mode == "stub":
        out["ctypes"] = ctypes_view(m)
    sys.stdout.write(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
