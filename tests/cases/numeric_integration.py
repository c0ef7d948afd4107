# Trapezoid and Simpson rules.
# run: main
# run: trapezoid 0.0 1.0 100
# run: simpson 0.0 3.141592653589793 10


import math


def g(x: float) -> float:
    return math.sin(x)


def trapezoid(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = 0.5 * (g(a) + g(b))
    for i in range(1, n):
        s += g(a + i * h)
    return s * h


def simpson(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = g(a) + g(b)
    for i in range(1, n):
        w = 4.0 if i % 2 == 1 else 2.0
        s += w * g(a + i * h)
    return s * h / 3


def midpoint_exp(n: int) -> float:
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        s += math.exp(-((i + 0.5) * h) ** 2)
    return s * h


def main():
    for n in range(2, 65, 16):
        t = trapezoid(0.0, math.pi, n)
        s = simpson(0.0, math.pi, n)
        print(n, t, s, f"{abs(2.0 - s):.2e}")
    print(midpoint_exp(1000))
    return simpson(0.0, 1.0, 100)
