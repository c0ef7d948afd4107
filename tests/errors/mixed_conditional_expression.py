# The value of an expression has one type: no int/float mixing in
# conditional expressions, `or`, or min/max.
def pick(c: bool, n: int) -> float:
    a = 1 if c else 2.5  # error: float
    b = n or 1.5  # error: float
    m = max(n, 2.5)  # error: float
    return 0.0
