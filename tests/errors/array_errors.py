# Arrays are views of the caller's buffer for the call: they cannot
# escape it, and they are indexed, not sliced.
import rpythonic


def ret(a: rpythonic.f64[:]) -> float:
    b = a
    return b  # error: cannot be returned


def sliced(a: rpythonic.f64[:]) -> float:
    return a[1:][0]  # error: slicing an array


def listed(a: rpythonic.f64[:]) -> int:
    xs = [a, a]  # error: cannot be a list item
    return len(xs)


def method(a: rpythonic.i64[:]) -> None:
    a.append(1)  # error: attribute 'append' of an array


def wrong_item(a: rpythonic.i64[:]) -> None:
    a[0] = 1.5  # error: cannot hold a float
