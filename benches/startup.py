"""Start-up benchmark: whole-process start, cold (empty cache) vs warm
(cache hit), for the `rpy` CLI and for the Python package.

* CLI: `target/release/rpy run MOD.py --entry main --tier auto --cache-dir D`
  on a generated module of 20 small functions (main calls them all and
  returns an int). Cold: a fresh, empty D each run (the JIT runs while the
  detached builder builds the library; the builder may outlive the run).
  Warm: after one run, once D/objects holds a descriptor (.json) of the
  built library, so each run loads it from the cache.
* Python: `.venv/bin/python SCRIPT`, SCRIPT binding the same 20 functions
  with `rpythonic.RPython()` (tier auto, `RPY_CACHE_DIR=D`), calling main
  and printing the result; cold vs warm as above, and the ratio to
  `python -c pass`.
* The seed example `examples/seed_functions.py`, warm, vs `python -c pass`
  (target: at most 1.3x).

Each figure is the median of --runs runs (default 10). Needs
`cargo build --release --bin rpy` and the release Python package
(`make python-release`).

Usage: python benches/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RPY = ROOT / "target" / "release" / "rpy"
VPY = ROOT / ".venv" / "bin" / "python"
SEED = ROOT / "examples" / "seed_functions.py"
N_FUNCS = 20
SEED_TARGET = 1.3


def functions_source() -> str:
    """20 small int functions and a `main` that calls them all."""
    out = []
    for i in range(N_FUNCS):
        out.append(
            f"def f{i}(x: int) -> int:\n"
            f"    y = x * {i + 3} + {i}\n"
            f"    if y % 2 == 0:\n"
            f"        y = y // 2\n"
            f"    return y - {i}\n"
        )
    body = "".join(f"    t = t + f{i}(t % 1000 + {i})\n" for i in range(N_FUNCS))
    out.append(f"def main() -> int:\n    t = 1\n{body}    return t\n")
    return "\n\n".join(out)


def cli_module() -> str:
    return functions_source()


def python_script() -> str:
    src = functions_source()
    # Bind every function (parameter types given to bind as well).
    lines = ["import rpythonic", "", "rpy = rpythonic.RPython()", "", ""]
    for block in src.split("\n\n"):
        lines.append(("@rpy.bind(x=int)\n" if "(x: int)" in block else "@rpy.bind()\n") + block)
    lines.append('if __name__ == "__main__":\n    print(main())\n')
    return "\n".join(lines)


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, str]:
    """(seconds until the process exits, its stdout). Output goes to files,
    not pipes: a detached builder that inherits a pipe would keep it open
    after the process exits, and reading it would time the build too."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        rc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err).wait()
        dt = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        if rc != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({rc}):\n{err.read().decode(errors='replace')}")
        return dt, out.read().decode().strip()


def wait_built(cache: Path, timeout: float = 120.0) -> None:
    """Poll until the cache holds a library descriptor (a .json under objects/)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any((cache / "objects").rglob("*.json")):
            return
        time.sleep(0.05)
    raise SystemExit(f"no library was built in {cache} within {timeout:.0f} s")


def cold_warm(tmp: Path, tag: str, make_cmd, runs: int, env_for=None) -> dict:
    """Median cold (fresh cache each run) and warm (built cache) times."""
    cold, outs = [], set()
    for i in range(runs):
        d = tmp / f"{tag}-cold-{i}"
        t, out = timed(make_cmd(d), env_for(d) if env_for else None)
        cold.append(t)
        outs.add(out)
    d = tmp / f"{tag}-warm"
    _, out = timed(make_cmd(d), env_for(d) if env_for else None)
    outs.add(out)
    wait_built(d)
    timed(make_cmd(d), env_for(d) if env_for else None)  # first load of the built library: not timed
    warm = []
    for _ in range(runs):
        t, out = timed(make_cmd(d), env_for(d) if env_for else None)
        warm.append(t)
        outs.add(out)
    if len(outs) != 1:
        raise SystemExit(f"{tag}: runs disagree: {outs}")
    return {"cold": statistics.median(cold), "warm": statistics.median(warm), "result": outs.pop()}


def ms(t: float) -> str:
    return f"{t * 1e3:.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=10, help="runs per figure (the median is reported)")
    opts = ap.parse_args()
    for p, fix in [(RPY, "cargo build --release --bin rpy"), (VPY, "make venv python-release")]:
        if not p.exists():
            raise SystemExit(f"{p} not found: run `{fix}`")

    tmp = Path(tempfile.mkdtemp(prefix="rpy-startup-"))
    try:
        mod = tmp / "mod20.py"
        mod.write_text(cli_module())
        script = tmp / "script20.py"
        script.write_text(python_script())

        cli = cold_warm(tmp, "cli", lambda d: [str(RPY), "run", str(mod), "--entry", "main", "--tier", "auto", "--cache-dir", str(d)], opts.runs)

        base_env = {k: v for k, v in os.environ.items() if k not in ("RPY_TIER", "RPY_CACHE_DIR")}

        def py_env(d: Path) -> dict:
            return {**base_env, "RPY_CACHE_DIR": str(d)}

        py = cold_warm(tmp, "py", lambda d: [str(VPY), str(script)], opts.runs, py_env)
        if py["result"] != cli["result"]:
            raise SystemExit(f"CLI and Python disagree: {cli['result']} vs {py['result']}")

        bare = statistics.median(timed([str(VPY), "-c", "pass"], base_env)[0] for _ in range(opts.runs))

        seed_dir = tmp / "seed"
        seed_env = {**base_env, "RPY_CACHE_DIR": str(seed_dir)}
        timed([str(VPY), str(SEED)], seed_env)
        wait_built(seed_dir)
        timed([str(VPY), str(SEED)], seed_env)
        seed = statistics.median(timed([str(VPY), str(SEED)], seed_env)[0] for _ in range(opts.runs))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"start-up, median of {opts.runs} runs; {N_FUNCS}-function module, main() = {cli['result']}")
    rows = [
        ["", "cold", "warm", "cold/warm", "cold/py", "warm/py"],
        ["rpy run --tier auto", ms(cli["cold"]), ms(cli["warm"]), f"{cli['cold'] / cli['warm']:.2f}x", "", ""],
        ["python SCRIPT (auto)", ms(py["cold"]), ms(py["warm"]), f"{py['cold'] / py['warm']:.2f}x",
         f"{py['cold'] / bare:.2f}x", f"{py['warm'] / bare:.2f}x"],
        ["python -c pass", ms(bare), ms(bare), "", "1.00x", "1.00x"],
        ["seed_functions.py", "", ms(seed), "", "", f"{seed / bare:.2f}x"],
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for j, r in enumerate(rows):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if j == 0:
            print("  ".join("-" * w for w in widths))
    verdict = "within" if seed / bare <= SEED_TARGET else "NOT within"
    print(f"seed example warm / python -c pass: {seed / bare:.2f}x: {verdict} the {SEED_TARGET}x target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
