"""A module shipped with `rpy build` (tests/python/test_stub.py): plain typed
Python that CPython runs as is, so CPython is the oracle of its stub."""

from typing import List, Optional, Tuple

LIMIT = 10


def add(a: int, b: int) -> int:
    return a + b


def scale(x: float, k: float = 2.0, *, shift: float = 0.0) -> float:
    return x * k + shift


def clamp(v: int, /, lo: int = 0, hi: int = LIMIT) -> int:
    return max(lo, min(v, hi))


def is_even(n: int) -> bool:
    return n % 2 == 0


def divide(a: int, b: int) -> int:
    return a // b


def checked(x: float) -> float:
    if x < 0.0:
        raise ValueError(f"negative: {x}")
    return x ** 0.5


def lookup(key: str) -> int:
    if key == "one":
        return 1
    raise KeyError(f"{key}")


def down(n: int) -> int:
    return down(n + 1)


def shout(n: int) -> None:
    for i in range(n):
        print("tick", i, i * 0.5)


def total(*xs: int, start: int = 0) -> int:
    return sum(xs) + start


def zero() -> int:
    return 0


def nothing() -> None:
    pass


class Vec2:
    SCALE = 2.0

    def __init__(self, x: float = 0.0, y: float = 0.0):
        self.x = x
        self.y = y

    def dot(self, o: "Vec2") -> float:
        return self.x * o.x + self.y * o.y

    def scaled(self, k: float) -> "Vec2":
        return Vec2(self.x * k, self.y * k)

    def me(self) -> "Vec2":
        return self

    def norm2(self) -> float:
        return self.dot(self) * Vec2.SCALE / self.SCALE


class Node:
    def __init__(self, value: int, next: "Optional[Node]" = None):
        self.value = value
        self.next = next
        self.flag = False
        self.label = "node"

    def length(self) -> int:
        n = 0
        node: Optional[Node] = self
        while node is not None:
            n += 1
            node = node.next
        return n


def last(n: Optional[Node]) -> Optional[Node]:
    if n is None:
        return None
    while n.next is not None:
        n = n.next
    return n


def chain(k: int) -> Node:
    head = Node(0)
    for i in range(1, k):
        head = Node(i, head)
    return head


def squares(n: int) -> List[int]:
    return [i * i for i in range(n)]


def push_all(xs: List[int], n: int) -> int:
    for i in range(n):
        xs.append(i)
    xs[0] = -1
    return len(xs)


def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)


def nested(rows: List[List[int]]) -> int:
    rows[0].append(99)
    rows.append([7])
    return len(rows)


def same(xs: List[int]) -> List[int]:
    xs.append(1)
    return xs


def names(words: List[str], sep: str) -> str:
    return sep.join(words)


def upper_all(words: List[str]) -> List[str]:
    return [w.upper() for w in words]


def pair(a: int, b: float) -> Tuple[int, float]:
    return (a, b)


def swap(t: Tuple[int, str]) -> Tuple[str, int]:
    return (t[1], t[0])


def norms(vs: List[Vec2]) -> List[float]:
    return [v.norm2() for v in vs]


def first_word(s: str) -> str:
    parts = s.split()
    return parts[0]


def index_of(xs: List[int], i: int) -> int:
    return xs[i]


def flip(b: bool) -> bool:
    return not b
