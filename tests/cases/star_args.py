# run: main 3
# run: total
# run: pick 5


def total(*xs: float) -> float:
    s = 0.0
    for x in xs:
        s += x
    return s


def count(label: str, *items: int, scale: int = 1) -> str:
    return f"{label}: {len(items)} items, sum {sum(items) * scale}, {items}"


def pick(i: int, *vals: int) -> int:
    return vals[i]


def main(n: int) -> int:
    print(total(1.0, 2.5), total(), count("a"), count("b", 1, 2, 3), count("c", 4, scale=10))
    print(pick(0, 7, 8), pick(-1, 7, 8), count("one", n))
    return len([total(float(k)) for k in range(n)])
