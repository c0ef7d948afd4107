def main(n: int) -> int:
    r = range(n)  # error: range
    return n
