# ---- the stub's runtime: the same text in every stub (rpythonic's
# crates/rpy-aot/src/stub_rt.py). Python 3.8 and later, and PyPy: no
# rpythonic, no compiler, only ctypes. Every name here starts with _rpy_.

import builtins as _rpy_bi
import ctypes as _rpy_ct
import os as _rpy_os
import sys as _rpy_sys
import threading as _rpy_threading
import weakref as _rpy_weakref

# The stub binds every builtin it uses through _rpy_bi (or these aliases),
# so a compiled function named max, type or float shadows nothing here.
_rpy_type, _rpy_int_t, _rpy_float_t, _rpy_property = _rpy_bi.type, _rpy_bi.int, _rpy_bi.float, _rpy_bi.property
_rpy_I64 = _rpy_ct.c_int64
_rpy_F64 = _rpy_ct.c_double
_rpy_PTR = _rpy_ct.c_void_p
_rpy_MIN = -9223372036854775808
_rpy_MAX = 9223372036854775807


class _rpy_ModuleV2(_rpy_ct.Structure):
    """The head of the library's ``rpy_module_v2`` descriptor."""

    _fields_ = [
        ("abi_version", _rpy_ct.c_uint32),
        ("ir_hash", _rpy_ct.c_char_p),
        ("rpy_version", _rpy_ct.c_char_p),
        ("codegen", _rpy_ct.c_char_p),
        ("name", _rpy_ct.c_char_p),
    ]


def _rpy_load():
    """The library next to this file, after checking its descriptor."""
    path = _rpy_os.path.join(_rpy_os.path.dirname(_rpy_os.path.abspath(__file__)), _rpy_LIBRARY)
    # PyDLL keeps the GIL during calls, as the rpythonic package does:
    # the objects' reference counts are not atomic.
    dll = _rpy_bi.getattr(_rpy_ct, "PyDLL", _rpy_ct.CDLL)
    try:
        lib = dll(path)
    except _rpy_bi.OSError as e:
        raise _rpy_bi.ImportError("%s: cannot load its compiled library %s (%s); `rpy build` writes the two together" % (__name__, path, e), name=__name__, path=path) from None
    try:
        d = _rpy_ModuleV2.in_dll(lib, "rpy_module_v2")
    except _rpy_bi.ValueError:
        raise _rpy_bi.ImportError("%s: %s is not an rpythonic library (it has no rpy_module_v2 descriptor)" % (__name__, path), name=__name__, path=path) from None
    if d.abi_version != _rpy_ABI_VERSION:
        raise _rpy_bi.ImportError("%s: %s has ABI version %d, this stub was made for ABI version %d: rebuild both with `rpy build`" % (__name__, path, d.abi_version, _rpy_ABI_VERSION), name=__name__, path=path)
    found = (d.ir_hash or b"").decode("ascii", "replace")
    if found != _rpy_IR_HASH:
        raise _rpy_bi.ImportError("%s: %s was built from other source than this stub (IR hash %s, the stub expects %s): rebuild both with `rpy build`" % (__name__, path, found, _rpy_IR_HASH), name=__name__, path=path)
    return lib


_rpy_lib = _rpy_load()


class _rpy_namespace(object):
    """The compiled functions and classes of another module of the unit
    (`stub.geometry.norm`)."""

    def __init__(self, _rpy_name, **items):
        self.__dict__.update(items)
        self._rpy_name = _rpy_name

    def __repr__(self):
        return "<compiled module %s>" % self._rpy_name


def _rpy_fn(name, restype, *argtypes):
    f = _rpy_bi.getattr(_rpy_lib, name)
    f.restype = restype
    f.argtypes = argtypes
    return f


# ---- errors: the thread's error slot of the plain exports ----

_rpy_err = _rpy_fn("rpy_err_occurred", _rpy_ct.c_int32)
_rpy_take = _rpy_fn("rpy_take_error", _rpy_ct.c_int32, _rpy_ct.c_char_p, _rpy_ct.c_size_t)
# Index: the runtime's exception code (rpy_rt.h RPY_E_*).
_rpy_EXC = (
    None, None, _rpy_bi.ZeroDivisionError, _rpy_bi.OverflowError, _rpy_bi.ValueError, _rpy_bi.RecursionError,
    _rpy_bi.UnboundLocalError, _rpy_bi.TypeError, _rpy_bi.IndexError, _rpy_bi.KeyboardInterrupt, _rpy_bi.AssertionError,
    _rpy_bi.RuntimeError, _rpy_bi.MemoryError, _rpy_bi.ArithmeticError, _rpy_bi.KeyError, _rpy_bi.NotImplementedError,
    _rpy_bi.Exception, _rpy_bi.AttributeError, _rpy_bi.LookupError,
)
_rpy_tls = _rpy_threading.local()


def _rpy_raise():
    """Raise the exception pending in this thread's slot (and clear it)."""
    buf = _rpy_ct.create_string_buffer(512)
    code = _rpy_take(buf, 512)
    if code == 1:
        # The print hook raised (sys.stdout failed, KeyboardInterrupt).
        e = _rpy_bi.getattr(_rpy_tls, "pending", None)
        _rpy_tls.pending = None
        if e is not None:
            raise e
        raise _rpy_bi.RuntimeError("a host hook failed")
    if code == 0:
        raise _rpy_bi.SystemError("a compiled call failed without an exception")
    cls = _rpy_EXC[code] if code < _rpy_bi.len(_rpy_EXC) else None
    msg = buf.value.decode("utf-8", "replace")
    if cls is None:
        cls, msg = _rpy_bi.RuntimeError, "unknown exception code %d: %s" % (code, msg)
    raise cls(msg) if msg else cls()


# ---- print: compiled code's output goes to sys.stdout ----

_rpy_PRINT = _rpy_ct.CFUNCTYPE(_rpy_ct.c_int32, _rpy_ct.c_void_p, _rpy_ct.c_void_p, _rpy_ct.c_size_t)


def _rpy_print_cb(data, text, n):
    try:
        out = _rpy_sys.stdout
        if out is not None:
            out.write(_rpy_ct.string_at(text, n).decode("utf-8") if n else "")
        return 0
    except _rpy_bi.BaseException as e:  # kept, and raised when the call returns
        _rpy_tls.pending = e
        return 1


_rpy_print_hook = _rpy_PRINT(_rpy_print_cb)
_rpy_set_print_hook = _rpy_fn("rpy_set_print_hook", None, _rpy_PRINT, _rpy_ct.c_void_p)


def _rpy_hooked():
    """Install the print hook in this thread (the library's is per thread)."""
    if not _rpy_bi.getattr(_rpy_tls, "hooked", False):
        _rpy_set_print_hook(_rpy_print_hook, None)
        _rpy_tls.hooked = True


# ---- arguments: bool -> int -> float, as the rpythonic package converts ----

def _rpy_at(what, item):
    return what if item < 0 else "%s item %d" % (what, item)


def _rpy_int(v, what, item=-1):
    if _rpy_bi.isinstance(v, _rpy_bi.int):
        v = _rpy_bi.int.__int__(v)
        if _rpy_MIN <= v <= _rpy_MAX:
            return v
        raise _rpy_bi.OverflowError("int too big to convert")
    raise _rpy_bi.TypeError("%s must be int, not %s" % (_rpy_at(what, item), _rpy_bi.type(v).__name__))


def _rpy_float(v, what, item=-1):
    if _rpy_bi.isinstance(v, _rpy_bi.float):
        return _rpy_bi.float.__float__(v)
    if _rpy_bi.isinstance(v, _rpy_bi.int):
        return _rpy_bi.float(_rpy_bi.int.__int__(v))
    raise _rpy_bi.TypeError("%s must be float, not %s" % (_rpy_at(what, item), _rpy_bi.type(v).__name__))


def _rpy_bool(v, what, item=-1):
    if v is True or v is False:
        return v
    raise _rpy_bi.TypeError("%s must be bool, not %s" % (_rpy_at(what, item), _rpy_bi.type(v).__name__))


def _rpy_obj(v, cls, what, want, item=-1):
    """The object address held by instance ``v`` of compiled class ``cls``."""
    if _rpy_bi.isinstance(v, cls):
        return v._rpy_addr
    raise _rpy_bi.TypeError("%s must be %s, not %s" % (_rpy_at(what, item), want, _rpy_bi.type(v).__name__))


# ---- instances: one wrapper per object, owning one reference ----

_rpy_incref = _rpy_fn("rpyx__incref", None, _rpy_PTR)
_rpy_decref = _rpy_fn("rpyx__decref", None, _rpy_PTR)
_rpy_live = _rpy_weakref.WeakValueDictionary()


def _rpy_wrap(w, cls):
    """The wrapper of object ``w`` (a borrowed address): the same Python
    object as long as one is alive (``o.me() is o``)."""
    o = _rpy_live.get(w)
    if o is not None and o._rpy_addr == w:
        return o
    _rpy_incref(w)
    o = cls.__new__(cls)
    o._rpy_addr = w
    _rpy_live[w] = o
    return o


def _rpy_own(w, cls):
    """``_rpy_wrap`` of an owned address (a call's result)."""
    o = _rpy_live.get(w)
    if o is not None and o._rpy_addr == w:
        _rpy_decref(w)
        return o
    o = cls.__new__(cls)
    o._rpy_addr = w
    _rpy_live[w] = o
    return o


def _rpy_adopt(o, w):
    """``o`` (made by its class's __init__) takes over object ``w``."""
    old = _rpy_bi.getattr(o, "_rpy_addr", 0)
    o._rpy_addr = w
    _rpy_live[w] = o
    if old:
        if _rpy_live.get(old) is o:
            del _rpy_live[old]
        _rpy_decref(old)


def _rpy_release(o):
    """The wrapper's __del__: release its reference."""
    try:
        w = _rpy_bi.getattr(o, "_rpy_addr", 0)
        if w:
            o._rpy_addr = 0
            if _rpy_live.get(w) is o:
                del _rpy_live[w]
            _rpy_decref(w)
    except _rpy_bi.Exception:  # interpreter shutdown
        pass


def _rpy_no_delete(what):
    raise _rpy_bi.AttributeError("cannot delete field %s" % what)


def _rpy_read_only(what):
    raise _rpy_bi.AttributeError("field %s (a list, tuple or str) cannot be assigned from Python (assign it in compiled code)" % what)


# ---- containers: copy in, reflect out (as the rpythonic package) ----

_rpy_str_new = _rpy_fn("rpyx__str_new", _rpy_PTR, _rpy_ct.c_char_p, _rpy_I64)
_rpy_list_new = _rpy_fn("rpyx__list_new", _rpy_PTR, _rpy_I64, _rpy_I64, _rpy_PTR)
_rpy_array_view = _rpy_fn("rpyx__array_view", _rpy_PTR, _rpy_I64, _rpy_PTR, _rpy_I64, _rpy_I64)
_rpy_tuple_new = _rpy_fn("rpyx__tuple_new", _rpy_PTR, _rpy_I64)


class _rpy_Call(_rpy_bi.object):
    """What one call made: references to release after it, and the
    Python lists it converted (written back after it)."""

    __slots__ = ("temps", "lists", "bylist", "byptr", "keep")

    def __init__(self):
        self.temps = []
        self.lists = []
        self.bylist = {}
        self.byptr = {}
        self.keep = []

    def reflect(self):
        """Write every compiled list back into its Python list."""
        for e in self.lists:
            py, p, snap, items, conv = e
            n = _rpy_I64.from_address(p + 24).value
            data = _rpy_PTR.from_address(p + 40).value
            now = _rpy_ct.string_at(data, 8 * n) if n else b""
            if now == snap:
                continue
            elem = conv.elem
            vals = (elem.ctype * n).from_address(data) if n else ()
            new = []
            for i in _rpy_bi.range(n):
                if i < _rpy_bi.len(items) and now[8 * i:8 * i + 8] == snap[8 * i:8 * i + 8]:
                    new.append(items[i])
                else:
                    new.append(elem.out(vals[i], self))
            py[:] = new

    def done(self):
        temps, self.temps, self.keep = self.temps, [], []
        for p in temps:
            _rpy_decref(p)


def _rpy_types_in(items, allowed):
    return _rpy_bi.set(_rpy_bi.map(_rpy_bi.type, items)) <= allowed


_rpy_INTS = _rpy_bi.frozenset((_rpy_bi.int, _rpy_bi.bool))
_rpy_NUMS = _rpy_bi.frozenset((_rpy_bi.int, _rpy_bi.bool, _rpy_bi.float))
_rpy_BOOLS = _rpy_bi.frozenset((_rpy_bi.bool,))


class _rpy_Int(_rpy_bi.object):
    name, kind, ctype, ref = "int", 0, _rpy_I64, False

    def into(self, v, what, cx, item=-1):
        return _rpy_int(v, what, item)

    def out(self, w, cx):
        return w

    def words(self, items, what, cx):
        n = _rpy_bi.len(items)
        if _rpy_types_in(items, _rpy_INTS) and (n == 0 or (_rpy_bi.min(items) >= _rpy_MIN and _rpy_bi.max(items) <= _rpy_MAX)):
            return (_rpy_I64 * n)(*items)
        return (_rpy_I64 * n)(*[_rpy_int(x, what, i) for i, x in _rpy_bi.enumerate(items)])


class _rpy_Float(_rpy_bi.object):
    name, kind, ctype, ref = "float", 1, _rpy_F64, False

    def into(self, v, what, cx, item=-1):
        return _rpy_float(v, what, item)

    def out(self, w, cx):
        return w

    def words(self, items, what, cx):
        n = _rpy_bi.len(items)
        if _rpy_types_in(items, _rpy_NUMS):
            try:
                return (_rpy_F64 * n)(*items)
            except _rpy_bi.OverflowError:
                pass
        return (_rpy_F64 * n)(*[_rpy_float(x, what, i) for i, x in _rpy_bi.enumerate(items)])


class _rpy_Bool(_rpy_bi.object):
    name, kind, ctype, ref = "bool", 2, _rpy_I64, False

    def into(self, v, what, cx, item=-1):
        return _rpy_bool(v, what, item)

    def out(self, w, cx):
        return w != 0

    def words(self, items, what, cx):
        if not _rpy_types_in(items, _rpy_BOOLS):
            for i, x in _rpy_bi.enumerate(items):
                _rpy_bool(x, what, i)
        return (_rpy_I64 * _rpy_bi.len(items))(*items)


class _rpy_Ref(_rpy_bi.object):
    """A reference type: items are object addresses."""

    kind, ctype, ref = 3, _rpy_PTR, True

    def words(self, items, what, cx):
        return (_rpy_PTR * _rpy_bi.len(items))(*[self.into(x, what, cx, i) for i, x in _rpy_bi.enumerate(items)])


class _rpy_Str(_rpy_Ref):
    name = "str"

    def into(self, v, what, cx, item=-1):
        if _rpy_bi.isinstance(v, _rpy_bi.str):
            try:
                b = v.encode("utf-8")
            except _rpy_bi.UnicodeEncodeError:  # lone surrogates have no UTF-8
                b = None
            if b is not None:
                p = _rpy_str_new(b, _rpy_bi.len(b))
                if not p:
                    _rpy_raise()
                cx.temps.append(p)
                return p
        raise _rpy_bi.TypeError("%s must be str, not %s" % (_rpy_at(what, item), _rpy_bi.type(v).__name__))

    def out(self, w, cx):
        n = _rpy_I64.from_address(w + 32).value
        return _rpy_ct.string_at(w + 40, n).decode("utf-8")


class _rpy_Obj(_rpy_Ref):
    """An instance of a compiled class."""

    def __init__(self, cls):
        self.cls = cls
        self.name = cls.__name__

    def into(self, v, what, cx, item=-1):
        return _rpy_obj(v, self.cls, what, self.name, item)

    def out(self, w, cx):
        return _rpy_wrap(w, self.cls)


class _rpy_Opt(_rpy_Ref):
    """``T | None``: None is the null address."""

    def __init__(self, inner, name):
        self.inner = inner
        self.name = name

    def into(self, v, what, cx, item=-1):
        if v is None:
            return None
        if _rpy_bi.isinstance(self.inner, _rpy_Obj) and not _rpy_bi.isinstance(v, self.inner.cls):
            return _rpy_obj(v, self.inner.cls, what, self.name, item)
        return self.inner.into(v, what, cx, item)

    def out(self, w, cx):
        return None if not w else self.inner.out(w, cx)


class _rpy_List(_rpy_Ref):
    """``list[T]``: a compiled copy for the call, written back after it."""

    def __init__(self, elem, name):
        self.elem = elem
        self.name = name

    def into(self, v, what, cx, item=-1):
        what = _rpy_at(what, item)
        if not _rpy_bi.isinstance(v, _rpy_bi.list):
            raise _rpy_bi.TypeError("%s must be %s, not %s" % (what, self.name, _rpy_bi.type(v).__name__))
        e = cx.bylist.get(_rpy_bi.id(v))
        if e is not None:
            if e[4] is not self:
                raise _rpy_bi.TypeError("%s: the same list is passed as %s and as %s" % (what, e[4].name, self.name))
            return e[1]
        items = v[:]
        e = [v, 0, b"", items, self]
        cx.bylist[_rpy_bi.id(v)] = e
        words = self.elem.words(items, what, cx)
        p = _rpy_list_new(self.elem.kind, _rpy_bi.len(items), words)
        if not p:
            _rpy_raise()
        cx.temps.append(p)
        e[1], e[2] = p, _rpy_bi.bytes(words)
        cx.byptr[p] = v
        cx.lists.append(e)
        return p

    def out(self, w, cx):
        if cx is not None:
            py = cx.byptr.get(w)
            if py is not None:
                return py
        return [self.elem.out(x, cx) for x in _rpy_items(w, self.elem)]


def _rpy_items(w, elem):
    """The item words of compiled list (or *args tuple) ``w``."""
    n = _rpy_I64.from_address(w + 24).value
    return (elem.ctype * n).from_address(_rpy_PTR.from_address(w + 40).value) if n else ()


class _rpy_Args(_rpy_Ref):
    """``*args: T``: a tuple of one item type."""

    def __init__(self, elem, name):
        self.elem = elem
        self.name = name

    def into(self, v, what, cx, item=-1):
        items = _rpy_bi.list(v)
        p = _rpy_list_new(self.elem.kind | 4, _rpy_bi.len(items), self.elem.words(items, what, cx))
        if not p:
            _rpy_raise()
        cx.temps.append(p)
        return p

    def out(self, w, cx):
        return _rpy_bi.tuple([self.elem.out(x, cx) for x in _rpy_items(w, self.elem)])


class _rpy_Tuple(_rpy_Ref):
    """``tuple[T1, T2, ...]`` (type ``tid`` of the module's type table)."""

    def __init__(self, tid, items, name):
        self.tid = tid
        self.items = items
        self.name = name

    def into(self, v, what, cx, item=-1):
        what = _rpy_at(what, item)
        if not _rpy_bi.isinstance(v, _rpy_bi.tuple) or _rpy_bi.len(v) != _rpy_bi.len(self.items):
            got = "a tuple of %d items" % _rpy_bi.len(v) if _rpy_bi.isinstance(v, _rpy_bi.tuple) else _rpy_bi.type(v).__name__
            raise _rpy_bi.TypeError("%s must be %s, not %s" % (what, self.name, got))
        p = _rpy_tuple_new(self.tid)
        if not p:
            _rpy_raise()
        cx.temps.append(p)
        for k, c in _rpy_bi.enumerate(self.items):
            w = c.into(v[k], what, cx, k)
            if c.ref and w:
                _rpy_incref(w)  # the tuple's own reference
            c.ctype.from_address(p + 24 + 8 * k).value = w
        return p

    def out(self, w, cx):
        return _rpy_bi.tuple([c.out(c.ctype.from_address(w + 24 + 8 * k).value, cx) for k, c in _rpy_bi.enumerate(self.items)])


_rpy_LITTLE = _rpy_sys.byteorder == "little"


class _rpy_Array(_rpy_Ref):
    """``f64[:]`` and friends: a view of the caller's buffer for the call
    (a read-only buffer is copied: compiled code cannot store into it)."""

    FORMATS = {0: ("d",), 1: ("q", "l", "n"), 2: ("i", "l"), 3: ("f",), 4: ("B",)}
    SIZES = {0: 8, 1: 8, 2: 4, 3: 4, 4: 1}

    def __init__(self, code, name):
        self.code = code
        self.name = name

    def into(self, v, what, cx, item=-1):
        what = _rpy_at(what, item)
        try:
            mv = _rpy_bi.memoryview(v)
        except _rpy_bi.TypeError:
            mv = None
        if mv is None or not mv.c_contiguous:
            raise _rpy_bi.TypeError("%s must be %s (a C-contiguous buffer such as a numpy array), not %s" % (what, self.name, _rpy_bi.type(v).__name__))
        with mv:
            fmt, size, ndim, nbytes, readonly = mv.format, mv.itemsize, mv.ndim, mv.nbytes, mv.readonly
        f = fmt[1:] if fmt[:1] in ("@", "=", "<" if _rpy_LITTLE else ">") else fmt
        if ndim != 1 or size != self.SIZES[self.code] or f not in self.FORMATS[self.code]:
            got = "a %d-dimensional buffer" % ndim if ndim != 1 else 'a buffer of format "%s" (%d-byte items)' % (fmt, size)
            raise _rpy_bi.TypeError("%s must be %s, not %s" % (what, self.name, got))
        addr = None
        if nbytes:
            buf = (_rpy_ct.c_char * nbytes).from_buffer_copy(v) if readonly else (_rpy_ct.c_char * nbytes).from_buffer(v)
            cx.keep.append(buf)
            addr = _rpy_ct.addressof(buf)
        p = _rpy_array_view(self.code, addr, nbytes // size, 1 if readonly else 0)
        if not p:
            _rpy_raise()
        cx.temps.append(p)
        return p

    def out(self, w, cx):
        raise _rpy_bi.TypeError("an array cannot leave compiled code")


_rpy_INT, _rpy_FLOAT, _rpy_BOOL, _rpy_STR = _rpy_Int(), _rpy_Float(), _rpy_Bool(), _rpy_Str()


class _rpy_NoneT(_rpy_bi.object):
    name, kind, ctype, ref = "None", 0, _rpy_I64, False

    def into(self, v, what, cx, item=-1):
        if v is None:
            return 0
        raise _rpy_bi.TypeError("%s must be None, not %s" % (_rpy_at(what, item), _rpy_bi.type(v).__name__))

    def out(self, w, cx):
        return None

    def words(self, items, what, cx):
        return (_rpy_I64 * _rpy_bi.len(items))(*[self.into(x, what, cx, i) for i, x in _rpy_bi.enumerate(items)])


_rpy_NONE = _rpy_NoneT()

# ---- end of the stub's runtime ----
