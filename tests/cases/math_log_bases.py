# math.log with one and two arguments, and log2/log10.
# run: main
# run: logb 8.0 2.0
# run: logb 1.0 1.0
# run: logb 100.0 10.0
# run: logb 0.5 0.25


import math


def logb(x: float, b: float) -> float:
    return math.log(x, b)


def main():
    print(math.log(8, 2), math.log(9, 3), math.log(1000, 10), math.log(2, 8))
    print(math.log(125.0, 5.0), math.log(0.001, 10), math.log(7.0))
    print(math.log2(8), math.log2(0.125), math.log2(1 << 62), math.log10(1e-10))
    print(math.log(9223372036854775807), math.log10(9223372036854775807), math.log2(9007199254740993))
    print(math.log(math.inf), math.log2(math.inf), math.log(math.nan))
    for b in range(2, 6):
        print(b, math.log(1024, b))
