# Zero raised to a negative power is a ZeroDivisionError.
# run: main
# run: fpow 0.0 -1.0
# run: fpow 0.0 -0.5
# run: fpow -0.0 -2.0
# run: fpow 0.0 0.0
# run: int_zero_inverse


def fpow(x: float, y: float) -> float:
    return x ** y


def int_zero_inverse() -> float:
    z = 0
    return z ** -1


def main():
    print(0.0 ** 0.0, 0.0 ** 1.0, 0.0 ** 2, (-0.0) ** 3, (-0.0) ** 2)
    print(fpow(2.0, -1.0), fpow(-0.0, 3.0))
    x = 0.0
    return x ** -1
