# run: main -9
# run: main 4
# except T as e (str(e) in print, f-strings and messages) and a bare
# raise inside except, through finally, loops and nested try.

def parse(x: int) -> int:
    if x < 0:
        raise ValueError(f"negative {x}")
    if x == 0:
        raise KeyError("zero")
    return x * 2


def describe(x: int) -> int:
    try:
        return parse(x)
    except ValueError as e:
        print("value error:", e)
        print(f"again: {e}!")
        return -1
    except KeyError as err:
        print("key error:", err)
        return -2


def reraise(x: int) -> int:
    try:
        return parse(x)
    except ValueError:
        print("logging and re-raising")
        raise


def loop(n: int) -> int:
    total = 0
    for i in range(-2, n):
        try:
            total += parse(i)
        except ValueError as e:
            print("skip", e)
            continue
        except KeyError:
            print("stop")
            break
    return total


def wrap(x: int) -> int:
    try:
        return reraise(x)
    except ValueError as e:
        raise RuntimeError(f"wrapped: {e}")


def nested_reraise(x: int) -> int:
    try:
        try:
            return parse(x)
        except ValueError:
            try:
                raise
            finally:
                print("inner finally")
    except Exception as e:
        print("outer got", e)
        return 7


def main(x: int) -> int:
    print(describe(3), describe(-3), describe(0))
    print(loop(5))
    print(nested_reraise(-1))
    try:
        print(reraise(-5))
    except ValueError as e:
        print("main caught", e)
    return wrap(x)
