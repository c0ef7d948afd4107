"""Kernel benchmarks: CPython, Numba, the rpythonic JIT and AOT tiers and hand-written C,
measured in one run on the same arguments (run by `make bench`).

For each benches/kernels/NAME.py (one `def kernel(...)` and a `# args:` line):

* CPython: the file is exec'd and `kernel(*args)` timed, timeit-style (one
  call per repetition);
* Numba: `numba.njit(kernel)`, when numba is importable; the first call
  (which compiles) is not timed;
* JIT: the example `kernel_bench` of crate rpy (built with `cargo build
  --release -p rpy --example kernel_bench`), which loads the file with
  `rpy::Runtime::load_file` and times `kernel` in-process: compile time is
  excluded (the "JIT load" column gives it);
* AOT: the same example with `aot`: the file is loaded with the gcc tier
  (`rpy::Tier::Aot`) into a fresh, empty cache directory, so the library is
  built at load (the "AOT load" column: front end + C compiler + dlopen),
  then `kernel` is timed in-process like the JIT;
* C: benches/c/NAME.c built with `$CC -O2` (default `cc`); the binary times
  one call with clock_gettime and prints it on stderr.

The tiers are interleaved: each round runs every tier once, back to back
(CPython only in the first --runs rounds, as its calls take ~0.3 s), so they
see the same machine load. A tier's time is its minimum over the rounds
(--rounds, default 15); the geometric means are also given over medians, as
a check on the noise (on a shared machine the load comes in phases that can
slow everything 2x for seconds). Every tier must return the same result, or
the run fails.

Absolute times depend on the machine; only the ratios, measured together,
mean anything.

Usage: python benches/run.py [--runs N] [--rounds N] [--only NAME[,...]] [--json OUT]
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KERNELS = ROOT / "benches" / "kernels"
C_DIR = ROOT / "benches" / "c"
TARGET = 2.5  # the JIT/C geomean the JIT aims at
AOT_TARGET = 1.5  # the AOT/C geomean the AOT tier aims at


def kernel_args(path: Path) -> tuple:
    for line in path.read_text().splitlines():
        if line.startswith("# args:"):
            return tuple(ast.literal_eval("(" + line[len("# args:"):].strip() + ",)"))
    raise SystemExit(f"{path}: no '# args:' line")


def load_kernel(path: Path):
    """Exec the kernel file as a fresh module; return its `kernel`. The
    module is registered in sys.modules: Numba resolves a recursive call
    through it."""
    mod = types.ModuleType("bench_kernel_" + path.stem)
    mod.__file__ = str(path)
    sys.modules[mod.__name__] = mod
    exec(compile(path.read_text(), str(path), "exec"), mod.__dict__)
    return mod


def numba_kernel(path: Path, args: tuple):
    import numba  # noqa: PLC0415 (optional dependency)

    mod = load_kernel(path)
    # Rebind the global so a recursive kernel calls the compiled version.
    mod.kernel = numba.njit(mod.kernel)
    mod.kernel(*args)  # compiles; not timed
    return mod.kernel


def timed_call(fn, args: tuple):
    t0 = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - t0


def build_jit_bench() -> Path:
    """Build the example and return the path of its executable."""
    out = subprocess.run(
        ["cargo", "build", "--release", "-p", "rpy", "--example", "kernel_bench", "--message-format=json"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in out.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg.get("target", {}).get("name") == "kernel_bench" and msg.get("executable"):
            return Path(msg["executable"])
    raise SystemExit("cargo did not report the kernel_bench executable")


def jit_round(exe: Path, path: Path, calls: int = 1, tier: str = "jit"):
    """One process: load the file on `tier` ("jit" or "aot": the AOT tier
    builds into a fresh cache), call `kernel` `calls` times (once, like
    the C binary); (result, fastest call, load seconds)."""
    p = subprocess.run([str(exe), str(path), str(calls), tier], check=True, capture_output=True, text=True)
    data = json.loads(p.stdout)
    return data["result"], data["min"], data["load"]


def build_c(name: str, cc: str, outdir: Path) -> Path:
    exe = outdir / name
    subprocess.run([cc, "-O2", "-o", str(exe), str(C_DIR / f"{name}.c"), "-lm"], check=True)
    return exe


def c_round(exe: Path, args: tuple):
    p = subprocess.run([str(exe), *map(repr, args)], check=True, capture_output=True, text=True)
    return parse_c(p.stdout.strip()), float(p.stderr.strip().splitlines()[-1])


def parse_c(text: str):
    """A C binary's printed result: an int, or a float printed with %.17g."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def same(a, b) -> bool:
    """Results agree: ints exactly, floats to the bit (NaN equals NaN)."""
    if isinstance(a, float) or isinstance(b, float):
        return float(a) == float(b) or (math.isnan(a) and math.isnan(b))
    return a == b


def fmt_time(t: float | None) -> str:
    if t is None:
        return "-"
    if t >= 1:
        return f"{t:.2f} s"
    if t >= 1e-3:
        return f"{t * 1e3:.1f} ms"
    return f"{t * 1e6:.0f} µs"


def fmt_ratio(r: float | None) -> str:
    return "-" if r is None else f"{r:.2f}x"


def ratio(a, b):
    return a / b if a is not None and b is not None and b > 0 else None


def geomean(xs) -> float | None:
    xs = [x for x in xs if x is not None]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


def bench_kernel(path: Path, jit_exe: Path, c_exe: Path, use_numba: bool, runs: int, rounds: int) -> dict:
    args = kernel_args(path)
    py = load_kernel(path).kernel
    nb = None
    notes = []
    if use_numba:
        try:
            nb = numba_kernel(path, args)
        except Exception as e:  # noqa: BLE001 (report and go on without numba)
            notes.append(f"numba failed: {type(e).__name__}: {str(e).splitlines()[0]}")
    times: dict[str, list[float]] = {"cpython": [], "numba": [], "jit": [], "aot": [], "c": []}
    results: dict[str, object] = {}
    loads = []
    aot_loads = []
    for r in range(max(runs, rounds)):
        if r < runs:
            results["cpython"], t = timed_call(py, args)
            times["cpython"].append(t)
        if r < rounds:
            results["jit"], t, load = jit_round(jit_exe, path)
            times["jit"].append(t)
            loads.append(load)
            results["aot"], t, load = jit_round(jit_exe, path, tier="aot")
            times["aot"].append(t)
            aot_loads.append(load)
            results["c"], t = c_round(c_exe, args)
            times["c"].append(t)
            if nb is not None:
                results["numba"], t = timed_call(nb, args)
                times["numba"].append(t)
    row = {
        "kernel": path.stem,
        "args": list(args),
        "result": results["cpython"],
        "times": times,
        "jit_load": min(loads),
        "aot_load": min(aot_loads),
        "notes": notes,
    }
    for k, ts in times.items():
        row[k] = min(ts) if ts else None
    row["median"] = {k: statistics.median(ts) if ts else None for k, ts in times.items()}
    bad = {k: v for k, v in results.items() if not same(v, results["cpython"])}
    if bad:
        row["mismatch"] = {k: repr(v) for k, v in results.items()}
    return row


class _NoProgress:
    """What `progress` gives where the rpythonic package is missing."""

    def __enter__(self) -> "_NoProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def set_message(self, msg: str) -> None:
        pass

    def inc(self, n: int = 1) -> None:
        pass

    def suspend(self, f):  # noqa: ANN001, ANN201
        return f()


def progress(prefix: str, total: int):  # noqa: ANN201
    """A progress bar on stderr when it is a terminal (rpythonic's, the
    indicatif bar the CLI draws), else nothing."""
    try:
        from rpythonic._native import Progress  # noqa: PLC0415
    except ImportError:
        return _NoProgress()
    return Progress(prefix, total)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="CPython calls per kernel (the minimum is reported)")
    ap.add_argument("--rounds", type=int, default=15, help="Numba, JIT, AOT and C runs per kernel (the minimum is reported)")
    ap.add_argument("--only", help="comma-separated kernel names")
    ap.add_argument("--json", type=Path, help="also write every measurement here")
    opts = ap.parse_args()

    files = sorted(KERNELS.glob("*.py"))
    if opts.only:
        wanted = set(opts.only.split(","))
        files = [f for f in files if f.stem in wanted]
    if not files:
        raise SystemExit("no kernels")

    try:
        import numba  # noqa: PLC0415

        have_numba = True
        numba_note = f"numba {numba.__version__}"
    except ImportError:
        have_numba = False
        numba_note = "numba: not installed"

    cc = os.environ.get("CC", "cc")
    if shutil.which(cc) is None:
        raise SystemExit(f"C compiler '{cc}' not found (set CC)")
    cc_version = subprocess.run([cc, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    c_dir = ROOT / "target" / "bench-c"
    c_dir.mkdir(parents=True, exist_ok=True)

    print(
        f"CPython {sys.version.split()[0]}; {numba_note}; C: {cc_version}, -O2; JIT: rpy (Cranelift); AOT: rpy (gcc tier); "
        f"minimum of {opts.runs} calls (CPython), {opts.rounds} (the others), interleaved",
        flush=True,
    )
    jit_exe = build_jit_bench()

    rows = []
    with progress("make bench: kernels", len(files)) as bar:
        for path in files:
            bar.set_message(path.stem)
            row = bench_kernel(path, jit_exe, build_c(path.stem, cc, c_dir), have_numba, opts.runs, opts.rounds)
            line = f"  {path.stem}{kernel_args(path)} ..." + "".join(f" [{n}]" for n in row["notes"])
            line += f" RESULT MISMATCH: {row['mismatch']}" if "mismatch" in row else f" {row['result']!r}"
            bar.suspend(lambda: print(line, flush=True))
            bar.inc()
            rows.append(row)

    header = ["kernel", "CPython", "Numba", "JIT", "AOT", "C -O2", "JIT/C", "AOT/C", "Numba/C", "CPython/JIT", "JIT load", "AOT load"]
    table = []
    for r in rows:
        r["jit_over_c"] = ratio(r["jit"], r["c"])
        r["aot_over_c"] = ratio(r["aot"], r["c"])
        r["numba_over_c"] = ratio(r["numba"], r["c"])
        r["cpython_over_jit"] = ratio(r["cpython"], r["jit"])
        table.append([
            r["kernel"], fmt_time(r["cpython"]), fmt_time(r["numba"]), fmt_time(r["jit"]), fmt_time(r["aot"]), fmt_time(r["c"]),
            fmt_ratio(r["jit_over_c"]), fmt_ratio(r["aot_over_c"]), fmt_ratio(r["numba_over_c"]), fmt_ratio(r["cpython_over_jit"]),
            fmt_time(r["jit_load"]), fmt_time(r["aot_load"]),
        ])
    keys = ["jit_over_c", "aot_over_c", "numba_over_c", "cpython_over_jit"]
    geo = {k: geomean(r[k] for r in rows) for k in keys}
    med = [r["median"] for r in rows]
    geo_median = {
        "jit_over_c": geomean(ratio(m["jit"], m["c"]) for m in med),
        "aot_over_c": geomean(ratio(m["aot"], m["c"]) for m in med),
        "numba_over_c": geomean(ratio(m["numba"], m["c"]) for m in med),
        "cpython_over_jit": geomean(ratio(m["cpython"], m["jit"]) for m in med),
    }
    table.append(["geomean", "", "", "", "", "", *(fmt_ratio(geo[k]) for k in keys), "", ""])

    widths = [max(len(str(row[i])) for row in [header, *table]) for i in range(len(header))]

    def line(cells) -> str:
        return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    rule = line(["-" * w for w in widths])
    print()
    print(line(header))
    print(rule)
    for row in table[:-1]:
        print(line(row))
    print(rule)
    print(line(table[-1]))
    print("times: minimum over the rounds; ratios: of those minimums")
    print(f"geomeans over medians instead: JIT/C {fmt_ratio(geo_median['jit_over_c'])}, "
          f"AOT/C {fmt_ratio(geo_median['aot_over_c'])}, "
          f"Numba/C {fmt_ratio(geo_median['numba_over_c'])}, CPython/JIT {fmt_ratio(geo_median['cpython_over_jit'])}")
    print()
    if not have_numba:
        print("numba: not installed (the Numba column is empty)")
    if geo["jit_over_c"] is not None:
        verdict = "within" if geo["jit_over_c"] <= TARGET else "NOT within"
        print(f"JIT/C geomean {geo['jit_over_c']:.2f}x: {verdict} the {TARGET}x target")
    if geo["aot_over_c"] is not None:
        verdict = "within" if geo["aot_over_c"] <= AOT_TARGET else "NOT within"
        print(f"AOT/C geomean {geo['aot_over_c']:.2f}x: AOT {verdict} {AOT_TARGET}x of C -O2 (target)")

    if opts.json:
        opts.json.write_text(json.dumps({
            "rows": rows, "geomean": geo, "geomean_median": geo_median,
            "runs": opts.runs, "rounds": opts.rounds, "cc": cc_version, "numba": numba_note,
        }, indent=2))
    return 1 if any("mismatch" in r for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
