# Polynomial evaluation by Horner's rule and by powers, plus Chebyshev
# recurrences.
# run: main
# run: horner 1.5
# run: horner -2


def horner(x: float) -> float:
    r = 0.0
    r = r * x + 3.0
    r = r * x - 2.0
    r = r * x + 0.5
    r = r * x - 7.0
    r = r * x + 1.0
    return r


def by_powers(x: float) -> float:
    return 3.0 * x ** 4 - 2.0 * x ** 3 + 0.5 * x ** 2 - 7.0 * x + 1.0


def chebyshev(n: int, x: float) -> float:
    if n == 0:
        return 1.0
    t0 = 1.0
    t1 = x
    for k in range(2, n + 1):
        t0, t1 = t1, 2.0 * x * t1 - t0
    return t1


def main():
    for i in range(-4, 5):
        x = i * 0.5
        print(x, horner(x), by_powers(x), horner(x) == by_powers(x))
    for n in range(6):
        print(n, chebyshev(n, 0.3), end="; ")
    print()
    return chebyshev(10, 0.5)
