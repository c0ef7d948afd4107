# What a compiled class may not contain: each is reported, all in one run.
import dataclasses


@dataclasses.dataclass  # error: class decorator
class Point:
    __slots__ = ("x", "y")  # error: __slots__
    origin = (0, 0)  # error: not an int, float or bool constant

    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    @property  # error: properties
    def norm(self) -> float:
        return self.x

    def __repr__(self):  # error: special method
        return 0


def main() -> float:
    p = Point(1.0, 2.0)
    return p.x
