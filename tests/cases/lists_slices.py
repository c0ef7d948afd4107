# run: main
# run: zero_step
# run: extended_size
# run: del_bad


def main() -> int:
    xs = list(range(10))
    print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::2], xs[1::3], xs[::-1], xs[8:2:-2], xs[100:], xs[-100:2], xs[5:1])
    ys = xs[:]
    ys[2:5] = [0]
    print(ys)
    ys[1:1] = [7, 7, 7]
    print(ys)
    ys[::2] = [-1] * len(ys[::2])
    print(ys)
    ys[:] = []
    print(ys)
    zs = list(range(12))
    del zs[0]
    del zs[-1]
    del zs[2:4]
    del zs[::3]
    print(zs)
    del zs[::-2]
    print(zs)
    w = list(range(5))
    w[3:] = w
    print(w)
    print(list(range(3, 20, 4)), list(range(5, -5, -3)), list(range(0)))
    return len(zs)


def zero_step() -> list[int]:
    xs = [1, 2, 3]
    return xs[::0]


def extended_size() -> None:
    xs = [1, 2, 3, 4]
    xs[::2] = [1, 2, 3]


def del_bad() -> None:
    xs = [1, 2, 3, 4]
    del xs[4]
