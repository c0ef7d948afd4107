def total(xs):
    s = 0
    for x in xs:
        s += x * 0.5
    return s


def pairs(n: int) -> int:
    return len([i * j for i in range(n) for j in range(n)])
