# `nonlocal` only exists inside a nested function, which is rejected as a
# whole (its body is not checked further).
def counter(n: int) -> int:
    count = 0
    def bump() -> int:  # error: nested
        nonlocal count
        count += 1
        return count
    return n
