# Lists have one item type, and the compiler must know it.
def mixed() -> int:
    xs = [1, 2.5]  # error: different types
    return len(xs)


def empty() -> int:
    ys = []  # error: empty list
    return len(ys)


def wrong_item(xs: list[int]) -> None:
    xs.append(1.5)  # error: list[int] cannot hold a float


def bad_index(xs: list[int]) -> int:
    return xs[1.0]  # error: list indices


def no_method(xs: list[int]) -> None:
    xs.push(1)  # error: no attribute


def objects_sort(xs: list[int], ys: list[float]) -> bool:
    return xs == ys  # error: comparison of list[int] and list[float]
