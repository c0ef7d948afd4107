# The inline fast paths of int / int (both operands within 2**53) and of
# int ** 0..4 against their out-of-line slow paths: the boundaries of the
# fast path, the values just outside it, and the errors. (Powers that
# leave 64 bits, where CPython grows the int and compiled code raises
# OverflowError, are in crates/rpy/tests/runtime.rs, tier against tier.)
# run: main
# run: ratio 9007199254740992 3
# run: ratio 9007199254740993 3
# run: ratio -9007199254740992 -9007199254740993
# run: ratio 1 0
# run: square 3037000499
# run: cube -2097151
# run: fourth 55108


def ratio(a: int, b: int) -> float:
    return a / b


def square(a: int) -> int:
    return a ** 2


def cube(a: int) -> int:
    return a ** 3


def fourth(a: int) -> int:
    return a ** 4


def main():
    lim = 9007199254740992  # 2**53
    for a in [lim, lim + 1, -lim, -lim - 1, lim - 1, 0, 1, -1, 7]:
        for b in [3, -3, lim, -lim, lim + 1, -lim - 1, 7, 1, -1]:
            print(a, b, a / b)
    print(-9223372036854775807 - 1, (-9223372036854775807 - 1) / 3, 3 / (-9223372036854775807 - 1))
    print(0 / -7, -0 / 7, 5 / -lim)
    for a in [0, 1, -1, 2, -3, 3037000499, -3037000499]:
        print(a ** 0, a ** 1, a ** 2)
    for a in [-2097151, 2097151, 55108, -55108, -2097152]:
        print(a ** 3)
    for a in [55108, -55108, 3, -3]:
        print(a ** 4)
    try:
        print(1 / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    zero = 0
    try:
        print(lim / zero)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    return ratio(1, 3)
