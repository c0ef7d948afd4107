# `and`, `or`, chained comparisons and conditional expressions evaluate only
# what they need, left to right.
# run: main


def probe(tag: int, value: int) -> int:
    print("probe", tag, "->", value)
    return value


def fprobe(tag: int, value: float) -> float:
    print("fprobe", tag)
    return value


def main():
    r = probe(1, 0) and probe(2, 5)
    print("r =", r)
    r = probe(3, 4) and probe(4, 5)
    print("r =", r)
    r = probe(5, 0) or probe(6, 0) or probe(7, 8) or probe(8, 9)
    print("r =", r)
    ok = probe(9, 1) < probe(10, 2) < probe(11, 0) < probe(12, 5)
    print("ok =", ok)
    ok = probe(13, 3) < probe(14, 2) < probe(15, 9)
    print("ok =", ok)
    v = probe(16, 1) if probe(17, 0) else probe(18, 2)
    print("v =", v)
    f = fprobe(19, 0.0) or fprobe(20, 2.5)
    print("f =", f)
    t = probe(21, 2) + probe(22, 3) * probe(23, 4)
    print("t =", t)
    if probe(24, 0) and probe(25, 1):
        print("no")
    elif probe(26, 1) or probe(27, 1):
        print("elif taken")
