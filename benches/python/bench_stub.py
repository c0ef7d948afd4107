"""The call overhead of a shipped module's ctypes stub (run by `make bench`).

`add(a: int, b: int) -> int` is built with `rpy.cache("benchadd",
export=DIR)` (the same build as `rpy build`), then called in one process,
interleaved round by round, as:

* a plain Python function;
* the rpythonic package's bound function (`@rpy.bind()`, on the JIT);
* the stub's wrapper (`benchadd.add`: argument checks, the ctypes call,
  the zero-result test of the error slot);
* the stub's bare ctypes function object (the floor of a ctypes call).

Figures are ns/call net of the empty timeit loop, the minimum over the
rounds (the least-disturbed run). Usage: python bench_stub.py [--quick]
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import textwrap
import timeit
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    number, rounds = (100_000, 3) if args.quick else (1_000_000, 7)

    os.environ.setdefault("RPY_TIER", "jit")
    import rpythonic

    work = Path(tempfile.mkdtemp(prefix="rpy-bench-stub-"))
    src = work / "benchadd_src.py"
    src.write_text(textwrap.dedent(
        """\
        def add(a: int, b: int) -> int:
            return a + b
        """
    ))
    sys.path.insert(0, str(work))
    mod = importlib.import_module("benchadd_src")
    rpy = rpythonic.RPython(tier="jit", cache_dir=str(work / "cache"))
    bound = rpy.bind(mod.add)
    out = work / "shipped"
    rpy.cache("benchadd", export=str(out))
    sys.path.insert(0, str(out))
    stub = importlib.import_module("benchadd")
    assert stub.add(1, 2) == bound(1, 2) == mod.add(1, 2) == 3

    fns = {"python": mod.add, "rpythonic": bound, "stub": stub.add, "ctypes (stub's raw function)": stub._rpy_f_0}
    timers = {"(empty loop)": timeit.Timer("pass")}
    for name, f in fns.items():
        timers[name] = timeit.Timer("f(1, 2)", setup="f = _f", globals={"_f": f})
    best = {name: float("inf") for name in timers}
    for t in timers.values():
        t.timeit(number // 10)
    for _ in range(rounds):
        for name, t in timers.items():
            best[name] = min(best[name], t.timeit(number) / number * 1e9)
    loop = best.pop("(empty loop)")
    print(f"Call overhead of add(1, 2), ns/call net of the empty loop ({loop:.1f} ns/iter), min of {rounds} x {number:,} calls")
    print(f"{sys.implementation.name} {sys.version.split()[0]}")
    base = best["python"] - loop
    for name, ns in best.items():
        net = ns - loop
        print(f"  {name:<30} {net:8.1f} ns   {net / base:5.1f}x python")


if __name__ == "__main__":
    main()
