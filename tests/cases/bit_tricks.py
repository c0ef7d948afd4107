# Population count, parity, lowest set bit, bit reversal, power-of-two tests.
# run: main
# run: popcount 9223372036854775807
# run: popcount -1
# run: reverse32 1
# run: next_pow2 1000


def popcount(x: int) -> int:
    if x < 0:
        return 64 - popcount(~x)
    n = 0
    while x:
        x &= x - 1
        n += 1
    return n


def reverse32(x: int) -> int:
    r = 0
    for i in range(32):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r


def next_pow2(n: int) -> int:
    p = 1
    while p < n:
        p <<= 1
    return p


def is_pow2(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def main():
    for x in range(0, 17):
        print(x, popcount(x), x & -x, is_pow2(x), popcount(x) % 2)
    print(reverse32(0x12345678), f"{reverse32(0x12345678):08x}", reverse32(0xFFFFFFFF))
    print(next_pow2(1), next_pow2(17), next_pow2(4611686018427387903))
    x = 0b101100
    print(x ^ (x >> 1), (x | (x - 1)) + 1, x & ~(x - 1))
    return popcount(-9223372036854775807 - 1)
