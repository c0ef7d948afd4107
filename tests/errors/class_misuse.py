# Objects are compared by identity only, are not printable as values and
# are not numbers.
class Box:
    def __init__(self, v: int):
        self.v = v


def main() -> int:
    a = Box(1)
    b = Box(2)
    if a < b:  # error: '<' not supported between instances of 'Box' and 'Box'
        return 1
    print(a)  # error: printing a compiled object
    c = a + 1  # error: unsupported operand
    d = Box(1, 2)  # error: takes
    return a.v
