# run: main
# run: is_prime 2147483647
# run: is_prime 1000000007
# run: is_prime 999999999
# run: nth_prime 500


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    d = 5
    while d * d <= n:
        if n % d == 0 or n % (d + 2) == 0:
            return False
        d += 6
    return True


def nth_prime(k: int) -> int:
    count = 0
    n = 1
    while count < k:
        n += 1
        if is_prime(n):
            count += 1
    return n


def main():
    for n in range(60):
        if is_prime(n):
            print(n, end=" ")
    print()
    count = 0
    total = 0
    for n in range(10000):
        if is_prime(n):
            count += 1
            total += n
    print(count, total)
    twins = 0
    for n in range(3, 2000, 2):
        if is_prime(n) and is_prime(n + 2):
            twins += 1
    print("twin pairs below 2000:", twins)
    return nth_prime(100)
