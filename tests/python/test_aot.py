"""The auto and aot tiers from Python: a first run on the JIT starts a
detached build that outlives it; the next run loads the library from the
cache; the library runs the same code with the same results."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "seed_functions.py"


def _env(cache: Path, tier: str | None = None) -> dict:
    env = dict(os.environ)
    env.pop("RPY_TIER", None)
    if tier:
        env["RPY_TIER"] = tier
    env["RPY_CACHE_DIR"] = str(cache)
    return env


def _has_compiler() -> bool:
    from shutil import which

    return any(which(c) for c in ("cc", "gcc", "clang"))


pytestmark = pytest.mark.skipif(not _has_compiler(), reason="no C compiler on this machine")


def _libraries(cache: Path) -> list[Path]:
    return sorted((cache / "objects").glob("*/*.so")) if (cache / "objects").exists() else []


def test_a_short_process_warms_the_cache_for_the_next_one(tmp_path):
    cache = tmp_path / "cache"
    first = subprocess.run([sys.executable, str(SEED)], env=_env(cache), capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert "add(1, 2) = 3" in first.stdout
    assert "tier: jit" in first.stdout  # cold cache: the JIT runs at once
    # The detached builder outlives the first process and publishes.
    deadline = time.time() + 120
    while not _libraries(cache) and time.time() < deadline:
        time.sleep(0.1)
    assert _libraries(cache), "the detached build published the library"
    second = subprocess.run([sys.executable, str(SEED)], env=_env(cache), capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr
    assert "add(1, 2) = 3  add() = 1001  sub(10, 0.5) = 9.5" in second.stdout
    assert "tier: aot" in second.stdout, second.stdout


def test_aot_tier_runs_the_library_with_cpython_results(tmp_path, write_module):
    os.environ["RPY_CACHE_DIR"] = str(tmp_path / "cache")
    mod = write_module(
        """
        import rpythonic

        rpy = rpythonic.RPython(tier="aot")


        @rpy.bind()
        def floor_div(a=7, b=2):
            return a // b


        @rpy.bind()
        def greet(n=1):
            print("hello", n, f"{n / 3:.3f}")
            return n * 0.5
        """,
        stem="aot_tier",
    )
    assert mod.floor_div(-7, 2) == -4
    assert rpythonic_tier(mod.floor_div) == "aot"
    with pytest.raises(ZeroDivisionError, match="integer division or modulo by zero"):
        mod.floor_div(1, 0)
    assert mod.greet(3) == 1.5


def test_cache_wait_swaps_a_running_program_to_the_library(tmp_path, write_module):
    os.environ["RPY_CACHE_DIR"] = str(tmp_path / "cache")
    mod = write_module(
        """
        import rpythonic

        rpy = rpythonic.RPython(tier="auto")


        @rpy.bind()
        def total(n=10):
            s = 0
            for i in range(n):
                s += i * i
            return s
        """,
        stem="auto_wait",
    )
    assert mod.total(100) == sum(i * i for i in range(100))
    mod.rpy.cache("auto_wait", refresh=1, wait=True)
    assert rpythonic_tier(mod.total) == "aot"
    assert mod.total(1000) == sum(i * i for i in range(1000))


def rpythonic_tier(f) -> str:
    import rpythonic

    return rpythonic.tier(f)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_fork_during_a_pending_build(tmp_path, write_module):
    os.environ["RPY_CACHE_DIR"] = str(tmp_path / "cache")
    mod = write_module(
        """
        import rpythonic

        rpy = rpythonic.RPython(tier="auto")


        @rpy.bind()
        def cube(n=2):
            return n * n * n
        """,
        stem="fork_pending",
    )
    assert mod.cube(3) == 27  # on the JIT; the detached build is pending
    pid = os.fork()
    if pid == 0:
        # The child has no watcher (threads do not survive fork): it drops
        # the pending build (waiting returns at once) and keeps running the
        # JIT code, correctly.
        t = time.time()
        mod.rpy.cache("fork_pending", wait=True)
        ok = mod.cube(4) == 64 and rpythonic_tier(mod.cube) == "jit" and time.time() - t < 5
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    mod.rpy.cache("fork_pending", wait=True)
    assert rpythonic_tier(mod.cube) == "aot"
    assert mod.cube(5) == 125


def test_refresh_0_never_starts_a_build(tmp_path, write_module):
    cache = tmp_path / "cache"
    os.environ["RPY_CACHE_DIR"] = str(cache)
    mod = write_module(
        """
        import rpythonic

        rpy = rpythonic.RPython(tier="auto")


        @rpy.bind()
        def sq(n=3):
            return n * n
        """,
        stem="refresh_zero",
    )
    mod.rpy.cache("refresh_zero", refresh=0)
    assert mod.sq(4) == 16
    assert rpythonic_tier(mod.sq) == "jit"
    time.sleep(1.0)
    assert _libraries(cache) == [], "no build was started"
