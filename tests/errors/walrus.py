def main(x: int) -> int:
    if (y := x + 1) > 0:  # error: :=
        return 1
    return 0
