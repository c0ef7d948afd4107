# run: main 5
# run: main 0
# run: recursion 1
# run: overriding 3
# run: escapes 4
# run: escapes -4
# run: through_else 2
# try / except / else / finally on every tier: builtin types and their
# subclasses, tuples of types, runtime errors (division, overflow,
# AttributeError through None, RecursionError, assert), nesting, and the
# ways out of a try (return, break, continue) through finally.


class Node:
    def __init__(self, v: int, next: "Node | None" = None):
        self.v = v
        self.next = next


def safe_div(a: int, b: int) -> int:
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def classify(x: int) -> int:
    r = 0
    try:
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise KeyError("two")
        if x == 4:
            assert x < 3, "x is big"
        r = 100 // (x - 3)
    except (ValueError, TypeError):
        r = 10
    except LookupError:
        r = 20
    except ArithmeticError:
        r = 30
    except AssertionError:
        r = 40
    else:
        r += 1000
    finally:
        print("finally", x, r)
        r += 5
    return r


def nested(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise IndexError(f"i={i}")
                total += 10 // (i % 3 - 1)
            finally:
                total += 1
        except IndexError:
            total += 100
        except ZeroDivisionError:
            total += 1000
            continue
        total += 7
    return total


def leave(n: int) -> int:
    out = 0
    for i in range(n):
        try:
            if i == 3:
                break
            if i == 1:
                continue
            out += i
        finally:
            out += 100
    return out


def overflow(x: int) -> float:
    try:
        return float(x) ** 1000.0
    except OverflowError:
        return -7.0


def through_none(k: int) -> int:
    a = Node(k)
    if k > 2:
        a.next = Node(k * 2)
    try:
        return a.next.v
    except AttributeError:
        return 0


def deep(n: int) -> int:
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1) + 1


def catch_deep(n: int) -> int:
    try:
        return deep(n)
    except RuntimeError:
        return -n


def forever(n: int) -> int:
    return forever(n + 1) + 1


def recursion(n: int) -> int:
    try:
        return forever(n)
    except RecursionError:
        print("caught RecursionError")
    return 0


def overriding(n: int) -> int:
    # A return in finally wins over the one in the body.
    try:
        return n
    finally:
        if n > 2:
            return n * 10


def escapes(x: int) -> int:
    # Not caught here: the handler's own error and an unmatched type go to
    # the caller, after the finally.
    try:
        if x > 0:
            raise ValueError(f"bad {x}")
        return 1 // 0
    except ValueError:
        raise TypeError("from the handler")
    finally:
        print("finally of escapes")


def through_else(x: int) -> int:
    try:
        y = x + 1
    except ValueError:
        return -1
    else:
        return 10 // (y - 3)
    finally:
        print("finally of through_else")


def main(x: int) -> int:
    print(safe_div(7, 2), safe_div(7, 0))
    for v in range(6):
        print(classify(v))
    print(nested(x), leave(x), catch_deep(x))
    print(overflow(x), through_none(x), through_none(1))
    return safe_div(x, x - 5)
