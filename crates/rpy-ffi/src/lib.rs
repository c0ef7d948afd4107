//! rpy-ffi: rpythonic's C API, a small and stable C interface over the
//! [`rpy`] embedding API. The header is `include/rpy.h`, generated from
//! this crate by cbindgen (`make ffi-header`; `tests/header.rs` fails when
//! the committed header is stale). Its opening comment states the rules
//! every function follows; in short:
//!
//! * Every fallible function returns an [`rpy_status`]: `RPY_OK` or an
//!   `RPY_ERR_*` code. The details go to a per-thread last error
//!   (`rpy_error_message`, `rpy_error_type`, `rpy_error_exc_code`,
//!   `rpy_error_location`), which a successful call clears.
//! * NULL pointers, unknown names, wrong arity and wrong argument types
//!   are status codes, never a crash; a panic inside rpythonic is caught
//!   at the boundary ([`std::panic::catch_unwind`]) and is
//!   `RPY_ERR_PANIC`.
//! * Every handle the API hands out has exactly one free function
//!   (`rpy_runtime_free`, `rpy_module_free`, `rpy_func_free`,
//!   `rpy_object_free`, `rpy_string_free`); each accepts NULL, and handles
//!   may be freed in any order (a module keeps what it needs alive).
//!
//! The crate is a front end: it uses only `rpy`, never a back end.

#![allow(unsafe_code)] // a C API takes raw pointers; every unsafe block says why it is sound
#![allow(non_camel_case_types)] // the C names of the types (rpy_runtime, rpy_value, ...)
#![deny(unsafe_op_in_unsafe_fn)]

// In the order of include/rpy.h (cbindgen follows the declarations).
mod runtime;
mod call;
mod error;

pub use call::*;
pub use error::*;
pub use runtime::*;

use std::ffi::{c_char, CStr};

use error::Failure;

/// The version of the C API (`rpy_api_version()`): raised whenever a
/// function, type or constant of `rpy.h` changes incompatibly. Additions
/// keep it.
pub const RPY_API_VERSION: u32 = 1;

/// Borrow the handle behind `p` (`what` names the parameter).
///
/// # Safety
/// `p` is NULL or a live handle of type `T` made by this library.
unsafe fn borrow<'a, T>(p: *const T, what: &str) -> Result<&'a T, Failure> {
    // SAFETY: the caller's contract (a live handle or NULL).
    unsafe { p.as_ref() }.ok_or_else(|| Failure::null(what))
}

/// The UTF-8 text behind `p`, a NUL-terminated C string.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string.
unsafe fn text<'a>(p: *const c_char, what: &str) -> Result<&'a str, Failure> {
    if p.is_null() {
        return Err(Failure::null(what));
    }
    // SAFETY: non-NULL and NUL-terminated (the caller's contract).
    unsafe { CStr::from_ptr(p) }.to_str().map_err(|_| Failure::new(RPY_ERR_INVALID, format!("{what} is not valid UTF-8")))
}

/// Check that an out-parameter is not NULL.
fn check_out<T>(p: *mut T, what: &str) -> Result<(), Failure> {
    if p.is_null() {
        Err(Failure::null(what))
    } else {
        Ok(())
    }
}

/// Move `v` to the heap and hand C the pointer (freed by the matching
/// `rpy_*_free`, which rebuilds the `Box`).
fn into_handle<T>(v: T) -> *mut T {
    Box::into_raw(Box::new(v))
}

/// Free a handle made by [`into_handle`]; NULL is a no-op.
///
/// # Safety
/// `p` is NULL or a live handle from [`into_handle`], not used afterwards.
unsafe fn free_handle<T>(p: *mut T) {
    if !p.is_null() {
        // SAFETY: made by Box::into_raw and freed once (the caller's
        // contract).
        drop(unsafe { Box::from_raw(p) });
    }
}

/// The version of rpythonic, e.g. `"0.1.0"` (a static string).
#[no_mangle]
pub extern "C" fn rpy_version() -> *const c_char {
    static VERSION: &CStr = match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
        Ok(v) => v,
        Err(_) => c"?",
    };
    VERSION.as_ptr()
}

/// The version of the C API this library implements: compare it with the
/// header's `RPY_API_VERSION` at start-up.
#[no_mangle]
pub extern "C" fn rpy_api_version() -> u32 {
    RPY_API_VERSION
}
