"""Python-side benchmarks of rpythonic, in one run (run by `make bench`):

1. per-call overhead of `add(a, b)` on two ints, net of the timeit loop:
   rpythonic (`@rpy.bind()`), a plain Python function, `operator.add` (a C
   METH_FASTCALL builtin: the floor for any extension call), Numba
   `@njit`, Cython `def` (built here with cythonize + setuptools in a temp
   dir) and ctypes on a C `add` (built here with `cc -O2 -shared`);
2. first-call latency: from decorating a small function (a 10-line loop,
   fresh source file and fresh `RPython` object each time, so nothing is
   cached) to its first result, for rpythonic and Numba `@njit`; the two
   are interleaved, so the compiler's code is not hot in the caches (as
   in a program that compiles now and then); rpythonic back to back is
   also given, as a lower bound;
3. `import rpythonic`: `-X importtime` cumulative time, and the wall (and
   CPU, from wait4) time of `python -c "import rpythonic"` against
   `python -c pass`;
4. whole-process wall (and CPU) time of `python examples/seed_functions.py`
   against `python -c pass`.

The candidates of each part are interleaved (each round runs every
candidate once, back to back), so they see the same machine load; a
candidate's figure is its minimum (call overhead: the least-disturbed
run) or median (latencies) over the rounds. Absolute times depend on the
machine; only the ratios, measured together, mean anything. Optional
tools that are missing (numba, Cython, cc) are reported as "not
available" with the reason, and their rows left empty.

Usage: python benches/python/bench_calls.py [--quick] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import timeit
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PY = sys.executable

# Targets from the issue (ns/call net of the loop; ms; ratio).
TARGET_CALL_NS = 30.0
REF_NS = {"python": 20.0, "cython": 20.0, "numba": 95.0, "ctypes": 255.0}
TARGET_FIRST_CALL_MS = 1.0
TARGET_IMPORT_MS = 10.0
TARGET_SEED_RATIO = 1.3

notes: list[str] = []


def note(msg: str) -> None:
    notes.append(msg)
    print("note:", msg, file=sys.stderr)


def import_file(path: Path):
    """Import a source file as a new module (not cached in sys.modules)."""
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def elf_sections(path: str) -> set[str]:
    """Section names of an ELF64 little-endian file (empty if not one)."""
    import struct  # noqa: PLC0415

    with open(path, "rb") as fh:
        data = fh.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return set()
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    def sec(i):
        return struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize)
    strtab_off = sec(shstrndx)[4]
    names = set()
    for i in range(shnum):
        name_off = sec(i)[0]
        end = data.index(b"\0", strtab_off + name_off)
        names.add(data[strtab_off + name_off:end].decode("latin-1"))
    return names


def check_build() -> str:
    """Where rpythonic._native comes from, and whether it is a release
    build: the release profile strips the extension (Cargo.toml), a
    `maturin develop` debug build (`make python-dev`, run by `make test`)
    carries .debug_info and is unoptimised -- its figures mean nothing."""
    import rpythonic._native as nat  # noqa: PLC0415

    path = os.path.realpath(nat.__file__)
    size = os.path.getsize(path) / 1e6
    try:
        debug = ".debug_info" in elf_sections(path)
    except (OSError, ValueError, IndexError):
        debug = False
    desc = f"{path} ({size:.1f} MB{', debug build' if debug else ''})"
    if debug:
        note(f"rpythonic._native is a DEBUG build ({desc}): run `make python-release` first (and nothing that runs "
             "`make python-dev`/`make test` meanwhile); the rpythonic figures below are not representative")
    return desc


# --------------------------------------------------------------------------
# 1. call overhead


def build_cython(tmp: Path):
    """Build a tiny Cython extension with two `def add`s; return the module
    or None (with a note saying why)."""
    try:
        import Cython  # noqa: F401, PLC0415
        from Cython.Build import cythonize  # noqa: F401, PLC0415
    except Exception as e:  # noqa: BLE001
        note(f"cython: not available (import failed: {e})")
        return None
    d = tmp / "cy"
    d.mkdir()
    (d / "cy_add.pyx").write_text(textwrap.dedent("""\
        # cython: language_level=3
        def add(a, b):
            return a + b

        def add_long(long a, long b):
            return a + b
        """))
    (d / "setup.py").write_text(textwrap.dedent("""\
        from setuptools import setup
        from Cython.Build import cythonize
        setup(ext_modules=cythonize("cy_add.pyx", quiet=True), script_args=["build_ext", "--inplace", "-q"])
        """))
    p = subprocess.run([PY, "setup.py"], cwd=d, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        tail = (p.stderr or p.stdout).strip().splitlines()[-3:]
        note("cython: not available (the extension did not build: " + " | ".join(tail) + ")")
        return None
    sys.path.insert(0, str(d))
    try:
        import cy_add  # noqa: PLC0415
    except Exception as e:  # noqa: BLE001
        note(f"cython: not available (built, but import failed: {e})")
        return None
    finally:
        sys.path.remove(str(d))
    return cy_add


def build_ctypes(tmp: Path):
    cc = os.environ.get("CC", "cc")
    if shutil.which(cc) is None:
        note(f"ctypes: not available (no C compiler {cc!r})")
        return None
    import ctypes  # noqa: PLC0415

    src = tmp / "cadd.c"
    lib = tmp / "libcadd.so"
    src.write_text("long add(long a, long b) { return a + b; }\n")
    p = subprocess.run([cc, "-O2", "-shared", "-fPIC", "-o", str(lib), str(src)], capture_output=True, text=True)
    if p.returncode != 0:
        note(f"ctypes: not available ({cc} failed: {p.stderr.strip()[:200]})")
        return None
    f = ctypes.CDLL(str(lib)).add
    f.argtypes = (ctypes.c_long, ctypes.c_long)
    f.restype = ctypes.c_long
    return f


def call_candidates(tmp: Path) -> tuple[dict, dict]:
    """name -> callable add(a, b); name -> row label."""
    import operator  # noqa: PLC0415

    import rpythonic  # noqa: PLC0415

    rpy = rpythonic.RPython()
    # The function must come from a file (rpythonic compiles its source).
    src = tmp / "rpy_add.py"
    src.write_text("def add(a=1, b=1000):\n    return a + b\n")
    rpy_add = rpy.bind()(import_file(src).add)
    rpy.cache("bench_calls")
    assert rpythonic.tier(rpy_add) == "jit", rpythonic.tier(rpy_add)

    def py_add(a, b):
        return a + b

    # The same function compiled with the `rpythonic` logger at DEBUG (a
    # handler that keeps the records): its calls are timed with logging
    # on (see bench_calls), to show that the events cost the call nothing.
    import logging  # noqa: PLC0415

    records: list = []
    keep = logging.Handler()
    keep.emit = records.append  # type: ignore[method-assign]
    log = logging.getLogger("rpythonic")
    log.addHandler(keep)
    log.setLevel(logging.DEBUG)
    src_logged = tmp / "rpy_add_logged.py"
    src_logged.write_text("def add(a=1, b=1000):\n    return a + b\n")
    rpy_logged = rpythonic.RPython()
    rpy_add_logged = rpy_logged.bind()(import_file(src_logged).add)
    rpy_logged.cache("bench_calls_logged")
    if not records:
        raise SystemExit("logging at DEBUG recorded no compile events")
    log.setLevel(logging.WARNING)
    rpythonic._native.set_log_level(logging.WARNING)

    fns = {"rpythonic": rpy_add, "rpythonic_logged": rpy_add_logged, "python": py_add, "operator.add": operator.add}
    labels = {
        "rpythonic": "rpythonic @rpy.bind()",
        "rpythonic_logged": "rpythonic, logger at DEBUG",
        "python": "plain Python def",
        "operator.add": "operator.add (C fastcall floor)",
    }
    try:
        import numba  # noqa: PLC0415

        nb_add = numba.njit(lambda a, b: a + b)
        nb_add(1, 2)  # compiles for (int64, int64)
        fns["numba"] = nb_add
        labels["numba"] = f"Numba {numba.__version__} @njit"
    except Exception as e:  # noqa: BLE001
        note(f"numba: not available ({type(e).__name__}: {e})")
    cy = build_cython(tmp)
    if cy is not None:
        import Cython  # noqa: PLC0415

        fns["cython"] = cy.add
        labels["cython"] = f"Cython {Cython.__version__} def (untyped)"
        fns["cython_long"] = cy.add_long
        labels["cython_long"] = "Cython def (long a, long b)"
    ct = build_ctypes(tmp)
    if ct is not None:
        fns["ctypes"] = ct
        labels["ctypes"] = "ctypes -> C add (cc -O2)"
    for name, f in fns.items():
        r = f(1, 2)
        if r != 3:
            raise SystemExit(f"{name}: add(1, 2) = {r!r}")
    return fns, labels


def bench_calls(fns: dict, number: int, rounds: int) -> dict:
    """ns/call of `f(1, 2)` net of the loop, min over rounds.

    timeit runs `for _ in it: f(1, 2)` with f a local (bound in setup),
    so the loop adds FOR_ITER + a jump, and the statement LOAD_FAST,
    2 x LOAD_CONST, PRECALL/CALL, POP_TOP. The empty loop (`pass`) is
    timed the same way and subtracted from every candidate.
    """
    timers = {"(empty loop)": timeit.Timer("pass")}
    for name, f in fns.items():
        timers[name] = timeit.Timer("f(1, 2)", setup="f = _f", globals={"_f": f})
    best = {name: float("inf") for name in timers}
    for t in timers.values():  # warm up
        t.timeit(number // 10)
    from rpythonic import _native  # noqa: PLC0415

    for _ in range(rounds):
        for name, t in timers.items():
            # Logging on (the events forwarded at DEBUG) only for its row.
            logged = name == "rpythonic_logged"
            if logged:
                _native.set_log_level(10)
            best[name] = min(best[name], t.timeit(number) / number * 1e9)
            if logged:
                _native.set_log_level(30)
    loop = best.pop("(empty loop)")
    return {"loop_ns": loop, "gross_ns": best, "net_ns": {k: v - loop for k, v in best.items()}}


# --------------------------------------------------------------------------
# 2. first-call latency

KERNEL = """\
def {name}(n=100):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            s += i * {k}
        elif i % 3 == 1:
            s -= i
        else:
            s += 1
    return s
"""


def kernel_expected(k: int, n: int = 100) -> int:
    s = 0
    for i in range(n):
        if i % 3 == 0:
            s += i * k
        elif i % 3 == 1:
            s -= i
        else:
            s += 1
    return s


def load_fresh(tmp: Path, tag: str, k: int):
    """A plain (undecorated) function `f_<tag>_<k>` from its own new file."""
    name = f"f_{tag}_{k}"
    path = tmp / f"{name}.py"
    path.write_text(KERNEL.format(name=name, k=k))
    return getattr(import_file(path), name)


def first_call_rpy(tmp: Path, k: int, tier: str = "jit") -> tuple[float, float]:
    """(decorate -> first result, of which the bind() part), seconds. On
    the JIT tier this is the compile latency; on the auto tier it also
    pays for writing the build job and starting the detached builder,
    whose build is then waited for, outside the timing, so that no
    builder competes with the next measurement for the CPU."""
    import rpythonic  # noqa: PLC0415

    f = load_fresh(tmp, "rpy", k)
    t0 = time.perf_counter()
    rpy = rpythonic.RPython(tier=tier)
    g = rpy.bind()(f)
    t1 = time.perf_counter()
    r = g(100)
    t2 = time.perf_counter()
    if r != kernel_expected(k):
        raise SystemExit(f"rpythonic first call: {r} != {kernel_expected(k)}")
    if tier == "auto":
        rpy.cache(f"first_call_{k}", wait=True)
    return t2 - t0, t1 - t0


def first_call_numba(tmp: Path, k: int) -> float:
    import numba  # noqa: PLC0415

    f = load_fresh(tmp, "nb", k)
    t0 = time.perf_counter()
    g = numba.njit(f)
    r = g(100)
    t1 = time.perf_counter()
    if r != kernel_expected(k):
        raise SystemExit(f"numba first call: {r} != {kernel_expected(k)}")
    return t1 - t0


def bench_first_call(tmp: Path, runs: int, have_numba: bool) -> dict:
    out: dict = {}
    k = 1000  # kernel ids: distinct for every function made
    # The first compile of the process pays one-time set-up (JIT/LLVM
    # initialisation, lazy imports): reported apart, not in the median.
    # (Part 1 already compiled an add with each; these are the first
    # loops.)
    out["rpy_first_in_process_ms"] = first_call_rpy(tmp, k)[0] * 1e3
    k += 1
    if have_numba:
        out["numba_first_in_process_ms"] = first_call_numba(tmp, k) * 1e3
        k += 1
    rpy_t, rpy_bind, nb_t = [], [], []
    for _ in range(runs):
        t, b = first_call_rpy(tmp, k)
        k += 1
        rpy_t.append(t)
        rpy_bind.append(b)
        if have_numba:
            nb_t.append(first_call_numba(tmp, k))
            k += 1
    out["rpy_ms"] = statistics.median(rpy_t) * 1e3
    out["rpy_min_ms"] = min(rpy_t) * 1e3
    out["rpy_bind_ms"] = statistics.median(rpy_bind) * 1e3
    if have_numba:
        out["numba_ms"] = statistics.median(nb_t) * 1e3
        out["numba_min_ms"] = min(nb_t) * 1e3
    # Back to back (the compiler's code and data hot in the caches): a
    # lower bound. The interleaved figure above is the one compared with
    # the target: a program compiles a function now and then, not in a
    # tight loop.
    warm = []
    for _ in range(runs):
        warm.append(first_call_rpy(tmp, k)[0])
        k += 1
    out["rpy_warm_ms"] = statistics.median(warm) * 1e3
    # The default tier, auto: the JIT now, plus the build job and the
    # detached builder's start (each build waited for before the next).
    auto = []
    for _ in range(runs):
        auto.append(first_call_rpy(tmp, k, "auto")[0])
        k += 1
    out["rpy_auto_ms"] = statistics.median(auto) * 1e3
    return out


# --------------------------------------------------------------------------
# 3 and 4. import time and whole-process time (subprocesses)


def run_proc(argv: list[str]) -> tuple[float, float, str]:
    """Run a process to completion: (wall s, CPU s = user + sys of the
    child, from wait4, stdout). CPU time is less sensitive than wall time
    to the other jobs of a shared machine: it is given as a check."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    p.stdout.close()
    if p.returncode != 0:
        raise SystemExit(f"{argv}: exit status {p.returncode}")
    return wall, ru.ru_utime + ru.ru_stime, out.decode(errors="replace")


def importtime_us(module: str) -> dict:
    """One `-X importtime` run: {package: (self us, cumulative us)}."""
    p = subprocess.run([PY, "-X", "importtime", "-c", f"import {module}"], cwd=ROOT, capture_output=True, text=True, check=True)
    out = {}
    for line in p.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cum_us, name = (x.strip() for x in line[len("import time:"):].split("|"))
        out[name] = (int(self_us), int(cum_us))
    return out


def med_ms(xs: list[float]) -> float:
    return statistics.median(xs) * 1e3


def bench_import(runs: int) -> dict:
    cum, selfs, native = [], [], []
    t = {"pass": ([], []), "import": ([], [])}
    argv = {"pass": [PY, "-c", "pass"], "import": [PY, "-c", "import rpythonic"]}
    for _ in range(runs):
        it = importtime_us("rpythonic")
        cum.append(it["rpythonic"][1] / 1e3)
        selfs.append(it["rpythonic"][0] / 1e3)
        native.append(it.get("rpythonic._native", (0, 0))[1] / 1e3)
        for k in ("pass", "import"):
            w, c, _ = run_proc(argv[k])
            t[k][0].append(w)
            t[k][1].append(c)
    out = {
        "importtime_ms": statistics.median(cum),
        "importtime_min_ms": min(cum),
        "importtime_self_ms": statistics.median(selfs),
        "importtime_native_ms": statistics.median(native),
        "wall_import_ms": med_ms(t["import"][0]),
        "wall_pass_ms": med_ms(t["pass"][0]),
        "cpu_import_ms": med_ms(t["import"][1]),
        "cpu_pass_ms": med_ms(t["pass"][1]),
    }
    return out


SEED_RE = re.compile(r"import rpythonic: ([0-9.]+) ms; compiling both functions: ([0-9.]+) ms")


def bench_seed(runs: int) -> dict:
    seed = ROOT / "examples" / "seed_functions.py"
    t = {"pass": ([], []), "seed": ([], [])}
    argv = {"pass": [PY, "-c", "pass"], "seed": [PY, str(seed)]}
    own_import, own_compile = [], []
    for _ in range(runs):
        for k in ("pass", "seed"):
            w, c, out = run_proc(argv[k])
            t[k][0].append(w)
            t[k][1].append(c)
            m = SEED_RE.search(out) if k == "seed" else None
            if m:
                own_import.append(float(m.group(1)))
                own_compile.append(float(m.group(2)))
    out = {
        "seed_ms": med_ms(t["seed"][0]),
        "pass_ms": med_ms(t["pass"][0]),
        "cpu_seed_ms": med_ms(t["seed"][1]),
        "cpu_pass_ms": med_ms(t["pass"][1]),
    }
    out["ratio"] = out["seed_ms"] / out["pass_ms"]
    out["cpu_ratio"] = out["cpu_seed_ms"] / out["cpu_pass_ms"]
    if own_import:
        out["seed_says_import_ms"] = statistics.median(own_import)
        out["seed_says_compile_ms"] = statistics.median(own_compile)
    return out


# --------------------------------------------------------------------------


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("ok" if ok else "MISSED")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer and shorter runs (a smoke test; figures are noisier)")
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = ap.parse_args()
    number, rounds, first_runs, proc_runs = (200_000, 3, 5, 4) if args.quick else (1_000_000, 9, 15, 11)

    tmp = Path(tempfile.mkdtemp(prefix="rpy_bench_calls_"))
    # The auto-tier runs build libraries: into a cache of this run, not the user's.
    os.environ.setdefault("RPY_CACHE_DIR", str(tmp / "cache"))
    try:
        build = check_build()
        print(f"python {sys.version.split()[0]} ({PY}); {os.cpu_count()} CPUs; rpythonic._native: {build}", file=sys.stderr)
        fns, labels = call_candidates(tmp)
        print(f"[1/4] call overhead: {len(fns)} candidates, {rounds} rounds x {number} calls", file=sys.stderr)
        calls = bench_calls(fns, number, rounds)
        print(f"[2/4] first-call latency: {first_runs} fresh functions each", file=sys.stderr)
        first = bench_first_call(tmp, first_runs, "numba" in fns)
        print(f"[3/4] import time: {proc_runs} subprocesses each", file=sys.stderr)
        imp = bench_import(proc_runs)
        print(f"[4/4] seed example vs bare interpreter: {proc_runs} runs each, interleaved", file=sys.stderr)
        seed = bench_seed(proc_runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    net = calls["net_ns"]
    py_net = net["python"]
    print()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; rpythonic._native: {build}")
    print()
    print(f"1. Per-call overhead of add(1, 2), ns/call net of the empty loop ({calls['loop_ns']:.1f} ns/iter),")
    print(f"   min of {rounds} x {number:,} calls; ratio = net / net of the plain Python call")
    print(f"   {'':34} {'gross':>7} {'net':>7} {'ratio':>6}   issue (ns net; ratio)  verdict abs / ratio")
    order = ["rpythonic", "rpythonic_logged", "python", "operator.add", "cython", "cython_long", "numba", "ctypes"]
    for name in order + [n for n in net if n not in order]:
        if name not in net:
            continue
        base = name.split("_")[0]
        if name == "rpythonic_logged":
            ref = f"logging costs {net[name] - net['rpythonic']:+.1f} ns per call"
        elif name == "rpythonic":
            ref = f"<= {TARGET_CALL_NS:.0f} ns (<= {TARGET_CALL_NS / REF_NS['python']:.2f}x)"
            ref += f"  {verdict(net[name] <= TARGET_CALL_NS)} / {verdict(net[name] / py_net <= TARGET_CALL_NS / REF_NS['python'])}"
        elif base in REF_NS and name != "cython_long":
            ref = f"~{REF_NS[base]:.0f} ns (~{REF_NS[base] / REF_NS['python']:.2f}x)"
        else:
            ref = ""
        print(f"   {labels[name]:34} {calls['gross_ns'][name]:7.1f} {net[name]:7.1f} {net[name] / py_net:6.2f}   {ref}")
    for name in ("numba", "cython", "ctypes"):
        if name not in net:
            print(f"   {name:34} {'-':>7} {'-':>7} {'-':>6}   not available (see notes)")

    print()
    print("2. First call: decorate a 10-line loop (fresh file, fresh RPython(tier='jit')) -> first result")
    print(f"   rpythonic: median {first['rpy_ms']:.3f} ms (min {first['rpy_min_ms']:.3f}; bind() {first['rpy_bind_ms']:.3f})"
          f"   target <= {TARGET_FIRST_CALL_MS:g} ms  {verdict(first['rpy_ms'] <= TARGET_FIRST_CALL_MS)}")
    print(f"              first loop compiled in the process: {first['rpy_first_in_process_ms']:.3f} ms;"
          f" back to back (compiler hot in cache): {first['rpy_warm_ms']:.3f} ms")
    print(f"              on the auto tier (the default: also writes the build job and starts the detached builder): median {first['rpy_auto_ms']:.3f} ms")
    if "numba_ms" in first:
        print(f"   numba:     median {first['numba_ms']:.1f} ms (min {first['numba_min_ms']:.1f}); first loop in the process"
              f" {first['numba_first_in_process_ms']:.1f} ms;  numba/rpythonic = {first['numba_ms'] / first['rpy_ms']:.0f}x")

    print()
    print(f"3. import rpythonic ({proc_runs} subprocesses each, interleaved, medians)")
    print(f"   -X importtime cumulative: {imp['importtime_ms']:.2f} ms (min {imp['importtime_min_ms']:.2f};"
          f" package self {imp['importtime_self_ms']:.2f}, rpythonic._native {imp['importtime_native_ms']:.2f})"
          f"   target <= {TARGET_IMPORT_MS:g} ms  {verdict(imp['importtime_ms'] <= TARGET_IMPORT_MS)}")
    print(f"   python -c 'import rpythonic' vs python -c pass: wall {imp['wall_import_ms']:.1f} vs {imp['wall_pass_ms']:.1f} ms"
          f" (+{imp['wall_import_ms'] - imp['wall_pass_ms']:.1f}); CPU {imp['cpu_import_ms']:.1f} vs {imp['cpu_pass_ms']:.1f} ms"
          f" (+{imp['cpu_import_ms'] - imp['cpu_pass_ms']:.1f})")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("   (PYTHONDONTWRITEBYTECODE is set: no .pyc, so rpythonic/__init__.py is compiled from source at every import)")

    print()
    print(f"4. python examples/seed_functions.py vs python -c pass ({proc_runs} runs each, interleaved, medians)")
    print(f"   wall {seed['seed_ms']:.1f} vs {seed['pass_ms']:.1f} ms: {seed['ratio']:.2f}x"
          f"   target <= {TARGET_SEED_RATIO:g}x  {verdict(seed['ratio'] <= TARGET_SEED_RATIO)}")
    print(f"   CPU  {seed['cpu_seed_ms']:.1f} vs {seed['cpu_pass_ms']:.1f} ms: {seed['cpu_ratio']:.2f}x")
    if "seed_says_import_ms" in seed:
        print(f"   (the example's own timers: import rpythonic {seed['seed_says_import_ms']:.2f} ms,"
              f" compiling both functions {seed['seed_says_compile_ms']:.2f} ms)")

    if notes:
        print()
        for n in notes:
            print("note:", n)
    if args.json:
        Path(args.json).write_text(json.dumps({"calls": calls, "first_call": first, "import": imp, "seed": seed, "notes": notes}, indent=2))


if __name__ == "__main__":
    main()
