# Unbounded recursion raises RecursionError (never a crash).
# run: main
# run: forever 0
# run: down 10


def forever(n: int) -> int:
    return forever(n + 1) + 1


def down(n: int) -> int:
    if n == -1000000:
        return 0
    return down(n - 1)


def main():
    print("before")
    return forever(0)
