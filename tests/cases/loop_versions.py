# Loop versioning (rpy-ir/src/version.rs): a loop whose index checks the
# range pass cannot remove runs as a fast copy without them when a test
# in front of it proves every index in range, else as the original loop.
# Each function runs once on each side of its test: the same values,
# prints and exceptions as CPython either way.
# run: offsets 8 0
# run: offsets 8 2
# run: offsets 8 -3
# run: offsets 0 1
# run: down 7 0
# run: down 7 1
# run: down 7 -1
# run: rows 3 4 4
# run: rows 3 4 5
# run: rows 2 3 1099511627776
# run: fixed 6 2
# run: fixed 6 6
# run: stepped 10
# run: stepped 9
# run: early 10 4
# run: early 10 40


def offsets(n: int, k: int) -> int:
    xs = list(range(n))
    ys = [0] * n
    try:
        for i in range(n):
            ys[i] = xs[i + k] * 10
    except IndexError as e:
        print("caught", e, ys)
    print(ys)
    return sum(ys)


def down(n: int, k: int) -> int:
    xs = [i * i for i in range(n)]
    ys = [1] * n
    for i in range(n - 1, -1, -1):
        ys[i - k] += xs[i]
        print(i, ys[i - k])
    return sum(ys)


def rows(n: int, m: int, stride: int) -> float:
    cells = [0.5] * (n * 4)
    total = 0.0
    try:
        for i in range(n):
            for j in range(m):
                cells[i * stride + j] += float(i + j)
                total += cells[i * stride + j]
    except IndexError as e:
        print("caught", e, total)
    print(cells)
    return total


def fixed(n: int, k: int) -> int:
    xs = [3] * n
    s = 0
    for i in range(n):
        print("at", i)
        if i == 2:
            s += xs[k]
        s += xs[i]
    return s


def stepped(n: int) -> int:
    xs = list(range(n))
    ys = [0] * n
    for i in range(0, n, 2):
        ys[i + 1] = xs[i]
    return sum(ys)


def early(n: int, stop: int) -> int:
    xs = [2] * n
    s = 0
    for i in range(stop):
        if i % 3 == 1:
            continue
        if s > 12:
            break
        s += xs[i]
    return s

