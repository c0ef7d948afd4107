def log(n: int):
    print(n)


def main() -> int:
    return log(1) + 1  # error: None
