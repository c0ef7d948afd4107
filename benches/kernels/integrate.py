"""Midpoint rule for the area of a quarter circle (4x it is pi): math.sqrt in a float loop."""
import math


def kernel(n: int) -> float:
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += math.sqrt(1.0 - x * x)
    return 4.0 * s * h


# args: 3000000
