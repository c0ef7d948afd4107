# run: main
# run: is_self_equal 1.5
# run: is_self_equal -1e999
# run: is_self_equal 1e999


def is_self_equal(x: float) -> bool:
    return x == x


def main():
    nan = float("nan")
    inf = float("inf")
    ninf = float("-inf")
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, nan >= 0.0)
    print(1 < nan, 1 == nan, 1 != nan, 0 < nan < 2)
    print(inf == inf, inf > 1e308, ninf < -1e308, inf == -ninf, inf - inf == 0.0)
    print(inf > 9223372036854775807, ninf < -9223372036854775807)
    x = inf - inf
    print(x, x == x, x != x, not (x < 0.0 or x >= 0.0))
    print(0.0 == -0.0, 0.0 < -0.0, -0.0 < 0.0)
    return is_self_equal(nan)
