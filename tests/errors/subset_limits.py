# Limits of the subset inside supported constructs: each error says what to
# write instead.
import rpythonic


def fill(a: rpythonic.f64[:], v: list[float]) -> None:
    a[0:2] = v  # error: slice assignment to an array


def extend_part(xs: list[int], ys: list[int]) -> None:
    xs[0:2] += ys  # error: augmented assignment to a slice


def shapes(a: tuple[int, int], b: tuple[int, float]) -> bool:
    return a == b  # error: comparison of tuple[int, int] and tuple[int, float]


def find(xs: list[int], x: float) -> int:
    return xs.index(x)  # error: list.index() of a float


def smallest(a: rpythonic.i64[:]) -> int:
    return min(a)  # error: min() of an array

