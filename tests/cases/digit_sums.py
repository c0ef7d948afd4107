# run: main
# run: digit_sum 9223372036854775807
# run: digital_root 987654321
# run: reverse -12340


def digit_sum(n: int) -> int:
    n = abs(n)
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def digital_root(n: int) -> int:
    while n >= 10:
        n = digit_sum(n)
    return n


def reverse(n: int) -> int:
    sign = -1 if n < 0 else 1
    n = abs(n)
    r = 0
    while n:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return sign * r


def is_palindrome(n: int) -> bool:
    return n >= 0 and reverse(n) == n


def is_armstrong(n: int) -> bool:
    k = 0
    m = n
    while m > 0:
        k += 1
        m //= 10
    s = 0
    m = n
    while m > 0:
        s += (m % 10) ** k
        m //= 10
    return s == n


def main():
    print(digit_sum(0), digit_sum(12345), digit_sum(-999), digital_root(65536))
    pals = 0
    for n in range(10, 1000):
        if is_palindrome(n):
            pals += 1
    print("palindromes:", pals)
    for n in range(1, 10000):
        if is_armstrong(n) and n > 9:
            print("armstrong", n)
    best = 0
    for n in range(1, 2000):
        best = max(best, digit_sum(n * n))
    return best
