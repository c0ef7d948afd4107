"""rpythonic: compile typed Python functions to native code.

    import rpythonic
    rpy = rpythonic.RPython()

    @rpy.bind()                      # parameter types from keyword defaults
    def add(a=1, b=1000):
        return a + b

    rpy.cache("test1", refresh=1)    # compile everything bound so far, now

Functions compile on their first call (or at ``cache()``) with Cranelift,
in about a tenth of a millisecond, and need no C compiler. Code outside the
subset raises :class:`CompileError` (a ``SyntaxError`` with file, line and
caret). Compiled code raises the exceptions CPython would.
"""

from __future__ import annotations

# Imports are kept minimal: `import rpythonic` must stay cheap (inspect,
# textwrap and typing load lazily, only when a signature or a nested
# function's source is needed).
import os
import sys
import types
from _thread import RLock

from . import _native, _source
from ._native import CompileError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

__all__ = ["RPython", "CompileError", "set_cache_root", "set_pypy_root", "tier", "f64", "i64", "i32", "f32", "u8", "__version__"]
__version__ = "0.1.0"

_TYPE_NAMES = {int: "int", float: "float", bool: "bool", "int": "int", "float": "float", "bool": "bool"}


class _ArrayType:
    """An array item type for annotations: ``rpythonic.f64[:]`` is a
    one-dimensional C-contiguous buffer of doubles (a numpy array,
    ``array.array('d')``, a memoryview), read and written in place by
    compiled code."""

    __slots__ = ("name", "format")

    def __init__(self, name: str, format: str) -> None:
        self.name = name
        self.format = format

    def __getitem__(self, index: "Any") -> "_ArrayType":
        if not (isinstance(index, slice) and index == slice(None)):
            raise TypeError(f"write {self.name}[:] (one dimension)")
        return self

    def __repr__(self) -> str:
        return f"rpythonic.{self.name}[:]"


f64 = _ArrayType("f64", "d")
i64 = _ArrayType("i64", "q")
i32 = _ArrayType("i32", "i")
f32 = _ArrayType("f32", "f")
u8 = _ArrayType("u8", "B")
_cache_root: "str | None" = None


def set_cache_root(path: "os.PathLike[str] | str") -> None:
    """Default cache directory for :class:`RPython` objects made afterwards."""
    global _cache_root
    _cache_root = os.fspath(path)


def set_pypy_root(path: object) -> None:
    """Accepted and ignored: the original RPythonic needed a PyPy checkout;
    rpythonic does not (kept so that existing scripts run)."""


# Interactive cells (REPL inputs, notebook cells, `python -c`: sources
# that are not files on disk) of `__main__` that hold compiled code, in the
# order they were last bound in: they compile together, as the cells of
# one module. Keys: (path, text), in that order (the values are unused).
_cells: dict = {}

# The files that hold compiled functions or classes (of any RPython
# object), by real path: the modules a compile unit may include.
_compiled_files: dict = {}


def _note_compiled_file(path: str) -> None:
    if path and not path.startswith("<"):
        _compiled_files.setdefault(os.path.realpath(path), path)


def _note_cell(b: "_Bound") -> None:
    if b.globals.get("__name__") != "__main__" or _source.on_disk(b.path):
        return
    # The text is taken now, checked to hold this definition: many
    # sources share a name (every classic REPL input is `<stdin>`, every
    # exec'd string `<string>`), and the readline history moves on.
    text = _source.source_of(b.path, b.func, b.root.split(".")[0])
    b.cell = (b.path, text)
    # A cell run again (or another function of it) moves to the end: its
    # definitions are the latest.
    _cells.pop(b.cell, None)
    _cells[b.cell] = None


def _source_text(b: "_Bound") -> str:
    """The text of the file or cell of ``b``, or a CompileError saying
    that Python kept none."""
    text = _source.source_of(b.path, b.func)
    if text is None:
        raise CompileError(_source.missing_source_message(b.path, b.name), (b.path, b.func.__code__.co_firstlineno, 1, ""))
    return text


def _unit_files(text: str, path: str) -> list:
    """The other files of the compile unit of ``path`` (whose source is
    ``text``): the modules it imports, transitively, that are imported
    (``sys.modules``), come from a ``.py`` file and hold compiled functions
    or classes. Their compiled functions and classes can be called from
    this file's compiled code; a module that holds none stays outside (a
    call into it is a CompileError that names it)."""
    seen = {os.path.realpath(path)}
    out = []
    todo = [text]
    while todo:
        for name in _native.imported_modules(todo.pop()):
            f = getattr(sys.modules.get(name), "__file__", None)
            if not f or not f.endswith(".py") or os.path.basename(f) == "__init__.py":
                continue
            real = os.path.realpath(f)
            if real in seen or real not in _compiled_files:
                continue
            seen.add(real)
            src = _source.source_of(real)
            if src is None:
                continue
            # The name the file's functions and classes are registered by.
            out.append((_compiled_files[real], src))
            todo.append(src)
    return out


class _Bound:
    """A Python function bound to an :class:`RPython` object."""

    __slots__ = ("owner", "func", "name", "nogil", "types", "native", "installed", "root", "path", "top", "globals", "line", "boundscheck", "cell")

    def __init__(self, owner: "RPython", func: types.FunctionType, nogil: bool, param_types: dict, name: "str | None" = None, root: "str | None" = None) -> None:
        self.owner = owner
        self.func = func
        # `name`: the compiled function (`f`, or `C.m` / `C` for the
        # members of a class); `root`: what selects it for compilation
        # (the function itself, or its class).
        self.name = name or func.__name__
        self.root = root or self.name
        self.nogil = nogil
        self.boundscheck = True
        self.types = param_types
        self.native: "Any" = None
        self.installed = False
        self.path = func.__code__.co_filename
        self.top = root is not None or func.__qualname__ == func.__name__
        self.globals = func.__globals__
        # Functions are located by their first line; class members by name.
        self.line = func.__code__.co_firstlineno if root is None else 0
        # The interactive cell it is defined in (see `_cells`), if any.
        self.cell: "Any" = None

    def compile(self) -> None:
        """Called by the native function on its first call."""
        try:
            self.owner._compile_pending(self)
        except CompileError as e:
            # The user's frames and the error's own location, not the
            # package's internals (nor the retry of a group alone).
            raise e.with_traceback(None) from None


def _text_signature(func: types.FunctionType) -> str:
    """``(a=1, b=1000)``: the signature without annotations (builtins
    carry it in ``__text_signature__`` for ``inspect.signature``), built
    from the code object without importing inspect."""
    code = func.__code__
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    defaults = func.__defaults__ or ()
    first_default = code.co_argcount - len(defaults)
    parts = []

    def with_default(name: str, d: object) -> str | None:
        if d != d:  # NaN has no literal: no text signature then
            return None
        # repr(inf) is not a literal: 1e999 is.
        text = "1e999" if d == float("inf") else "-1e999" if d == float("-inf") else repr(d)
        return f"{name}={text}"

    for i, name in enumerate(names[: code.co_argcount]):
        if i >= first_default:
            part = with_default(name, defaults[i - first_default])
            if part is None:
                return ""
            parts.append(part)
        else:
            parts.append(name)
        if i + 1 == code.co_posonlyargcount:
            parts.append("/")
    kwdefaults = func.__kwdefaults__ or {}
    if code.co_kwonlyargcount:
        parts.append("*")
    for name in names[code.co_argcount:]:
        if name in kwdefaults:
            part = with_default(name, kwdefaults[name])
            if part is None:
                return ""
            parts.append(part)
        else:
            parts.append(name)
    return "(" + ", ".join(parts) + ")"


def _consts(g: dict) -> dict:
    """Module-level int/float/bool values of globals ``g`` (captured at
    compile time: part of what is compiled)."""
    out = {}
    for k, v in g.items():
        if type(v) in (int, float, bool):
            out[k] = v
    return out


class RPython:
    """A group of bound functions compiled together.

    ``tier``: ``"auto"`` (default, or ``$RPY_TIER``): a library built by
    gcc and cached runs at once; otherwise the JIT runs now while a
    detached builder builds the library, which is swapped in when ready
    and loaded directly by later runs. ``"jit"``: never call a C compiler.
    ``"aot"``: build (or load) the library and run it.
    """

    def __init__(self, cache_dir: "os.PathLike[str] | str | None" = None, tier: "str | None" = None) -> None:
        tier = tier or os.environ.get("RPY_TIER") or "auto"
        if tier not in ("auto", "jit", "aot"):
            raise ValueError(f"tier must be 'auto', 'jit' or 'aot', not {tier!r}")
        self.cache_dir = os.fspath(cache_dir) if cache_dir is not None else _cache_root
        self._tier = tier
        self._bound: list[_Bound] = []
        # Compiled classes: (file, name) -> the Python class.
        self._classes: dict = {}
        self._lock = RLock()

    @property
    def tier(self) -> str:
        """The tier policy: ``"auto"``, ``"jit"`` or ``"aot"`` (see
        :func:`tier` for where one function runs now)."""
        return self._tier

    def bind(self, func: "Callable | None" = None, /, *, nogil: bool = False, boundscheck: bool = True, **param_types: "Any") -> "Any":
        """Mark a function for compilation: ``@rpy.bind``, ``@rpy.bind()``,
        ``@rpy.bind(a=float, b=float)``. ``nogil=True`` releases the GIL
        during calls (such functions may not print). ``boundscheck=False``
        drops the index checks of list and array items (unsafe: an index
        out of range reads or writes arbitrary memory)."""
        for k, t in param_types.items():
            if t not in _TYPE_NAMES:
                raise TypeError(f"bind({k}={t!r}): parameter types are int, float or bool")

        def decorate(f: "Callable") -> "Callable":
            return self._bind(f, nogil, param_types, boundscheck)

        if func is None:
            return decorate
        if callable(func):
            return decorate(func)
        raise TypeError("bind() takes keyword arguments only: bind(a=float, ...)")

    def _bind(self, func: Any, nogil: bool, param_types: dict, boundscheck: bool = True) -> Any:
        if not isinstance(func, types.FunctionType):
            raise TypeError(f"rpythonic can bind plain functions, not {type(func).__name__}")
        b = _Bound(self, func, nogil, {k: _TYPE_NAMES[t] for k, t in param_types.items()})
        b.boundscheck = boundscheck
        if b.top:
            _note_compiled_file(b.path)
            _note_cell(b)
        b.native = _native.make_function(func.__name__, func.__module__ or "__main__", _text_signature(func), func.__doc__, b.compile)
        with self._lock:
            self._bound.append(b)
        return b.native

    def object(self, cls: "Any" = None, /, **field_types: "Any") -> "Any":
        """Compile a class: ``@rpy.object``, ``@rpy.object(x=float)`` (types
        of ``__init__``'s parameters), or ``rpy.object(Cls)``. Its fields are
        the attributes ``__init__`` assigns; instances are C structs shared
        with compiled code. Returns the class that replaces ``cls``."""
        for k, t in field_types.items():
            if t not in _TYPE_NAMES:
                raise TypeError(f"object({k}={t!r}): field types given here are int, float or bool")

        def decorate(c: "Any") -> "Any":
            if not isinstance(c, type):
                raise TypeError(f"rpythonic can compile classes with rpy.object, not {type(c).__name__}")
            return self._object(c, field_types)

        if cls is None:
            return decorate
        if isinstance(cls, type):
            return decorate(cls)
        raise TypeError("object() takes a class, or keyword arguments only: object(x=float, ...)")

    def _object(self, cls: type, field_types: dict) -> type:
        name = cls.__name__
        members = {k: v for k, v in cls.__dict__.items() if isinstance(v, types.FunctionType)}
        anchor = members.get("__init__") or next(iter(members.values()), None)
        mod = sys.modules.get(cls.__module__)
        if anchor is None:
            # No methods at all: compile from the module's source.
            anchor = _anchor_of(cls, mod)
        ptypes = {k: _TYPE_NAMES[t] for k, t in field_types.items()}
        ctor = _Bound(self, anchor, False, ptypes, name=name, root=name)
        if anchor.__name__ != "__init__":
            ctor.types = {}
        if mod is not None:
            ctor.globals = mod.__dict__
        ns: dict = {"__slots__": ("__weakref__",), "__module__": cls.__module__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__}
        for k, v in cls.__dict__.items():
            if type(v) in (int, float, bool) and not k.startswith("__"):
                ns[k] = v
        sig = _text_signature(members["__init__"]) if "__init__" in members else "()"
        ctor.native = _native.make_function(name, cls.__module__ or "__main__", sig.replace("(self, ", "(").replace("(self)", "()"), cls.__doc__, ctor.compile)
        new_native = ctor.native

        def __new__(klass, *args, **kwargs):  # noqa: N807
            return new_native(*args, **kwargs)

        def __init__(self, *args, **kwargs):  # noqa: N807
            pass  # the constructor (__new__) ran the compiled __init__

        def __init_subclass__(klass, **kwargs):  # noqa: N807
            raise TypeError(f"compiled class {name!r} cannot be subclassed (compiled classes have no inheritance)")

        ns["__init_subclass__"] = classmethod(__init_subclass__)
        ns["__new__"] = __new__
        ns["_rpy_new"] = new_native
        ns["__init__"] = __init__
        bounds = [ctor]
        for mname, f in members.items():
            if mname == "__init__":
                continue
            b = _Bound(self, f, False, {}, name=f"{name}.{mname}", root=name)
            if mod is not None:
                b.globals = mod.__dict__
            b.native = _native.make_function(f"{name}.{mname}", cls.__module__ or "__main__", "", f.__doc__, b.compile)
            ns[mname] = _native.method(b.native)
            bounds.append(b)
        # The base holds the object's address; its dealloc releases it.
        new_cls = type(name, (_native.Instance,), ns)
        self._classes[(ctor.path, name)] = new_cls
        _native.register_class(ctor.path, name, new_cls)
        _note_compiled_file(ctor.path)
        _note_cell(ctor)
        with self._lock:
            self._bound.extend(bounds)
        return new_cls

    def cache(self, name: str, refresh: int = 1, wait: bool = False, export: "os.PathLike[str] | str | None" = None) -> "RPython":
        """Compile every function bound so far, now (functions bound later
        compile on their first call). ``name`` names the module: in the
        cache (``rpy cache ls``), and as a bundled module (a
        ``NAME.rpy.so`` next to the script, or in a directory of
        ``$RPY_MODULE_PATH``, built from the same source, runs at once:
        no compiler, no cache). ``refresh=0``: use a cached library if
        there is one, otherwise stay on the JIT — never start a build.
        ``wait=True``: block until the functions run on the library.
        ``export=DIR``: also build the functions bound so far into
        ``DIR/NAME.rpy.so`` with the ctypes stub ``DIR/NAME.py`` (which
        needs no rpythonic) and the C header ``DIR/NAME.h``, as ``rpy
        build`` does (needs a C compiler)."""
        with self._lock:
            pending = [b for b in self._bound if not b.installed]
            bound = list(self._bound)
        if pending:
            self._compile(pending, name, build=bool(refresh))
        if export is not None:
            self._export(name, os.fspath(export), bound)
        if wait and self._tier != "jit":
            _sync_log()
            # Block until the optimised library runs (or its build ended).
            for b in bound:
                _native.wait_aot(b.native, 600.0)
        return self

    def _export(self, name: str, out_dir: str, bound: "list[_Bound]") -> None:
        """``cache(name, export=DIR)``: one module of the functions and
        classes bound so far (all from one file, at its top level)."""
        nested = [b.name for b in bound if not b.top]
        if nested:
            raise ValueError(f"cache(export=...): {', '.join(nested)} cannot be exported: only functions and classes at the top level of a file can")
        paths = sorted({b.path for b in bound})
        if not paths:
            raise ValueError("cache(export=...): nothing is bound to export")
        if len(paths) > 1:
            raise ValueError(f"cache(export=...): the functions bound come from several files ({', '.join(paths)}): bind them to one RPython object per file, or export from the file that imports the others")
        path = paths[0]
        consts: dict = {}
        for b in bound:
            consts.update(_consts(b.globals))
        ptypes = [(b.name if b.root == b.name and not _is_class_ctor(b) else f"{b.name}.__init__", p, t) for b in bound for p, t in b.types.items()]
        lines = [(b.name, b.line) for b in bound if b.line]
        roots = list(dict.fromkeys(b.root for b in bound))
        text = _source_text(bound[0])
        # The modules the file imports with compiled code in them are part
        # of the shipped module (one compile unit).
        _native.export(path, text, roots, consts, ptypes, lines, [b.name for b in bound if not b.boundscheck], name, out_dir, _unit_files(text, path))

    def _compile_pending(self, first: _Bound) -> None:
        with self._lock:
            if first.installed:
                return
            # Everything bound so far in the same file compiles together,
            # so calls between them are native calls.
            path = first.path
            group = [b for b in self._bound if not b.installed and b.path == path and b.top == first.top]
            if first not in group:
                group = [first]
        try:
            self._compile(group)
        except CompileError:
            if len(group) == 1:
                raise
            # A broken neighbour must not block a correct function: compile
            # this one alone (raising its own error, if it has one).
            self._compile([first])

    def _compile(self, group: list[_Bound], name: "str | None" = None, build: bool = True) -> None:
        # All members of a class compile together.
        with self._lock:
            roots = {b.root for b in group if b.root != b.name}
            group = group + [b for b in self._bound if b.root in roots and b not in group and not b.installed]
        by_file: dict[tuple[str, bool], list[_Bound]] = {}
        for b in group:
            by_file.setdefault((b.path, b.top), []).append(b)
        for (path, top), bs in by_file.items():
            if top and any(b.cell is not None for b in bs):
                # Cells: compiled with every cell of the session up to the
                # last of these, in order (one namespace, later definitions
                # win, as when they ran).
                for b in bs:
                    if b.cell is not None and b.cell[1] is None:
                        _source_text(b)  # raises: Python kept no source
                order = list(_cells)
                last = max(order.index(b.cell) for b in bs if b.cell in _cells)
                cells = [key for key in order[: last + 1] if key[1] is not None]
                self._compile_unit(cells[0][0], cells[0][1], 1, bs, name, build, cells[1:], cells=True)
            elif top:
                text = _source_text(bs[0])
                self._compile_unit(path, text, 1, bs, name, build, _unit_files(text, path))
            else:
                for b in bs:  # a nested function: compile its own source
                    text, first = _fragment(b.func)
                    self._compile_unit(path, text, first, [b], name, build)

    def _compile_unit(self, path: str, text: str, first_line: int, bs: list[_Bound], name: "str | None" = None, build: bool = True, unit: "list | None" = None, cells: bool = False) -> None:
        consts: dict = {}
        for b in bs:
            consts.update(_consts(b.globals))
        ptypes = [(b.name if b.root == b.name and not _is_class_ctor(b) else f"{b.name}.__init__", p, t) for b in bs for p, t in b.types.items()]
        # Functions are located by their code object's first line, so a
        # redefined name compiles the definition that was bound.
        # (Cells are one namespace: there a root is its name's last
        # definition, as when the cells ran.)
        lines = [(b.name, b.line) for b in bs if b.line and not cells]
        roots = list(dict.fromkeys(b.root for b in bs))
        _sync_log()
        # The module's name (and its bundled library's, NAME.rpy.so): the
        # name given to cache(), else the file's name.
        compiled = _native.compile(
            path, text, first_line, roots, consts, ptypes, lines,
            self._tier, self.cache_dir, [sys.executable, "-m", "rpythonic._build"],
            name or os.path.splitext(os.path.basename(path))[0],
            build,
            [b.name for b in bs if not b.boundscheck],
            # A whole file on disk may have a bundled module next to it.
            first_line == 1 and all(b.top for b in bs) and not cells,
            unit or [],
            cells,
        )
        for w in compiled.warnings():
            _warn(w)
        limit = sys.getrecursionlimit()
        with self._lock:
            for b in bs:
                if b.installed:
                    continue
                if b.nogil and compiled.prints(b.name):
                    raise CompileError(f"{b.name} prints, so it cannot run with nogil=True (print needs the GIL)", (path, b.func.__code__.co_firstlineno, 1, ""))
                _native.install(b.native, compiled, b.name, b.nogil, limit, b.line)
                b.installed = True
            self._add_fields(compiled)

    def _add_fields(self, compiled: "Any") -> None:
        """Give each compiled class of ``compiled`` its field properties."""
        for path, cname, _size, fields in compiled.classes():
            pycls = self._classes.get((path, cname))
            if pycls is None or "_rpy_fields" in pycls.__dict__:
                continue
            for fname, code, offset, fcls, optional in fields:
                target = _native.registered_class(*fcls) if fcls else None
                setattr(pycls, fname, _native.field(offset, code, target, optional, f"{cname}.{fname}"))
            pycls._rpy_fields = tuple(f[0] for f in fields)


_log_level = None


def _sync_log() -> None:
    """Tell the native side which events the ``rpythonic`` logger wants
    (the runtime's compile, cache, build and swap events are forwarded to
    ``logging.getLogger("rpythonic.<area>")``). Read whenever the package
    compiles or waits, so logging configured at any point before that
    counts. ``logging`` is not imported for it: a program that never
    imported it has no handler to forward to."""
    global _log_level
    logging = sys.modules.get("logging")
    if logging is None:
        level = 100
    else:
        logger = logging.getLogger("rpythonic")
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            # A library's logger: nothing printed unless the program
            # configures logging (no "last resort" output to stderr).
            logger.addHandler(logging.NullHandler())
        level = 100 if logger.disabled else logger.getEffectiveLevel()
    if level != _log_level:
        _log_level = level
        _native.set_log_level(level)


def _warn(msg: str) -> None:
    """A RuntimeWarning located at the first frame outside this package
    (the user's call or ``cache()``)."""
    import warnings

    here = os.path.dirname(os.path.abspath(__file__))
    level, f = 2, sys._getframe(1)
    while f is not None and os.path.dirname(os.path.abspath(f.f_code.co_filename)) == here:
        level, f = level + 1, f.f_back
    warnings.warn(msg, RuntimeWarning, stacklevel=level)


def _is_class_ctor(b: _Bound) -> bool:
    return b.root == b.name and b.line == 0


def _anchor_of(cls: type, mod: "Any") -> types.FunctionType:
    """A function standing for a class without methods (for its file and
    globals)."""
    import inspect

    path = inspect.getsourcefile(cls) or "<unknown>"
    code = compile("def _rpy_anchor(): pass", path, "exec")
    g = mod.__dict__ if mod is not None else {}
    ns: dict = {}
    exec(code, g, ns)
    return ns["_rpy_anchor"]


def _source_path(func: types.FunctionType) -> str:
    return func.__code__.co_filename


def _top_level(func: types.FunctionType) -> bool:
    return func.__qualname__ == func.__name__


def _fragment(func: types.FunctionType) -> tuple[str, int]:
    """The dedented source of a nested function and its first line."""
    import inspect
    import textwrap

    lines, first = inspect.getsourcelines(func)
    return textwrap.dedent("".join(lines)), first


def tier(func: "Any") -> str:
    """Where a bound function (or compiled class) runs now: ``"jit"`` or ``"aot"``, or
    ``"pending"`` before it is compiled (its first call or ``cache()``). (A bound function is a
    builtin function object, for call speed, so it cannot carry a
    ``.tier`` attribute itself.)"""
    if isinstance(func, type) and "_rpy_new" in func.__dict__:
        return _native.tier(func._rpy_new)  # a compiled class
    return _native.tier(func)
