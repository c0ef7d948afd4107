# Integer square root and cube root by binary search (no overflow).
# run: main
# run: isqrt 9223372036854775807
# run: isqrt 99
# run: icbrt 1000000000000000000


def isqrt(n: int) -> int:
    lo = 0
    hi = 3037000500
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid <= n // mid:
            lo = mid
        else:
            hi = mid - 1
    return lo


def icbrt(n: int) -> int:
    lo = 0
    hi = 2097151
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


def main():
    for n in range(0, 50, 7):
        print(n, isqrt(n), icbrt(n))
    print(isqrt(10 ** 18), isqrt(10 ** 18 - 1), icbrt(10 ** 18 - 1), icbrt(9223372036854775807))
    squares = 0
    for n in range(1, 5000):
        r = isqrt(n)
        if r * r == n:
            squares += 1
    return squares
