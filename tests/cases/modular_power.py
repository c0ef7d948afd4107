# Modular exponentiation by squaring; every product stays below 2**62.
# run: main
# run: pow_mod 2 1000000 1000000007
# run: pow_mod 3 0 7
# run: pow_mod 10 18 998244353


def pow_mod(b: int, e: int, m: int) -> int:
    result = 1 % m
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result


def fermat_probable_prime(n: int) -> bool:
    if n < 4:
        return n >= 2
    for a in range(2, 6):
        if pow_mod(a, n - 1, n) != 1:
            return False
    return True


def main():
    p = 1000000007
    print(pow_mod(2, 10, p), pow_mod(2, p - 1, p), pow_mod(7, 123456789, p))
    inv3 = pow_mod(3, p - 2, p)
    print(inv3, 3 * inv3 % p)
    found = 0
    for n in range(2, 200):
        if fermat_probable_prime(n):
            found += 1
    print(found, fermat_probable_prime(561), fermat_probable_prime(1000003))
    return pow_mod(5, 2 ** 40, 2147483647)
