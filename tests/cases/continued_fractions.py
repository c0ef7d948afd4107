# Convergents of continued fractions for sqrt(2) and e, and the golden ratio
# as a fixed point.
# run: main
# run: sqrt2_convergent 20


import math


def sqrt2_convergent(n: int) -> float:
    p0, p1 = 1, 3
    q0, q1 = 1, 2
    for i in range(n):
        p0, p1 = p1, 2 * p1 + p0
        q0, q1 = q1, 2 * q1 + q0
    return p1 / q1


def e_convergent(terms: int) -> float:
    num = 1
    den = 0
    for i in range(terms, 0, -1):
        if i == 1:
            a = 2
        elif i % 3 == 0:
            a = 2 * (i // 3)
        else:
            a = 1
        num, den = a * num + den, num
    return num / den


def main():
    for n in range(0, 25, 4):
        v = sqrt2_convergent(n)
        print(n, v, v - math.sqrt(2.0))
    print(e_convergent(20), math.e)
    phi = 1.0
    it = 0
    while True:
        nxt = 1.0 + 1.0 / phi
        it += 1
        if nxt == phi:
            break
        phi = nxt
    print(phi, it, (1.0 + math.sqrt(5.0)) / 2.0)
