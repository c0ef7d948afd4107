# Each float ZeroDivisionError message variant (also int by float zero).
# run: main
# run: fdiv 1.0 0.0
# run: ffloordiv 1.0 0.0
# run: fmod_op 1.0 0.0
# run: fdivmod 1.0 0.0
# run: fdiv 1.0 -0.0
# run: fmod_op 5.0 -0.0
# run: fdiv 0.0 0.0
# run: int_by_float_zero 3
# run: float_by_int_zero 2.5


def fdiv(a: float, b: float) -> float:
    return a / b


def ffloordiv(a: float, b: float) -> float:
    return a // b


def fmod_op(a: float, b: float) -> float:
    return a % b


def fdivmod(a: float, b: float) -> float:
    q, r = divmod(a, b)
    return q + r


def int_by_float_zero(n: int) -> float:
    return n / 0.0


def float_by_int_zero(x: float) -> float:
    z = 0
    return x // z


def main():
    print(fdiv(1.0, 4.0), ffloordiv(7.0, 2.0), fmod_op(7.5, 2.0), fdivmod(7.5, 2.0))
    print(fdiv(1.0, 1e-320))
    return fdiv(-1.0, 0.0)
