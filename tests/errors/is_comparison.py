def same(a: int, b: int) -> bool:
    return a is b  # error: is


def different(a: int, b: int) -> bool:
    return a is not b  # error: is
