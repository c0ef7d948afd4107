"""Sum of gcd(i, j) over an n x n grid by Euclid's algorithm: int % in a data-dependent loop."""


def kernel(n: int) -> int:
    total = 0
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            a = i
            b = j
            while b != 0:
                a, b = b, a % b
            total += a
    return total


# args: 1200
