# The same problem repeated is one diagnostic that lists the other places.


def table(n: int) -> int:
    a = {1: 2}  # error: dicts are not supported yet
    b = {3: 4}  # error: dicts
    c = {5: 6}  # error: dicts
    return n
