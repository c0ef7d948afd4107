"""Exceptions raised by compiled code, located at the Python line that failed."""

from __future__ import annotations


def make_exception(etype: type, msg: str, filename: str | None, lineno: int, funcname: str | None) -> BaseException:
    """An ``etype(msg)`` whose traceback is one frame: ``filename:lineno`` in
    ``funcname`` (so tracebacks show the Python source line, as CPython's
    would). The native call path raises it; no wrapper frame is added."""
    exc = etype(msg) if msg else etype()
    if not filename or lineno <= 0:
        return exc
    code = compile("\n" * (lineno - 1) + "raise __rpythonic_exc__", filename, "exec")
    code = code.replace(co_name=funcname or "<compiled>")
    try:
        exec(code, {"__rpythonic_exc__": exc, "__name__": "rpythonic"})
    except BaseException as raised:  # noqa: BLE001 - it is exc itself
        tb = raised.__traceback__
        exc.__traceback__ = tb.tb_next if tb is not None else None
    exc.__context__ = None
    return exc
