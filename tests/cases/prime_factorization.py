# run: main
# run: largest_factor 600851475143
# run: largest_factor 9223372036854775807
# run: count_factors 720720


def largest_factor(n: int) -> int:
    last = 1
    d = 2
    while d * d <= n:
        while n % d == 0:
            last = d
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        last = n
    return last


def count_factors(n: int) -> int:
    total = 1
    d = 2
    while d * d <= n:
        e = 0
        while n % d == 0:
            n //= d
            e += 1
        total *= e + 1
        d += 1
    if n > 1:
        total *= 2
    return total


def print_factors(n: int):
    print(n, "=", end="")
    first = True
    d = 2
    while d * d <= n:
        while n % d == 0:
            if first:
                print("", d, end="")
            else:
                print(" *", d, end="")
            first = False
            n //= d
        d += 1
    if n > 1:
        if first:
            print("", n, end="")
        else:
            print(" *", n, end="")
    print()


def main():
    for n in range(2, 30, 3):
        print_factors(n)
    print_factors(2 ** 10 * 3 ** 5 * 97)
    print(largest_factor(13195), count_factors(1), count_factors(28))
    best = 0
    arg = 0
    for n in range(1, 5000):
        c = count_factors(n)
        if c > best:
            best, arg = c, n
    print(arg, best)
