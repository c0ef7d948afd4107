# run: main
# run: fpow 2.0 0.5
# run: fpow -2.0 3.0
# run: fpow -8.0 -1.0
# run: fpow 1e999 -0.5
# run: ipow_f 2 10


def fpow(x: float, y: float) -> float:
    return x ** y


def ipow_f(b: int, e: float) -> float:
    return b ** e


def main():
    print(2.0 ** 0.5, 2 ** 0.5, 4 ** 0.5, 2.0 ** 10, 2.0 ** -2, 10.0 ** -3)
    print((-2.0) ** 3.0, (-2.0) ** 2, (-2.0) ** -1, (-0.5) ** 4)
    print(0.0 ** 0.0, 0.0 ** 2.5, 1.0 ** 1e300, 1.5 ** 0)
    inf = float("inf")
    nan = float("nan")
    print(inf ** 0, nan ** 0, nan ** 0.0, 1.0 ** nan, 1 ** nan, nan ** 1.0)
    print((-1.0) ** inf, (-1.0) ** -inf, 0.5 ** inf, 2.0 ** -inf, 0.5 ** -inf)
    print(10.0 ** -400, 2.0 ** -1074, 2.0 ** -1075, 10.0 ** 308)
    print(1.0000001 ** 1000000, 3.0 ** 0.5 * 3.0 ** 0.5)
    x = 1.5
    y = 2
    print(x ** y, y ** x, x ** -y, -x ** 2, (-x) ** 2)
