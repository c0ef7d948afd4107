def biggest(n: int) -> int:
    return max(i * i for i in range(n))  # error: generator
