def main() -> int:
    table = {1: 10, 2: 20}  # error: dict
    return 0
