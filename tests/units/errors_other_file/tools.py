def helper(n: int) -> int:
    f = lambda y: y + 1
    return f(n)
