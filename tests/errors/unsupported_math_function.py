import math


def main(x: float) -> float:
    g = math.gamma(x)  # error: gamma
    f = math.factorial(5)  # error: factorial
    return x
