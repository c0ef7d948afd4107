# run: main
# run: pop_empty
# run: pop_bad
# run: remove_missing
# run: index_missing 4
# run: index_missing_float


def main() -> int:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    xs.append(5)
    xs.insert(0, 7)
    xs.insert(-1, 8)
    xs.insert(100, 0)
    xs.insert(-100, -1)
    print(xs)
    print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(2), xs)
    xs.extend([10, 11])
    xs.extend(xs)
    print(xs, len(xs))
    print(xs.index(1), xs.count(1), xs.count(42))
    xs.remove(1)
    print(xs)
    ys = xs.copy()
    ys.reverse()
    print(ys, xs == ys)
    ys.sort()
    print(ys)
    ys.sort(reverse=True)
    print(ys)
    print(sorted(xs), sorted(xs, reverse=True), xs)
    xs.clear()
    print(xs, len(xs))
    fl = [2.5, -1.0, 0.0, -0.0, 3.25, 1e300, -1e-300]
    fl.sort()
    print(fl, sorted(fl, reverse=True), min(fl), max(fl))
    bs = [True, False, True]
    print(sorted(bs), sum(bs), any(bs), all(bs), any([False]), all(bs[:0]), any([0.0, 0.0]), all([1, 2]))
    return len(ys)


def pop_empty() -> int:
    xs: list[int] = []
    return xs.pop()


def pop_bad() -> int:
    xs = [1, 2]
    return xs.pop(5)


def remove_missing() -> None:
    xs = [1, 2]
    xs.remove(3)


def index_missing(v: int) -> int:
    return [1, 2, 3].index(v)


def index_missing_float() -> int:
    return [1.5, 2.0].index(0.1)
