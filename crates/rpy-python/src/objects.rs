//! Instances of compiled classes seen from Python.
//!
//! A compiled class is a Python class (made by `rpythonic.RPython.object`)
//! whose instances have no `__dict__`, one slot `_rpy_ptr` holding the
//! address of the C-layout object every tier reads, and no other state.
//! The wrapper owns one reference to the object; the object's header
//! `host` slot points back at the wrapper (borrowed), so an object that
//! comes back from compiled code is the same Python object every time
//! (`o.me() is o`). The wrapper's `__del__` clears the slot and releases
//! the reference ([`obj_release`]). Everything here runs with the GIL
//! held, which is what makes the non-atomic reference counts safe.

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

/// The Python class registered for `ty` (a reference type) of `module`.
pub(crate) fn class_of(module: &rpy::Module, ty: Type) -> Option<*mut ffi::PyObject> {
    let c = ty.heap_type()?;
    let name = module.ir().types.get(c)?.name().to_string();
    let g = CLASSES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    g.as_ref()?.get(&(module.file().to_string(), name)).map(|&p| p as *mut ffi::PyObject)
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
        let p = ffi::PyObject_GetAttrString(obj, c"_rpy_ptr".as_ptr());
        if p.is_null() {
            ffi::PyErr_Clear();
            return None;
        }
        let v = ffi::PyLong_AsUnsignedLongLong(p);
        ffi::Py_DECREF(p);
        if !ffi::PyErr_Occurred().is_null() {
            ffi::PyErr_Clear();
            return None;
        }
        Some(v)
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
        let p = ffi::PyLong_FromUnsignedLongLong(addr);
        if p.is_null() || ffi::PyObject_SetAttrString(w, c"_rpy_ptr".as_ptr(), p) != 0 {
            ffi::Py_XDECREF(p);
            ffi::Py_DECREF(w);
            rpy_rt::rpy_obj_decref(o.cast());
            return null_mut();
        }
        ffi::Py_DECREF(p);
        (*o).host = w.cast::<c_void>();
        w
    }
}

/// The wrapper is going away: clear the object's back pointer and
/// release the wrapper's reference.
#[pyfunction]
pub(crate) fn obj_release(addr: u64) {
    if addr == 0 {
        return;
    }
    // SAFETY: `addr` is the object the dying wrapper owned a reference to
    // (only our wrappers call this, from __del__, with the GIL held).
    unsafe {
        let o = addr as usize as *mut RpyObject;
        (*o).host = null_mut();
        rpy_rt::rpy_obj_decref(o.cast());
    }
}

/// A field of object `addr` (`code`: `i f b`, or `r` for a reference of
/// class `cls`; offset from the class layout).
#[pyfunction]
#[pyo3(signature = (addr, offset, code, cls = None))]
pub(crate) fn obj_get(py: Python<'_>, addr: u64, offset: u32, code: &str, cls: Option<Py<PyAny>>) -> PyResult<Py<PyAny>> {
    // SAFETY: `addr` is the live object of a wrapper (the caller's self),
    // `offset` a field of its layout; GIL held.
    unsafe {
        let slot = (addr as usize as *const u8).add(offset as usize).cast::<u64>();
        let bits = std::ptr::read(slot);
        let r = match code {
            "i" => ffi::PyLong_FromLongLong(bits as i64),
            "f" => ffi::PyFloat_FromDouble(f64::from_bits(bits)),
            "b" => ffi::PyBool_FromLong((bits != 0).into()),
            _ => {
                rpy_rt::rpy_obj_incref(bits as usize as *mut c_void);
                wrap(bits, cls.as_ref().map_or(null_mut(), |c| c.as_ptr()))
            }
        };
        Py::from_owned_ptr_or_err(py, r)
    }
}

/// Store `value` into a field of object `addr`, converting as a call
/// boundary does (bool → int → float); a TypeError names the field.
#[pyfunction]
#[pyo3(signature = (addr, offset, code, value, what, cls = None, optional = false))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn obj_set(addr: u64, offset: u32, code: &str, value: &Bound<'_, PyAny>, what: &str, cls: Option<Py<PyAny>>, optional: bool) -> PyResult<()> {
    let bad = |want: &str| -> PyErr {
        let got = value.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "object".into());
        pyo3::exceptions::PyTypeError::new_err(format!("{what} must be {want}, not {got}"))
    };
    let is_bool = value.is_instance_of::<pyo3::types::PyBool>();
    let is_int = value.is_instance_of::<pyo3::types::PyInt>();
    let bits: u64 = match code {
        "i" if is_int => (value.extract::<i64>()?) as u64,
        "f" if is_int || value.is_instance_of::<pyo3::types::PyFloat>() => value.extract::<f64>()?.to_bits(),
        "b" if is_bool => u64::from(value.extract::<bool>()?),
        "i" => return Err(bad("int")),
        "f" => return Err(bad("float")),
        "b" => return Err(bad("bool")),
        _ => {
            let cls = cls.as_ref().map_or(null_mut(), |c| c.as_ptr());
            if optional && value.is_none() {
                0
            } else {
                // SAFETY: GIL held; valid objects.
                match unsafe { unwrap(value.as_ptr(), cls) } {
                    Some(a) => a,
                    None => {
                        // SAFETY: cls is a live type object.
                        let name = unsafe { Bound::from_borrowed_ptr(value.py(), cls) }.getattr("__name__").map(|n| n.to_string()).unwrap_or_default();
                        return Err(bad(&if optional { format!("{name} or None") } else { name }));
                    }
                }
            }
        }
    };
    // SAFETY: `addr` is the live object of the caller's wrapper, `offset`
    // a field of its layout; GIL held.
    unsafe {
        if code == "r" {
            rpy_rt::rpy_obj_set_ref(addr as usize as *mut c_void, i64::from(offset), bits as usize as *mut c_void);
        } else {
            std::ptr::write((addr as usize as *mut u8).add(offset as usize).cast::<u64>(), bits);
        }
    }
    Ok(())
}

/// The layout of the compiled classes of `compiled`: `[(name, size,
/// [(field, code, offset, class name or None, optional)], [(const,
/// value)])]`, for the Python side to build its classes.
pub(crate) fn layouts(module: &rpy::Module) -> Vec<(String, u32, Vec<(String, String, u32, Option<String>, bool)>)> {
    let ir = module.ir();
    ir.types
        .values()
        .map(|t| {
            let c = t.class();
            let fields = c
                .fields
                .iter()
                .map(|f| {
                    let (code, cls, opt) = match f.ty {
                        Type::I64 => ("i", None, false),
                        Type::F64 => ("f", None, false),
                        Type::Bool => ("b", None, false),
                        Type::None => ("n", None, false),
                        Type::Ref(k) => ("r", ir.types.get(k).map(|h| h.name().to_string()), false),
                        Type::OptRef(k) => ("r", ir.types.get(k).map(|h| h.name().to_string()), true),
                    };
                    (f.name.clone(), code.to_string(), f.offset, cls, opt)
                })
                .collect();
            (c.name.clone(), c.size(), fields)
        })
        .collect()
}
