# Calls that CPython rejects with a TypeError are CompileErrors with its
# message.
def clamp(x: int, *, lo: int, hi: int = 10) -> int:
    return max(lo, min(x, hi))


def f(n: int) -> int:
    a = clamp(n, 0, 5)  # error: takes 1 positional argument but 3 were given
    b = clamp(n, hi=3)  # error: missing 1 required keyword-only argument: 'lo'
    return a + b
