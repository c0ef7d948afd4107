# Example 1 of the RPythonic page ("caching CPython extension modules"),
# ported to Python 3: parameter types come from keyword defaults or from
# bind() keywords.
import time

t0 = time.perf_counter()
import rpythonic  # noqa: E402

t1 = time.perf_counter()
rpythonic.set_pypy_root("../pypy")  # accepted and ignored
rpy = rpythonic.RPython()


@rpy.bind()
def add(a=1, b=1000):
    return a + b


@rpy.bind(a=float, b=float)
def sub(a, b):
    return a - b


t2 = time.perf_counter()
rpy.cache("test1", refresh=1)
t3 = time.perf_counter()

if __name__ == "__main__":
    print("add(1, 2) =", add(1, 2), " add() =", add(), " sub(10, 0.5) =", sub(10, 0.5))
    print(f"tier: {rpythonic.tier(add)}; import rpythonic: {(t1 - t0) * 1e3:.1f} ms; "
          f"compiling both functions: {(t3 - t2) * 1e3:.2f} ms")
