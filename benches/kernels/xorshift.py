"""A 32-bit xorshift generator folded into a multiplicative hash: & ^ << >> with masking."""

MASK = 0xFFFFFFFF


def kernel(n: int, seed: int) -> int:
    x = seed
    h = 0
    for i in range(n):
        x ^= (x << 13) & MASK
        x ^= x >> 17
        x ^= (x << 5) & MASK
        h = (h * 31 + (x & 0xFFFF) + i) & MASK
    return h ^ (x >> 7)


# args: 1500000, 2463534242
