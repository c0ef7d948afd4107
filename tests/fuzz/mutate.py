#!/usr/bin/env python3
"""Mutation fuzzing of the golden corpus (run by `make fuzz`).

Each round takes a program of tests/cases, replaces one to four tokens by
an expression or operator of the subset (a list, a tuple, a string, a
call, ...), and then

* `check` mode: compiles it with the debug build of `rpy` (so the IR
  verifier runs after every pass): the compiler must accept it or report
  diagnostics, never panic or report an internal compiler error;
* `run` mode: runs the first `# run:` line of programs that compile on
  the interpreter, the JIT and (every tenth) the AOT tier: the tiers must
  agree on output, status and exception, and nothing may crash.

Every failure is written to tests/fuzz/found/ for minimising into a
regression case. Exit status 1 if anything was found.

Usage: tests/fuzz/mutate.py check|run SEED COUNT
"""

from __future__ import annotations

import glob
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = sorted(glob.glob(os.path.join(ROOT, "tests", "cases", "*.py")))
SUBS = ["xs", "t", "s", "0", "1.5", "'a'", "[]", "()", "(1,)", "[1, 2]", "None", "n", "len(xs)", "xs[0]", "s[1:]", "t[0]",
        "[[]]", "-1", "True", "x", "[i for i in range(3)]", "f(1)", "(1, 'a')", "str(n)", "2", "'b'"]
OPS = ["+", "*", "==", "<", "in", "%", "-", "//", "not in", "is"]


def mutate(rng: random.Random, src: str) -> str:
    toks = re.split(r"(\W)", src)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(toks))
        if toks[i].strip():
            toks[i] = rng.choice(SUBS + OPS)
    return "".join(toks)


def main() -> int:
    mode, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    debug = os.path.join(ROOT, "target", "debug", "rpy")
    release = os.path.join(ROOT, "target", "release", "rpy")
    found_dir = os.path.join(ROOT, "tests", "fuzz", "found")
    tmp = tempfile.mkdtemp(prefix="rpy-mutate-")
    found = ran = 0
    for it in range(count):
        src = open(rng.choice(CASES), encoding="utf-8").read()
        text = mutate(rng, src)
        path = os.path.join(tmp, f"m{it % 4}.py")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        bad = None
        if mode == "check":
            r = subprocess.run([debug, "check", path], capture_output=True, text=True, timeout=120)
            if r.returncode not in (0, 1, 2) or "panicked" in r.stderr or "internal compiler error" in r.stderr:
                bad = r.stderr[:400]
        else:
            runs = [line[7:].split() for line in src.splitlines() if line.startswith("# run: ")]
            if not runs:
                continue
            entry = rng.choice(runs)
            outs = {}
            for tier in ["interp", "jit", "aot"] if it % 10 == 0 else ["interp", "jit"]:
                r = subprocess.run([release, "run", path, "--tier", tier, "--entry", entry[0], "--"] + entry[1:], capture_output=True, text=True, timeout=120)
                outs[tier] = (r.returncode, r.stdout, r.stderr.splitlines()[:1])
                if r.returncode not in (0, 1, 2) or "panicked" in r.stderr:
                    bad = f"{tier} crashed: {r.returncode} {r.stderr[:300]}"
            if bad is None and outs["interp"][0] != 2:
                ran += 1
                first = outs["interp"]
                if any(v != first for v in outs.values()):
                    bad = f"tiers disagree: {outs}"
        if bad is not None:
            found += 1
            os.makedirs(found_dir, exist_ok=True)
            out = os.path.join(found_dir, f"{mode}_{seed}_{it}.py")
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(text)
            print(f"FOUND {out}: {bad}")
    print(f"{mode}: {count} mutants, {ran} ran on every tier, {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
