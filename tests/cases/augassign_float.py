# Augmented assignment with every float operator, and int right-hand sides.
# run: main
# run: halve 1.0 10


def halve(x: float, times: int) -> float:
    for i in range(times):
        x /= 2
    return x


def main():
    f = 10.0
    f += 0.5
    print(f)
    f -= 3
    print(f)
    f *= 1.5
    print(f)
    f /= 4
    print(f)
    f //= 0.5
    print(f)
    f %= 3.0
    print(f)
    f **= 2
    print(f)
    f **= 0.5
    print(f)
    g = -7.5
    g //= 2
    print(g)
    g %= -0.75
    print(g)
    h = 1.0
    for i in range(5):
        h += 0.1
    print(h)
    return halve(3.0, 4)
