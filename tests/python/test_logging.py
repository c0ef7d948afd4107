"""The `rpythonic` logger and RPY_LOG, from real processes.

A script configures `logging` as a user would and records what reaches
the `rpythonic` loggers: on the auto tier, a cold run logs the compile,
the cache miss (with the key), the JIT, the start of the detached build,
its end and the hot swap; a warm run the cache hit with the same key. The
records carry the fields as `rpy_*` attributes. With logging left alone,
nothing is printed; `RPY_LOG=info` prints the same events to stderr.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import package_parent

SCRIPT = textwrap.dedent(
    """
    import json, logging, sys
    records = []

    class Keep(logging.Handler):
        def emit(self, r):
            records.append({"name": r.name, "level": r.levelname, "msg": r.getMessage(),
                            "key": getattr(r, "rpy_key", None), "module": getattr(r, "rpy_module", None)})

    mode = sys.argv[1]
    if mode != "quiet":
        logging.getLogger().addHandler(Keep())
        logging.getLogger().setLevel(logging.DEBUG if mode == "debug" else logging.INFO)

    import rpythonic
    rpy = rpythonic.RPython()  # the tier from RPY_TIER, else auto

    @rpy.bind()
    def sq(x=1):
        return x * x

    @rpy.bind()
    def work(n=10):
        s = 0
        for i in range(n):
            s = (s + sq(i)) % 1000003
        return s

    rpy.cache("logmod", wait=True)
    print(json.dumps({"result": work(100), "tier": rpythonic.tier(work), "records": records}))
    """
)


@pytest.fixture
def script(tmp_path: Path) -> tuple[Path, dict]:
    path = tmp_path / "logged.py"
    path.write_text(SCRIPT)
    env = dict(os.environ, RPY_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=package_parent())
    env.pop("RPY_TIER", None)
    env.pop("RPY_LOG", None)
    return path, env


def run(path: Path, env: dict, mode: str) -> tuple[dict, str]:
    r = subprocess.run([sys.executable, str(path), mode], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout), r.stderr


def messages(out: dict, name: str) -> list:
    return [r["msg"] for r in out["records"] if r["name"] == name]


needs_cc = pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler: no AOT build to log")


@needs_cc
def test_a_cold_then_a_warm_run_log_to_the_rpythonic_loggers(script: tuple[Path, dict]) -> None:
    path, env = script
    cold, err = run(path, env, "info")
    assert cold["result"] == 328350 and cold["tier"] == "aot"
    assert err == ""  # the records went to the handler, not to stderr
    names = {r["name"] for r in cold["records"]}
    assert names == {"rpythonic.compile", "rpythonic.cache", "rpythonic.jit", "rpythonic.build", "rpythonic.swap"}, cold["records"]
    assert all(r["level"] == "INFO" for r in cold["records"]), cold["records"]
    [compiled] = messages(cold, "rpythonic.compile")
    assert compiled.startswith("logmod: compiled ") and "logged.py to IR: 2 functions in " in compiled
    [miss] = [r for r in cold["records"] if r["name"] == "rpythonic.cache"]
    assert miss["msg"].startswith(f"logmod: cache miss, key {miss['key']} in ") and len(miss["key"]) == 64
    assert miss["module"] == "logmod"
    build = messages(cold, "rpythonic.build")
    assert len(build) == 2 and "detached build of the AOT library started with " in build[0], build
    assert build[1].startswith("logmod: the detached build with ") and " finished after " in build[1], build
    assert messages(cold, "rpythonic.swap") == ["logmod: hot swap: 2 functions now run the AOT library"]
    # INFO: no per-function JIT lines.
    assert len(messages(cold, "rpythonic.jit")) == 1

    warm, _ = run(path, env, "debug")
    assert warm["tier"] == "aot"
    [hit] = [r for r in warm["records"] if r["name"] == "rpythonic.cache"]
    assert hit["key"] == miss["key"] and hit["msg"].startswith(f"logmod: cache hit, key {miss['key']} in ")
    assert not messages(warm, "rpythonic.build") and not messages(warm, "rpythonic.jit")


def test_debug_adds_the_time_of_each_function_on_the_jit(script: tuple[Path, dict]) -> None:
    path, env = script
    env["RPY_TIER"] = "jit"
    out, _ = run(path, env, "debug")
    jit = messages(out, "rpythonic.jit")
    assert sorted(m.split(" on the JIT")[0] for m in jit if m.startswith("compiled ")) == ["compiled sq", "compiled work"], jit
    assert any(m.startswith("logmod: 2 functions compiled on the JIT in ") for m in jit), jit


def test_nothing_is_printed_unless_asked_and_rpy_log_prints_to_stderr(script: tuple[Path, dict]) -> None:
    path, env = script
    env["RPY_TIER"] = "jit"
    out, err = run(path, env, "quiet")
    assert out["records"] == [] and err == ""
    env["RPY_LOG"] = "info"
    out, err = run(path, env, "quiet")
    lines = err.splitlines()
    assert any("INFO rpythonic.compile: logmod: compiled " in l for l in lines), err
    assert any("INFO rpythonic.jit: logmod: 2 functions compiled on the JIT in " in l for l in lines), err
    assert out["records"] == []


def test_a_logger_above_info_gets_nothing(script: tuple[Path, dict], tmp_path: Path) -> None:
    path, env = script
    env["RPY_TIER"] = "jit"
    src = path.read_text().replace('mode = sys.argv[1]', 'mode = sys.argv[1]\nlogging.getLogger("rpythonic").setLevel(logging.WARNING)')
    path.write_text(src)
    out, err = run(path, env, "debug")
    assert out["records"] == [] and err == ""
