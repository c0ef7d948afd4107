@staticmethod  # error: decorator
def helper(n: int) -> int:
    return n
