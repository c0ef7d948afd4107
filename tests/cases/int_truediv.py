# run: main
# run: ratio 1 3
# run: ratio -7 2
# run: ratio 10 5


def ratio(a: int, b: int) -> float:
    return a / b


def main():
    print(7 / 2, -7 / 2, 7 / -2, 1 / 3, 2 / 3)
    print(10 / 5, 0 / 5, 0 / -5, -0 / 5)
    print(1 / 7 + 6 / 7)
    n = 22
    d = 7
    q = n / d
    print(q, q * d, n // d, n % d)
    print(1 / 1000000, 123456789 / 1000)
    print(9223372036854775807 / 1, -9223372036854775807 / 1)
    print(9223372036854775807 / 9223372036854775807)
    return ratio(355, 113)
