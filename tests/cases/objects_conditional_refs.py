# run: ternary 1
# run: either 1
# run: either 7
# run: fallback 1
# run: fallback 7
# run: both 3
# Compiled objects, None and `C | None` mixed in a conditional expression
# and in the value of `or`/`and`: the result has the joined type (`a.next
# or a` is a `C`, `None if c else j` a `C | None`).

from typing import Optional


class Job:
    def __init__(self, id: int):
        self.id = id
        self.next = None

    def link(self, o: "Job"):
        self.next = o


def pick(j: Job, c: bool) -> Optional[Job]:
    return None if c else j


def ternary(k: int) -> int:
    print(pick(Job(k), True) is None)
    return pick(Job(k), False).id


def either(k: int) -> int:
    a = Job(k)
    if k > 5:
        a.link(Job(2))
    c = a.next if k > 5 else a
    return c.id


def fallback(k: int) -> int:
    a = Job(k)
    if k > 5:
        a.link(Job(2))
    c = a.next or a
    return c.id


def both(k: int) -> int:
    a = Job(k)
    b = a.next and a.next.next
    print(b is None, (a.next or a) is a, (a or a.next) is a)
    a.link(Job(k + 1))
    c = a.next and a
    return c.id if c is not None else -1
