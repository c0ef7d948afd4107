# Calls with positional and keyword arguments, in any order, with defaults.
# run: main
# run: describe 1 2.5 True


def describe(a: int, x: float, flag: bool) -> float:
    if flag:
        return a + x
    return a - x


def box(width: int, height: int, depth=1, scale=1.0) -> float:
    return width * height * depth * scale


def main():
    print(describe(1, 2.0, True), describe(a=1, x=2.0, flag=False))
    print(describe(flag=True, x=0.5, a=10), describe(3, flag=False, x=0.25))
    print(box(2, 3), box(2, 3, 4), box(2, 3, 4, 0.5))
    print(box(2, 3, scale=2.0), box(depth=5, width=1, height=2))
    print(box(height=1, width=1, scale=0.1, depth=3))
    return box(1, 1, scale=3.0)
