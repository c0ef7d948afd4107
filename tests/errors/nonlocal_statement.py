# `nonlocal` needs a nested function, which is rejected too.
def counter(n: int) -> int:
    count = 0
    def bump() -> int:  # error: nested
        nonlocal count  # error: nonlocal
        count += 1
        return count
    return n
