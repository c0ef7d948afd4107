"""The ``rpy`` command from the installed package: ``rpy ...`` (the wheel's
console script) and ``python -m rpythonic ...`` run the same CLI as the
``rpy`` binary of a checkout (crates/rpy-cli), inside this interpreter's
native module; detached builds run as ``python -m rpythonic._build``."""

import os
import signal
import sys


def main(prog: str = "rpy") -> int:
    """Run the CLI on ``sys.argv[1:]`` and return its exit code."""
    from . import _native

    # As the binary: Ctrl-C ends the command at once (Python's handler
    # would only set a flag that the native code never looks at).
    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.stdout.flush()
    builder = [sys.executable, "-m", "rpythonic._build"]
    return _native.cli([prog, *sys.argv[1:]], builder)


def console() -> None:
    """The ``rpy`` console script of the wheel."""
    sys.exit(main(os.path.basename(sys.argv[0]) or "rpy"))


if __name__ == "__main__":
    sys.exit(main("python -m rpythonic"))
