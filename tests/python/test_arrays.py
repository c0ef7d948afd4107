"""Arrays (``rpythonic.f64[:]``, ``i64[:]``, ``i32[:]``, ``f32[:]``,
``u8[:]``) over the buffer protocol, on the JIT and the AOT tier: numpy
arrays, ``array.array``, ``bytearray`` and ``memoryview`` are read and
written in place (no copy: the owner sees the writes), with IndexError,
OverflowError for items that do not fit, TypeError for a read-only buffer
written and for buffers of the wrong shape or type; ``boundscheck=False``;
and the list boundary on the AOT library. The expected values are what
the same code computes in CPython on the same objects.
"""

from __future__ import annotations

import array
import os

import numpy as np
import pytest

import rpythonic
from conftest import import_file

SOURCE = '''
import rpythonic

rpy = rpythonic.RPython(tier={tier!r}, cache_dir={cache!r})


@rpy.bind()
def scale(a: rpythonic.f64[:], k: float) -> float:
    for i in range(len(a)):
        a[i] *= k
    t = 0.0
    for x in a:
        t += x
    return t + sum(a) + a[-1]


@rpy.bind()
def mixed(a: rpythonic.i64[:], b: rpythonic.i32[:], c: rpythonic.u8[:], d: rpythonic.f32[:]) -> int:
    a[0] = b[0] + c[0]
    b[1] = -5
    c[1] = 255
    d[0] = 1.5
    d[1] += 0.25
    return a[0] + len(b) + len(c) + sum(c)


@rpy.bind()
def poke(a: rpythonic.u8[:], i: int, v: int) -> None:
    a[i] = v


@rpy.bind()
def poke32(a: rpythonic.i32[:], i: int, v: int) -> int:
    a[i] = v
    return a[i]


@rpy.bind()
def read(a: rpythonic.f64[:], i: int) -> float:
    return a[i]


@rpy.bind(boundscheck=False)
def dot_rev(a: rpythonic.f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += a[i] * a[-1 - i]
    return s


@rpy.bind()
def prefix(xs: list[float]) -> list[float]:
    out: list[float] = []
    t = 0.0
    for x in xs:
        t += x
        out.append(t)
    xs.append(t)
    return out
'''


@pytest.fixture(scope="module", params=["jit", "aot"])
def arr(request, tmp_path_factory):
    d = tmp_path_factory.mktemp(f"arrays_{request.param}")
    path = d / f"arrays_{request.param}.py"
    path.write_text(SOURCE.format(tier=request.param, cache=str(d / "cache")), encoding="utf-8")
    m = import_file(path)
    assert m.scale(np.zeros(1), 1.0) == 0.0
    assert rpythonic.tier(m.scale) == request.param
    return m


def test_writes_are_seen_by_the_owner(arr):
    x = np.arange(4.0)
    assert arr.scale(x, 2.0) == 12.0 + 12.0 + 6.0
    assert x.tolist() == [0.0, 2.0, 4.0, 6.0]
    a = array.array("d", [1.0, 2.0])
    assert arr.scale(a, 0.5) == 1.5 + 1.5 + 1.0 and a.tolist() == [0.5, 1.0]
    buf = bytearray(16)
    m = memoryview(buf).cast("d")
    m[1] = 4.0
    assert arr.scale(m, 3.0) == 12.0 + 12.0 + 12.0 and m[1] == 12.0
    big = np.ones(1_000_000)
    arr.scale(big, 2.0)
    assert big[999_999] == 2.0


def test_item_types(arr):
    a = np.zeros(2, dtype=np.int64)
    b = np.array([3, 4], dtype=np.int32)
    c = bytearray(b"\x07\x00")
    d = np.zeros(2, dtype=np.float32)
    assert arr.mixed(a, b, c, d) == 10 + 2 + 2 + 262
    assert a.tolist() == [10, 0] and b.tolist() == [3, -5] and list(c) == [7, 255] and d.tolist() == [1.5, 0.25]
    i = array.array("i", [0, 0])
    assert arr.poke32(i, -1, -(2**31)) == -(2**31) and i[1] == -(2**31)


def test_errors(arr):
    with pytest.raises(IndexError, match="array index out of range"):
        arr.poke(bytearray(2), 5, 1)
    with pytest.raises(IndexError):
        arr.read(np.zeros(3), -4)
    assert arr.read(np.arange(3.0), -3) == 0.0
    with pytest.raises(OverflowError, match="value out of range for a u8 array"):
        arr.poke(bytearray(2), 0, 256)
    with pytest.raises(OverflowError, match="value out of range for a u8 array"):
        arr.poke(bytearray(2), 0, -1)
    with pytest.raises(OverflowError, match="i32"):
        arr.poke32(np.zeros(1, dtype=np.int32), 0, 2**31)
    with pytest.raises(TypeError, match="read-only buffer"):
        arr.poke(bytes(2), 0, 1)
    ro = np.zeros(2)
    ro.flags.writeable = False
    assert arr.read(ro, 0) == 0.0
    with pytest.raises(TypeError, match="read-only"):
        arr.scale(ro, 2.0)
    with pytest.raises(TypeError, match="2-dimensional"):
        arr.scale(np.zeros((2, 2)), 1.0)
    with pytest.raises(TypeError, match="format"):
        arr.scale(np.zeros(3, dtype=np.int64), 1.0)
    with pytest.raises(TypeError, match="not list"):
        arr.scale([1.0], 1.0)
    with pytest.raises(TypeError, match="C-contiguous"):
        arr.scale(np.arange(6.0)[::2], 1.0)


def test_boundscheck_false(arr):
    x = np.arange(5.0)
    assert arr.dot_rev(x) == float(np.dot(x, x[::-1]))


def test_lists_on_this_tier(arr):
    xs = [1.0, 2.0, 3.5]
    assert arr.prefix(xs) == [1.0, 3.0, 6.5] and xs == [1.0, 2.0, 3.5, 6.5]
