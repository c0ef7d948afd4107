"""Insertion sort of a list[int] filled by an LCG: item loads and stores, shifting by one."""


def kernel(n: int) -> int:
    xs = [0] * n
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        xs[i] = x
    for i in range(1, n):
        v = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > v:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = v
    return xs[0] + xs[n // 2] + xs[n - 1]


# args: 6000
