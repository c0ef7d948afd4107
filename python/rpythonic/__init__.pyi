"""Type stubs of the rpythonic package."""

import os
from typing import Any, Callable, Literal, Optional, TypeVar, overload

from ._native import CompileError as CompileError

__version__: str

F = TypeVar("F", bound=Callable[..., Any])

def set_cache_root(path: "os.PathLike[str] | str") -> None: ...
def set_pypy_root(path: object) -> None: ...
def tier(func: Callable[..., Any]) -> Literal["jit", "aot", "pending"]: ...

class RPython:
    cache_dir: Optional[str]
    def __init__(self, cache_dir: "os.PathLike[str] | str | None" = None, tier: Optional[Literal["auto", "jit", "aot"]] = None) -> None: ...
    @property
    def tier(self) -> str: ...
    @overload
    def bind(self, func: F, /) -> F: ...
    @overload
    def bind(self, /, *, nogil: bool = False, boundscheck: bool = True, **param_types: "type[int] | type[float] | type[bool] | str") -> Callable[[F], F]: ...
    def cache(self, name: str, refresh: int = 1, wait: bool = False) -> "RPython": ...

class _ArrayType:
    name: str
    format: str
    def __getitem__(self, index: slice) -> "_ArrayType": ...

f64: _ArrayType
i64: _ArrayType
i32: _ArrayType
f32: _ArrayType
u8: _ArrayType
