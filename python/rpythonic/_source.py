"""Where the source of a compiled function comes from.

rpythonic compiles from source text, so it needs the text of the file (or
cell) a function was defined in. Python keeps it in different places:

* a file on disk: read it (once per modification time);
* ``linecache``: IPython and Jupyter cells, the 3.13 REPL
  (``<python-input-N>``), and anything that registers its source there;
* ``python -c CODE``: ``sys.orig_argv`` holds CODE (``<string>``);
* ``exec(compile(src, name, "exec"))``, ``exec(src)``: the ``compile``
  audit event gives ``src``, kept by a hook installed on first use of
  rpythonic (``import rpythonic`` installs it);
* ``python - < script.py``: stdin is a file and is read again;
* the classic REPL (``<stdin>``, before 3.13): the statement is taken from
  the readline history.

A source found elsewhere than on disk is also put into ``linecache``, so
that tracebacks and ``inspect`` show it. Where no source exists (a pipe
into ``python -``, code built without text), :func:`source_of` returns
None and the caller raises a CompileError that says what to do.
"""

from __future__ import annotations

import os
import sys
from _thread import RLock

# filename -> text of the latest compile() of a source with that name
# that is not a module's own file (bounded: the oldest entries go).
_compiled: dict = {}
_COMPILED_MAX = 512
_lock = RLock()


def _audit(event: str, args: tuple) -> None:
    # Runs on every audit event of the process: keep the common path to
    # one comparison.
    if event != "compile":
        return
    try:
        source, filename = args[0], args[1]
        if not isinstance(filename, str) or filename.endswith(".py") and not filename.startswith("<"):
            return  # a module's file (imports compile their source)
        if isinstance(source, bytes):
            source = source.decode("utf-8", "replace")
        if not isinstance(source, str):
            return
        with _lock:
            _compiled.pop(filename, None)
            _compiled[filename] = source
            while len(_compiled) > _COMPILED_MAX:
                _compiled.pop(next(iter(_compiled)))
    except Exception:  # noqa: BLE001 - an audit hook must never raise
        pass


sys.addaudithook(_audit)


class _Files:
    """Each source file on disk is read once (per modification time)."""

    def __init__(self) -> None:
        self._files: dict = {}

    def read(self, path: str) -> "str | None":
        try:
            mtime = os.stat(path).st_mtime
        except (OSError, ValueError):
            return None
        with _lock:
            hit = self._files.get(path)
            if hit and hit[0] == mtime:
                return hit[1]
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError):
            return None
        with _lock:
            self._files[path] = (mtime, text)
        return text


_files = _Files()


def on_disk(path: str) -> bool:
    """Whether ``path`` names a source file on disk (not a cell, not
    ``<string>``)."""
    return not path.startswith("<") and os.path.isfile(path)


def source_of(path: str, func: "object | None" = None, statement: "str | None" = None) -> "str | None":
    """The text of the file or cell ``path``, or None when Python kept
    none. With ``func`` (a function defined there), a text found anywhere
    but on disk is used only if it defines ``func`` at its line (many
    unrelated sources are called ``<string>``). ``statement``: the name
    of the top-level def or class that holds ``func`` (for the classic
    REPL's history; default ``func``'s name)."""
    text = _files.read(path) if not path.startswith("<") else None
    if text is not None:
        return text
    import linecache

    for text in _candidates(path, func, statement, linecache.getlines(path)):
        if func is None or _defines(text, func):
            if not linecache.getlines(path):
                _register(path, text)
            return text
    return None


def _candidates(path: str, func: "object | None", statement: "str | None", cached: list):
    if cached:
        yield "".join(cached)
    argv = getattr(sys, "orig_argv", None) or []
    if path == "<string>" and "-c" in argv[1:]:
        i = argv.index("-c", 1)
        if i + 1 < len(argv):
            yield argv[i + 1]
    with _lock:
        text = _compiled.get(path)
    if text is not None:
        yield text
    if path == "<stdin>":
        text = _stdin_file()
        if text is not None:
            yield text
        text = _repl_history(statement or getattr(func, "__name__", None))
        if text is not None:
            yield text


def _defines(text: str, func: object) -> bool:
    """Whether ``text`` has the definition of ``func`` where its code
    object says (its first decorator or ``def`` line)."""
    code = getattr(func, "__code__", None)
    name = getattr(func, "__name__", None)
    if code is None or name is None:
        return True
    import re

    lines = text.splitlines()
    first = code.co_firstlineno - 1
    pattern = re.compile(r"\s*(async\s+)?def\s+" + re.escape(name) + r"\b")
    return any(pattern.match(line) for line in lines[first : first + 32])


def _stdin_file() -> "str | None":
    """``python - < script.py``: stdin is a regular file, read again."""
    if hasattr(sys, "ps1"):
        return None  # interactive
    try:
        import stat

        if not stat.S_ISREG(os.fstat(0).st_mode):
            return None
        with open(os.dup(0), encoding="utf-8", closefd=True) as fh:
            fh.seek(0)
            return fh.read()
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _repl_history(name: "str | None") -> "str | None":
    """The classic REPL: the statement that defined ``name`` (a def with
    its decorators, or a class), the last one of that name in the readline
    history."""
    if not name or not hasattr(sys, "ps1"):
        return None
    try:
        import readline
    except ImportError:
        return None
    n = readline.get_current_history_length()
    lines = [readline.get_history_item(i) or "" for i in range(1, n + 1)]
    import re

    start = re.compile(r"(async\s+)?(def|class)\s+" + re.escape(name) + r"\b")
    for i in range(len(lines) - 1, -1, -1):
        if not start.match(lines[i]):
            continue
        first = i
        while first > 0 and lines[first - 1].startswith("@"):
            first -= 1
        end = i + 1
        while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end].strip() and end + 1 < len(lines) and lines[end + 1].startswith((" ", "\t"))):
            end += 1
        return "\n".join(lines[first:end]) + "\n"
    return None


def _register(path: str, text: str) -> None:
    """Put ``text`` into linecache as ``path`` (tracebacks and ``inspect``
    then show it)."""
    import linecache

    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    linecache.cache[path] = (len(text), None, lines, path)


def missing_source_message(path: str, name: str) -> str:
    """What a user reads when no source of ``name`` (defined in ``path``)
    can be found."""
    if path == "<stdin>":
        where = "it was read from stdin through a pipe, which Python does not keep"
    else:
        where = f"Python kept no source text for {path!r}"
    return (
        f"cannot compile {name!r}: {where}. Put the code in a file, or give its "
        f"text to linecache (linecache.cache[{path!r}] = (len(src), None, src.splitlines(True), {path!r})) "
        f"before calling it"
    )
