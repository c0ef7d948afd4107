def add(a: int, b=1) -> int:
    return a + b


def main() -> int:
    return add(1, scale=2)  # error: scale
