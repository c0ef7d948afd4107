# error: two compiled classes of one unit with the same name.
import other


class Point:
    def __init__(self, x: float):
        self.x = x


def main() -> float:
    return Point(1.0).x + other.Point(2.0).x
