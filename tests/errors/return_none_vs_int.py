def find(n: int):
    if n > 0:
        return n
    return None  # error: return
