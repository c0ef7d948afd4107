def main(n: int) -> int:
    squares = {i: i * i for i in range(n)}  # error: dict
    return n
