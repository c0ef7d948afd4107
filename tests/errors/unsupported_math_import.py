# Only the supported math functions can be called, however they are imported.
from math import sqrt, comb


def main(x: float) -> float:
    n = comb(5, 2)  # error: comb
    return sqrt(x)
