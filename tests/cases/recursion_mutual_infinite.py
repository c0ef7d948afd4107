# Unbounded mutual recursion (with float arguments) raises RecursionError.
# run: main
# run: left 1.0


def left(x: float) -> float:
    return right(x * 0.5) + 1.0


def right(x: float) -> float:
    return left(x + 1.0) * 2.0


def main():
    print("start")
    r = left(0.0)
    print("not reached", r)
