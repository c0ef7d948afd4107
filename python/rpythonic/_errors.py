"""Exceptions raised by compiled code, located at the Python line that failed."""

from __future__ import annotations


def make_exception(etype: type, msg: str, filename: str | None, lineno: int, funcname: str | None) -> BaseException:
    """An ``etype(msg)`` whose traceback is one frame: ``filename:lineno`` in
    ``funcname`` (so tracebacks show the Python source line, as CPython's
    would). The native call path raises it; no wrapper frame is added."""
    exc = etype(msg) if msg else etype()
    if not filename or lineno <= 0:
        return exc
    code = compile(_raise_statement(filename, lineno), filename, "exec")
    code = code.replace(co_name=funcname or "<compiled>")
    try:
        exec(code, {"_e": exc, "__name__": "rpythonic"})
    except BaseException as raised:  # noqa: BLE001 - it is exc itself
        tb = raised.__traceback__
        exc.__traceback__ = tb.tb_next if tb is not None else None
    exc.__context__ = None
    return exc


def _raise_statement(filename: str, lineno: int) -> str:
    """Source whose line ``lineno`` raises ``_e`` with a statement spanning
    exactly the text of that line in ``filename``: CPython then shows the
    line without a misplaced ``^^^`` marker."""
    import linecache

    line = linecache.getline(filename, lineno).rstrip("\r\n")
    stripped = line.strip()
    indent = len(line) - len(line.lstrip())
    stmt = "raise(_e)"
    if len(stripped) > len(stmt):
        stmt = "raise(_e" + " " * (len(stripped) - len(stmt)) + ")"
    if indent and lineno >= 2:
        return "\n" * (lineno - 2) + "if 1:\n" + " " * indent + stmt
    return "\n" * (lineno - 1) + stmt
