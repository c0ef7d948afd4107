import math


def main(x: float) -> float:
    a = abs(x, 2.0)  # error: argument
    b = math.sqrt(x, 2.0)  # error: argument
    c = divmod(x)  # error: argument
    return x
