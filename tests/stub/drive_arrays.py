"""Array parameters through the stub of tests/stub/arraymod.py, or through
the rpythonic package (the oracle of these conversions): prints a JSON
transcript. python drive_arrays.py stub|package DIR. Python 3.8 syntax,
standard library only."""

import array
import json
import sys


def load(mode, where):
    sys.path.insert(0, where)
    import arraymod as m

    if mode == "package":
        import rpythonic

        rpy = rpythonic.RPython()
        for name in ("fill", "total", "bump"):
            setattr(m, name, rpy.bind(getattr(m, name)))
    return m


def run(f):
    try:
        return ["ok", repr(f())]
    except Exception as e:  # noqa: BLE001
        return ["exc", type(e).__name__, str(e)]


def main():
    m = load(sys.argv[1], sys.argv[2])
    d = array.array("d", [0.0, 0.0, 0.0])
    b = bytearray(b"\x01\xff")
    cases = [
        ("fill array.array", lambda: (m.fill(d, 2.5), d.tolist())),
        ("fill empty", lambda: m.fill(array.array("d"), 1.0)),
        ("fill int for float", lambda: (m.fill(d, 3), d.tolist())),
        ("total i32", lambda: m.total(array.array("i", [1, 2, 3]))),
        ("total of a slice view", lambda: m.total(memoryview(array.array("i", [1, 2, 3, 4]))[1:3])),
        ("wrong format", lambda: m.total(array.array("d", [1.0]))),
        ("wrong item size", lambda: m.total(array.array("q", [1]))),
        ("not a buffer", lambda: m.total([1, 2])),
        ("not contiguous", lambda: m.total(memoryview(array.array("i", [1, 2, 3, 4]))[::2])),
        ("two dimensions", lambda: m.total(memoryview(bytes(16)).cast("i", (2, 2)))),
        ("u8 bytearray", lambda: (m.bump(b, 0), list(b))),
        ("u8 overflow", lambda: m.bump(b, 1)),
        ("u8 read-only", lambda: m.bump(b"\x00", 0)),
        ("index error", lambda: m.bump(b, 5)),
        ("read-only read", lambda: m.total(memoryview(array.array("i", [5, 6])).toreadonly())),
    ]
    sys.stdout.write(json.dumps([[n] + run(f) for n, f in cases], indent=1) + "\n")


if __name__ == "__main__":
    main()
