# run: main
# run: is_even 10
# run: is_odd 7
# run: hof_f 30


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hof_f(n: int) -> int:
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))


def hof_m(n: int) -> int:
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))


def ping(n: int, acc: float) -> float:
    if n <= 0:
        return acc
    return pong(n - 1, acc + 1.0 / n)


def pong(n: int, acc: float) -> float:
    if n <= 0:
        return acc
    return ping(n - 1, acc - 1.0 / n)


def main():
    print(is_even(0), is_even(7), is_odd(7), is_even(300), is_odd(301))
    for i in range(15):
        print(hof_f(i), end=" ")
    print()
    for i in range(15):
        print(hof_m(i), end=" ")
    print()
    print(ping(100, 0.0), pong(5, 1.0))
