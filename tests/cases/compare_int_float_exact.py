# int/float comparisons are exact at every magnitude (not via float(int)).
# run: main
# run: lt_float 9007199254740993 9007199254740992.0
# run: eq_float 9007199254740993 9007199254740992.0
# run: eq_float 9007199254740992 9007199254740992.0
# run: lt_float 9223372036854775807 9.223372036854776e18


def lt_float(a: int, x: float) -> bool:
    return a < x


def eq_float(a: int, x: float) -> bool:
    return a == x


def main():
    big = 9007199254740993
    f = 9007199254740992.0
    print(big == f, big != f, big > f, big >= f, big < f, big <= f)
    print(float(big) == f, big - 1 == f, f == big - 1, f < big)
    m = 9223372036854775807
    g = 9.223372036854776e18
    print(m == g, m < g, m <= g, g > m, float(m) == g)
    lo = -m - 1
    print(lo == -g, lo < -g, lo <= -g, -g == lo)
    print(lo + 1 > -g, lo + 1 == -g)
    print(1 == 1.0, 1 < 1.0000000000000002, 0 == -0.0, -1 < -0.5)
    print(m < float("inf"), lo > float("-inf"), m == float("inf"))
    print(2 ** 60 + 1 > float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60))
    x = 18014398509481985
    y = 18014398509481984.0
    print(x > y, x - 1 == y, x + 1 > y, x + 2 > y)
