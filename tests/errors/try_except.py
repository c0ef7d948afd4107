# try/except belongs to tier C; it is not in tier A.
def safe_div(a: int, b: int) -> int:
    try:  # error: try
        return a // b
    except ZeroDivisionError:
        return 0
