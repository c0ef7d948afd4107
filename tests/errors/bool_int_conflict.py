def check(n: int) -> int:
    flag = True
    if n > 3:
        flag = 0  # error: bool
    return n
