# An int raised to a negative constant exponent gives a float.
# run: main
# run: inverse 8
# run: inverse -4


def inverse(n: int) -> float:
    return n ** -1


def main():
    print(2 ** -1, 2 ** -2, 10 ** -2, 10 ** -3)
    print((-2) ** -3, (-3) ** -2, 1 ** -5, (-1) ** -3)
    x = 4
    print(x ** -1, x ** -2, x ** -3 * 64)
    s = 0.0
    for k in range(1, 11):
        s += k ** -2
    print(s)
    return inverse(3)
