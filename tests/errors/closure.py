# A nested function capturing a local of its parent: a closure.
def make_total(n: int) -> int:
    base = n * 2
    def add_base(k: int) -> int:  # error: closure
        return k + base
    return base
