def main() -> int:
    double = lambda x: x * 2  # error: lambda
    return 0
