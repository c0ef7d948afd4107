# Fields are the attributes __init__ assigns; everything else is an error,
# as CPython's AttributeError would be at run time.
class Counter:
    STEP = 2

    def __init__(self, start: int):
        self.count = start

    def bump(self) -> int:
        self.total = self.count  # error: has no attribute 'total'
        self.STEP = 3  # error: class constant
        return self.count + self.missing  # error: has no attribute 'missing'


def main() -> int:
    c = Counter(1)
    c.bump  # error: used as a value
    return c.count + Counter.NOPE  # error: has no attribute 'NOPE'
