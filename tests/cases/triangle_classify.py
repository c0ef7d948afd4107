# run: main
# run: kind 3 4 5
# run: kind 2 2 3
# run: kind 1 2 3
# run: kind 5 5 5
# run: area 3.0 4.0 5.0


import math


def kind(a: int, b: int, c: int) -> int:
    if a > b:
        a, b = b, a
    if b > c:
        b, c = c, b
    if a > b:
        a, b = b, a
    if not 0 < a <= b <= c < a + b:
        return 0
    if a == b == c:
        return 3
    if a == b or b == c:
        return 2
    if a * a + b * b == c * c:
        return 4
    return 1


def area(a: float, b: float, c: float) -> float:
    s = (a + b + c) / 2
    return math.sqrt(s * (s - a) * (s - b) * (s - c))


def main():
    counts = 0
    right = 0
    for a in range(1, 21):
        for b in range(a, 21):
            for c in range(b, 21):
                k = kind(c, a, b)
                if k:
                    counts += 1
                if k == 4:
                    right += 1
                    print(a, b, c, area(a * 1.0, b * 1.0, c * 1.0))
    print(counts, right)
