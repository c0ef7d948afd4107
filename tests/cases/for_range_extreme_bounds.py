# range() near the int64 limits: the loop must not overflow past its end.
# run: main
# run: count_from 9223372036854775805
# run: count_down_to -9223372036854775806

MAXI = 9223372036854775807


def count_from(start: int) -> int:
    n = 0
    for i in range(start, 9223372036854775807):
        n += 1
        print(i)
    return n


def count_down_to(stop: int) -> int:
    lo = -9223372036854775807 - 1
    n = 0
    for i in range(stop, lo, -1):
        print(i)
        n += 1
    return n


def main():
    for i in range(MAXI - 2, MAXI):
        print(i)
    for i in range(MAXI - 10, MAXI, 4):
        print(i)
    lo = -MAXI - 1
    for i in range(lo + 2, lo, -1):
        print(i)
    for i in range(lo + 3, lo - 0, -2):
        print(i)
    for i in range(0, MAXI, 4611686018427387904):
        print(i)
    for i in range(MAXI, 0, -4611686018427387904):
        print(i)
    for i in range(lo, MAXI, MAXI):
        print(i)
