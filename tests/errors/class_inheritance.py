# Classes with base classes are not in the subset (compiled classes stand
# alone). The error is reported where the class is compiled: here because
# a compiled function uses it; the base class itself compiles.
class Base:
    pass


class Derived(Base):  # error: inheritance
    pass


def make_derived() -> int:
    d = Derived()
    b = Base()
    return 0
