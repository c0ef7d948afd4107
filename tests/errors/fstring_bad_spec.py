# `d` is an integer format code: CPython raises ValueError for a float.
def main(x: float, n: int):
    print(f"{x:d}")  # error: format
    print(f"{n:s}")  # error: format
