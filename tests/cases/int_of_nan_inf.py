# int() of nan is ValueError, of an infinity OverflowError.
# run: main
# run: to_int 1e999
# run: to_int -1e999
# run: to_int 1.5
# run: nan_to_int


def to_int(x: float) -> int:
    return int(x)


def nan_to_int() -> int:
    x = float("inf")
    y = x - x
    print("y is", y)
    return int(y)


def main():
    x = 1e308
    print(int(x / 1e300))
    print(int(x * 10))
