# run: main
# run: truth 0
# run: truth -3
# run: ftruth -0.0
# run: ftruth 1e999


def truth(n: int) -> bool:
    return bool(n)


def ftruth(x: float) -> bool:
    return bool(x)


def main():
    print(bool(0), bool(1), bool(-1), bool(9223372036854775807))
    print(bool(0.0), bool(-0.0), bool(0.5), bool(float("nan")), bool(float("-inf")))
    print(bool(True), bool(False), int(True), int(False), float(True), float(False))
    print(int(bool(5)), float(bool(0.0)))
    b = bool(3 - 3)
    if not b:
        print("empty")
    c = 2
    if c:
        print("nonzero int is truthy")
    f = 0.0
    if f:
        print("never")
    else:
        print("zero float is falsy")
    return bool(c - 2)
