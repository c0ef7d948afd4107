# run: main
# run: combine 7 -3
# run: combine -100 25


def combine(a: int, b: int) -> int:
    return a * b + a - b * 2


def main():
    a = 17
    b = -5
    print(a + b, a - b, b - a, a * b, b * b)
    print(2 + 3 * 4, (2 + 3) * 4, 2 - 3 - 4, 2 - (3 - 4))
    print(-a + b, -(a + b), a * -b, -a * -b)
    print(0 * b, 1 * b, b * 0, 0 - 0)
    big = 3037000499
    print(big * big, big * -big)
    print(4611686018427387903 + 4611686018427387904)
    print(-4611686018427387904 - 4611686018427387904)
    print(combine(3, 4), combine(b=2, a=10))
    return a * b
