# run: main 6
# run: rotate 5
# run: detached 3
# A doubly linked list: `prev`/`next` fields typed `DNode | None` by the
# None in __init__ and the nodes the list methods store in them, insertion
# and removal at both ends and in the middle, and invariants checked with
# `is` / `is not`. The last run follows `next` off a removed node.


class DNode:
    def __init__(self, value: int):
        self.value = value
        self.prev = None
        self.next = None


class DList:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push_back(self, v: int) -> DNode:
        n = DNode(v)
        if self.tail is None:
            self.head = n
        else:
            n.prev = self.tail
            self.tail.next = n
        self.tail = n
        self.size += 1
        return n

    def push_front(self, v: int) -> DNode:
        n = DNode(v)
        n.next = self.head
        if self.head is not None:
            self.head.prev = n
        else:
            self.tail = n
        self.head = n
        self.size += 1
        return n

    def insert_after(self, at: DNode, v: int) -> DNode:
        if at is self.tail:
            return self.push_back(v)
        n = DNode(v)
        nxt = at.next
        n.prev = at
        n.next = nxt
        at.next = n
        if nxt is not None:
            nxt.prev = n
        self.size += 1
        return n

    def remove(self, n: DNode) -> int:
        if n.prev is None:
            self.head = n.next
        else:
            n.prev.next = n.next
        if n.next is None:
            self.tail = n.prev
        else:
            n.next.prev = n.prev
        n.prev = None
        n.next = None
        self.size -= 1
        return n.value

    def find(self, v: int) -> "DNode | None":
        n = self.head
        while n is not None:
            if n.value == v:
                return n
            n = n.next
        return None

    def show(self):
        n = self.head
        while n is not None:
            print(n.value, end=" ")
            n = n.next
        print("|", end=" ")
        n = self.tail
        while n is not None:
            print(n.value, end=" ")
            n = n.prev
        print()

    def valid(self) -> bool:
        if self.head is None:
            return self.tail is None and self.size == 0
        if self.head.prev is not None or self.tail.next is not None:
            return False
        count = 0
        n = self.head
        last = n
        while n is not None:
            count += 1
            if n.next is not None and n.next.prev is not n:
                return False
            last = n
            n = n.next
        return last is self.tail and count == self.size


def main(n: int) -> int:
    d = DList()
    print(d.valid(), d.find(1) is None)
    for i in range(n):
        d.push_back(i)
    mid = d.find(n // 2)
    if mid is not None:
        d.insert_after(mid, 100)
        d.insert_after(mid, 200)
    d.push_front(-1)
    d.insert_after(d.tail, 300)
    d.show()
    print(d.size, d.valid(), d.head.next.prev is d.head, d.tail.prev.next is d.tail)
    total = 0
    total += d.remove(d.head)
    total += d.remove(d.tail)
    x = d.find(200)
    if x is not None:
        total += d.remove(x)
        print(x.prev is None, x.next is None, d.find(200) is None)
    d.show()
    print(d.size, d.valid(), total)
    while d.head is not None:
        total += d.remove(d.head)
    print(d.size, d.valid(), d.head is None, d.tail is None)
    return total


def rotate(n: int) -> int:
    # move the tail to the front n times, checking the links each time
    d = DList()
    for i in range(4):
        d.push_back(i * 10)
    for r in range(n):
        v = d.remove(d.tail)
        d.push_front(v)
        if not d.valid():
            return -1
    d.show()
    a = d.head
    b = d.find(a.value)
    print(a is b, a is not d.tail, a == b, a != d.tail)
    return d.head.value * 100 + d.tail.value


def detached(n: int) -> int:
    d = DList()
    for i in range(n):
        d.push_back(i)
    first = d.head
    d.remove(first)
    print(d.size, d.valid(), first.value, first.next is None)
    return first.next.value
