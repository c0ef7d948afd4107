# Recursion a few hundred frames deep stays below the limit.
# run: main
# run: depth 500


def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def count_digits(n: int) -> int:
    if n < 10:
        return 1
    return 1 + count_digits(n // 10)


def main():
    print(depth(100), depth(300), count_digits(9223372036854775807))
    return depth(450)
