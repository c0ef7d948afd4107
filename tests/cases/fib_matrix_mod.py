# Fibonacci numbers modulo a prime by 2x2 matrix powering, with scalars.
# run: main
# run: fib_mod 1000000000000000000
# run: fib_mod 90


P = 1000000007


def fib_mod(n: int) -> int:
    a, b, c, d = 1, 0, 0, 1
    x, y, z, w = 1, 1, 1, 0
    while n > 0:
        if n & 1:
            a, b, c, d = (a * x + b * z) % P, (a * y + b * w) % P, (c * x + d * z) % P, (c * y + d * w) % P
        x, y, z, w = (x * x + y * z) % P, (x * y + y * w) % P, (z * x + w * z) % P, (z * y + w * w) % P
        n >>= 1
    return b


def main():
    for n in range(12):
        print(fib_mod(n), end=" ")
    print()
    print(fib_mod(90), 2880067194370816120 % P)
    return fib_mod(2 ** 62)
