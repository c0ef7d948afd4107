# xorshift32 and a 64-bit xorshift done in two 32-bit halves, with masks.
# run: main
# run: xs32 2463534242 10


M32 = 0xFFFFFFFF


def xs32_step(x: int) -> int:
    x ^= (x << 13) & M32
    x ^= x >> 17
    x ^= (x << 5) & M32
    return x


def xs32(seed: int, n: int) -> int:
    x = seed
    for i in range(n):
        x = xs32_step(x)
    return x


def main():
    x = 2463534242
    for i in range(6):
        x = xs32_step(x)
        print(x)
    hist0 = 0
    hist1 = 0
    for i in range(4000):
        x = xs32_step(x)
        if x & 1:
            hist1 += 1
        else:
            hist0 += 1
    print(hist0, hist1)
    h = 2166136261
    for i in range(100):
        h ^= i & 0xFF
        h = (h * 16777619) & M32
    print("fnv-like:", h, f"{h:08x}")
