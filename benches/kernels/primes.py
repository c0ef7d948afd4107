"""Count primes below n by trial division (no sieve): int % and multiply in a loop."""


def kernel(n: int) -> int:
    count = 0
    for k in range(2, n):
        d = 2
        prime = True
        while d * d <= k:
            if k % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count


# args: 200000
