# math functions beyond the LANGUAGE.md tier-A list (asin acos atan trunc
# copysign fmod isfinite sinh cosh tanh).
# run: main
# run: angle 0.5

import math


def angle(x: float) -> float:
    return math.asin(x) + math.acos(x) + math.atan(x)


def main():
    print(math.asin(0.5), math.acos(0.5), math.atan(1.0), math.asin(1), math.acos(-1.0))
    print(math.trunc(2.7), math.trunc(-2.7), math.trunc(5), math.trunc(-0.5))
    print(math.copysign(3.0, -0.0), math.copysign(-2, 1), math.copysign(1.0, math.nan))
    print(math.fmod(7.5, 2.0), math.fmod(-7.5, 2.0), math.fmod(7, -2), math.fmod(-0.0, 1.0))
    print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(0))
    print(math.sinh(1.0), math.cosh(1.0), math.tanh(1.0), math.tanh(100.0), math.sinh(-0.0))
    print(math.atan(math.inf), math.tanh(-math.inf), math.cosh(0))
    return angle(1.0)
