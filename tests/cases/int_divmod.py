# run: main
# run: digits_reversed 1234567
# run: digits_reversed -120


def digits_reversed(n: int) -> int:
    sign = 1
    if n < 0:
        sign = -1
        n = -n
    out = 0
    while n > 0:
        n, d = divmod(n, 10)
        out = out * 10 + d
    return sign * out


def main():
    for a in range(-7, 8, 7):
        for b in range(-3, 4):
            if b == 0:
                continue
            q, r = divmod(a, b)
            print(a, b, q, r, q == a // b and r == a % b)
    q, r = divmod(100, 7)
    print(q, r)
    q, r = divmod(-100, 7)
    print(q, r)
    q, r = divmod(9223372036854775807, 1000000007)
    print(q, r)
    h, rest = divmod(100000, 3600)
    m, s = divmod(rest, 60)
    print(f"{h}h {m:02d}m {s:02d}s")
