# Parameter types from keyword defaults; the entry point runs with and
# without its optional arguments, and an int given for a float parameter
# arrives as a float.
# run: main
# run: add
# run: add 5
# run: add 5 7
# run: weighted 2
# run: weighted 2 3
# run: weighted 2 0.5 True


def add(a=1, b=1000):
    return a + b


def weighted(x: float, w=2.0, negate=False) -> float:
    r = x * w
    if negate:
        r = -r
    return r


def step(n: int, by=1, wrap=100) -> int:
    return (n + by) % wrap


def main():
    print(add(), add(2), add(2, 3), add(b=4), add(b=4, a=6))
    print(weighted(1.5), weighted(1.5, 4.0), weighted(1.5, negate=True))
    print(step(5), step(99), step(5, 10), step(5, wrap=7), step(5, by=-10, wrap=7))
    return add(40, 2)
