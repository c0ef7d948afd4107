def main(n: int) -> int:
    return n + missing_total  # error: missing_total
