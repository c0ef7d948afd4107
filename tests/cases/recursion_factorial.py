# run: main
# run: fact 20
# run: fact 0
# run: ffact 170.0


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def ffact(x: float) -> float:
    if x <= 1.0:
        return 1.0
    return x * ffact(x - 1.0)


def main():
    for n in range(0, 21, 4):
        print(n, fact(n))
    print(ffact(20.0), ffact(25.0), float(fact(20)) == ffact(20.0))
    return fact(10)
