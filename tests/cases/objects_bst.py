# run: main 25
# run: balanced 4
# run: leftmost_child 6
# A binary search tree: recursive methods (insert, contains, height, size,
# in-order print, range sums) on the nodes, recursive module functions
# over `"TNode | None"` that return the (possibly new) subtree, a tree
# object holding the root, and a key read through a None child.

from typing import Optional


class TNode:
    def __init__(self, key: int, weight=1.0):
        self.key = key
        self.weight = weight
        self.left = None
        self.right = None
        self.hits = 0

    def insert(self, k: int, w: float) -> bool:
        if k == self.key:
            self.hits += 1
            self.weight += w
            return False
        if k < self.key:
            if self.left is None:
                self.left = TNode(k, w)
                return True
            return self.left.insert(k, w)
        if self.right is None:
            self.right = TNode(k, weight=w)
            return True
        return self.right.insert(k, w)

    def contains(self, k: int) -> bool:
        if k == self.key:
            return True
        if k < self.key:
            return self.left is not None and self.left.contains(k)
        return self.right is not None and self.right.contains(k)

    def height(self) -> int:
        h = 0
        if self.left is not None:
            h = self.left.height()
        if self.right is not None:
            h = max(h, self.right.height())
        return h + 1

    def size(self) -> int:
        n = 1
        if self.left:
            n += self.left.size()
        if self.right:
            n += self.right.size()
        return n

    def in_order(self):
        if self.left is not None:
            self.left.in_order()
        print(self.key, end=" ")
        if self.right is not None:
            self.right.in_order()

    def weight_between(self, lo: int, hi: int) -> float:
        total = 0.0
        if self.left is not None and lo < self.key:
            total += self.left.weight_between(lo, hi)
        if lo <= self.key <= hi:
            total += self.weight
        if self.right is not None and self.key < hi:
            total += self.right.weight_between(lo, hi)
        return total

    def min_node(self) -> "TNode":
        n = self
        while n.left is not None:
            n = n.left
        return n


class Tree:
    def __init__(self):
        self.root = None
        self.count = 0

    def add(self, k: int, w=1.0):
        if self.root is None:
            self.root = TNode(k, w)
            self.count = 1
        elif self.root.insert(k, w):
            self.count += 1

    def height(self) -> int:
        return 0 if self.root is None else self.root.height()


def depth_of(n: Optional[TNode], k: int) -> int:
    # the depth of key k, or -1
    d = 0
    while n is not None:
        if k == n.key:
            return d
        n = n.left if k < n.key else n.right
        d += 1
    return -1


def build(lo: int, hi: int) -> Optional[TNode]:
    # a perfectly balanced tree of lo..hi
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    n = TNode(mid)
    n.left = build(lo, mid - 1)
    n.right = build(mid + 1, hi)
    return n


def height(n: Optional[TNode]) -> int:
    if n is None:
        return 0
    return 1 + max(height(n.left), height(n.right))


def mirror(n: Optional[TNode]) -> Optional[TNode]:
    if n is None:
        return None
    m = TNode(-n.key, n.weight)
    m.left = mirror(n.right)
    m.right = mirror(n.left)
    return m


def main(n: int) -> float:
    t = Tree()
    print(t.height(), t.root is None)
    x = 17
    for i in range(n):
        x = (x * 37 + 11) % 64
        t.add(x, 0.5 + (i % 4) * 0.25)
    t.add(x)
    r = t.root
    if r is None:
        return -1.0
    r.in_order()
    print()
    print(t.count, r.size(), t.height(), height(t.root), r.min_node().key, r.min_node() is r.min_node())
    print(r.contains(x), r.contains(65), r.contains(-1), depth_of(r, x), depth_of(r, 1000), depth_of(None, 3))
    print(r.weight_between(0, 63), r.weight_between(10, 30), r.weight_between(40, 10))
    m = mirror(r)
    if m is not None:
        m.in_order()
        print()
        print(m.key == -r.key, height(m) == height(r), m.size())
    return r.weight_between(0, 30)


def balanced(k: int) -> int:
    hi = 2 ** k - 2
    root = build(0, hi)
    if root is None:
        return 0
    root.in_order()
    print()
    print(root.key, height(root), root.height(), root.size(), depth_of(root, 0), depth_of(root, hi // 2))
    empty = build(1, 0)
    print(empty is None, height(empty), height(mirror(empty)))
    return root.size()


def leftmost_child(n: int) -> int:
    t = Tree()
    for i in range(n):
        t.add((i * 3 + 4) % 7)
    print(t.count, t.root.key, t.root.left.key)
    return t.root.left.left.key
