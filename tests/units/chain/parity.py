import main_helpers
DEPTH = 50


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return main_helpers.is_odd(n - 1)
