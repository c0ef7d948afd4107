# run: main 3
# run: main 0


class Node:
    def __init__(self, v: int):
        self.v = v
        self.next: Node | None = None


def main(n: int) -> int:
    x = n * 2
    f = n / 2
    b = n > 1
    xs = [x, n]
    node = Node(n)
    print(isinstance(x, int), isinstance(x, float), isinstance(f, float), isinstance(f, (int, float)))
    print(isinstance(b, int), isinstance(b, bool), isinstance(x, bool), isinstance(xs, list), isinstance(xs, int))
    print(isinstance(node, Node), isinstance(node.next, Node), isinstance(x, Node), isinstance(x, str), isinstance(f, object))
    if n > 0:
        node.next = Node(1)
    print(isinstance(node.next, Node), isinstance(node.next, (Node, int)))
    return int(isinstance(x, int)) + n
