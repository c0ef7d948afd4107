def square(n: int) -> int:
    return n * n


def main() -> int:
    return square(1.5)  # error: float
