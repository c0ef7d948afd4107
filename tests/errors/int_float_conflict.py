# `s = 0` then `s += 0.5`: CPython returns the int 0 when the loop runs zero
# times, so this is rejected (fix: `s = 0.0`). Reported at the float update.
def total(n: int) -> float:
    s = 0
    for i in range(n):
        s += 0.5  # error: float
    return s
