"""Arrays through a shipped module's stub (tests/python/test_stub.py): the
stub needs no rpythonic; `rpy build` reads the annotations."""

from rpythonic import f64, i32, u8


def fill(a: f64[:], v: float) -> int:
    for i in range(len(a)):
        a[i] = v
    return len(a)


def total(a: i32[:]) -> int:
    s = 0
    for x in a:
        s += x
    return s


def bump(b: u8[:], i: int) -> int:
    b[i] += 1
    return b[i]
