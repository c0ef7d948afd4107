# run: main 7
# run: main -3
# run: main 0
# run: main 1
# run: main 2
# run: main 3
# run: main 4
# run: main 200
# run: chain 5
# run: chain 12
# run: through_loop 10
# raise of builtin exception types with and without messages (literals,
# f-strings, %-formatting, plain values as str()), and assert.


def check(x: int) -> int:
    if x < 0:
        raise ValueError(f"negative: {x} (limit {x * 2:+d})")
    if x == 0:
        raise ZeroDivisionError
    if x == 1:
        raise KeyError("k")
    if x == 2:
        raise IndexError()
    if x == 3:
        raise RuntimeError(x / 4)
    assert x != 4
    assert x < 100, "too big: %d" % x
    return x * 2


def main(x: int) -> int:
    print("checking", x)
    return check(x)


def validate(n: int, depth: int) -> int:
    if depth == 0:
        if n > 10:
            raise OverflowError(n)
        return n
    return validate(n, depth - 1) + 1


def chain(n: int) -> int:
    # The exception comes from three calls down, after output.
    total = 0
    for i in range(3):
        total += validate(n + i, 3)
        print(total)
    return total


def through_loop(n: int) -> float:
    acc = 0.0
    i = 0
    while True:
        acc += 1.5
        i += 1
        if i >= n:
            assert acc > 100.0, f"acc={acc!r} after {i} steps"
    return acc
