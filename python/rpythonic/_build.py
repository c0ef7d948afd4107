"""The detached builder of the AOT tier: ``python -m rpythonic._build JOB``.

Started by a program whose functions run on the JIT while their optimised
library is built; it outlives that program, builds, publishes the library
in the cache and exits, so the next run loads it at once."""

import sys

from . import _native


def main(argv: list) -> int:
    if len(argv) != 2:
        print("usage: python -m rpythonic._build JOB_DIR", file=sys.stderr)
        return 2
    try:
        _native.run_job(argv[1])
    except RuntimeError as e:
        print(f"rpythonic build failed: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
