# run: main
# run: fib 20
# run: fib 1
# run: fib_acc 90 0 1


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_acc(n: int, a: int, b: int) -> int:
    if n == 0:
        return a
    return fib_acc(n - 1, b, a + b)


def fib_inferred(n: int):
    return n if n < 2 else fib_inferred(n - 1) + fib_inferred(n - 2)


def main():
    for i in range(15):
        print(fib(i), end=" ")
    print()
    print(fib_acc(50, 0, 1), fib_inferred(18))
    return fib(22)
