# `*args` needs its item type; the tuple it makes is read-only.
def total(*args) -> int:  # error: *args needs an item type
    return 0


def store(*xs: int) -> None:
    xs[0] = 1  # error: does not support item assignment
