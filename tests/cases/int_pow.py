# run: main
# run: power 3 39
# run: power -2 63
# run: power 7 0
# run: power 0 0


def power(b: int, e: int) -> int:
    return b ** e


def main():
    print(2 ** 10, 2 ** 62, (-2) ** 63, 3 ** 39)
    print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
    print(0 ** 0, 0 ** 5, 1 ** 1000000, (-1) ** 999999, (-1) ** 1000000)
    print(10 ** 18, -(10 ** 18))
    total = 0
    for e in range(20):
        total += 3 ** e
    print(total)
    x = 5
    y = 2
    print(x ** y, y ** x, x ** y ** 2)
    for b in range(-3, 4):
        print(b, b ** 3, b ** 4)
