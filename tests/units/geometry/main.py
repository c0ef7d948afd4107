# A compiled function calls functions, builds instances and reads
# constants of another file of its unit, by `import geometry` and by
# `from geometry import ...` (with an alias).
# run: total 5
# run: make 3.0
# run: check 3
# run: check 11
# run: scaled 4
# run: longest 3
import geometry
from geometry import Vec, norm as gnorm, LIMIT


def total(n: int) -> float:
    t = 0.0
    for i in range(n):
        v = Vec(float(i), 1.0)
        t += gnorm(v) + geometry.norm(geometry.Vec(1.0, float(i)))
    return t + LIMIT + geometry.SCALE


def first(v: geometry.Vec) -> float:
    return v.x


def make(x: float) -> float:
    return first(Vec(x, 0.0))


def check(n: int) -> int:
    return geometry.checked(n) + 1


def scaled(n: int) -> float:
    return geometry.grow(Vec(1.0, 2.0), n).y


def longest(n: int) -> float:
    vs: list[Vec] = []
    for i in range(n):
        vs.append(Vec(float(i), float(n - i)))
    best = 0.0
    for v in vs:
        if v.length() > best:
            best = v.length()
    return best
