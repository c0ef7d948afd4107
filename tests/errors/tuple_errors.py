# Tuples are indexed by constants; they are immutable.
def by_variable(i: int) -> int:
    t = (1, 2.5)
    return t[i]  # error: constant


def out_of_range() -> int:
    t = (1, 2)
    return t[2]  # error: tuple index out of range


def store() -> None:
    t = (1, 2)
    t[0] = 5  # error: needs a list
