"""Prefix sums of a list[float], then the maximum mean over a sliding window: append, then indexed reads at two offsets."""


def kernel(n: int) -> float:
    xs: list[float] = []
    x = 1
    for i in range(n):
        x = (x * 48271) % 2147483647
        xs.append((x % 1000) * 0.001 - 0.5)
    pre = [0.0] * (n + 1)
    for i in range(n):
        pre[i + 1] = pre[i] + xs[i]
    w = 64
    best = -1e300
    for i in range(w, n + 1):
        m = (pre[i] - pre[i - w]) / w
        if m > best:
            best = m
    return best


# args: 2000000
