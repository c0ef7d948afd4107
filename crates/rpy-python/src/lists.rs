//! Python lists at the call boundary: **copy in, reflect out** (as
//! Numba's reflected lists).
//!
//! A Python list passed to a `list[T]` parameter is converted to a
//! compiled list (`rpy_list`, the one layout every tier uses) before the
//! call; after the call, whether it returned or raised, the compiled
//! list's items are written back into the same Python list, so the caller
//! sees appends, pops and stores as in CPython. One call keeps one
//! compiled list per Python list (an identity map), so a list passed
//! twice, or nested in another, is one object inside the call too:
//! aliasing is kept. Items that did not change keep their Python objects
//! (an int 1 in a `list[float]` stays the int 1 unless a store replaced
//! it). A returned list is the caller's own Python list if it is one of
//! those, else a new Python list.
//!
//! Cost: O(n) per list and call in both directions (a check and a word
//! per item in, a compare per item out; nothing is written back when no
//! item changed). What is not reflected: a compiled list kept beyond the
//! call (stored in a field of a compiled object) is from then on separate
//! from the Python list (LANGUAGE.md).

#![allow(unsafe_code)]

use std::ffi::c_void;
use std::ptr::null_mut;

use pyo3::ffi;
use rpy_ir::ir::Type;
use rpy_rt::RpyCtx;

/// The compiled list of one Python list of the call.
struct Pair {
    /// The Python list (a strong reference).
    py: *mut ffi::PyObject,
    /// The compiled list (a strong reference).
    list: u64,
    /// Its IR type.
    ty: Type,
    /// The words the items had when converted, and the Python objects
    /// they came from (strong references).
    words: Vec<u64>,
    items: Vec<*mut ffi::PyObject>,
}

/// The lists of one call, in both directions, and the buffers its
/// arrays view.
#[derive(Default)]
pub(crate) struct Reflect {
    pairs: Vec<Pair>,
    views: Vec<(Box<PyBuffer>, u64)>,
    /// Tuples made for arguments.
    held: Vec<u64>,
}

/// CPython's `Py_buffer` (the same layout since 3.3). Declared here: the
/// buffer functions are in the stable ABI only from 3.11, but exported by
/// every CPython the wheel supports.
#[repr(C)]
pub(crate) struct PyBuffer {
    buf: *mut c_void,
    obj: *mut ffi::PyObject,
    len: ffi::Py_ssize_t,
    itemsize: ffi::Py_ssize_t,
    readonly: std::ffi::c_int,
    ndim: std::ffi::c_int,
    format: *mut std::ffi::c_char,
    shape: *mut ffi::Py_ssize_t,
    strides: *mut ffi::Py_ssize_t,
    suboffsets: *mut ffi::Py_ssize_t,
    internal: *mut c_void,
}

unsafe extern "C" {
    fn PyObject_GetBuffer(obj: *mut ffi::PyObject, view: *mut PyBuffer, flags: std::ffi::c_int) -> std::ffi::c_int;
    fn PyBuffer_Release(view: *mut PyBuffer);
}

/// PyBUF_C_CONTIGUOUS | PyBUF_FORMAT, and PyBUF_WRITABLE.
const BUF_C_FORMAT: std::ffi::c_int = 0x38 | 0x04;
const BUF_WRITABLE: std::ffi::c_int = 0x01;

impl Reflect {
    /// Keep one reference to `obj` (an argument made for the call) until
    /// the call ends.
    pub(crate) fn hold(&mut self, obj: u64) {
        self.held.push(obj);
    }
}

impl Drop for Reflect {
    fn drop(&mut self) {
        // SAFETY: every pointer is a reference this map owns (the GIL is
        // held: the map lives inside a call from Python).
        unsafe {
            for o in self.held.drain(..) {
                rpy_rt::rpy_obj_decref(o as usize as *mut c_void);
            }
            for (mut b, v) in self.views.drain(..) {
                rpy_rt::rpy_obj_decref(v as usize as *mut c_void);
                PyBuffer_Release(&mut *b);
            }
            for p in self.pairs.drain(..) {
                for it in p.items {
                    ffi::Py_DECREF(it);
                }
                ffi::Py_DECREF(p.py);
                rpy_rt::rpy_obj_decref(p.list as usize as *mut c_void);
            }
        }
    }
}

/// The item type of list type `t` of `module`.
pub(crate) fn elem_of(module: &rpy::Module, t: Type) -> Option<Type> {
    module.ir().types.get(t.heap_type()?)?.list_elem()
}

/// Whether `t` is the `str` type of `module`.
pub(crate) fn is_str(module: &rpy::Module, t: Type) -> bool {
    t.heap_type().and_then(|c| module.ir().types.get(c)) == Some(&rpy_ir::ir::HeapType::Str)
}

/// A compiled str (a new reference) of Python str `obj`; `None` (no
/// exception set) if `obj` is not a str.
///
/// # Safety
/// GIL held; `obj` valid.
pub(crate) unsafe fn str_in(obj: *mut ffi::PyObject) -> Option<u64> {
    // SAFETY: see the function doc.
    unsafe {
        if ffi::PyUnicode_Check(obj) == 0 {
            return None;
        }
        let mut n: ffi::Py_ssize_t = 0;
        let p = ffi::PyUnicode_AsUTF8AndSize(obj, &mut n);
        if p.is_null() {
            // Lone surrogates have no UTF-8.
            ffi::PyErr_Clear();
            return None;
        }
        let s = rpy_rt::rpy_str_new(p, n as i64);
        (!s.is_null()).then_some(s as usize as u64)
    }
}

/// The Python str of compiled str `w` (borrowed): a new reference.
///
/// # Safety
/// GIL held; `w` a live str.
pub(crate) unsafe fn str_to_python(w: u64) -> *mut ffi::PyObject {
    // SAFETY: see the function doc.
    unsafe {
        let t = rpy_rt::RpyStr::text(w as usize as *const rpy_rt::RpyStr);
        ffi::PyUnicode_FromStringAndSize(t.as_ptr().cast(), t.len() as ffi::Py_ssize_t)
    }
}

/// The item types of tuple type `t` of `module`.
pub(crate) fn tuple_of(module: &rpy::Module, t: Type) -> Option<Vec<Type>> {
    module.ir().types.get(t.heap_type()?)?.tuple_items()
}

/// `RpyCtx` for a runtime call that can only fail with MemoryError.
fn list_op(op: rpy_ir::ir::ListOp, args: &[u64]) -> Option<u64> {
    let mut ctx = RpyCtx::zeroed();
    let mut out = 0u64;
    // SAFETY: `args` holds the operands of `op` (live lists, items of the
    // list's type); the zeroed ctx records an error.
    let st = unsafe { rpy_rt::rpy_list_op(&mut ctx, op.code(), args.as_ptr(), &mut out) };
    (st == 0).then_some(out)
}

/// Set a Python exception; `None`.
unsafe fn fail<T>(exc: *mut ffi::PyObject, msg: &str) -> Option<T> {
    let c = std::ffi::CString::new(msg.replace('\0', "")).unwrap_or_default();
    // SAFETY: GIL held.
    unsafe { ffi::PyErr_SetString(exc, c.as_ptr()) };
    None
}

/// Whether buffer format `fmt` (struct module syntax) is items of `elem`
/// on this machine.
fn format_matches(fmt: &str, elem: rpy_ir::ir::ArrayElem, itemsize: isize) -> bool {
    use rpy_ir::ir::ArrayElem as E;
    let native = if cfg!(target_endian = "little") { '<' } else { '>' };
    let f = fmt.strip_prefix(['@', '=', native]).unwrap_or(fmt);
    if itemsize != elem.size() as isize {
        return false;
    }
    match elem {
        E::F64 => f == "d",
        E::F32 => f == "f",
        E::I64 => matches!(f, "q" | "l" | "n"),
        E::I32 => matches!(f, "i" | "l"),
        E::U8 => f == "B",
    }
}

impl Reflect {
    /// An array view of `obj`'s buffer for a parameter of items `elem`,
    /// valid until this map is dropped (after the call). Any C-contiguous
    /// one-dimensional buffer of the right item type works (numpy arrays,
    /// `array.array`, `bytearray`, `memoryview`); a read-only one is
    /// accepted and raises TypeError at the first store. `None` with a
    /// TypeError naming `what` otherwise.
    ///
    /// # Safety
    /// GIL held; `obj` a valid object.
    pub(crate) unsafe fn view(&mut self, obj: *mut ffi::PyObject, elem: rpy_ir::ir::ArrayElem, what: &str) -> Option<u64> {
        // SAFETY: see the function doc; `b` is written by GetBuffer and
        // released once, by Drop.
        unsafe {
            let want = format!("{}[:]", elem.name());
            let mut b: Box<PyBuffer> = Box::new(std::mem::zeroed());
            let mut readonly = 0;
            if PyObject_GetBuffer(obj, &mut *b, BUF_C_FORMAT | BUF_WRITABLE) != 0 {
                ffi::PyErr_Clear();
                if PyObject_GetBuffer(obj, &mut *b, BUF_C_FORMAT) != 0 {
                    ffi::PyErr_Clear();
                    return fail(ffi::PyExc_TypeError, &format!("{what} must be {want} (a C-contiguous buffer such as a numpy array), not {}", crate::func::type_name(obj)));
                }
                readonly = 1;
            }
            let fmt = if b.format.is_null() { "B".to_string() } else { std::ffi::CStr::from_ptr(b.format).to_string_lossy().into_owned() };
            if b.ndim != 1 || !format_matches(&fmt, elem, b.itemsize) {
                let (ndim, items) = (b.ndim, b.itemsize);
                PyBuffer_Release(&mut *b);
                let got = if ndim != 1 { format!("a {ndim}-dimensional buffer") } else { format!("a buffer of format {fmt:?} ({items}-byte items)") };
                return fail(ffi::PyExc_TypeError, &format!("{what} must be {want}, not {got}"));
            }
            let len = b.len / b.itemsize.max(1);
            let v = rpy_rt::rpy_array_view(elem.code(), b.buf, len as i64, readonly) as usize as u64;
            if v == 0 {
                PyBuffer_Release(&mut *b);
                return fail(ffi::PyExc_MemoryError, "");
            }
            self.views.push((b, v));
            Some(v)
        }
    }

    /// The compiled list for Python object `obj` passed where a `ty` (a
    /// list type) is expected, made once per Python list. `None` with a
    /// TypeError naming `what` (`f() argument 'xs'`) and the index of a
    /// wrong item.
    ///
    /// # Safety
    /// GIL held; `obj` a valid object.
    pub(crate) unsafe fn to_compiled(&mut self, module: &rpy::Module, obj: *mut ffi::PyObject, ty: Type, what: &str) -> Option<u64> {
        // SAFETY: see the function doc.
        unsafe {
            let elem = elem_of(module, ty)?;
            if ffi::PyList_Check(obj) == 0 {
                let want = module.ir().type_name(ty);
                return fail(ffi::PyExc_TypeError, &format!("{what} must be {want}, not {}", crate::func::type_name(obj)));
            }
            if let Some(p) = self.pairs.iter().find(|p| p.py == obj) {
                if p.ty != ty {
                    return fail(ffi::PyExc_TypeError, &format!("{what}: the same list is passed as {} and as {}", module.ir().type_name(p.ty), module.ir().type_name(ty)));
                }
                return Some(p.list);
            }
            let n = ffi::PyList_Size(obj);
            let kind = rpy_ir::ir::elem_kind(elem) as u64;
            let Some(list) = list_op(rpy_ir::ir::ListOp::New, &[kind, 0]) else {
                return fail(ffi::PyExc_MemoryError, "");
            };
            ffi::Py_INCREF(obj);
            let k = self.pairs.len();
            self.pairs.push(Pair { py: obj, list, ty, words: Vec::with_capacity(n as usize), items: Vec::with_capacity(n as usize) });
            // Looked up once for a list of instances.
            let cls = (elem.is_ref() && elem_of(module, elem).is_none()).then(|| crate::objects::class_of(module, elem).unwrap_or(null_mut()));
            for i in 0..n {
                let it = ffi::PyList_GetItem(obj, i);
                let w = self.value_in(module, it, elem, what, Some(i), cls)?;
                // Appended as the list's own reference (taken above for
                // references): `list.new` with no items, then the words.
                let p = &mut self.pairs[k];
                push_word(p.list, w);
                if elem.is_ref() {
                    // push_word took its own reference; drop ours.
                    rpy_rt::rpy_obj_decref(w as usize as *mut c_void);
                }
                ffi::Py_INCREF(it);
                p.words.push(w);
                p.items.push(it);
            }
            Some(list)
        }
    }

    /// Write every compiled list back into its Python list (after the
    /// call). `false` with a Python exception set if that failed.
    ///
    /// # Safety
    /// GIL held; the compiled lists are live (this map owns them).
    pub(crate) unsafe fn reflect(&self, module: &rpy::Module) -> bool {
        // SAFETY: see the function doc.
        unsafe {
            for p in &self.pairs {
                let l = &*(p.list as usize as *const rpy_rt::RpyList);
                let items = l.words();
                if items == p.words.as_slice() {
                    continue;
                }
                let elem = elem_of(module, p.ty).unwrap_or(Type::I64);
                let out = ffi::PyList_New(items.len() as ffi::Py_ssize_t);
                if out.is_null() {
                    return false;
                }
                for (i, &w) in items.iter().enumerate() {
                    let o = match p.words.get(i) {
                        Some(&old) if old == w => {
                            let o = p.items[i];
                            ffi::Py_INCREF(o);
                            o
                        }
                        _ => self.item_to_python(module, w, elem),
                    };
                    if o.is_null() {
                        ffi::Py_DECREF(out);
                        return false;
                    }
                    ffi::PyList_SetItem(out, i as ffi::Py_ssize_t, o);
                }
                let r = ffi::PyList_SetSlice(p.py, 0, ffi::PY_SSIZE_T_MAX, out);
                ffi::Py_DECREF(out);
                if r != 0 {
                    return false;
                }
            }
            true
        }
    }

    /// The Python object for item word `w` of type `elem` (a new
    /// reference; null with an exception set).
    pub(crate) unsafe fn item_to_python(&self, module: &rpy::Module, w: u64, elem: Type) -> *mut ffi::PyObject {
        // SAFETY: GIL held; `w` is a live item of its type.
        unsafe {
            match elem {
                Type::I64 => ffi::PyLong_FromLongLong(w as i64),
                Type::F64 => ffi::PyFloat_FromDouble(f64::from_bits(w)),
                Type::Bool => ffi::PyBool_FromLong((w != 0).into()),
                Type::None => {
                    ffi::Py_INCREF(ffi::Py_None());
                    ffi::Py_None()
                }
                Type::Ref(_) | Type::OptRef(_) if w == 0 => {
                    ffi::Py_INCREF(ffi::Py_None());
                    ffi::Py_None()
                }
                Type::Ref(_) | Type::OptRef(_) if elem_of(module, elem).is_some() => {
                    rpy_rt::rpy_obj_incref(w as usize as *mut c_void);
                    self.to_python(module, w, elem)
                }
                Type::Ref(_) if tuple_of(module, elem).is_some() => self.tuple_to_python(module, w, elem),
                Type::Ref(_) if is_str(module, elem) => str_to_python(w),
                Type::Ref(c) if matches!(module.ir().types.get(c), Some(rpy_ir::ir::HeapType::Args { .. })) => {
                    // `*args`: a Python tuple of its items.
                    let item = module.ir().types.get(c).and_then(|h| h.seq_elem()).unwrap_or(Type::I64);
                    let words = (*(w as usize as *const rpy_rt::RpyList)).words().to_vec();
                    self.words_to_python(module, &words, |_| item, true)
                }
                Type::Ref(_) | Type::OptRef(_) => {
                    rpy_rt::rpy_obj_incref(w as usize as *mut c_void);
                    crate::objects::wrap(w, crate::objects::class_of(module, elem).unwrap_or(null_mut()))
                }
            }
        }
    }

    /// The compiled `*args` tuple of type `ty` made of `objs` (extra
    /// positional arguments), held until the call ends; `None` with a
    /// TypeError naming `what` and the position of a wrong one.
    ///
    /// # Safety
    /// GIL held; `objs` valid objects.
    pub(crate) unsafe fn pack(&mut self, module: &rpy::Module, objs: &[*mut ffi::PyObject], ty: Type, what: &str) -> Option<u64> {
        // SAFETY: see the function doc.
        unsafe {
            let h = module.ir().types.get(ty.heap_type()?)?;
            let (elem, kind) = (h.seq_elem()?, h.new_kind()?);
            let words = vec![kind as u64, 0];
            let Some(l) = list_op(rpy_ir::ir::ListOp::New, &words) else {
                return fail(ffi::PyExc_MemoryError, "");
            };
            self.hold(l);
            for (i, &o) in objs.iter().enumerate() {
                let w = self.value_in(module, o, elem, what, Some(i as isize), None)?;
                push_word(l, w);
                if elem.is_ref() {
                    rpy_rt::rpy_obj_decref(w as usize as *mut c_void);
                }
            }
            Some(l)
        }
    }

    /// A Python tuple of the items of compiled tuple `t` (borrowed) of
    /// type `ty`; null with an exception set.
    ///
    /// # Safety
    /// GIL held; `t` a live tuple of type `ty`.
    pub(crate) unsafe fn tuple_to_python(&self, module: &rpy::Module, t: u64, ty: Type) -> *mut ffi::PyObject {
        // SAFETY: see the function doc; field offsets come from the layout.
        unsafe {
            let items = tuple_of(module, ty).unwrap_or_default();
            let words: Vec<u64> = (0..items.len()).map(|k| std::ptr::read((t as usize as *const u8).add(rpy_rt::RPY_OBJECT_HEADER + 8 * k).cast::<u64>())).collect();
            self.words_to_python(module, &words, |k| items[k], true)
        }
    }

    /// A new Python tuple (`tuple`) or list of the item words `words`,
    /// word `k` of type `ty_of(k)`; null with an exception set.
    ///
    /// # Safety
    /// GIL held; every word is a live value of its type.
    unsafe fn words_to_python(&self, module: &rpy::Module, words: &[u64], ty_of: impl Fn(usize) -> Type, tuple: bool) -> *mut ffi::PyObject {
        // SAFETY: see the function doc.
        unsafe {
            let n = words.len() as ffi::Py_ssize_t;
            let out = if tuple { ffi::PyTuple_New(n) } else { ffi::PyList_New(n) };
            if out.is_null() {
                return out;
            }
            for (k, &w) in words.iter().enumerate() {
                let o = self.item_to_python(module, w, ty_of(k));
                if o.is_null() {
                    ffi::Py_DECREF(out);
                    return null_mut();
                }
                if tuple {
                    ffi::PyTuple_SetItem(out, k as ffi::Py_ssize_t, o);
                } else {
                    ffi::PyList_SetItem(out, k as ffi::Py_ssize_t, o);
                }
            }
            out
        }
    }

    /// A compiled tuple of type `ty` from Python tuple `obj` (a new
    /// reference), converting each item; `None` with a TypeError naming
    /// `what` and the item.
    ///
    /// # Safety
    /// GIL held; `obj` a valid object.
    pub(crate) unsafe fn tuple_in(&mut self, module: &rpy::Module, obj: *mut ffi::PyObject, ty: Type, what: &str) -> Option<u64> {
        // SAFETY: see the function doc.
        unsafe {
            let items = tuple_of(module, ty)?;
            let want = module.ir().type_name(ty);
            if ffi::PyTuple_Check(obj) == 0 || ffi::PyTuple_Size(obj) != items.len() as ffi::Py_ssize_t {
                let got = if ffi::PyTuple_Check(obj) != 0 { format!("a tuple of {} items", ffi::PyTuple_Size(obj)) } else { crate::func::type_name(obj) };
                return fail(ffi::PyExc_TypeError, &format!("{what} must be {want}, not {got}"));
            }
            let layout = module.ir().types.get(ty.heap_type()?)?.layout()?.clone();
            let cls = rpy_ir::interp::heap::tuple_descriptor(&layout);
            let mut ctx = RpyCtx::zeroed();
            let mut t: *mut c_void = null_mut();
            if rpy_rt::rpy_obj_new(&mut ctx, cls, &mut t) != 0 {
                return fail(ffi::PyExc_MemoryError, "");
            }
            for (k, it) in items.into_iter().enumerate() {
                let o = ffi::PyTuple_GetItem(obj, k as ffi::Py_ssize_t);
                let Some(w) = self.value_in(module, o, it, what, Some(k as isize), None) else {
                    rpy_rt::rpy_obj_decref(t);
                    return None;
                };
                std::ptr::write(t.cast::<u8>().add(rpy_rt::RPY_OBJECT_HEADER + 8 * k).cast::<u64>(), w);
            }
            Some(t as usize as u64)
        }
    }

    /// The word for Python object `obj` as a value of type `ty`: scalars,
    /// lists (of this call), tuples, strs, instances; a reference is a new
    /// one. `what` and `item` name it in a TypeError (`f() argument 'xs'`,
    /// item 3); `cls` is the Python class of an instance type if the
    /// caller has it (else it is looked up).
    pub(crate) unsafe fn value_in(&mut self, module: &rpy::Module, obj: *mut ffi::PyObject, ty: Type, what: &str, item: Option<isize>, cls: Option<*mut ffi::PyObject>) -> Option<u64> {
        // SAFETY: GIL held; `obj` valid.
        unsafe {
            let at = || match item {
                Some(i) => format!("{what} item {i}"),
                None => what.to_string(),
            };
            let bad = |this: &Self| this.bad_value(module, &at(), ty, obj);
            Some(match ty {
                Type::I64 if ffi::PyLong_Check(obj) != 0 => {
                    let v = ffi::PyLong_AsLongLong(obj);
                    if v == -1 && !ffi::PyErr_Occurred().is_null() {
                        return None;
                    }
                    v as u64
                }
                Type::F64 if ffi::PyFloat_Check(obj) != 0 || ffi::PyLong_Check(obj) != 0 => {
                    let v = ffi::PyFloat_AsDouble(obj);
                    if v == -1.0 && !ffi::PyErr_Occurred().is_null() {
                        return None;
                    }
                    v.to_bits()
                }
                Type::Bool if ffi::PyBool_Check(obj) != 0 => u64::from(obj == ffi::Py_True()),
                Type::OptRef(_) if obj == ffi::Py_None() => 0,
                Type::Ref(_) | Type::OptRef(_) if elem_of(module, ty).is_some() => {
                    let l = self.to_compiled(module, obj, ty, &at())?;
                    rpy_rt::rpy_obj_incref(l as usize as *mut c_void);
                    l
                }
                Type::Ref(_) if tuple_of(module, ty).is_some() => self.tuple_in(module, obj, ty, &at())?,
                Type::Ref(_) if is_str(module, ty) => match str_in(obj) {
                    Some(w) => w,
                    None => return bad(self),
                },
                Type::Ref(_) | Type::OptRef(_) => {
                    let cls = cls.unwrap_or_else(|| crate::objects::class_of(module, ty).unwrap_or(null_mut()));
                    match crate::objects::unwrap(obj, cls) {
                        Some(a) => {
                            rpy_rt::rpy_obj_incref(a as usize as *mut c_void);
                            a
                        }
                        None => return bad(self),
                    }
                }
                _ => return bad(self),
            })
        }
    }

    unsafe fn bad_value<T>(&self, module: &rpy::Module, what: &str, ty: Type, obj: *mut ffi::PyObject) -> Option<T> {
        // SAFETY: GIL held.
        unsafe {
            if !ffi::PyErr_Occurred().is_null() {
                return None;
            }
            let want = module.ir().type_name(ty);
            fail(ffi::PyExc_TypeError, &format!("{what} must be {want}, not {}", crate::func::type_name(obj)))
        }
    }

    /// The Python list for compiled list `list` of type `ty`, taking over
    /// one reference to it: the caller's list if `list` came from one
    /// (after [`reflect`](Self::reflect)), else a new list.
    ///
    /// # Safety
    /// GIL held; `list` a live list of type `ty` the caller owns a
    /// reference to.
    pub(crate) unsafe fn to_python(&self, module: &rpy::Module, list: u64, ty: Type) -> *mut ffi::PyObject {
        // SAFETY: see the function doc.
        unsafe {
            let r = match self.pairs.iter().find(|p| p.list == list) {
                Some(p) => {
                    ffi::Py_INCREF(p.py);
                    p.py
                }
                None => {
                    let elem = elem_of(module, ty).unwrap_or(Type::I64);
                    let words = (*(list as usize as *const rpy_rt::RpyList)).words().to_vec();
                    self.words_to_python(module, &words, |_| elem, false)
                }
            };
            rpy_rt::rpy_obj_decref(list as usize as *mut c_void);
            r
        }
    }
}

/// Append word `w` to compiled list `list` (a reference item gets its
/// own reference).
unsafe fn push_word(list: u64, w: u64) {
    let _ = list_op(rpy_ir::ir::ListOp::Append, &[list, w]);
}

/// A Python copy of the compiled list at `list` read from a field (a
/// borrowed reference), from the runtime's descriptors: ints, floats,
/// bools and lists of them. Lists of compiled objects are a TypeError.
///
/// # Safety
/// GIL held; `list` a live list.
pub(crate) unsafe fn copy_out(list: u64) -> *mut ffi::PyObject {
    // SAFETY: see the function doc.
    unsafe {
        if list == 0 {
            ffi::Py_INCREF(ffi::Py_None());
            return ffi::Py_None();
        }
        let cls = &*(*(list as usize as *const rpy_rt::RpyObject)).cls;
        if cls.kind == 4 {
            return str_to_python(list);
        }
        if cls.kind == 3 {
            let n = (cls.size as usize - rpy_rt::RPY_OBJECT_HEADER) / 8;
            let out = ffi::PyTuple_New(n as ffi::Py_ssize_t);
            for k in 0..n {
                let w = std::ptr::read((list as usize as *const u8).add(rpy_rt::RPY_OBJECT_HEADER + 8 * k).cast::<u64>());
                let o = match *cls.kinds.add(k) {
                    0 => ffi::PyLong_FromLongLong(w as i64),
                    1 => ffi::PyFloat_FromDouble(f64::from_bits(w)),
                    2 => ffi::PyBool_FromLong((w != 0).into()),
                    _ => copy_out(w),
                };
                if o.is_null() {
                    ffi::Py_DECREF(out);
                    return null_mut();
                }
                ffi::PyTuple_SetItem(out, k as ffi::Py_ssize_t, o);
            }
            return out;
        }
        if cls.kind != 1 {
            return fail::<()>(ffi::PyExc_TypeError, "reading compiled objects inside a field's list or tuple is not supported (pass them as arguments instead)").map_or(null_mut(), |_| null_mut());
        }
        let l = &*(list as usize as *const rpy_rt::RpyList);
        let elem = (*l.head.cls).elem;
        let items = l.words().to_vec();
        let out = ffi::PyList_New(items.len() as ffi::Py_ssize_t);
        if out.is_null() {
            return out;
        }
        for (i, w) in items.into_iter().enumerate() {
            let o = match elem {
                0 => ffi::PyLong_FromLongLong(w as i64),
                1 => ffi::PyFloat_FromDouble(f64::from_bits(w)),
                2 => ffi::PyBool_FromLong((w != 0).into()),
                _ if w == 0 => {
                    ffi::Py_INCREF(ffi::Py_None());
                    ffi::Py_None()
                }
                _ if matches!((*(*(w as usize as *const rpy_rt::RpyObject)).cls).kind, 1 | 3 | 4) => copy_out(w),
                _ => {
                    ffi::Py_DECREF(out);
                    return fail::<()>(ffi::PyExc_TypeError, "reading a list of compiled objects from a field is not supported (pass the list as an argument instead)").map_or(null_mut(), |_| null_mut());
                }
            };
            if o.is_null() {
                ffi::Py_DECREF(out);
                return null_mut();
            }
            ffi::PyList_SetItem(out, i as ffi::Py_ssize_t, o);
        }
        out
    }
}
