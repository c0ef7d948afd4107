# run: main 5


class Node:
    def __init__(self, v: int):
        self.v = v
        self.kids: list[Node] = []


class Stack:
    def __init__(self):
        self.items: list[float] = []

    def push(self, x: float) -> None:
        self.items.append(x)

    def pop(self) -> float:
        return self.items.pop()

    def size(self) -> int:
        return len(self.items)


def total(n: Node) -> int:
    t = n.v
    for k in n.kids:
        t += total(k)
    return t


def main(n: int) -> int:
    root = Node(1)
    for i in range(n):
        c = Node(i * 10)
        root.kids.append(c)
        c.kids.append(Node(i))
    print(total(root), len(root.kids), root.kids[2].v, root.kids[-1].kids[0].v)
    nodes = [Node(i) for i in range(n)]
    first = nodes[0]
    print(first is nodes[0], first in nodes, Node(0) in nodes, nodes.index(first), nodes.count(first))
    maybe: list[Node | None] = [None] * 3
    maybe[1] = first
    print(maybe[0] is None, maybe[1] is first, maybe.count(None))
    s = Stack()
    for i in range(n):
        s.push(i * 0.5)
    print(s.pop(), s.size(), s.items)
    del nodes[0]
    nodes.pop()
    print(len(nodes), [k.v for k in nodes])
    return s.size()
