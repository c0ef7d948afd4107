//! Status codes, the per-thread last error, and the guard every entry
//! point runs in: it catches panics, turns a [`Failure`] into a status, and
//! records or clears this thread's last error.

use std::cell::{Cell, RefCell};
use std::ffi::{c_char, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

use rpy::{ErrorKind, ExcKind};

/// What every fallible function returns: `RPY_OK` (0) or one of the
/// `RPY_ERR_*` codes. The details of a failure are this thread's last
/// error (`rpy_error_message`, ...).
pub type rpy_status = i32;

/// Success.
pub const RPY_OK: rpy_status = 0;
/// A required pointer argument was NULL.
pub const RPY_ERR_NULL: rpy_status = 1;
/// An argument is invalid: text that is not UTF-8, an unknown tier or
/// value tag, an options struct of the wrong size.
pub const RPY_ERR_INVALID: rpy_status = 2;
/// No function, class or field of that name.
pub const RPY_ERR_NOT_FOUND: rpy_status = 3;
/// Too many arguments, or a required one missing.
pub const RPY_ERR_ARITY: rpy_status = 4;
/// An argument of the wrong type (or an object of another module), or a
/// typed helper (`rpy_call_i64`, ...) used on a function whose signature
/// is not all of that type.
pub const RPY_ERR_TYPE: rpy_status = 5;
/// The source is outside the supported subset or ill-typed; the last
/// error has the rendered diagnostics and the first one's location.
pub const RPY_ERR_COMPILE: rpy_status = 6;
/// Compiled code raised a Python exception; the last error has its type
/// (`rpy_error_type`, `rpy_error_exc_code`), message and location.
pub const RPY_ERR_PYTHON: rpy_status = 7;
/// The host's print callback returned nonzero.
pub const RPY_ERR_HOST: rpy_status = 8;
/// The runtime or its environment failed: an unreadable file, no C
/// compiler for the AOT tier, an unusable cache directory, a back-end
/// error.
pub const RPY_ERR_RUNTIME: rpy_status = 9;
/// An internal error (a bug in rpythonic, caught at the API boundary);
/// the runtime remains usable.
pub const RPY_ERR_PANIC: rpy_status = 10;

/// The Python exception codes of `rpy_error_exc_code` (the ABI codes of
/// compiled code; they never change meaning).
pub type rpy_exc_code = i32;
/// `ZeroDivisionError`
pub const RPY_EXC_ZERO_DIVISION_ERROR: rpy_exc_code = 2;
/// `OverflowError`
pub const RPY_EXC_OVERFLOW_ERROR: rpy_exc_code = 3;
/// `ValueError`
pub const RPY_EXC_VALUE_ERROR: rpy_exc_code = 4;
/// `RecursionError`
pub const RPY_EXC_RECURSION_ERROR: rpy_exc_code = 5;
/// `UnboundLocalError`
pub const RPY_EXC_UNBOUND_LOCAL_ERROR: rpy_exc_code = 6;
/// `TypeError`
pub const RPY_EXC_TYPE_ERROR: rpy_exc_code = 7;
/// `IndexError`
pub const RPY_EXC_INDEX_ERROR: rpy_exc_code = 8;
/// `KeyboardInterrupt`
pub const RPY_EXC_KEYBOARD_INTERRUPT: rpy_exc_code = 9;
/// `AssertionError`
pub const RPY_EXC_ASSERTION_ERROR: rpy_exc_code = 10;
/// `RuntimeError`
pub const RPY_EXC_RUNTIME_ERROR: rpy_exc_code = 11;
/// `MemoryError`
pub const RPY_EXC_MEMORY_ERROR: rpy_exc_code = 12;
/// `ArithmeticError`
pub const RPY_EXC_ARITHMETIC_ERROR: rpy_exc_code = 13;
/// `KeyError`
pub const RPY_EXC_KEY_ERROR: rpy_exc_code = 14;
/// `NotImplementedError`
pub const RPY_EXC_NOT_IMPLEMENTED_ERROR: rpy_exc_code = 15;
/// `Exception`
pub const RPY_EXC_EXCEPTION: rpy_exc_code = 16;
/// `AttributeError`
pub const RPY_EXC_ATTRIBUTE_ERROR: rpy_exc_code = 17;
/// `LookupError`
pub const RPY_EXC_LOOKUP_ERROR: rpy_exc_code = 18;

/// Where the last error happened (`rpy_error_location`). The strings
/// belong to the last error: valid until the next call on this thread
/// that returns an `rpy_status`.
#[repr(C)]
pub struct rpy_location {
    /// The source file name, as given to `rpy_load_source` or
    /// `rpy_load_file`.
    pub file: *const c_char,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// The function that raised (`""` for a compile error).
    pub function: *const c_char,
}

/// A failed call, before it becomes the thread's last error. Boxed, so
/// that a `Result<T, Failure>` is small on the success path.
pub(crate) struct Failure(Box<FailureData>);

struct FailureData {
    status: rpy_status,
    message: String,
    exc: Option<ExcKind>,
    type_name: &'static str,
    location: Option<(String, u32, u32, String)>,
}

impl Failure {
    pub(crate) fn new(status: rpy_status, message: impl Into<String>) -> Failure {
        Failure::of(status, message.into(), None, "", None)
    }

    fn of(status: rpy_status, message: String, exc: Option<ExcKind>, type_name: &'static str, location: Option<(String, u32, u32, String)>) -> Failure {
        Failure(Box::new(FailureData { status, message, exc, type_name, location }))
    }

    pub(crate) fn null(what: &str) -> Failure {
        Failure::new(RPY_ERR_NULL, format!("{what} is NULL"))
    }
}

impl From<rpy::Error> for Failure {
    fn from(e: rpy::Error) -> Failure {
        let location = e.location.map(|l| (l.file, l.line, l.col, l.function));
        match e.kind {
            ErrorKind::Compile(ce) => {
                let location = ce.diagnostics.first().map(|d| {
                    let (line, col) = ce.line_col(d);
                    (ce.locate(d).0.name.clone(), line, col, String::new())
                });
                Failure::of(RPY_ERR_COMPILE, e.message, None, "CompileError", location)
            }
            ErrorKind::Python(k) => Failure::of(RPY_ERR_PYTHON, e.message, Some(k), k.name(), location),
            ErrorKind::Host => Failure::of(RPY_ERR_HOST, e.message, None, "", location),
            ErrorKind::NotFound => Failure::new(RPY_ERR_NOT_FOUND, e.message),
            ErrorKind::ArgCount => Failure::new(RPY_ERR_ARITY, e.message),
            ErrorKind::ArgType => Failure::new(RPY_ERR_TYPE, e.message),
            ErrorKind::Usage => Failure::new(RPY_ERR_RUNTIME, e.message),
        }
    }
}

/// A string for C: interior NULs (never produced by rpythonic, but a
/// message may quote the user's text) become U+FFFD.
pub(crate) fn c_string(s: &str) -> CString {
    CString::new(s.replace('\0', "\u{fffd}")).unwrap_or_default()
}

/// This thread's last error, as C reads it.
struct LastError {
    status: rpy_status,
    message: CString,
    exc_code: i32,
    type_name: CString,
    location: Option<(CString, u32, u32, CString)>,
}

thread_local! {
    static LAST: RefCell<Option<LastError>> = const { RefCell::new(None) };
    /// Whether `LAST` holds an error (so a successful call clears it with
    /// one flag test).
    static HAS_LAST: Cell<bool> = const { Cell::new(false) };
}

fn set_last(f: Failure) {
    let f = *f.0;
    let last = LastError {
        status: f.status,
        message: c_string(&f.message),
        exc_code: f.exc.map_or(0, |k| i32::from(k.code())),
        type_name: c_string(f.type_name),
        location: f.location.map(|(file, line, col, func)| (c_string(&file), line, col, c_string(&func))),
    };
    LAST.with(|l| *l.borrow_mut() = Some(last));
    HAS_LAST.with(|h| h.set(true));
}

pub(crate) fn clear_last() {
    if HAS_LAST.with(|h| h.replace(false)) {
        LAST.with(|l| *l.borrow_mut() = None);
    }
}

/// Run one API call: catch a panic, record the failure as this thread's
/// last error (or clear it on success), return the status.
pub(crate) fn guard(f: impl FnOnce() -> Result<(), Failure>) -> rpy_status {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => {
            clear_last();
            RPY_OK
        }
        Ok(Err(e)) => {
            let s = e.0.status;
            set_last(e);
            s
        }
        Err(panic) => {
            let what = panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned()).unwrap_or_else(|| "unknown panic".into());
            set_last(Failure::new(RPY_ERR_PANIC, format!("internal error in rpythonic (please report): {what}")));
            RPY_ERR_PANIC
        }
    }
}

/// Run a function that returns no status (a free function, a value
/// constructor): a panic is swallowed, the last error untouched.
pub(crate) fn quiet<T>(default: T, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(default)
}

/// The status of the last failed call on this thread, or `RPY_OK` if the
/// last call that returns an `rpy_status` succeeded (or there was none,
/// or `rpy_error_clear` was called).
#[no_mangle]
pub extern "C" fn rpy_error_status() -> rpy_status {
    quiet(RPY_OK, || LAST.with(|l| l.borrow().as_ref().map_or(RPY_OK, |e| e.status)))
}

/// The message of the last error on this thread (for a Python exception,
/// `str(exc)`; for a compile error, every diagnostic rendered with its
/// source line). `""` if there is none. Valid until the next call on this
/// thread that returns an `rpy_status`; never free it.
#[no_mangle]
pub extern "C" fn rpy_error_message() -> *const c_char {
    quiet(c"".as_ptr(), || LAST.with(|l| l.borrow().as_ref().map_or(c"".as_ptr(), |e| e.message.as_ptr())))
}

/// The Python type of the last error on this thread: the exception's
/// class name (`"ZeroDivisionError"`) for `RPY_ERR_PYTHON`,
/// `"CompileError"` for `RPY_ERR_COMPILE`, `""` otherwise. Same lifetime
/// as `rpy_error_message`.
#[no_mangle]
pub extern "C" fn rpy_error_type() -> *const c_char {
    quiet(c"".as_ptr(), || LAST.with(|l| l.borrow().as_ref().map_or(c"".as_ptr(), |e| e.type_name.as_ptr())))
}

/// The Python exception of the last error on this thread as a number (one
/// of `RPY_EXC_*`), or 0 if it is not a Python exception.
#[no_mangle]
pub extern "C" fn rpy_error_exc_code() -> rpy_exc_code {
    quiet(0, || LAST.with(|l| l.borrow().as_ref().map_or(0, |e| e.exc_code)))
}

/// Where the last error on this thread happened: the raising line of a
/// Python exception, the first diagnostic of a compile error. Returns
/// whether there is a location, and writes it to `*out` when `out` is not
/// NULL (without a location `*out` is left unchanged).
///
/// # Safety
/// `out` is NULL or points to writable memory for an `rpy_location`.
#[no_mangle]
pub unsafe extern "C" fn rpy_error_location(out: *mut rpy_location) -> bool {
    quiet(false, || {
        LAST.with(|l| {
            let last = l.borrow();
            let Some((file, line, col, func)) = last.as_ref().and_then(|e| e.location.as_ref()) else { return false };
            if !out.is_null() {
                // SAFETY: the caller gives a writable rpy_location; the
                // strings stay in LAST until the next status-returning
                // call.
                unsafe { out.write(rpy_location { file: file.as_ptr(), line: *line, col: *col, function: func.as_ptr() }) };
            }
            true
        })
    })
}

/// Forget this thread's last error.
#[no_mangle]
pub extern "C" fn rpy_error_clear() {
    quiet((), clear_last);
}

/// The name of a status code (`"RPY_ERR_ARITY"`), a static string;
/// `"RPY_ERR_UNKNOWN"` for a number that is not a status.
#[no_mangle]
pub extern "C" fn rpy_status_name(status: rpy_status) -> *const c_char {
    match status {
        RPY_OK => c"RPY_OK",
        RPY_ERR_NULL => c"RPY_ERR_NULL",
        RPY_ERR_INVALID => c"RPY_ERR_INVALID",
        RPY_ERR_NOT_FOUND => c"RPY_ERR_NOT_FOUND",
        RPY_ERR_ARITY => c"RPY_ERR_ARITY",
        RPY_ERR_TYPE => c"RPY_ERR_TYPE",
        RPY_ERR_COMPILE => c"RPY_ERR_COMPILE",
        RPY_ERR_PYTHON => c"RPY_ERR_PYTHON",
        RPY_ERR_HOST => c"RPY_ERR_HOST",
        RPY_ERR_RUNTIME => c"RPY_ERR_RUNTIME",
        RPY_ERR_PANIC => c"RPY_ERR_PANIC",
        _ => c"RPY_ERR_UNKNOWN",
    }
    .as_ptr()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message() -> String {
        // SAFETY: rpy_error_message returns a NUL-terminated string.
        unsafe { std::ffi::CStr::from_ptr(rpy_error_message()) }.to_string_lossy().into_owned()
    }

    #[test]
    fn a_panic_becomes_rpy_err_panic_and_the_next_call_works() {
        let st = guard(|| panic!("boom {}", 7));
        assert_eq!(st, RPY_ERR_PANIC);
        assert_eq!(rpy_error_status(), RPY_ERR_PANIC);
        assert_eq!(message(), "internal error in rpythonic (please report): boom 7");
        assert_eq!(guard(|| Ok(())), RPY_OK);
        assert_eq!(rpy_error_status(), RPY_OK);
        assert_eq!(quiet(3, || panic!("in a free function")), 3, "swallowed, with the default");
    }

    #[test]
    fn messages_with_nul_bytes_survive() {
        assert_eq!(guard(|| Err(Failure::new(RPY_ERR_INVALID, "a\0b"))), RPY_ERR_INVALID);
        assert_eq!(message(), "a\u{fffd}b");
    }
}
