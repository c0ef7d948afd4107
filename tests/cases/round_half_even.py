# round(x) rounds half to even and returns an int.
# run: main
# run: r 2.5
# run: r -0.5
# run: r 0.49999999999999994
# run: r 4503599627370497.0
# run: r -1e18


def r(x: float) -> int:
    return round(x)


def main():
    print(round(0.5), round(1.5), round(2.5), round(3.5), round(4.5))
    print(round(-0.5), round(-1.5), round(-2.5), round(-3.5))
    print(round(0.4), round(0.6), round(-0.6), round(2.4999), round(2.5001))
    print(round(1e15 + 0.5), round(4503599627370495.5), round(9.2e18))
    x = 7.5
    n = round(x) + round(x + 1)
    print(n, round(x) * 2)
    total = 0
    for i in range(-10, 11):
        total += round(i / 2)
        print(round(i / 2), end=" ")
    print()
    print(total, round(5), round(-5), round(True))
