# Welford's running mean/variance over LCG samples.
# run: main
# run: stats 1000


import math


def stats(n: int) -> float:
    s = 12345
    mean = 0.0
    m2 = 0.0
    lo = 1.0
    hi = 0.0
    for i in range(1, n + 1):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        x = s / 2147483648.0
        delta = x - mean
        mean += delta / i
        m2 += delta * (x - mean)
        lo = min(lo, x)
        hi = max(hi, x)
    var = m2 / (n - 1)
    print(f"n={n} mean={mean:.6f} var={var:.6f} sd={math.sqrt(var):.6f}")
    print(lo, hi)
    return mean


def main():
    for n in range(100, 501, 200):
        stats(n)
    return stats(2)
