"""Ctrl-C and Python signal handlers while compiled code runs a long loop
(real subprocesses, real SIGINT)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from conftest import PYTHON

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

SPIN_SCRIPT = '''
import signal
import sys

import rpythonic

rpy = rpythonic.RPython()


@rpy.bind()
def spin(n: int) -> int:
    t = 0
    i = 0
    while i < n:
        t = (t + i) % 1000003
        i += 1
    return t


class Stop(Exception):
    pass


def handler(signum, frame):
    raise Stop("stopped by the handler")


if sys.argv[1] == "handler":
    signal.signal(signal.SIGINT, handler)
rpy.cache("spin")          # compiled before "ready": the signal hits the loop
print("ready", flush=True)
result = spin(10**18)      # the call that gets interrupted
print("not reached", result, flush=True)
'''


def _interrupt(tmp_path, mode: str) -> tuple[subprocess.CompletedProcess, float, str]:
    script = tmp_path / f"spin_{mode}.py"
    script.write_text(SPIN_SCRIPT, encoding="utf-8")
    proc = subprocess.Popen(
        [PYTHON, str(script), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first == "ready\n", first + proc.stderr.read() if proc.stderr else first
        time.sleep(0.5)
        assert proc.poll() is None, "the loop ended by itself"
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            pytest.fail("the process did not exit within 10 s of SIGINT")
        elapsed = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    done = subprocess.CompletedProcess(proc.args, proc.returncode, first + out, err)
    return done, elapsed, str(script)


def test_ctrl_c_raises_keyboard_interrupt(tmp_path):
    proc, elapsed, script = _interrupt(tmp_path, "default")
    assert elapsed < 3.0, f"took {elapsed:.2f} s to exit after SIGINT"
    # An uncaught KeyboardInterrupt: CPython exits by SIGINT (or status 1
    # on platforms that cannot re-raise it).
    assert proc.returncode in (-signal.SIGINT, 1, 130), proc.returncode
    assert "not reached" not in proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert lines and lines[-1] == "KeyboardInterrupt", proc.stderr
    assert "Traceback (most recent call last)" in proc.stderr
    assert f'File "{script}"' in proc.stderr
    assert "spin(10**18)" in proc.stderr


def test_signal_handler_exception_propagates_as_itself(tmp_path):
    proc, elapsed, script = _interrupt(tmp_path, "handler")
    assert elapsed < 3.0, f"took {elapsed:.2f} s to exit after SIGINT"
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert "not reached" not in proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert lines and lines[-1] == "Stop: stopped by the handler", proc.stderr
    assert "KeyboardInterrupt" not in proc.stderr
    assert f'File "{script}"' in proc.stderr
    assert "in handler" in proc.stderr
