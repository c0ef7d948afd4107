def pick(c: bool) -> float:
    if c:
        x = 1
    else:
        x = 2.5  # error: float
    return x
