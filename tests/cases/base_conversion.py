# Print numbers in other bases digit by digit (no string values needed).
# run: main
# run: digits_in_base 255 2
# run: digits_in_base -255 16
# run: from_digits 7 3


def count_digits(n: int, base: int) -> int:
    if n == 0:
        return 1
    k = 0
    while n > 0:
        n //= base
        k += 1
    return k


def print_in_base(n: int, base: int):
    if n < 0:
        print("-", end="")
        n = -n
    k = count_digits(n, base)
    p = base ** (k - 1)
    while p > 0:
        d = n // p
        n %= p
        p //= base
        if d < 10:
            print(d, end="")
        else:
            print(f"<{d}>", end="")
    print()


def digits_in_base(n: int, base: int) -> int:
    print_in_base(n, base)
    return count_digits(abs(n), base)


def from_digits(d: int, count: int) -> int:
    v = 0
    for i in range(count):
        v = v * 10 + d
    return v


def main():
    for base in range(2, 11):
        print_in_base(2024, base)
    print_in_base(0, 2)
    print_in_base(9223372036854775807, 16)
    print_in_base(-9223372036854775807, 36)
    return count_digits(9223372036854775807, 2)
