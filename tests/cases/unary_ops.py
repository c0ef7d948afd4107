# run: main
# run: negate 5
# run: negate -9223372036854775807
# run: invert 0
# run: logical_not 0.0


def negate(x: int) -> int:
    return -x


def invert(x: int) -> int:
    return ~x


def logical_not(x: float) -> bool:
    return not x


def main():
    a = 7
    f = 2.5
    print(-a, +a, -(-a), - - a, ~a, ~~a, not a, not not a)
    print(-f, +f, -(-f), not f, not 0.0, not -0.0)
    z = 0
    print(-z, +z, ~z, not z)
    print(-0.0, -(0.0), +(-0.0), -(-0.0))
    t = True
    print(not t, -t, +t, not not t)
    print(-a ** 2, (-a) ** 2, -a * -a, not a == 7, (not a) == 7)
    print(-2 // 3, -(2 // 3), ~5 // 2)
    nan = float("nan")
    print(not nan, -nan, not float("inf"))
