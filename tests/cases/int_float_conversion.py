# float(int) rounds correctly; int(float) truncates toward zero.
# run: main
# run: to_int 2.7
# run: to_int -2.7
# run: to_int -0.5
# run: to_int 9.2e18
# run: to_float 9007199254740993


def to_int(x: float) -> int:
    return int(x)


def to_float(n: int) -> float:
    return float(n)


def main():
    print(int(2.7), int(-2.7), int(0.999999), int(-0.999999), int(-0.0), int(1e18))
    print(int(3), int(-3), int(True), int(9.2e18), int(-9.2e18))
    print(int(2.5), int(3.5), int(-2.5), int(1e-300), int(123456789.987))
    print(float(9007199254740993), float(9007199254740995), float(9223372036854775807))
    print(float(-9223372036854775807 - 1), float(2 ** 62 + 1), float(123))
    x = 7.9
    n = int(x) + 1
    print(n, int(x * 10), int(-x * 10), int(x) * 1.0)
    print(int(float(2 ** 53 + 1)), float(int(0.5)), int(float(-7)))
