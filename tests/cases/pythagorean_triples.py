# run: main
# run: count_triples 200


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def count_triples(limit: int) -> int:
    n = 0
    m = 2
    while m * m + 1 <= limit:
        for k in range(1, m):
            if (m - k) % 2 == 1 and gcd(m, k) == 1:
                c = m * m + k * k
                if c <= limit:
                    n += 1
        m += 1
    return n


def main():
    for c in range(1, 40):
        for a in range(1, c):
            for b in range(a, c):
                if a * a + b * b == c * c:
                    print(a, b, c)
    print(count_triples(100), count_triples(1000))
