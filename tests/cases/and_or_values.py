# `and` / `or` return one of their operands (Python value semantics).
# run: main
# run: pick_or 0 5
# run: pick_or 3 5
# run: pick_and 0 5
# run: pick_and 3 5
# run: fpick 0.0 2.5


def pick_or(a: int, b: int) -> int:
    return a or b


def pick_and(a: int, b: int) -> int:
    return a and b


def fpick(x: float, y: float) -> float:
    return x or y


def main():
    print(0 or 7, 3 or 7, 0 and 7, 3 and 7, 0 or 0, -1 and -2)
    print(0.0 or 1.5, 2.5 or 1.5, 0.0 and 1.5, -0.0 or 0.0, 0.0 or -0.0)
    print(False or True, True and False, False and True, True or False)
    a = 0
    b = 4
    c = 9
    x = a or b or c
    y = a and b and c
    z = b and c or a
    w = a or b and c
    print(x, y, z, w)
    n = 10
    step = n // 20 or 1
    print(step)
    nan = float("nan")
    print(nan or 1.0, nan and 1.0)
    flag = 3 > 2 and 2 > 1
    print(flag, not (3 > 2 or 1 > 2))
