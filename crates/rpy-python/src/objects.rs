//! Instances of compiled classes seen from Python.
//!
//! A compiled class is a Python class (made by `rpythonic.RPython.object`)
//! deriving from the native `Instance`, whose one word after the object
//! header is the address of the C-layout object every tier reads; its
//! instances have no `__dict__`. Fields are `Field` descriptors (one load
//! or store on the struct, converted as at a call boundary), methods are
//! `Method` descriptors (a method-descriptor type, so `o.m(...)` calls the
//! compiled function with `o` first and no bound method). The wrapper owns
//! one reference to the object; the object's header `host` slot points
//! back at the wrapper (borrowed), so an object that comes back from
//! compiled code is the same Python object every time (`o.me() is o`).
//! `Instance`'s dealloc clears the slot and releases the reference.
//! Everything here runs with the GIL held, which is what makes the
//! non-atomic reference counts safe.

use std::collections::HashMap;
use std::ffi::c_void;
use std::ptr::null_mut;
use std::sync::Mutex;

use pyo3::ffi;
use pyo3::prelude::*;
use rpy_ir::ir::Type;
use rpy_rt::RpyObject;

/// The Python class of each compiled class: (source file, class name).
static CLASSES: Mutex<Option<HashMap<(String, String), usize>>> = Mutex::new(None);

/// Register `cls` as the Python class of compiled class `name` of `file`.
#[pyfunction]
pub(crate) fn register_class(file: String, name: String, cls: Py<PyAny>) {
    let mut g = CLASSES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    // The class object is kept alive for the life of the process.
    let p = cls.into_ptr() as usize;
    g.get_or_insert_with(HashMap::new).insert((file, name), p);
}

/// The Python class registered for compiled class `name` of `file`, if any.
#[pyfunction]
pub(crate) fn registered_class(py: Python<'_>, file: String, name: String) -> Option<Py<PyAny>> {
    let g = CLASSES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let p = *g.as_ref()?.get(&(file, name))?;
    // SAFETY: registered classes are kept alive for the life of the process.
    Some(unsafe { Bound::from_borrowed_ptr(py, p as *mut ffi::PyObject) }.unbind())
}

/// The Python class registered for `ty` (a reference type) of `module`.
pub(crate) fn class_of(module: &rpy::Module, ty: Type) -> Option<*mut ffi::PyObject> {
    let c = ty.heap_type()?;
    let class = module.ir().types.get(c)?.as_class()?;
    // A class of another file of the unit is that file's Python class.
    let key = (module.ir().class_file(class).to_string(), class.name.clone());
    let g = CLASSES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    g.as_ref()?.get(&key).map(|&p| p as *mut ffi::PyObject)
}

/// The object address held by wrapper `obj` if it is an instance of
/// `cls`; `None` (no exception set) otherwise.
///
/// # Safety
/// GIL held; `obj` and `cls` valid.
pub(crate) unsafe fn unwrap(obj: *mut ffi::PyObject, cls: *mut ffi::PyObject) -> Option<u64> {
    // SAFETY: see the function doc.
    unsafe {
        if cls.is_null() || ffi::PyObject_TypeCheck(obj, cls.cast()) == 0 {
            return None;
        }
        let v = ptr_of(obj);
        (v != 0).then_some(v)
    }
}

/// The Python wrapper of object `addr`, taking over one reference to it
/// (compiled code returns new references). None for the null address.
///
/// # Safety
/// GIL held; `addr` null or a live object whose reference the caller
/// owns; `cls` its registered class.
pub(crate) unsafe fn wrap(addr: u64, cls: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: see the function doc.
    unsafe {
        if addr == 0 {
            let none = ffi::Py_None();
            ffi::Py_INCREF(none);
            return none;
        }
        let o = addr as usize as *mut RpyObject;
        let host = (*o).host.cast::<ffi::PyObject>();
        if !host.is_null() {
            // Already wrapped: the wrapper holds its own reference.
            ffi::Py_INCREF(host);
            rpy_rt::rpy_obj_decref(o.cast());
            return host;
        }
        if cls.is_null() {
            rpy_rt::rpy_obj_decref(o.cast());
            let msg = c"compiled class is not registered with Python";
            ffi::PyErr_SetString(ffi::PyExc_RuntimeError, msg.as_ptr());
            return null_mut();
        }
        let t = cls.cast::<ffi::PyTypeObject>();
        let w = ffi::PyType_GenericAlloc(t, 0);
        if w.is_null() {
            rpy_rt::rpy_obj_decref(o.cast());
            return null_mut();
        }
        // The class derives from `Instance`: the address goes in its word.
        std::ptr::write(w.cast::<u8>().add(PTR_OFFSET).cast::<u64>(), addr);
        (*o).host = w.cast::<c_void>();
        w
    }
}

/// The layout of the compiled classes of `compiled`: `[(name, size,
/// [(field, code, offset, class name or None, optional)], [(const,
/// value)])]`, for the Python side to build its classes.
pub(crate) fn layouts(module: &rpy::Module) -> Vec<(String, String, u32, Vec<(String, String, u32, Option<(String, String)>, bool)>)> {
    let ir = module.ir();
    let class_key = |k| ir.types.get(k).and_then(|h| h.as_class()).map(|c| (ir.class_file(c).to_string(), c.name.clone()));
    ir.types
        .values()
        .filter_map(|t| t.as_class())
        .map(|c| {
            let fields = c
                .fields
                .iter()
                .map(|f| {
                    let (code, cls, opt) = match f.ty {
                        Type::I64 => ("i", None, false),
                        Type::F64 => ("f", None, false),
                        Type::Bool => ("b", None, false),
                        Type::None => ("n", None, false),
                        Type::Ref(k) if ir.types.get(k).is_some_and(|h| h.list_elem().is_some() || h.tuple_items().is_some() || *h == rpy_ir::ir::HeapType::Str) => ("l", None, false),
                        Type::Ref(k) => ("r", class_key(k), false),
                        Type::OptRef(k) => ("r", class_key(k), true),
                    };
                    (f.name.clone(), code.to_string(), f.offset, cls, opt)
                })
                .collect();
            (ir.class_file(c).to_string(), c.name.clone(), c.size(), fields)
        })
        .collect()
}

// ---- native types: the instance base, field and method descriptors ----

use std::sync::OnceLock;

/// Byte offset of the object address inside an `Instance` (after the
/// `PyObject` header).
const PTR_OFFSET: usize = std::mem::size_of::<ffi::PyObject>();

struct Types {
    instance: usize,
    field: usize,
    method: usize,
}

static TYPES: OnceLock<Types> = OnceLock::new();

fn types() -> &'static Types {
    TYPES.get().expect("rpythonic._native types are made at import")
}

/// The address stored in instance `obj` (an `Instance`).
///
/// # Safety
/// `obj` is an instance of a subclass of `Instance`.
unsafe fn ptr_of(obj: *mut ffi::PyObject) -> u64 {
    // SAFETY: see the function doc: the word after the header is ours.
    unsafe { std::ptr::read(obj.cast::<u8>().add(PTR_OFFSET).cast::<u64>()) }
}

unsafe extern "C" fn instance_dealloc(obj: *mut ffi::PyObject) {
    // SAFETY: called by CPython (subtype_dealloc) for a dying instance.
    unsafe {
        let a = ptr_of(obj);
        if a != 0 {
            let o = a as usize as *mut RpyObject;
            (*o).host = null_mut();
            rpy_rt::rpy_obj_decref(o.cast());
        }
        let free = ffi::PyType_GetSlot(ffi::Py_TYPE(obj), ffi::Py_tp_free);
        if !free.is_null() {
            let free: unsafe extern "C" fn(*mut c_void) = std::mem::transmute(free);
            free(obj.cast());
        }
    }
}

/// A field descriptor's data (after the `PyObject` header).
#[repr(C)]
struct FieldData {
    offset: u32,
    code: u8,
    optional: u8,
    cls: *mut ffi::PyObject,
    what: *mut ffi::PyObject,
}

unsafe fn field_data<'a>(d: *mut ffi::PyObject) -> &'a mut FieldData {
    // SAFETY: `d` is a Field descriptor.
    unsafe { &mut *d.cast::<u8>().add(PTR_OFFSET).cast::<FieldData>() }
}

unsafe extern "C" fn field_get(d: *mut ffi::PyObject, obj: *mut ffi::PyObject, _t: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: CPython calls the descriptor with the GIL held.
    unsafe {
        if obj.is_null() || obj == ffi::Py_None() {
            ffi::Py_INCREF(d);
            return d;
        }
        if ffi::PyObject_TypeCheck(obj, types().instance as *mut ffi::PyTypeObject) == 0 {
            ffi::PyErr_SetString(ffi::PyExc_TypeError, c"descriptor applied to an object that is not a compiled instance".as_ptr());
            return null_mut();
        }
        let f = field_data(d);
        let bits = std::ptr::read((ptr_of(obj) as usize as *const u8).add(f.offset as usize).cast::<u64>());
        match f.code {
            b'i' => ffi::PyLong_FromLongLong(bits as i64),
            b'f' => ffi::PyFloat_FromDouble(f64::from_bits(bits)),
            b'b' => ffi::PyBool_FromLong((bits != 0).into()),
            b'n' => {
                ffi::Py_INCREF(ffi::Py_None());
                ffi::Py_None()
            }
            // A list field reads as a copy (LANGUAGE.md); tuples and strs
            // are immutable, so a copy is the same value.
            b'l' => crate::lists::copy_out(bits),
            _ => {
                rpy_rt::rpy_obj_incref(bits as usize as *mut c_void);
                wrap(bits, f.cls)
            }
        }
    }
}

unsafe extern "C" fn field_set(d: *mut ffi::PyObject, obj: *mut ffi::PyObject, value: *mut ffi::PyObject) -> std::ffi::c_int {
    // SAFETY: CPython calls the descriptor with the GIL held.
    unsafe {
        if ffi::PyObject_TypeCheck(obj, types().instance as *mut ffi::PyTypeObject) == 0 {
            ffi::PyErr_SetString(ffi::PyExc_TypeError, c"descriptor applied to an object that is not a compiled instance".as_ptr());
            return -1;
        }
        let f = field_data(d);
        if value.is_null() {
            ffi::PyErr_Format(ffi::PyExc_AttributeError, c"cannot delete field %U".as_ptr(), f.what);
            return -1;
        }
        if f.code == b'l' {
            ffi::PyErr_Format(ffi::PyExc_AttributeError, c"field %U (a list, tuple or str) cannot be assigned from Python (assign it in compiled code)".as_ptr(), f.what);
            return -1;
        }
        let slot = (ptr_of(obj) as usize as *mut u8).add(f.offset as usize).cast::<u64>();
        let is_int = ffi::PyLong_Check(value) != 0;
        let bits = match f.code {
            b'i' if is_int => {
                let v = ffi::PyLong_AsLongLong(value);
                if v == -1 && !ffi::PyErr_Occurred().is_null() {
                    return -1;
                }
                v as u64
            }
            b'f' if is_int || ffi::PyFloat_Check(value) != 0 => {
                let v = ffi::PyFloat_AsDouble(value);
                if v == -1.0 && !ffi::PyErr_Occurred().is_null() {
                    return -1;
                }
                v.to_bits()
            }
            b'b' if ffi::PyBool_Check(value) != 0 => u64::from(value == ffi::Py_True()),
            b'n' if value == ffi::Py_None() => 0,
            b'r' if f.optional != 0 && value == ffi::Py_None() => 0,
            b'r' => match unwrap(value, f.cls) {
                Some(a) => a,
                None => return set_type_error(f, value),
            },
            _ => return set_type_error(f, value),
        };
        if f.code == b'r' {
            rpy_rt::rpy_obj_set_ref(ptr_of(obj) as usize as *mut c_void, i64::from(f.offset), bits as usize as *mut c_void);
        } else {
            std::ptr::write(slot, bits);
        }
        0
    }
}

unsafe fn set_type_error(f: &FieldData, value: *mut ffi::PyObject) -> std::ffi::c_int {
    // SAFETY: GIL held.
    unsafe {
        let want = match f.code {
            b'i' => "int".to_string(),
            b'f' => "float".to_string(),
            b'b' => "bool".to_string(),
            b'n' => "None".to_string(),
            _ => {
                let n = ffi::PyObject_GetAttrString(f.cls, c"__name__".as_ptr());
                let s = if n.is_null() { ffi::PyErr_Clear(); "object".to_string() } else { Bound::from_owned_ptr(Python::assume_attached(), n).to_string() };
                if f.optional != 0 { format!("{s} or None") } else { s }
            }
        };
        let got = Bound::from_borrowed_ptr(Python::assume_attached(), value).get_type().name().map(|n| n.to_string()).unwrap_or_default();
        let what = Bound::from_borrowed_ptr(Python::assume_attached(), f.what).to_string();
        let msg = CStringLossy::new(&format!("{what} must be {want}, not {got}"));
        ffi::PyErr_SetString(ffi::PyExc_TypeError, msg.as_ptr());
        -1
    }
}

struct CStringLossy(std::ffi::CString);

impl CStringLossy {
    fn new(s: &str) -> Self {
        CStringLossy(std::ffi::CString::new(s.replace('\0', "")).unwrap_or_default())
    }
    fn as_ptr(&self) -> *const std::ffi::c_char {
        self.0.as_ptr()
    }
}

unsafe extern "C" fn field_dealloc(d: *mut ffi::PyObject) {
    // SAFETY: a dying Field descriptor.
    unsafe {
        let f = field_data(d);
        ffi::Py_XDECREF(f.cls);
        ffi::Py_XDECREF(f.what);
        let t = ffi::Py_TYPE(d);
        let free = ffi::PyType_GetSlot(t, ffi::Py_tp_free);
        if !free.is_null() {
            let free: unsafe extern "C" fn(*mut c_void) = std::mem::transmute(free);
            free(d.cast());
        }
        ffi::Py_DECREF(t.cast());
    }
}

/// A method descriptor's data: the compiled function.
unsafe fn method_func(d: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: `d` is a Method descriptor.
    unsafe { std::ptr::read(d.cast::<u8>().add(PTR_OFFSET).cast::<*mut ffi::PyObject>()) }
}

/// The holder of `d`'s compiled function when it is one of ours (then
/// calls go straight to its fastcall), else null.
unsafe fn method_holder(d: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: `d` is a Method descriptor (two pointers after the header).
    unsafe { std::ptr::read(d.cast::<u8>().add(PTR_OFFSET + 16).cast::<*mut ffi::PyObject>()) }
}

/// `o.m(args)`: CPython passes the instance as `args[0]` (the type is a
/// method descriptor), exactly what the compiled method takes, so the
/// arguments go to the function's fastcall without a tuple or a bound
/// method.
unsafe extern "C" fn method_vectorcall(d: *mut ffi::PyObject, args: *const *mut ffi::PyObject, nargsf: usize, kwnames: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: GIL held; only installed (see `method`) when the function
    // is a fastcall function of ours, whose holder it keeps alive.
    unsafe {
        let nargs = (nargsf & !(1usize << (usize::BITS - 1))) as ffi::Py_ssize_t;
        crate::func::fastcall(method_holder(d), args, nargs, kwnames)
    }
}

unsafe extern "C" fn method_call(d: *mut ffi::PyObject, args: *mut ffi::PyObject, kwargs: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: GIL held; forwards to the compiled function (instance first).
    unsafe { ffi::PyObject_Call(method_func(d), args, kwargs) }
}

unsafe extern "C" fn method_get(d: *mut ffi::PyObject, obj: *mut ffi::PyObject, _t: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: GIL held. `o.m` as a value: a bound method of the descriptor
    // (`o.m(...)` itself skips this: the type is a method descriptor).
    unsafe {
        if obj.is_null() || obj == ffi::Py_None() {
            ffi::Py_INCREF(d);
            return d;
        }
        let types_mod = ffi::PyImport_ImportModule(c"types".as_ptr());
        if types_mod.is_null() {
            return null_mut();
        }
        let mt = ffi::PyObject_GetAttrString(types_mod, c"MethodType".as_ptr());
        ffi::Py_DECREF(types_mod);
        if mt.is_null() {
            return null_mut();
        }
        let r = ffi::PyObject_CallFunctionObjArgs(mt, d, obj, null_mut::<ffi::PyObject>());
        ffi::Py_DECREF(mt);
        r
    }
}

unsafe extern "C" fn method_dealloc(d: *mut ffi::PyObject) {
    // SAFETY: a dying Method descriptor.
    unsafe {
        ffi::Py_XDECREF(method_func(d));
        let t = ffi::Py_TYPE(d);
        let free = ffi::PyType_GetSlot(t, ffi::Py_tp_free);
        if !free.is_null() {
            let free: unsafe extern "C" fn(*mut c_void) = std::mem::transmute(free);
            free(d.cast());
        }
        ffi::Py_DECREF(t.cast());
    }
}

fn make_type(name: &'static std::ffi::CStr, extra: usize, flags: std::ffi::c_ulong, slots: &mut Vec<ffi::PyType_Slot>) -> *mut ffi::PyObject {
    slots.push(ffi::PyType_Slot { slot: 0, pfunc: null_mut() });
    let spec = Box::leak(Box::new(ffi::PyType_Spec {
        name: name.as_ptr(),
        basicsize: (PTR_OFFSET + extra) as std::ffi::c_int,
        itemsize: 0,
        flags: flags as std::ffi::c_uint,
        slots: Box::leak(std::mem::take(slots).into_boxed_slice()).as_mut_ptr(),
    }));
    // SAFETY: a valid, leaked spec; GIL held at module init.
    unsafe { ffi::PyType_FromSpec(spec) }
}

/// Make the native types and add them to the module.
pub(crate) fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let slot = |slot: std::ffi::c_int, f: *mut c_void| ffi::PyType_Slot { slot, pfunc: f };
    let instance = make_type(c"rpythonic._native.Instance", 8, ffi::Py_TPFLAGS_DEFAULT | ffi::Py_TPFLAGS_BASETYPE, &mut vec![slot(ffi::Py_tp_dealloc, instance_dealloc as *mut c_void)]);
    let field = make_type(
        c"rpythonic._native.Field",
        std::mem::size_of::<FieldData>(),
        ffi::Py_TPFLAGS_DEFAULT,
        &mut vec![slot(ffi::Py_tp_descr_get, field_get as *mut c_void), slot(ffi::Py_tp_descr_set, field_set as *mut c_void), slot(ffi::Py_tp_dealloc, field_dealloc as *mut c_void)],
    );
    // A Method is [function, vectorcall entry, holder] after the header;
    // the entry is null (calls go through tp_call) unless the function is
    // one of ours. Py_TPFLAGS_HAVE_VECTORCALL (1 << 11, the same value
    // since 3.8) is only named by the limited API from 3.12.
    let members = Box::leak(Box::new([
        ffi::PyMemberDef {
            name: c"__vectorcalloffset__".as_ptr(),
            type_code: ffi::Py_T_PYSSIZET,
            offset: (PTR_OFFSET + 8) as ffi::Py_ssize_t,
            flags: ffi::Py_READONLY,
            doc: null_mut(),
        },
        ffi::PyMemberDef::default(),
    ]));
    let method = make_type(
        c"rpythonic._native.Method",
        24,
        ffi::Py_TPFLAGS_DEFAULT | ffi::Py_TPFLAGS_METHOD_DESCRIPTOR | (1 << 11),
        &mut vec![
            slot(ffi::Py_tp_call, method_call as *mut c_void),
            slot(ffi::Py_tp_descr_get, method_get as *mut c_void),
            slot(ffi::Py_tp_dealloc, method_dealloc as *mut c_void),
            slot(ffi::Py_tp_members, members.as_mut_ptr().cast()),
        ],
    );
    if instance.is_null() || field.is_null() || method.is_null() {
        return Err(PyErr::fetch(m.py()));
    }
    let _ = TYPES.set(Types { instance: instance as usize, field: field as usize, method: method as usize });
    // SAFETY: new references to the type objects, kept by the module too.
    unsafe {
        m.add("Instance", Bound::from_borrowed_ptr(m.py(), instance))?;
    }
    Ok(())
}

/// A field descriptor: `offset` of the layout, `code` (`i f b n r`), the
/// class of a reference field, whether None is allowed, and the name
/// used in messages (`C.x`).
#[pyfunction]
#[pyo3(signature = (offset, code, cls, optional, what))]
pub(crate) fn field(py: Python<'_>, offset: u32, code: &str, cls: Option<Py<PyAny>>, optional: bool, what: String) -> PyResult<Py<PyAny>> {
    // SAFETY: GIL held; the Field type has room for FieldData.
    unsafe {
        let d = ffi::PyType_GenericAlloc(types().field as *mut ffi::PyTypeObject, 0);
        if d.is_null() {
            return Err(PyErr::fetch(py));
        }
        let w = ffi::PyUnicode_FromStringAndSize(what.as_ptr().cast(), what.len() as ffi::Py_ssize_t);
        let f = field_data(d);
        *f = FieldData { offset, code: code.bytes().next().unwrap_or(b'n'), optional: u8::from(optional), cls: cls.map_or(null_mut(), Py::into_ptr), what: w };
        Py::from_owned_ptr_or_err(py, d)
    }
}

/// A method descriptor over compiled function `func` (called with the
/// instance first).
#[pyfunction]
pub(crate) fn method(py: Python<'_>, func: Py<PyAny>) -> PyResult<Py<PyAny>> {
    // SAFETY: GIL held; the Method type has room for three pointers.
    unsafe {
        let d = ffi::PyType_GenericAlloc(types().method as *mut ffi::PyTypeObject, 0);
        if d.is_null() {
            return Err(PyErr::fetch(py));
        }
        let f = func.into_ptr();
        let holder = crate::func::fastcall_holder(f);
        let base = d.cast::<u8>().add(PTR_OFFSET);
        std::ptr::write(base.cast::<*mut ffi::PyObject>(), f);
        let entry: Option<ffi::vectorcallfunc> = if holder.is_null() { None } else { Some(method_vectorcall) };
        std::ptr::write(base.add(8).cast::<Option<ffi::vectorcallfunc>>(), entry);
        std::ptr::write(base.add(16).cast::<*mut ffi::PyObject>(), holder);
        Py::from_owned_ptr_or_err(py, d)
    }
}
