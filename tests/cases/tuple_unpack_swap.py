# run: main
# run: fib 50
# run: fib 0
# run: fib 91


def fib(n: int) -> int:
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


def main():
    a = 1
    b = 2
    a, b = b, a
    print(a, b)
    x, y, z = 1, 2, 3
    x, y, z = y, z, x
    print(x, y, z)
    p, q = 1.5, -2.5
    p, q = q * 2, p + q
    print(p, q)
    lo, hi = 0, 100
    steps = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if mid * mid < 2000:
            lo, hi = mid + 1, hi
        else:
            lo, hi = lo, mid
        steps += 1
    print(lo, steps)
    i, f, t = 3, 0.25, True
    print(i, f, t)
    hundreds, rest = divmod(fib(20), 100)
    print(hundreds, rest)
    return fib(30)
