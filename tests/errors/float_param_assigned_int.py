def reset(x: float) -> float:
    if x < 0.0:
        x = 0  # error: int
    return x
