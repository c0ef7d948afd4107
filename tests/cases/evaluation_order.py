# Operands and arguments are evaluated left to right; the right-hand side of
# an assignment is evaluated before any target is bound.
# run: main


def tick(tag: int) -> int:
    print("tick", tag)
    return tag


def three(a: int, b: int, c: int) -> int:
    return a * 100 + b * 10 + c


def main():
    x = tick(1) - tick(2) * tick(3)
    print(x)
    y = three(tick(4), tick(5), tick(6))
    print(y)
    z = three(c=tick(7), a=tick(8), b=tick(9))
    print(z)
    a, b = tick(10), tick(11)
    a, b = b, a
    print(a, b)
    w = tick(12) ** tick(2)
    print(w)
    c = max(tick(3), tick(1), tick(2))
    print(c)
    print(tick(13), tick(14) < tick(15), sep=",")
    n = 2
    n += tick(16)
    print(n)
