CM = 2.54


class Square:
    def __init__(self, side: float):
        self.side = side
        self.sides = 4


def to_cm(inch: float) -> float:
    return inch * CM
