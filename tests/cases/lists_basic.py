# run: main 7
# run: squares 5
# run: get 3
# run: get -1
# run: get 10
# run: get -11
# run: store 2 99
# run: store 20 1


def squares(n: int) -> list[int]:
    return [i * i for i in range(n)]


def main(n: int) -> int:
    xs = [0] * n
    for i in range(n):
        xs[i] = i * 3 - 4
    print(xs, len(xs), xs[0], xs[-1], xs[n - 1])
    fs: list[float] = [0.0] * 3
    fs[1] = 2.5
    fs[2] += 1.0
    print(fs, [True, False], [[1, 2], [], [3]])
    empty: list[int] = []
    print(empty, len(empty), not empty, bool(xs))
    acc = []
    for x in xs:
        if x > 0:
            acc.append(x)
    print(acc, sum(acc), min(xs), max(xs), sum(fs))
    ys = xs + [100, 200]
    zs = [1, 2] * 3
    print(ys, zs, 3 * [7], [5] * 0, [5] * -2)
    print(xs == xs.copy(), xs != ys, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1], [3] >= [])
    print(5 in xs, 8 in xs, 2 not in xs, 2.5 in fs)
    return sum(xs)


def get(i: int) -> int:
    xs = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    return xs[i]


def store(i: int, v: int) -> list[int]:
    xs = [1, 2, 3]
    xs[i] = v
    return xs
