# run: main
# run: iabs -9223372036854775807
# run: fabs_ -0.0
# run: fabs_ -1e999


def iabs(n: int) -> int:
    return abs(n)


def fabs_(x: float) -> float:
    return abs(x)


def main():
    print(abs(5), abs(-5), abs(0), abs(-9223372036854775807))
    print(abs(2.5), abs(-2.5), abs(-0.0), abs(0.0), abs(float("-inf")), abs(float("nan")))
    print(abs(True), abs(False), abs(-True))
    d = 0
    for i in range(-5, 6):
        d += abs(i - 2)
    print(d)
    print(abs(3 - 7) * 2, abs(-1e-320), abs(-5e-324))
    return abs(-1.5) + abs(-2)
