# Newton's method for square roots, float and integer versions.
# run: main
# run: newton 2.0
# run: newton 1e-10
# run: isqrt 999999999999999999


import math


def newton(x: float) -> float:
    if x == 0.0:
        return 0.0
    g = x if x > 1.0 else 1.0
    for i in range(100):
        nxt = 0.5 * (g + x / g)
        if nxt == g:
            break
        g = nxt
    return g


def isqrt(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = x // 2 + x % 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def main():
    for k in range(1, 11):
        r = newton(k * 1.0)
        print(k, r, r == math.sqrt(k), f"{r * r - k:.3e}")
    print(isqrt(0), isqrt(1), isqrt(15), isqrt(16), isqrt(10 ** 18), isqrt(9223372036854775807))
    return newton(612.0)
