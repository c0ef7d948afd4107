from units import Square, to_cm


def area(side: float) -> float:
    s = Square(side)
    return to_cm(s.side) * to_cm(s.side)
