# round() of nan or an infinity, without ndigits, raises.
# run: main
# run: r 1e999
# run: r -1e999
# run: r_nan


def r(x: float) -> int:
    return round(x)


def r_nan() -> int:
    nan = float("nan")
    return round(nan)


def main():
    x = 1e308
    print(round(x / 1e300))
    print("next overflows")
    return round(x * 10.0)
