def greet(name: str) -> int:  # error: str
    return 0
