# Root finding by bisection.
# run: main
# run: cube_root 27.0
# run: cube_root -8.0


import math


def f(x: float) -> float:
    return x * x * x - 2.0 * x - 5.0


def bisect(lo: float, hi: float, tol=1e-12) -> float:
    flo = f(lo)
    it = 0
    while hi - lo > tol and it < 200:
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm < 0.0) == (flo < 0.0):
            lo, flo = mid, fm
        else:
            hi = mid
        it += 1
    print("iterations:", it)
    return (lo + hi) / 2


def cube_root(v: float) -> float:
    lo = -abs(v) - 1.0
    hi = abs(v) + 1.0
    for i in range(100):
        mid = (lo + hi) / 2
        if mid * mid * mid < v:
            lo = mid
        else:
            hi = mid
    return lo


def main():
    r = bisect(2.0, 3.0)
    print(r, f(r))
    r2 = bisect(2.0, 3.0, tol=1e-3)
    print(f"{r2:.4f}")
    lo = 0.0
    hi = 2.0
    while hi - lo > 1e-9:
        mid = (lo + hi) / 2
        if math.cos(mid) > mid:
            lo = mid
        else:
            hi = mid
    print(f"{lo:.9f}")
    return cube_root(2.0)
