# Naive vs compensated summation: float evaluation order is observable.
# run: main
# run: naive 10
# run: kahan 10


def naive(n: int) -> float:
    s = 0.0
    for i in range(n):
        s += 0.1
    return s


def kahan(n: int) -> float:
    s = 0.0
    c = 0.0
    for i in range(n):
        y = 0.1 - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def main():
    print(naive(10), kahan(10), naive(10) == 1.0, kahan(10) == 1.0)
    print(naive(1000), kahan(1000))
    a = 1e16
    b = 1.0
    print(a + b - a, a - a + b, (a + b) + b - a, a + (b + b) - a)
    h = 0.0
    for k in range(1, 2001):
        h += 1.0 / k
    r = 0.0
    for k in range(2000, 0, -1):
        r += 1.0 / k
    print(h, r, h == r)
    x = 0.1
    y = 0.2
    z = 0.3
    print((x + y) + z, x + (y + z), x * y * z, x * (y * z))
