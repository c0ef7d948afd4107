# run: main
# run: clamp 15 0 10
# run: clamp -3 0 10
# run: clamp 5 0 10
# run: biggest 1.5 -2.0 3.25


def clamp(x: int, lo: int, hi: int) -> int:
    return max(lo, min(x, hi))


def biggest(a: float, b: float, c: float) -> float:
    return max(a, b, c)


def main():
    print(min(3, 1, 2), max(3, 1, 2), min(-5, 5), max(-5, 5))
    print(min(4, 4), max(7, 2, 9, 9, 1), min(9223372036854775807, -9223372036854775807))
    print(min(0.5, 0.25), max(0.5, 0.25), min(1e308, 1e-308, 1.0), max(-1.0, -2.0, -0.5))
    print(min(True, False), max(False, True), min(True, True))
    best = -1
    worst = 1000
    for i in range(1, 20):
        v = (i * 37) % 23
        best = max(best, v)
        worst = min(worst, v)
    print(best, worst)
    print(max(min(5, 3), min(4, 8)), min(max(1, 2, 3), max(0, -1)))
    return clamp(42, -10, 10)
