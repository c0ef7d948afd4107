# The Python half of the embedding examples (examples/c_host/main.c and
# examples/rust_host): plain typed Python, which also runs under CPython.
import math


def add(a: int, b: int) -> int:
    return a + b


def hypot(x: float, y: float) -> float:
    return math.sqrt(x * x + y * y)


def mean(a: float, b: float = 0.0, c: float = 0.0) -> float:
    return (a + b + c) / 3


def safe_div(a: int, b: int) -> int:
    return a // b


def check_positive(n: int) -> int:
    if n <= 0:
        raise ValueError(f"expected a positive number, got {n}")
    return n


class Vec2:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def norm(self) -> float:
        return hypot(self.x, self.y)

    def scaled(self, k: float) -> "Vec2":
        return Vec2(self.x * k, self.y * k)

    def dot(self, other: "Vec2") -> float:
        return self.x * other.x + self.y * other.y


def report(v: Vec2):
    print(f"Vec2({v.x}, {v.y}) has norm {v.norm():.3f}")


if __name__ == "__main__":
    v = Vec2(3.0, 4.0)
    report(v)
    print(add(2, 40), hypot(3.0, 4.0), v.scaled(0.5).x)
