def main(n: int, x: float) -> float:
    a = x.real  # error: attribute
    b = n.bit_length()  # error: attribute
    return x
