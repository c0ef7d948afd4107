# A negative shift count raises ValueError (both directions).
# run: main
# run: shift_left 1 -1
# run: shift_right 1024 -3
# run: shift_right 1024 3


def shift_left(x: int, n: int) -> int:
    return x << n


def shift_right(x: int, n: int) -> int:
    return x >> n


def main():
    n = 3
    print(1 << n, 64 >> n)
    n = n - 4
    print("about to shift by", n)
    return 8 >> n
