"""Progress bars: drawn on a terminal, nothing anywhere else.

Real processes with stderr on a real pseudo-terminal (80 columns), and the
same with stderr on a pipe: `rpy build` (a bar over its steps),
`rpy.cache(wait=True)` waiting for the detached gcc build (a spinner),
and `rpythonic._native.Progress`, which the bench harness uses.
"""

from __future__ import annotations

import fcntl
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios
import textwrap
import threading
from pathlib import Path

import pytest

from conftest import REPO, package_parent

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="pseudo-terminals as on Linux")
needs_cc = pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler")


def on_terminal(cmd: list, env: dict, cwd: Path) -> tuple[int, str, str]:
    """Run `cmd` with stderr on a pty; (exit code, stdout, what the
    terminal received)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        p = subprocess.run([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, env=env, cwd=cwd, timeout=300)
    finally:
        os.close(slave)
    reader.join(10)
    os.close(master)
    return p.returncode, p.stdout.decode(), seen.decode(errors="replace")


def piped(cmd: list, env: dict, cwd: Path) -> tuple[int, str, str]:
    p = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    return p.returncode, p.stdout, p.stderr


@needs_cc
def test_rpy_build_shows_a_bar_on_a_terminal_and_nothing_on_a_pipe(rpy_bin: Path, tmp_path: Path) -> None:
    src = REPO / "tests" / "stub" / "shipmod.py"
    env = dict(os.environ)
    env.pop("RPY_PROGRESS", None)
    code, out, term = on_terminal([rpy_bin, "build", src, "-o", tmp_path / "a"], env, tmp_path)
    assert code == 0, term
    assert "wrote " in out
    assert "rpy build shipmod" in term and "/4" in term, term
    assert "building shipmod.rpy.so (" in term, term
    # The bar clears itself: the last thing drawn erases its line.
    assert term.endswith("\r\x1b[2K"), repr(term[-40:])

    code, out, err = piped([rpy_bin, "build", src, "-o", tmp_path / "b"], env, tmp_path)
    assert code == 0 and err == "", err
    # RPY_PROGRESS=0 turns it off on a terminal too.
    code, _, term = on_terminal([rpy_bin, "build", src, "-o", tmp_path / "c"], dict(env, RPY_PROGRESS="0"), tmp_path)
    assert code == 0 and term == "", repr(term)


WAIT = textwrap.dedent(
    """
    import rpythonic
    rpy = rpythonic.RPython(tier="auto")

    @rpy.bind()
    def f(n=10):
        s = 0
        for i in range(n):
            s += i * i
        return s

    rpy.cache("waited", wait=True)
    print(f(100), rpythonic.tier(f))
    """
)


@needs_cc
def test_cache_wait_shows_a_spinner_while_the_build_runs(tmp_path: Path) -> None:
    script = tmp_path / "waited.py"
    script.write_text(WAIT)
    env = dict(os.environ, PYTHONPATH=package_parent(), RPY_CACHE_DIR=str(tmp_path / "cache1"))
    env.pop("RPY_PROGRESS", None)
    env.pop("RPY_TIER", None)
    # A fresh cache: the runtime object is compiled too, so the wait is long
    # enough (well over the spinner's 150 ms) for the spinner to show.
    code, out, term = on_terminal([sys.executable, script], env, tmp_path)
    assert code == 0, term
    assert out == "328350 aot\n"
    assert "rpythonic: waited" in term and "waiting for the AOT library" in term, repr(term)

    code, out, err = piped([sys.executable, script], dict(env, RPY_CACHE_DIR=str(tmp_path / "cache2")), tmp_path)
    assert code == 0 and out == "328350 aot\n" and err == "", err


PROGRESS = textwrap.dedent(
    """
    import time
    from rpythonic import _native
    with _native.Progress("bench", total=3) as p:
        print(p.visible, flush=True)
        for i in range(3):
            p.set_message(f"kernel {i}")
            time.sleep(0.15)
            p.inc()
    """
)


def test_the_progress_class_draws_only_on_a_terminal(tmp_path: Path) -> None:
    script = tmp_path / "bar.py"
    script.write_text(PROGRESS)
    env = dict(os.environ, PYTHONPATH=package_parent())
    env.pop("RPY_PROGRESS", None)
    code, out, term = on_terminal([sys.executable, script], env, tmp_path)
    assert code == 0 and out == "True\n", term
    assert "bench" in term and "kernel 1" in term and "/3" in term, repr(term)
    code, out, err = piped([sys.executable, script], env, tmp_path)
    assert code == 0 and out == "False\n" and err == "", err
