# Methods of int/float/bool and exception objects as values get messages
# that name the real construct.


def bits(n: int) -> int:
    return n.bit_length()  # error: 'int' attributes and methods are not supported


def half(x: float) -> bool:
    return x.is_integer()  # error: 'float' attributes and methods are not supported


def exc_value(n: int) -> int:
    e = ValueError("x")  # error: exception 'ValueError' can only be raised
    return n
