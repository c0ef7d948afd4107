# Explicit Euler and RK4 for y' = -2ty, y(0) = 1 (exact exp(-t^2)), and a
# damped oscillator.
# run: main
# run: euler 1000
# run: rk4 20


import math


def deriv(t: float, y: float) -> float:
    return -2.0 * t * y


def euler(n: int) -> float:
    h = 1.0 / n
    y = 1.0
    t = 0.0
    for i in range(n):
        y += h * deriv(t, y)
        t += h
    return y


def rk4(n: int) -> float:
    h = 1.0 / n
    y = 1.0
    for i in range(n):
        t = i * h
        k1 = deriv(t, y)
        k2 = deriv(t + h / 2, y + h * k1 / 2)
        k3 = deriv(t + h / 2, y + h * k2 / 2)
        k4 = deriv(t + h, y + h * k3)
        y += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6
    return y


def main():
    exact = math.exp(-1.0)
    for n in range(10, 101, 30):
        print(n, euler(n), rk4(n), f"{abs(rk4(n) - exact):.3e}")
    x = 1.0
    v = 0.0
    dt = 0.01
    crossings = 0
    for step in range(2000):
        a = -4.0 * x - 0.1 * v
        v += a * dt
        nx = x + v * dt
        if (nx < 0.0) != (x < 0.0):
            crossings += 1
        x = nx
    print(crossings, x, v)
    return exact
