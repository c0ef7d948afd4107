def main(n: int) -> int:
    x = n * 2
    del x  # error: del
    return n
