def main(n: int) -> int:
    return n[0]  # error: subscript
