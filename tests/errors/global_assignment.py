# Module constants can be read (also through `global`), never rebound.
N = 10
SCALE = 0.5


def bump() -> int:
    global N
    N = N + 1  # error: global
    return N


def grow() -> float:
    global SCALE
    SCALE *= 2.0  # error: global
    return SCALE
