//! The process-wide JIT runtime of the extension, and the host hooks of a
//! call from Python: `print` writes to `sys.stdout` (so redirection and
//! pytest's capture work, in program order), the poll runs
//! `PyErr_CheckSignals` (so Ctrl-C raises KeyboardInterrupt, and a Python
//! signal handler's exception propagates as itself).

use std::ffi::{c_char, c_void};
use std::sync::{Mutex, OnceLock};

use pyo3::ffi;
use rpy_rt::RpyHost;

/// The runtime for a tier policy and cache directory, shared by every
/// compilation in this process that asks for the same ones.
pub(crate) fn runtime(tier: rpy::Tier, cache_dir: Option<&str>, builder: &[String], builds: bool) -> Result<rpy::Runtime, rpy::Error> {
    type Runtimes = Mutex<Vec<((rpy::Tier, Option<String>, bool), rpy::Runtime)>>;
    static RTS: OnceLock<Runtimes> = OnceLock::new();
    let rts = RTS.get_or_init(|| Mutex::new(Vec::new()));
    let mut rts = rts.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let id = (tier, cache_dir.map(str::to_string), builds);
    if let Some((_, rt)) = rts.iter().find(|(k, _)| *k == id) {
        return Ok(rt.clone());
    }
    let mut b = rpy::Runtime::builder().tier(tier).background_builds(builds);
    if let Some(d) = cache_dir {
        b = b.cache_dir(d);
    }
    if !builder.is_empty() {
        b = b.builder_command(builder.to_vec());
    }
    let rt = b.build()?;
    rts.push((id, rt.clone()));
    Ok(rt)
}

/// Status meaning "a Python exception is set in this thread".
pub(crate) const HOST_PENDING: i32 = 1;

unsafe extern "C" fn print_hook(_data: *mut c_void, text: *const c_char, len: usize) -> i32 {
    // SAFETY: called by compiled code during a call made with the GIL held
    // (functions that print are never called with the GIL released), with
    // `text[..len]` valid UTF-8 from the runtime's line buffer.
    unsafe {
        let stdout = ffi::PySys_GetObject(c"stdout".as_ptr());
        if stdout.is_null() || stdout == ffi::Py_None() {
            return 0; // CPython's print() does nothing without sys.stdout
        }
        let s = ffi::PyUnicode_FromStringAndSize(text, len as ffi::Py_ssize_t);
        if s.is_null() {
            return HOST_PENDING;
        }
        let name = ffi::PyUnicode_FromString(c"write".as_ptr());
        let r = if name.is_null() { std::ptr::null_mut() } else { ffi::PyObject_CallMethodObjArgs(stdout, name, s, std::ptr::null_mut::<ffi::PyObject>()) };
        ffi::Py_XDECREF(name);
        ffi::Py_DECREF(s);
        if r.is_null() {
            return HOST_PENDING;
        }
        ffi::Py_DECREF(r);
        0
    }
}

unsafe extern "C" fn poll_hook(_data: *mut c_void) -> i32 {
    // SAFETY: only installed for calls that hold the GIL.
    if unsafe { ffi::PyErr_CheckSignals() } != 0 {
        HOST_PENDING
    } else {
        0
    }
}

/// A host table shared by every call (its `data` is null, its hooks
/// stateless).
pub(crate) struct Host(pub(crate) RpyHost);

// SAFETY: the table is immutable and its data pointer is null.
unsafe impl Sync for Host {}

/// The hooks of a call holding the GIL.
pub(crate) static WITH_GIL: Host = Host(RpyHost { data: std::ptr::null_mut(), print: Some(print_hook), poll: Some(poll_hook) });

/// The hooks of a `nogil=True` call: no Python at all (such functions
/// cannot print, and are not interruptible by Ctrl-C).
pub(crate) static NO_GIL: Host = Host(RpyHost { data: std::ptr::null_mut(), print: None, poll: None });
