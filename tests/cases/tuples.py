# run: main 4
# run: divmod_pair 17 5
# run: swap_pairs 3
# run: bad_index 1


def divmod_pair(a: int, b: int) -> tuple[int, int]:
    return (a // b, a % b)


def minmax(xs: list[float]) -> tuple[float, float]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def swap_pairs(n: int) -> list[tuple[int, float]]:
    out: list[tuple[int, float]] = []
    for i in range(n):
        out.append((i, i * 0.5))
    out.reverse()
    return out


def bad_index(k: int) -> int:
    xs = [10, 20]
    t = (xs[k], k)
    return t[0] + xs[k + 5]


def main(n: int) -> int:
    t = (n, 2.5, True)
    a, b, c = t
    print(t, a, b, c, t[0], t[-1], len(t), t == (n, 2.5, True), t != (n, 2.5, False))
    q, r = divmod_pair(n * 7, 3)
    p = divmod_pair(n, 2)
    print(q, r, p, p[1])
    lo, hi = minmax([3.0, -1.5, 8.25])
    print(lo, hi, minmax([1.0]))
    pairs = [(3, 1.0), (1, 2.0), (3, 0.5), (2, 9.0)]
    pairs.sort()
    print(pairs, sorted(pairs, reverse=True), max(pairs), min(pairs))
    print((1, 2) < (1, 3), (1, 2) < (1, 2), (2, 0) > (1, 9), (1, 2) <= (1, 2), (1, 3) >= (1, 2))
    total = 0.0
    for k, v in pairs:
        total += k * v
    for i, (k, v) in enumerate(pairs):
        total += i * k
    print(total, (1, 2) in [(1, 2), (3, 4)], [(1, 2), (3, 4)].index((3, 4)), pairs.count((3, 1.0)))
    nested = ((1, 2), [3, 4])
    (x, y), zs = nested
    print(nested, x, y, zs, (7,), ((1,),))
    acc = [(i, i * i) for i in range(n)]
    print(acc, [s for (_, s) in acc if s > 1])
    u, w = m, o = 1, 2
    print(u, w, m, o)
    return a + q + len(acc)
