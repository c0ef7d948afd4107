"""Arrays and lists from Python (run by `make bench`), in one run:

* matrix multiply of two n x n numpy float64 arrays (flat, row-major,
  i-k-j loops) by the rpythonic JIT and AOT tiers (`f64[:]` views, no
  copy), by Numba (`njit` on the same function), by CPython (the same
  loops over numpy arrays), and by hand-written C -O2
  (benches/c/matmul_arrays.c, the same loops);
* the cost of passing a Python list of 10, 10,000 and 1,000,000 floats to
  a compiled function that reads one item (copy in, compare out: see
  ARCHITECTURE.md), against Numba's reflected list on the same call.

A figure is the minimum over the rounds; only ratios measured together
mean anything.

Usage: python benches/python/bench_arrays.py [--quick] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]

SRC = '''
import rpythonic
rpy = rpythonic.RPython(tier={tier!r}, cache_dir={cache!r})


@rpy.bind()
def matmul(a: rpythonic.f64[:], b: rpythonic.f64[:], c: rpythonic.f64[:], n: int) -> float:
    for i in range(n):
        for k in range(n):
            aik = a[i * n + k]
            for j in range(n):
                c[i * n + j] += aik * b[k * n + j]
    s = 0.0
    for x in c:
        s += x
    return s


@rpy.bind(boundscheck=False)
def matmul_unchecked(a: rpythonic.f64[:], b: rpythonic.f64[:], c: rpythonic.f64[:], n: int) -> float:
    for i in range(n):
        for k in range(n):
            aik = a[i * n + k]
            for j in range(n):
                c[i * n + j] += aik * b[k * n + j]
    s = 0.0
    for x in c:
        s += x
    return s


@rpy.bind()
def first(xs: list[float]) -> float:
    return xs[0]
'''

# The same functions for CPython and Numba: the source without the
# decorators (the annotations stay; rpythonic's array types evaluate).
PLAIN = "\n".join(line for line in SRC.splitlines() if not line.strip().startswith(("@rpy.", "rpy = ")))

C_SRC = r'''
#include "bench.h"
static double kernel(double *a, double *b, double *c, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        for (int64_t k = 0; k < n; k++) {
            double aik = a[i * n + k];
            for (int64_t j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
        }
    double s = 0.0;
    for (int64_t k = 0; k < n * n; k++) s += c[k];
    return s;
}
int main(int argc, char **argv) {
    int64_t n = strtoll(argv[1], NULL, 10);
    double *a = malloc((size_t)(n * n) * 8), *b = malloc((size_t)(n * n) * 8), *c = calloc((size_t)(n * n), 8);
    for (int64_t i = 0; i < n * n; i++) { a[i] = (double)(i % 7) * 0.5; b[i] = (double)(i % 5) * 0.25; }
    double t0 = now();
    double r = kernel(a, b, c, n);
    double t1 = now();
    printf("%.17g\n", r);
    fprintf(stderr, "%.9f\n", t1 - t0);
    return 0;
}
'''


def load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def inputs(n: int):
    i = np.arange(n * n)
    return (i % 7) * 0.5, (i % 5) * 0.25


def best(f, rounds: int) -> float:
    t = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        f()
        t = min(t, time.perf_counter() - t0)
    return t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()
    n = 80 if args.quick else 160
    rounds = 3 if args.quick else 7
    tmp = Path(tempfile.mkdtemp(prefix="rpy-bench-arrays-"))
    mods = {}
    for tier in ("jit", "aot"):
        p = tmp / f"arr_{tier}.py"
        p.write_text(SRC.format(tier=tier, cache=str(tmp / "cache")))
        mods[tier] = load(p, f"arr_{tier}")
    (tmp / "plain.py").write_text(PLAIN)
    plain = load(tmp / "plain.py", "arr_plain")
    try:
        import numba  # noqa: PLC0415

        warnings.simplefilter("ignore")
        nb_matmul = numba.njit(plain.matmul)
        nb_first = numba.njit(plain.first)
    except ImportError:
        numba = None
    a, b = inputs(n)
    results = {}

    def run_matmul(f):
        c = np.zeros(n * n)
        return f(a, b, c, n)

    expect = run_matmul(mods["jit"].matmul)
    timers = {
        "JIT": mods["jit"].matmul,
        "AOT": mods["aot"].matmul,
        "JIT, boundscheck=False": mods["jit"].matmul_unchecked,
        "AOT, boundscheck=False": mods["aot"].matmul_unchecked,
    }
    if numba:
        timers["Numba"] = nb_matmul
    for name, f in timers.items():
        assert run_matmul(f) == expect, name
        results[name] = best(lambda f=f: run_matmul(f), rounds)
    small = 40
    a40, b40 = inputs(small)
    c40 = np.zeros(small * small)
    t_py = best(lambda: plain.matmul(a40, b40, c40, small), 1)
    results["CPython"] = t_py * (n / small) ** 3  # scaled: O(n^3)
    cc = shutil.which(os.environ.get("CC", "cc"))
    if cc:
        (tmp / "m.c").write_text(C_SRC)
        subprocess.run([cc, "-O2", "-I", str(ROOT / "benches" / "c"), "-o", str(tmp / "m"), str(tmp / "m.c"), "-lm"], check=True)
        ts = []
        for _ in range(rounds):
            p = subprocess.run([str(tmp / "m"), str(n)], capture_output=True, text=True, check=True)
            assert float(p.stdout) == expect
            ts.append(float(p.stderr.strip()))
        results["C"] = min(ts)
    print(f"matmul of {n}x{n} float64 numpy arrays (minimum of {rounds}; CPython scaled from n={small})")
    c_t = results.get("C")
    for name, t in results.items():
        ratio = f"  {t / c_t:6.2f}x C" if c_t else ""
        print(f"  {name:24s} {t * 1e3:10.2f} ms{ratio}")
    passing = {}
    print("passing a list of floats to a function reading xs[0] (per call)")
    for size in (10, 10_000, 1_000_000):
        xs = [float(i) for i in range(size)]
        reps = max(1, 200_000 // size) if not args.quick else max(1, 20_000 // size)
        row = {}
        fns = {"rpythonic": mods["jit"].first}
        if numba:
            from numba.typed import List  # noqa: F401,PLC0415

            fns["Numba"] = nb_first
        for name, f in fns.items():
            f(xs)

            def loop(f=f):
                for _ in range(reps):
                    f(xs)

            row[name] = best(loop, rounds) / reps
        passing[size] = row
        extra = f"  ({row['rpythonic'] / row['Numba']:.2f}x Numba)" if "Numba" in row else ""
        print(f"  {size:>9,} items: " + ", ".join(f"{k} {v * 1e6:9.2f} us" for k, v in row.items()) + extra)
    if args.json:
        Path(args.json).write_text(json.dumps({"matmul": results, "passing": passing}, indent=1))


if __name__ == "__main__":
    main()
