# Mixed int/float arithmetic promotes the int to float first.
# run: main
# run: avg 7 2.0
# run: avg 9007199254740993 0.0


def avg(a: int, x: float) -> float:
    return (a + x) / 2


def main():
    print(1 + 2.5, 3 * 0.5, 10 - 0.25, 2.5 - 10, 7 / 2.0, 7.0 / 2)
    print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0, 3 ** 2.0, 2.0 ** 3)
    n = 9007199254740993
    print(n + 0.0, n * 1.0, n - 1.0, 0.0 + n == n, n + 0.0 == n)
    print(4611686018427387905 + 0.5, 9223372036854775807 * 1.0)
    i = 3
    f = 0.1
    print(i * f, f * i, i + f, i - f, f - i, i / f, f / i)
    total = 0.0
    for k in range(1, 6):
        total += k
        total = total * 1.5 - k
    print(total)
    print(True + 0.5, 1.5 * False, 2 * 0.5 == 1)
    return avg(3, 4.5)
