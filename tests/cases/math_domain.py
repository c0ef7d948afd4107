# math functions outside their domain raise ValueError: math domain error.
# run: main
# run: msqrt -1.0
# run: msqrt -1e-300
# run: mlog 0.0
# run: mlog -2.5
# run: mlog2 -1.0
# run: mlog10 0.0
# run: macos 2.0
# run: mfmod 1.0 0.0
# run: mpow 0.0 -1.0
# run: mpow -8.0 0.3333333333333333
# run: msin 1e999
# run: mlog_base 8.0 -2.0


import math


def msqrt(x: float) -> float:
    return math.sqrt(x)


def mlog(x: float) -> float:
    return math.log(x)


def mlog2(x: float) -> float:
    return math.log2(x)


def mlog10(x: float) -> float:
    return math.log10(x)


def macos(x: float) -> float:
    return math.acos(x)


def mfmod(x: float, y: float) -> float:
    return math.fmod(x, y)


def mpow(x: float, y: float) -> float:
    return math.pow(x, y)


def msin(x: float) -> float:
    return math.sin(x)


def mlog_base(x: float, b: float) -> float:
    return math.log(x, b)


def main():
    print(math.sqrt(4.0), math.log(1.0))
    x = 1.0
    while x > -2.0:
        print("sqrt", x, "=", math.sqrt(x))
        x -= 0.75
