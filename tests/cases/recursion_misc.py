# gcd, power by squaring, Ackermann, Hanoi, sums: plain recursion.
# run: main
# run: ackermann 2 3
# run: hanoi 6


def gcd(a: int, b: int) -> int:
    return a if b == 0 else gcd(b, a % b)


def power(b: int, e: int) -> int:
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n: int, src=1, dst=3, via=2) -> int:
    if n == 0:
        return 0
    moves = hanoi(n - 1, src, via, dst)
    if n >= 4:
        print(f"move disk {n} from {src} to {dst}")
    return moves + 1 + hanoi(n - 1, via, dst, src)


def sum_to(n: int) -> int:
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def main():
    print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(-12, 18))
    print(power(3, 13), power(2, 62), power(-5, 3))
    print(ackermann(1, 5), ackermann(2, 2), ackermann(3, 3))
    print(hanoi(5))
    print(sum_to(400))
