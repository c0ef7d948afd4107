# A function returns one type: the later, conflicting return is reported.
def half(x: int):
    if x % 2 == 0:
        return x // 2
    return x / 2  # error: return


def positive(x: int):
    if x > 0:
        return True
    return 0  # error: return
