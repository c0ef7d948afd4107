# run: main
# run: mix 12 10
# run: mix -12 10


def mix(a: int, b: int) -> int:
    return (a & b) ^ (a | b) ^ ~a


def main():
    a = 0b1100
    b = 0b1010
    print(a & b, a | b, a ^ b, ~a, ~b, ~0, ~-1)
    print(-5 & 0xFF, -1 & 0xFFFFFFFF, -8 | 3, -1 ^ 7, -6 ^ -3, -6 & -3, -6 | -3)
    print(0x7FFFFFFFFFFFFFFF & -1, -9223372036854775807 - 1 & 0xF0)
    print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
    print(a & b == 8, a & (b == 8))
    x = 0xDEADBEEF
    print(x & 0xFFFF, x >> 16, (x >> 16) & 0xFF, x ^ x, x | 0)
    print(~x & 0xFFFFFFFF, -x & x)
    return mix(a, b)
