import math


def total(xs: list[int]) -> int:
    count = 0
    for x in xs:
        count += x
    return cuont  # error: undefined name 'cuont'


def root(x: float) -> float:
    return math.sqr(x)  # error: math.sqr is not supported


def use(n: int) -> int:
    return totl([n])  # error: undefined name 'totl'
