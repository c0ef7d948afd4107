# Every error in a file is reported, not just the first.
import os


def main(n: int) -> int:
    f = lambda k: k  # error: lambda
    d = {1: 2}  # error: dict
    s = "text" + 1  # error: str
    t = n + undefined_thing  # error: undefined_thing
    for x in n:  # error: range
        pass
    pid = os.getpid()  # error: os
    return n


def other(x) -> int:  # error: type
    return 0
