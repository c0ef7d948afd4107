from math import sqrt, comb  # error: comb


def main(x: float) -> float:
    return sqrt(x)
