# run: main
# run: halvings 1000000
# run: halvings 1


def halvings(n: int) -> int:
    steps = 0
    while n > 1:
        n //= 2
        steps += 1
    return steps


def main():
    n = 10
    while n:
        print(n, end=" ")
        n -= 3 if n > 3 else n
    print()
    x = 1.0
    k = 0
    while x > 1e-3:
        x *= 0.5
        k += 1
    print(k, x)
    a = 1
    while a < 1000 and a % 7 != 0:
        a = a * 3 + 1
    print(a)
    t = 0
    while True:
        t += 1
        if t * t > 50:
            break
    print(t)
    return halvings(1 << 40)
