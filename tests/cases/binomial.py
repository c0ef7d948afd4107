# Binomial coefficients: multiplicative formula (exact division at every
# step) and Pascal's triangle rows.
# run: main
# run: choose 50 25
# run: choose 10 0
# run: choose 5 7


def choose(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    c = 1
    for i in range(1, k + 1):
        c = c * (n - k + i) // i
    return c


def main():
    for n in range(8):
        for k in range(n + 1):
            print(choose(n, k), end=" ")
        print()
    print(choose(30, 15), choose(40, 20), choose(60, 30))
    s = 0
    for k in range(21):
        s += choose(20, k)
    print(s, s == 2 ** 20)
    catalan = 0
    for n in range(15):
        catalan = choose(2 * n, n) // (n + 1)
    print("catalan(14) =", catalan)
