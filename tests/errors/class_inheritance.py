# Classes, with and without inheritance: every class statement is rejected
# in tier A (LANGUAGE.md also rules out inheritance for tier B classes).
class Base:  # error: class
    pass


class Derived(Base):  # error: class
    pass
