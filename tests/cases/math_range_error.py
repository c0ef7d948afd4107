# math results too large for a float raise OverflowError: math range error.
# run: main
# run: mexp 1000.0
# run: mexp 709.0
# run: mpow 10.0 400.0
# run: mcosh 1000.0
# run: mexp -1000.0


import math


def mexp(x: float) -> float:
    return math.exp(x)


def mpow(x: float, y: float) -> float:
    return math.pow(x, y)


def mcosh(x: float) -> float:
    return math.cosh(x)


def main():
    x = 700.0
    while True:
        print(x, math.exp(x))
        x += 5.0
