def add(a: int, b: int) -> int:
    return a + b


def main() -> int:
    x = add(1, 2, 3)  # error: argument
    y = add(1)  # error: argument
    z = add(1, a=2)  # error: argument
    return x + y + z
