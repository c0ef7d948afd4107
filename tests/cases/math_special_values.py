# libm results at special inputs: infinities, nan, signed zeros.
# run: main


import math


def main():
    inf = math.inf
    nan = math.nan
    print(math.sqrt(inf), math.sqrt(-0.0), math.sqrt(nan))
    print(math.exp(inf), math.exp(-inf), math.exp(nan))
    print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(-0.0, 1.0), math.atan2(-0.0, -1.0))
    print(math.atan2(inf, inf), math.atan2(-inf, -inf), math.atan2(1.0, inf), math.atan2(1.0, -inf))
    print(math.hypot(inf, nan), math.hypot(nan, 1.0), math.hypot(-0.0, 0.0))
    print(math.floor(-0.0), math.ceil(-0.25), math.fabs(-inf), math.fabs(nan))
    print(math.pow(1.0, nan), math.pow(nan, 0.0), math.pow(-1.0, inf), math.pow(0.0, inf))
    print(math.pow(-0.0, 3.0), math.pow(-0.0, 2.0), math.pow(-2.0, -inf), math.pow(-inf, 3.0))
    print(math.isnan(inf - inf), math.isinf(-inf), math.isinf(nan), math.isnan(-nan))
    print(math.sin(-0.0), math.tan(-0.0), math.cos(-0.0), math.log(1.0))
    print(math.tan(math.pi / 2), math.sin(math.pi), math.cos(math.pi / 2))
