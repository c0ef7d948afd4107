def configure(n: int, **kwargs) -> int:  # error: **kwargs
    return n
