# run: main
# run: sigma 28
# run: sigma 1
# run: classify 12
# run: classify 7


def sigma(n: int) -> int:
    if n == 1:
        return 0
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d != n // d:
                s += n // d
        d += 1
    return s


def classify(n: int) -> int:
    s = sigma(n)
    if s == n:
        return 0
    return 1 if s > n else -1


def main():
    perfect = 0
    abundant = 0
    deficient = 0
    for n in range(2, 3000):
        c = classify(n)
        if c == 0:
            print("perfect:", n)
            perfect += 1
        elif c > 0:
            abundant += 1
        else:
            deficient += 1
    print(perfect, abundant, deficient)
    for a in range(2, 1500):
        b = sigma(a)
        if b > a and sigma(b) == a:
            print("amicable:", a, b)
