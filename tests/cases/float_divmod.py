# run: main
# run: split_seconds 3725.5


def split_seconds(t: float) -> float:
    m, s = divmod(t, 60.0)
    h, m = divmod(m, 60.0)
    return h * 10000 + m * 100 + s


def main():
    for a in range(-3, 4, 2):
        for b in range(-2, 3):
            if b == 0:
                continue
            q, r = divmod(a * 1.25, b * 0.5)
            print(a * 1.25, b * 0.5, q, r)
    q, r = divmod(7.5, -2.0)
    print(q, r)
    q, r = divmod(-7, 2.0)
    print(q, r)
    q, r = divmod(1.0, 0.1)
    print(q, r)
    q, r = divmod(10, 0.3)
    print(q, r)
