# Annotated locals: the annotation declares the type. `x: float = 0` binds
# 0.0 in compiled code; these cases only read such a variable after a float
# has been added, so CPython (which binds the int 0) prints the same.
# run: main
# run: mean 5
# run: mean 1


def mean(n: int) -> float:
    total: float = 0
    total += 0.5
    for i in range(n):
        total += i
    return total / n


def main():
    count: int = 3
    ratio: float = 0.25
    done: bool = False
    acc: float = 0
    acc = acc + 1.5
    for i in range(count):
        acc *= 2.0
        if i == 2:
            done = True
    print(count, ratio, done, acc)
    limit: int = 10
    print(limit * count)
    return mean(4)
