def ratio(a: int, b: int) -> int:
    return a / b  # error: float
