def main(x: float) -> int:
    a = x & 1  # error: float
    b = ~x  # error: float
    c = x << 2  # error: float
    return 0
