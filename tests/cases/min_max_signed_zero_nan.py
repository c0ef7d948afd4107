# min/max keep the first of equal arguments and compare like CPython, so
# signed zeros and nan depend on argument order.
# run: main
# run: fmax -0.0 0.0
# run: fmax 0.0 -0.0
# run: fmin 0.0 -0.0
# run: fmin -0.0 0.0


def fmax(a: float, b: float) -> float:
    return max(a, b)


def fmin(a: float, b: float) -> float:
    return min(a, b)


def main():
    nan = float("nan")
    print(max(-0.0, 0.0), max(0.0, -0.0), min(-0.0, 0.0), min(0.0, -0.0))
    print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
    print(max(1.0, nan, 2.0), max(nan, 2.0, 1.0), min(3.0, nan, 0.5), min(nan, nan))
    print(max(0.0, -0.0, 0.0), min(-0.0, 0.0, -0.0), max(-0.0, -0.0, 0.0))
    print(max(float("-inf"), nan), min(float("inf"), nan), max(nan, float("inf")))
    x = nan
    best = -1.0
    best = max(best, x)
    print(best)
    best = max(x, best)
    print(best)
