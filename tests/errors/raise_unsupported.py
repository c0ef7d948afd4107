# raise of builtin exception types is compiled; these forms are not.
class MyError:
    pass


def f(x: int) -> int:
    if x == 1:
        raise  # error: bare
    if x == 2:
        raise ValueError("a") from None  # error: from
    if x == 3:
        raise MyError()  # error: only builtin exception types
    if x == 4:
        raise ValueError("a", "b")  # error: more than one argument
    if x == 5:
        raise KeyError(x)  # error: KeyError needs a string key
    return x
