# run: main 6
# run: closed 4
# run: unset_end 3
# Fields declared by class-level annotations (`x: float` in the class
# body, assigned in __init__), including instance and `"C | None"` fields
# declared before the class they name exists, a polyline of segments
# linked through `next`, and a field read through a None `last`.

import math


class Point:
    x: float
    y: float
    tag: int
    visible: bool

    def __init__(self, x: float, y: float, tag: int):
        self.x = x
        self.y = y
        self.tag = tag
        self.visible = tag >= 0

    def dist(self, o: "Point") -> float:
        return math.hypot(self.x - o.x, self.y - o.y)


class Segment:
    a: Point
    b: Point
    next: "Segment | None"
    weight: float

    def __init__(self, a: Point, b: Point, weight=1.0):
        self.a = a
        self.b = b
        self.next = None
        self.weight = weight

    def length(self) -> float:
        return self.a.dist(self.b) * self.weight


class Polyline:
    first: "Segment | None"
    last: "Segment | None"
    count: int
    total: float

    def __init__(self):
        self.first = None
        self.last = None
        self.count = 0
        self.total = 0.0

    def extend(self, p: Point) -> Segment:
        # a new segment starts where the last one ended
        if self.last is None:
            s = Segment(Point(0.0, 0.0, 0), p)
            self.first = s
        else:
            s = Segment(self.last.b, p, weight=0.5 + self.count * 0.25)
            self.last.next = s
        self.last = s
        self.count += 1
        self.total += s.length()
        return s

    def check(self) -> bool:
        # every segment shares its start point object with the end of the previous one
        s = self.first
        while s is not None and s.next is not None:
            if s.next.a is not s.b:
                return False
            s = s.next
        return True


def main(n: int) -> float:
    pl = Polyline()
    for i in range(n):
        fi = float(i)
        seg = pl.extend(Point(fi * 1.5, (fi - 2.0) * (fi - 2.0), i - 2))
        print(seg.a.tag, seg.b.tag, seg.b.visible, seg.weight, seg.length())
    print(pl.count, pl.total, pl.check(), pl.first.a.x, pl.last.b.y)
    s = pl.first
    hidden = 0
    while s is not None:
        if not s.b.visible:
            hidden += 1
        s = s.next
    print("hidden", hidden)
    return pl.total


def closed(n: int) -> float:
    # a regular polygon: the last segment ends at the first point object
    pl = Polyline()
    first = Point(1.0, 0.0, 0)
    pl.extend(first)
    for k in range(1, n):
        t = 2.0 * math.pi * k / n
        pl.extend(Point(math.cos(t), math.sin(t), k))
    pl.extend(first)
    print(pl.count, pl.check(), pl.last.b is first, pl.first.b is first, pl.last.a is first)
    return round(pl.total, 12)


def unset_end(n: int) -> float:
    pl = Polyline()
    for i in range(n):
        pl.extend(Point(float(i), 1.0, i))
    pl.first = None
    print(pl.count, pl.last.b.x)
    pl.last = pl.first
    return pl.last.b.x
