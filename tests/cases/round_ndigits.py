# round(x, n) on floats (correctly rounded) and ints (half to even).
# run: main
# run: r2 2.675 2
# run: r2 0.125 2
# run: r2 1234.5 -1
# run: ri 1250 -2
# run: ri -1350 -2


def r2(x: float, n: int) -> float:
    return round(x, n)


def ri(x: int, n: int) -> int:
    return round(x, n)


def main():
    print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
    print(round(3.14159, 0), round(-0.4, 0), round(-0.5, 0), round(2.5, 0))
    print(round(25.0, -1), round(15.0, -1), round(1234.5678, -2), round(5.0, -1))
    print(round(1e300, 2), round(1.5e-300, 300), round(123.456, 10), round(0.1, 50))
    print(round(float("inf"), 2), round(float("-inf"), -3), round(float("nan"), 1))
    print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
    print(round(7, 2), round(7, 0), round(15, -1), round(25, -1), round(-25, -1))
    print(round(9223372036854775749, -2), round(-9223372036854775807, -2), round(7, -30), round(-7, -19))
    x = 2.0 / 3.0
    for n in range(6):
        print(round(x, n), end=" ")
    print()
