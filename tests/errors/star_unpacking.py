def add3(a: int, b: int, c: int) -> int:
    return a + b + c


def main(x: int, y: int, z: int) -> int:
    first, *rest = x, y, z  # error: star
    return add3(*rest)  # error: star
