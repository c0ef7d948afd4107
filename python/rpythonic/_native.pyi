"""Type stubs of the native half of rpythonic (crates/rpy-python)."""

from typing import Any, Callable, Optional

ABI_VERSION: int

class CompileError(SyntaxError):
    """Code outside the subset, or ill-typed."""

class Compiled:
    """The functions compiled from one source."""

    def names(self) -> list[str]: ...
    def ir(self) -> str: ...
    def prints(self, name: str) -> bool: ...

def compile(
    filename: str,
    text: str,
    first_line: int,
    roots: list[str],
    consts: dict[str, Any],
    param_types: list[tuple[str, str, str]],
    root_lines: list[tuple[str, int]] = ...,
    tier: str = ...,
    cache_dir: Optional[str] = ...,
    builder: list[str] = ...,
    module_name: Optional[str] = ...,
    build: bool = ...,
) -> Compiled: ...
def make_function(
    name: str,
    module_name: str,
    text_signature: str,
    doc: Optional[str],
    compile_hook: Callable[[], None],
) -> Callable[..., Any]: ...
def install(func: Callable[..., Any], compiled: Compiled, name: str, nogil: bool, recursion_limit: int, first_line: int = ...) -> None: ...
def tier(func: Callable[..., Any]) -> str: ...
def run_job(job: str) -> None: ...
def wait_aot(func: Callable[..., Any], timeout: float) -> bool: ...

def cli(argv: list[str], builder: list[str]) -> int:
    """The ``rpy`` command on ``argv`` (``argv[0]`` the program name), with
    ``builder`` as the detached builder command; returns the exit code."""

def set_log_level(level: int) -> None:
    """Forward the runtime's events at ``level`` (a ``logging`` level) and
    above to the ``rpythonic`` loggers."""

class Progress:
    """A progress bar (``total`` steps) or spinner (``total=None``) on
    stderr, drawn only when stderr is a terminal and ``RPY_PROGRESS`` is
    not ``0``; a context manager that clears it on exit."""

    def __init__(self, prefix: str, total: Optional[int] = None) -> None: ...
    @property
    def visible(self) -> bool: ...
    def set_message(self, msg: str) -> None: ...
    def inc(self, n: int = 1) -> None: ...
    def finish(self) -> None: ...
    def suspend(self, f: Callable[[], Any]) -> Any:
        """Call ``f`` (which prints) with the bar cleared."""
    def __enter__(self) -> "Progress": ...
    def __exit__(self, *exc: Any) -> None: ...
