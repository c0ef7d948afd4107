# run: main 10
# run: tree 20
# run: through_none 3
# run: churn 2000
# Linked structures through `C | None` fields: a stack, a binary search
# tree, AttributeError through None, and many instances freed in chains.


class Node:
    def __init__(self, value: int, next: "Node | None" = None):
        self.value = value
        self.next = next


class Stack:
    def __init__(self):
        self.top = None
        self.size = 0

    def push(self, v: int):
        self.top = Node(v, self.top)
        self.size += 1

    def pop(self) -> int:
        t = self.top
        if t is None:
            return -1
        self.top = t.next
        self.size -= 1
        return t.value

    def total(self) -> int:
        s = 0
        n = self.top
        while n:
            s += n.value
            n = n.next
        return s

    def reverse(self):
        prev = None
        cur = self.top
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.top = prev


class Tree:
    def __init__(self, key: int):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, k: int):
        if k < self.key:
            if self.left is None:
                self.left = Tree(k)
            else:
                self.left.insert(k)
        else:
            if self.right is None:
                self.right = Tree(k)
            else:
                self.right.insert(k)

    def contains(self, k: int) -> bool:
        if k == self.key:
            return True
        child = self.left if k < self.key else self.right
        if child is None:
            return False
        return child.contains(k)

    def height(self) -> int:
        lh = 0 if self.left is None else self.left.height()
        rh = 0 if self.right is None else self.right.height()
        return 1 + max(lh, rh)

    def walk(self):
        if self.left is not None:
            self.left.walk()
        print(self.key, end=" ")
        if self.right is not None:
            self.right.walk()


def main(n: int) -> int:
    s = Stack()
    for i in range(n):
        s.push(i * i)
    print(s.size, s.total(), s.top.value)
    s.reverse()
    print(s.pop(), s.pop(), s.size, s.total())
    while s.size > 0:
        s.pop()
    print(s.pop(), s.top is None)
    return s.total()


def tree(n: int) -> int:
    t = Tree(n // 2)
    x = 7
    for i in range(n):
        x = (x * 31 + 11) % 101
        t.insert(x)
    t.walk()
    print()
    print(t.contains(18), t.contains(1000), t.height())
    return t.height()


def through_none(n: int) -> int:
    head = Node(1)
    for i in range(n):
        head = Node(i, head)
    m = head
    while m.next is not None:
        m = m.next
    return m.next.value


def churn(n: int) -> int:
    total = 0
    for r in range(20):
        head = None
        for i in range(n):
            head = Node(i, head)
        total += head.value
    return total
