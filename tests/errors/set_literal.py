def main() -> int:
    seen = {1, 2, 3}  # error: set
    return 0
