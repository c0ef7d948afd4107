# run: main
# run: between 1 5 9
# run: between 1 9 5
# run: between 3 3 3


def between(a: int, b: int, c: int) -> bool:
    return a <= b <= c


def middle() -> int:
    print("middle evaluated")
    return 5


def main():
    x = 5
    print(1 < x < 10, 1 < x > 3, 10 > x > 1, 1 < 10 < x)
    print(1 == 1 == 1, 1 == 1 != 2, 0 < 1 < 2 < 3 < 4, 0 < 1 < 2 < 2 < 4)
    print(1 < 1.5 < 2, 0.0 == -0.0 == 0, 2 >= 2 >= 1 > 0)
    print(3 < middle() < 9)
    print(6 < middle() < 9)
    y = 3
    z = 2
    print(x > y > z, x > z > y, x != y != x)
    count = 0
    for i in range(-5, 15):
        if 0 <= i < 10 != i:
            count += 1
    print(count)
    return between(0, x, 10)
