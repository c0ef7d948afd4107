# run: main 3
# run: main 9
# run: tuple_methods 1
# run: tuple_methods 7


def classify(c: str) -> int:
    if c in ("a", "e", "i", "o", "u"):
        return 1
    if c not in ("x", "y"):
        return 2
    return 3


def main(n: int) -> int:
    t = (n, 2.5, "s")
    print(n in (1, 2, 3), n in (1.0, 3.0), 2.5 in t, "s" in t, "z" in t, 4 not in (n, n + 1))
    print([classify(c) for c in "hax"], (1, 2) == (1, 2), (1, 2) != (1, 3))
    return sum([classify(c) for c in "aeiouxyz"]) + n


def tuple_methods(k: int) -> int:
    t = (3, 1, 3, 2.5, "x")
    print(t.count(3), t.count(2.5), t.count("x"), t.count(9), t.index(3), t.index(2.5), t.index("x"))
    return t.index(k)
