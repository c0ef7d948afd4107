# print of every scalar type and of call results.
# run: main


def half(n: int) -> float:
    return n / 2


def positive(n: int) -> bool:
    return n > 0


def main():
    print(0, -0, 1, -1, 9223372036854775807, -9223372036854775807 - 1)
    print(True, False, 1 == 1, 1 != 1)
    print(half(3), half(-4), positive(3), positive(-3))
    print("text", 42, "and", 4.2, "and", True)
    print(1e100, -1e-100, 12.0, 12.5e3)
    x = 10
    y = 3.0
    print(x, y, x * y, x / y, x // y, x > y)
