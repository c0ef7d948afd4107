"""Sieve of Eratosthenes over a list[bool]: item stores in a strided loop, then a count."""


def kernel(n: int) -> int:
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    count = 0
    for b in is_p:
        if b:
            count += 1
    return count


# args: 5000000
