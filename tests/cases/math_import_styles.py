# The three import forms of math.
# run: main
# run: hyp 3.0 4.0

import math
import math as m
from math import sqrt, pi, floor


def hyp(a: float, b: float) -> float:
    return sqrt(a * a + b * b)


def main():
    print(math.sqrt(2.0), m.sqrt(2.0), sqrt(2.0))
    print(math.pi == m.pi == pi, pi)
    print(floor(2.7), m.floor(-2.7), math.floor(2))
    r = 2.0
    area = pi * r ** 2
    print(area, m.e, m.cos(pi), math.sin(pi))
    return hyp(5.0, 12.0)
