# run: main 3
# Keyword-only parameters (after `*`): with and without defaults, in
# functions, methods and constructors, passed by keyword in any order.


def scale(x: float, *, by: float = 2.0, offset: float = 0.0) -> float:
    return x * by + offset


def clamp(x: int, *, lo: int, hi: int) -> int:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


class Box:
    def __init__(self, w: float, *, h: float = 1.0):
        self.w = w
        self.h = h

    def area(self, *, times: int = 1) -> float:
        return self.w * self.h * times


def main(n: int) -> float:
    print(scale(1.5), scale(1.5, by=3.0), scale(1.5, offset=1.0, by=0.5))
    print(clamp(n, lo=0, hi=2), clamp(-n, hi=10, lo=-1), clamp(n, lo=1, hi=5))
    b = Box(2.0, h=4.0)
    print(b.area(), b.area(times=3), Box(3.0).area())
    return scale(float(n), by=float(n))

