# print and repr of floats use the shortest round-trip form, as CPython.
# run: main
# run: tenth
# run: big


def tenth() -> float:
    return 0.1


def big() -> float:
    return 1e16


def main():
    print(0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3)
    print(1.0, 2.5, -2.5, 100.0, 1e15, 1e16, 1e17, 123456789.0)
    print(1e-4, 1e-5, 0.0001, 0.00001, 1.5e-7, 1e-300)
    print(1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308)
    print(9007199254740993.0, 9007199254740992.0, 123456789012345678.0)
    print(0.1 * 3, 1.1 * 1.1, 3.0 * 1.1, 100.0 / 3.0)
    print(float(1), float(-7), float(10 ** 16), float(10 ** 15))
    print(0.5, 0.25, 0.125, 1.0 / 1024, 1234.5678, -0.000123)
    print(12345678901234567890.0, 1e21, 1e20, 999999999999999.9)
    x = 1.0
    for i in range(8):
        x = x * 10.0
        print(x, 1.0 / x, end=" | ")
    print()
