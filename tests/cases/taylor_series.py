# Taylor series against the libm results.
# run: main
# run: exp_series 1.0
# run: exp_series -5.0
# run: sin_series 3.0


import math


def exp_series(x: float) -> float:
    term = 1.0
    s = 1.0
    n = 1
    while abs(term) > 1e-17 * abs(s):
        term *= x / n
        s += term
        n += 1
    return s


def sin_series(x: float) -> float:
    term = x
    s = x
    k = 1
    for i in range(30):
        term *= -x * x / ((2 * k) * (2 * k + 1))
        s += term
        k += 1
    return s


def leibniz_pi(n: int) -> float:
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


def main():
    for i in range(-3, 4):
        x = i * 0.75
        e = exp_series(x)
        print(x, e, math.exp(x), f"{abs(e - math.exp(x)):.1e}")
    print(sin_series(1.0), math.sin(1.0))
    print(leibniz_pi(1000), leibniz_pi(1001), math.pi)
    return exp_series(2.0)
