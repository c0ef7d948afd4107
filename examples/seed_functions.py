# Example 1 of the RPythonic page ("caching CPython extension modules"),
# ported to Python 3: parameter types come from keyword defaults or from
# bind() keywords.
import rpythonic

rpythonic.set_pypy_root("../pypy")  # accepted and ignored
rpy = rpythonic.RPython()


@rpy.bind()
def add(a=1, b=1000):
    return a + b


@rpy.bind(a=float, b=float)
def sub(a: float, b: float):
    return a - b


rpy.cache("test1", refresh=1)

if __name__ == "__main__":
    print(add(1, 2), sub(10.0, 0.5))
