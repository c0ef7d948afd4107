# A nested function (no captured variables) is not in the subset.
def outer(n: int) -> int:
    def helper(k: int) -> int:  # error: nested
        return k * 2
    return n
