# math.floor / math.ceil / math.trunc return ints (usable in int arithmetic).
# run: main
# run: fl -0.5
# run: ce -0.5
# run: fl 1e18
# run: fl 1e999
# run: ce -1e999
# run: fl_nan


import math


def fl(x: float) -> int:
    return math.floor(x)


def ce(x: float) -> int:
    return math.ceil(x)


def fl_nan() -> int:
    nan = float("nan")
    return math.floor(nan)


def main():
    print(math.floor(-0.5), math.ceil(-0.5), math.floor(0.5), math.ceil(0.5))
    print(math.floor(-3), math.ceil(4), math.floor(True), math.ceil(-0.0))
    print(math.floor(9.2e18), math.ceil(-9.2e18), math.floor(4503599627370495.5))
    n = math.floor(7.9) // 2 + math.ceil(0.1) * 10
    print(n, n % 3, n << 2)
    cells = 0
    for i in range(1, 20):
        cells += math.ceil(i / 4)
    print(cells)
    return math.floor(-7.5) + math.trunc(-7.5)
