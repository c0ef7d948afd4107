# Classes with inheritance are not in the subset; a class that is not
# compiled cannot be used by compiled code either. Errors are at the uses.
class Base:
    pass


class Derived(Base):
    pass


def make_base() -> int:
    b = Base()  # error: class
    return 0


def make_derived() -> int:
    d = Derived()  # error: inheritance
    return 0
