def countdown(n: int):
    while n > 0:
        yield n  # error: yield
        n -= 1
