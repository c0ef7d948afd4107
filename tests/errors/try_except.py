# try/except of builtin types is compiled; these forms are not (yet).
class MyError:
    pass


def f(a: int, b: int) -> int:
    try:
        return a // b
    except ZeroDivisionError as e:
        print(f"{e!r}")  # error: only `{e}`
        return 0


def g(a: int) -> int:
    try:
        return a
    except MyError:  # error: only builtin exception types can be caught
        return 0


def h(a: int) -> int:
    if a > 0:
        raise  # error: bare `raise` outside
    return a
