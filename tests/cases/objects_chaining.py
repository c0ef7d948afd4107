# run: main 3
# run: stats 6
# run: chain_through_none 2
# Methods that return `self` for chaining (`v.add(1.0).scale(2.0)`), on
# locals, on temporaries and on fields; functions that take and return
# instances; a builder that accumulates statistics; and a chain that
# reaches a None and reads `.x` from it.

import math


class Vec:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def add(self, d: float) -> "Vec":
        self.x += d
        self.y += d
        return self

    def scale(self, k: float) -> "Vec":
        self.x *= k
        self.y *= k
        return self

    def move(self, dx: float, dy: float) -> "Vec":
        self.x += dx
        self.y += dy
        return self

    def plus(self, o: "Vec") -> "Vec":
        self.x += o.x
        self.y += o.y
        return self

    def copy(self) -> "Vec":
        return Vec(self.x, self.y)

    def length(self) -> float:
        return math.hypot(self.x, self.y)


class Body:
    def __init__(self, pos: Vec, vel: Vec):
        self.pos = pos
        self.vel = vel
        self.partner = None

    def advance(self, dt: float) -> "Body":
        self.pos.plus(self.vel.copy().scale(dt))
        return self

    def pair(self, o: "Body") -> "Body":
        self.partner = o
        return o


class Stats:
    def __init__(self):
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.lo = math.inf
        self.hi = -math.inf

    def push(self, x: float) -> "Stats":
        # Welford's update
        self.n += 1
        d = x - self.mean
        self.mean += d / self.n
        self.m2 += d * (x - self.mean)
        self.lo = min(self.lo, x)
        self.hi = max(self.hi, x)
        return self

    def var(self) -> float:
        return self.m2 / (self.n - 1) if self.n > 1 else 0.0


def midpoint(a: Vec, b: Vec) -> Vec:
    return a.copy().plus(b).scale(0.5)


def normalized(v: Vec) -> Vec:
    return v.copy().scale(1.0 / v.length())


def longer(a: Vec, b: Vec) -> Vec:
    return a if a.length() >= b.length() else b


def show(v: Vec):
    print(f"({v.x:.4f}, {v.y:.4f})")


def main(n: int) -> float:
    v = Vec(1.0, 2.0)
    w = v.add(1.0).scale(2.0)
    print(v.x, v.y, w is v)
    u = Vec().add(1.0).scale(3.0).move(dy=0.5, dx=-1.0)
    show(u)
    print(Vec(3.0, 4.0).length(), Vec(y=4.0).add(-1.0).length(), Vec(2.0).scale(float(n)).x)
    m = midpoint(v, u)
    show(m)
    show(normalized(m))
    print(longer(v, u) is v, longer(u, u) is u, midpoint(v, v) is v, normalized(v) is not v)
    b = Body(Vec(), Vec(1.0, 0.5))
    for i in range(n):
        b.advance(0.25).advance(0.25)
    show(b.pos)
    c = b.pair(Body(Vec(-1.0, -1.0), Vec(0.0, 2.0))).advance(1.0)
    print(b.partner is c, c.pos.y, b.pos.copy().plus(c.pos).length())
    acc = Vec()
    for i in range(n):
        acc.plus(Vec(float(i), 1.0).scale(0.5)).add(0.125)
    show(acc)
    return acc.x + acc.y + v.x


def stats(n: int) -> float:
    s = Stats().push(2.0).push(4.0).push(4.0)
    for i in range(n):
        s.push(float(i * i % 7)).push(0.5 * i)
    print(s.n, s.mean, s.var(), s.lo, s.hi)
    t = Stats()
    print(t.n, t.var(), t.lo, t.hi, t.push(-1.5).var(), t.lo, t.hi)
    return round(s.var(), 10)


def chain_through_none(n: int) -> float:
    b = Body(Vec(1.0, 1.0), Vec())
    c = b.pair(Body(Vec(2.0, 2.0), Vec(1.0, 1.0)))
    for i in range(n):
        c.advance(0.5)
    print(b.partner.pos.x, c.partner is None)
    return b.partner.partner.pos.x
