# A few tier-A kernels: integer and float arithmetic with CPython's exact
# semantics (floor division, float repr, round half to even).
import math

N = 20


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def integrate(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = 0.5 * (math.sin(a) + math.sin(b))
    for i in range(1, n):
        s += math.sin(a + i * h)
    return s * h


def main():
    longest = 0
    best = 0
    for i in range(1, N * 50):
        c = collatz_steps(i)
        if c > longest:
            longest, best = c, i
    print(f"longest Collatz chain below {N * 50}: {best} ({longest} steps)")
    area = integrate(0.0, math.pi, 1000)
    print("integral of sin over [0, pi]:", area, "rounded:", round(area, 6))
    print(-7 // 2, -7 % 2, 7.5 % -2, 0.1 + 0.2, 1e16, 2 ** -1)
    return divmod_sum(17, -5)


def divmod_sum(a: int, b: int) -> int:
    q, r = divmod(a, b)
    return q + r
