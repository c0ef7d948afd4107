# A rejected statement is reported once: the names it would have bound
# are not reported again where they are used.


def lam(n: int) -> int:
    g = lambda y: y + 1  # error: lambda is not supported
    return g(n)


def nested(n: int) -> int:
    def inner(x: int) -> int:  # error: nested functions
        return x
    return inner(n) + inner(n + 1)


def with_file(n: int) -> int:
    with open("x") as fh:  # error: the with statement is not supported
        data = fh.read()
    return len(data) + n


def imported(n: int) -> float:
    import random  # error: import inside a function
    return random.random() * n
