# Int / int is correctly rounded (as CPython), not float(a) / float(b).
# run: main
# run: ratio 9007199254740993 3
# run: ratio 9223372036854775807 9007199254740993
# run: ratio -18014398509481985 7


def ratio(a: int, b: int) -> float:
    return a / b


def main():
    print(9007199254740993 / 3)
    print(9007199254740993 / 7)
    print(9007199254740995 / 5)
    print(9007199254740995 / 1000)
    print(18014398509481985 / 3)
    print(1152921504606846977 / 9007199254740993)
    print(9007199254740993 / 6148914691236517205)
    print(-9007199254740995 / 3, 9007199254740995 / -3)
    a = 9007199254740993
    b = 9007199254740992
    print(a / 1, b / 1, a / 1 == b / 1)
    print(a / b, (a + 2) / a)
    print(4611686018427387907 / 9007199254740993)
