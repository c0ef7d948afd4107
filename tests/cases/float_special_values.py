# inf, -inf, nan from float("..."), from arithmetic and from math.
# run: main
# run: spread 1e308 10.0
# run: spread -1e999 2.0

import math


def spread(x: float, k: float) -> float:
    return x * k


def main():
    inf = float("inf")
    ninf = float("-inf")
    nan = float("nan")
    print(inf, ninf, nan, -inf, -nan)
    print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
    print(nan + 1, nan * 0, 0 * nan, nan - nan)
    print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
    print(math.inf == inf, math.isnan(math.nan), math.isinf(ninf))
    print(inf > 1e308, ninf < -1e308, max(inf, 5.0), min(ninf, -5.0))
    print(abs(ninf), abs(nan), -(-inf))
    print(2.0 ** 1023, inf ** 0.5, inf ** -1, (-inf) ** 3, (-inf) ** 2)
    return spread(inf, -1.0)
