# The auto tier in one process: the JIT runs at once while a detached gcc
# build runs; cache(wait=True) waits for the library, and every function
# is swapped to it. A later run loads the library directly from the cache.
import time

import rpythonic

rpy = rpythonic.RPython()  # tier="auto"


@rpy.bind()
def work(n=1000000):
    s = 0
    for i in range(n):
        s = (s + i * i) % 1000003
    return s


if __name__ == "__main__":
    t = time.perf_counter()
    print("work(10**6) =", work(10**6), "on the", rpythonic.tier(work), f"tier ({(time.perf_counter() - t) * 1e3:.1f} ms)")
    rpy.cache("hot_swap", refresh=1, wait=True)
    t = time.perf_counter()
    print("work(10**6) =", work(10**6), "on the", rpythonic.tier(work), f"tier ({(time.perf_counter() - t) * 1e3:.1f} ms)")
