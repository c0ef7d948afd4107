# Module-level int/float/bool constants, read directly and through `global`.
# run: main
# run: scaled 4
# run: scaled 4 2.5
# run: with_default

N = 10
SCALE = 0.5
DEBUG = False
VERBOSE = True
OFFSET = -3
LIMIT = 1e-9


def scaled(x: int, factor=SCALE) -> float:
    return x * factor


def with_default(n=N) -> int:
    return n * n + OFFSET


def uses_global() -> int:
    global N
    return N * 2


def main():
    total = 0
    for i in range(N):
        total += i
    print(total, N, SCALE, DEBUG, VERBOSE, OFFSET, LIMIT)
    if DEBUG:
        print("debug on")
    if VERBOSE and not DEBUG:
        print("verbose")
    print(uses_global(), with_default(), with_default(3), scaled(3))
    print(N * SCALE, N // 3, -OFFSET, LIMIT < SCALE)
    return SCALE * OFFSET
