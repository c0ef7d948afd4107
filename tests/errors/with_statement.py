def main(n: int) -> int:
    with n:  # error: with
        pass
    return n
