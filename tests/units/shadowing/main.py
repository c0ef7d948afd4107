# A later definition rebinds an imported name, as when Python runs the
# module; an import after an assignment rebinds the constant.
# run: f 2
# run: g
from helpers import double, K

K = 100


def double(x: int) -> int:
    return x * 3


def f(x: int) -> int:
    return double(x) + K


from helpers import K


def g() -> int:
    return K
