# run: main
# run: sign -42
# run: sign 0
# run: sign 17
# run: clamp 1.5
# run: clamp -3


def sign(n: int) -> int:
    return -1 if n < 0 else (0 if n == 0 else 1)


def clamp(x: float, lo=0.0, hi=1.0) -> float:
    return lo if x < lo else hi if x > hi else x


def loud(v: int) -> int:
    print("evaluated", v)
    return v


def main():
    for n in range(-2, 3):
        print(n, sign(n), 0 if n % 2 == 0 else 1)
    a = 3
    b = 7
    big = a if a > b else b
    small = a if a < b else b
    print(big, small)
    x = loud(1) if a < b else loud(2)
    y = loud(3) if a > b else loud(4)
    print(x, y)
    f = 0.5 if a else 1.5
    print(f, clamp(0.25), clamp(2.0), clamp(-1.0, lo=-0.5))
    return (a if a else b) * 100
