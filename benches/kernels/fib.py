"""Naive recursive Fibonacci: call overhead and int add."""


def kernel(n: int) -> int:
    if n < 2:
        return n
    return kernel(n - 1) + kernel(n - 2)


# args: 32
