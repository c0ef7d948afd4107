# Function and variable names that clash with C, libm or runtime symbols.
# run: main
# run: sin 2.0
# run: free 3
# run: f__entry 4


import math


def sin(x: float) -> float:
    return math.sin(x) * 2.0


def free(n: int) -> int:
    return n + 1


def malloc(size: int) -> int:
    return size * 8


def printf(x: float) -> float:
    return x


def f__entry(n: int) -> int:
    return n * n


def main():
    int64_t = 3
    double = 0.5
    ctx = free(int64_t)
    ret = malloc(ctx) + f__entry(2)
    print(sin(0.5), free(1), malloc(2), printf(double), ctx, ret)
    status = 0
    for rpy_ctx in range(3):
        status += rpy_ctx
    return status
