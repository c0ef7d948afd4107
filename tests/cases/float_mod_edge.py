# Float % and // at the edges: tiny negatives, signed zeros, infinities, nan.
# run: main
# run: modf -1e-300 1.0
# run: modf 1e999 2.0
# run: modf -2.0 1e999
# run: floorf 1e999 1.0


def modf(a: float, b: float) -> float:
    return a % b


def floorf(a: float, b: float) -> float:
    return a // b


def main():
    inf = float("inf")
    nan = float("nan")
    print(-1e-300 % 1.0, 1e-300 % -1.0, -1e-17 % 1.0, 1e-17 % -1.0)
    print(0.0 % -1.0, -0.0 % 1.0, -0.0 % -1.0, 0.0 % 1.0)
    print(inf % 2.0, -inf % 2.0, 2.0 % inf, -2.0 % inf, 2.0 % -inf, -2.0 % -inf)
    print(inf // 1.0, 1.0 // inf, -1.0 // inf, 1.0 // -inf, -1.0 // -inf)
    print(nan % 1.0, 1.0 % nan, nan // 1.0, 1.0 // nan)
    print(-0.0 // 1.0, 0.0 // -1.0, -0.0 // -1.0, 0.0 % 5.0)
    print(5e-324 % 1.0, -5e-324 % 1.0, -5e-324 // 1.0)
    q, r = divmod(-1e-300, 1.0)
    print(q, r)
    q, r = divmod(inf, 1.0)
    print(q, r)
