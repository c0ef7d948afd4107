# `for` iterates over range(...) only, with int arguments.
def main(n: int) -> int:
    t = 0
    for x in n:  # error: range
        t += 1
    for y in range(2.5):  # error: float
        t += 1
    return t
