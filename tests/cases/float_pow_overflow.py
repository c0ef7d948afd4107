# A finite float power that overflows raises OverflowError (CPython's errno text).
# run: main
# run: fpow 10.0 400.0
# run: fpow -10.0 401.0
# run: fpow 2.0 1023.0
# run: fpow 2.0 1024.0


def fpow(x: float, y: float) -> float:
    return x ** y


def main():
    x = 10.0
    e = 300
    print(x ** e)
    e += 100
    print("raising 10.0 to", e)
    print(x ** e)
