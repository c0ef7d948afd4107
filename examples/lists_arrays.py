"""Lists and arrays (tier C): a sieve that builds and returns a list, a
list mutated in place (the caller sees the appends), and a numpy array
normalised in its own memory. Run by `make demo`; each result is checked
against what CPython computes."""

import numpy as np

import rpythonic

rpy = rpythonic.RPython()


@rpy.bind()
def primes(n: int) -> list[int]:
    is_p = [True] * (n + 1)
    for i in range(2, n + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [k for k in range(2, n + 1) if is_p[k]]


@rpy.bind()
def running_max(xs: list[float]) -> None:
    best = xs[0]
    for i in range(1, len(xs)):
        if xs[i] > best:
            best = xs[i]
        xs.append(best)


@rpy.bind()
def normalize(a: rpythonic.f64[:]) -> float:
    s = sum(a)
    for i in range(len(a)):
        a[i] /= s
    return s


if __name__ == "__main__":
    p = primes(100_000)
    print("primes below 100000:", len(p), "last", p[-3:], "on", rpythonic.tier(primes))
    assert p[:10] == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29] and len(p) == 9592
    xs = [3.0, 1.0, 4.0, 1.0, 5.0]
    running_max(xs)
    print("list after the call:", xs)
    assert xs == [3.0, 1.0, 4.0, 1.0, 5.0, 3.0, 4.0, 4.0, 5.0]
    a = np.arange(1.0, 5.0)
    s = normalize(a)
    print("numpy array normalised in place:", a, "sum was", s)
    assert s == 10.0 and a.tolist() == [0.1, 0.2, 0.3, 0.4]
