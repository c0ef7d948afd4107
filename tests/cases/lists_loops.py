# run: main 6
# run: sieve 50
# run: bubble 9


def main(n: int) -> int:
    xs = [i * 2 for i in range(n)]
    ys = [x + 1 for x in xs if x % 3 != 0]
    total = 0
    for i, x in enumerate(xs):
        total += i * x
    for i, x in enumerate(ys, 1):
        print(i, x)
    for i, x in enumerate(ys, start=10):
        print(i, x)
    for a, b in zip(xs, ys):
        print(a, b, a + b)
    for x in reversed(xs):
        print(x)
    grow = [1]
    for x in grow:
        if x < 5:
            grow.append(x + 1)
    print(grow)
    shrink = [1, 2, 3, 4, 5, 6]
    for x in shrink:
        shrink.remove(x)
    print(shrink)
    for x in xs:
        if x > 6:
            break
    else:
        print("no break")
    nested = [[i * j for j in range(3)] for i in range(3)]
    print(nested, [row[1] for row in nested], [[x for x in row if x] for row in nested])
    xs = [1]
    return total


def sieve(n: int) -> list[int]:
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]


def bubble(n: int) -> list[int]:
    xs = [(i * 7919) % n for i in range(n)]
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                t = xs[j]
                xs[j] = xs[j + 1]
                xs[j + 1] = t
    return xs
