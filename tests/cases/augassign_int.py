# Augmented assignment with every int operator.
# run: main
# run: accumulate 10


def accumulate(n: int) -> int:
    acc = 1
    for i in range(1, n + 1):
        acc *= 3
        acc %= 1000003
        acc += i
        acc ^= i << 2
    return acc


def main():
    x = 100
    x += 5
    print(x)
    x -= 17
    print(x)
    x *= -3
    print(x)
    x //= 7
    print(x)
    x %= 13
    print(x)
    x **= 3
    print(x)
    x &= 0x3F
    print(x)
    x |= 0x100
    print(x)
    x ^= 0xFF
    print(x)
    x <<= 4
    print(x)
    x >>= 2
    print(x)
    y = -7
    y //= 2
    print(y)
    y %= -5
    print(y)
    y <<= 61
    print(y)
    y >>= 70
    print(y)
    return accumulate(5)
