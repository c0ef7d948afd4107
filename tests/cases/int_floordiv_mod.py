# run: main
# run: floordiv -7 2
# run: mod -7 2
# run: floordiv 7 -2
# run: mod 7 -2
# run: mod -9223372036854775807 10


def floordiv(a: int, b: int) -> int:
    return a // b


def mod(a: int, b: int) -> int:
    return a % b


def main():
    for a in range(-7, 8, 7):
        for b in range(-3, 4):
            if b != 0:
                print(f"{a} // {b} = {a // b}   {a} % {b} = {a % b}")
    print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
    print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
    print(-1 // 1000000, -1 % 1000000)
    print(9223372036854775807 // 2, 9223372036854775807 % 2)
    print(-9223372036854775807 // 3, -9223372036854775807 % 3)
    x = 12345
    y = 97
    print(x == (x // y) * y + x % y)
    x = -12345
    print(x == (x // y) * y + x % y)
