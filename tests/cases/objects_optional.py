# run: main 7
# run: missing 5
# `typing.Optional[C]` spelled with `from typing import Optional`: quoted
# inside the class it names, unquoted after it, on fields, parameters
# (with a None default) and returns; a FIFO queue with head and tail, and
# a lookup that returns None whose field is then read.

from typing import Optional


class Job:
    def __init__(self, id: int, cost: float, next: "Optional[Job]" = None):
        self.id = id
        self.cost = cost
        self.next = next
        self.done = False

    def last(self) -> "Job":
        j = self
        while j.next is not None:
            j = j.next
        return j


class Queue:
    head: Optional[Job]
    tail: Optional[Job]

    def __init__(self, first: Optional[Job] = None):
        self.head = first
        self.tail = None
        if first is not None:
            self.tail = first.last()
        self.size = 0
        j = first
        while j is not None:
            self.size += 1
            j = j.next

    def push(self, j: Job):
        if self.tail is None:
            self.head = j
        else:
            self.tail.next = j
        self.tail = j
        self.size += 1

    def pop(self) -> Optional[Job]:
        j = self.head
        if j is None:
            return None
        self.head = j.next
        if self.head is None:
            self.tail = None
        j.next = None
        self.size -= 1
        return j

    def peek_cost(self) -> float:
        return cost_of(self.head)


def cost_of(j: Optional[Job]) -> float:
    if j is None:
        return 0.0
    return j.cost


def find(q: Queue, id: int) -> Optional[Job]:
    j = q.head
    while j is not None:
        if j.id == id:
            return j
        j = j.next
    return None


def first_or(a: Optional[Job], b: Job) -> Job:
    if a is not None:
        return a
    return b


def main(n: int) -> float:
    q = Queue(Job(100, 0.5, Job(101, 0.25)))
    print(q.size, q.head.id, q.tail.id, q.tail is q.head.next)
    for i in range(n):
        q.push(Job(i, 1.5 * i))
    print(q.size, q.tail.id, cost_of(find(q, 3)), cost_of(find(q, 99)), find(q, 99) is None)
    spent = 0.0
    while q.size > 3:
        j = q.pop()
        if j is not None:
            j.done = True
            spent += j.cost
            print("ran", j.id, j.cost, j.next is None, j.done)
    print(q.size, q.head.id, q.peek_cost(), first_or(find(q, 42), q.tail).id, first_or(q.head, q.tail).id)
    e = Queue()
    print(e.size, e.pop() is None, e.head is None, e.tail is None, e.peek_cost())
    e.push(Job(1, 2.0))
    print(e.size, e.head is e.tail, e.pop().id, e.head is None, e.tail is None)
    return spent


def missing(n: int) -> float:
    q = Queue()
    for i in range(n):
        q.push(Job(i * 10, i * 0.5))
    print(cost_of(find(q, 20)), find(q, 20).id)
    return find(q, 25).cost
