# The math functions of LANGUAGE.md tier A; results must be bit-identical.
# run: main
# run: dist 3.0 4.0
# run: dist 1e200 1e200

import math


def dist(x: float, y: float) -> float:
    return math.hypot(x, y)


def main():
    print(math.sqrt(2.0), math.sqrt(16), math.sqrt(1e-300), math.sqrt(0.0))
    print(math.sin(1.0), math.cos(1.0), math.tan(1.0), math.sin(0.0), math.cos(math.pi))
    print(math.atan2(1.0, 1.0), math.atan2(-1.0, -1.0), math.atan2(0.0, -1.0), math.atan2(1, 0))
    print(math.exp(1.0), math.exp(-1.0), math.exp(0), math.exp(709.0), math.exp(-750.0))
    print(math.log(10.0), math.log(math.e), math.log(1), math.log(8, 2), math.log(1000, 10))
    print(math.log2(1024.0), math.log2(3), math.log10(1000), math.log10(2.0))
    print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.floor(7))
    print(math.fabs(-3), math.fabs(2.5), math.hypot(3, 4), math.hypot(-5.0, 12.0))
    print(math.pow(2, 10), math.pow(2.0, 0.5), math.pow(-2.0, 3.0), math.pow(0.0, 0.0))
    print(math.isnan(0.0), math.isnan(math.nan), math.isinf(math.inf), math.isinf(1e308))
    print(math.pi, math.e, math.inf, -math.inf, math.nan)
    x = 0.0
    for i in range(10):
        x += math.sin(i * 0.1) * math.cos(i * 0.2)
    print(x)
    return math.sqrt(math.pi)
