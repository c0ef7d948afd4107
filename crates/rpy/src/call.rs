//! One call into compiled code: a fresh `rpy_ctx` on the Rust stack (so
//! calls on different threads share nothing), host hooks bridged to Rust
//! closures, the uniform entry called, and the status turned into an
//! [`Error`].

use std::cell::Cell;
use std::ffi::{c_char, c_void, CStr};
use std::mem::MaybeUninit;

use rpy_ir::ExcKind;
use rpy_rt::{RpyCtx, RpyHost};

use crate::error::{ErrorKind, Location};
use crate::runtime::{Hooks, ModuleInner};
use crate::Error;

type Entry = unsafe extern "C" fn(*mut RpyCtx, *const u64, *mut u64) -> i32;

/// Per-call state the hooks see.
struct CallState<'h> {
    hooks: &'h Hooks,
    /// The error a hook returned (reported instead of "host pending").
    pending: Option<Error>,
}

unsafe extern "C" fn print_hook(data: *mut c_void, text: *const c_char, len: usize) -> i32 {
    // SAFETY: `data` is the `CallState` of the running call (see
    // `call_entry`), and `text[..len]` is the runtime's line buffer.
    let state = unsafe { &mut *data.cast::<CallState<'_>>() };
    let bytes = unsafe { std::slice::from_raw_parts(text.cast::<u8>(), len) };
    let s = String::from_utf8_lossy(bytes);
    let r = match &state.hooks.print {
        Some(f) => f(&s),
        None => {
            use std::io::Write;
            std::io::stdout().lock().write_all(s.as_bytes()).map_err(|e| Error { kind: ErrorKind::Host, message: format!("cannot write to stdout: {e}"), location: None })
        }
    };
    host_status(state, r)
}

unsafe extern "C" fn poll_hook(data: *mut c_void) -> i32 {
    // SAFETY: as in `print_hook`.
    let state = unsafe { &mut *data.cast::<CallState<'_>>() };
    let r = match &state.hooks.poll {
        Some(f) => f(),
        None => Ok(()),
    };
    host_status(state, r)
}

fn host_status(state: &mut CallState<'_>, r: Result<(), Error>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(e) => {
            let code = match e.kind {
                ErrorKind::Python(k) => k.code(),
                _ => ExcKind::HostPending.code(),
            };
            state.pending = Some(e);
            i32::from(code)
        }
    }
}

thread_local! {
    /// The lowest usable stack address of this thread (computed once).
    static STACK_LOW: Cell<usize> = const { Cell::new(0) };
}

/// The address below which compiled code raises RecursionError on this
/// thread: the stack's end plus a margin for the runtime and host frames
/// (computed once per thread). Front ends with their own call path pass it
/// as `rpy_ctx.stack_low`.
pub fn stack_low() -> usize {
    STACK_LOW.with(|c| {
        if c.get() == 0 {
            c.set(compute_stack_low());
        }
        c.get()
    })
}

fn compute_stack_low() -> usize {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread; it is
    // destroyed after use.
    unsafe {
        let mut attr = MaybeUninit::<libc::pthread_attr_t>::uninit();
        if libc::pthread_getattr_np(libc::pthread_self(), attr.as_mut_ptr()) != 0 {
            return 0;
        }
        let mut addr: *mut c_void = std::ptr::null_mut();
        let mut size: usize = 0;
        let ok = libc::pthread_attr_getstack(attr.as_ptr(), &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(attr.as_mut_ptr());
        if !ok {
            return 0;
        }
        let margin = (size / 4).clamp(16 * 1024, 256 * 1024);
        addr as usize + margin
    }
}

impl ModuleInner {
    /// Call function `index` with ABI words `args` (already checked).
    pub(crate) fn call_entry(&self, index: usize, args: &[u64]) -> Result<u64, Error> {
        let hooks = self.rt.hooks.read().map(|h| h.clone()).unwrap_or_default();
        let mut state = CallState { hooks: &hooks, pending: None };
        let host = RpyHost { data: (&raw mut state).cast(), print: Some(print_hook), poll: Some(poll_hook) };
        let mut ctx = MaybeUninit::<RpyCtx>::uninit();
        let mut ret = 0u64;
        // SAFETY: the entry pointer is JIT code with the uniform entry
        // signature for function `index`, whose parameter count the caller
        // checked; ctx is initialised by the runtime before the call and
        // destroyed after; `state` and `host` outlive the call.
        let (status, err) = unsafe {
            RpyCtx::init_in_place(ctx.as_mut_ptr(), &host, self.rt.recursion_limit, stack_low());
            let entry: Entry = std::mem::transmute::<*const u8, Entry>(self.entry(index));
            let status = entry(ctx.as_mut_ptr(), args.as_ptr(), &mut ret);
            let c = &*ctx.as_ptr();
            let err = (status != 0).then(|| self.error_from(status, c));
            rpy_rt::rpy_ctx_destroy(ctx.as_mut_ptr());
            (status, err)
        };
        match err {
            None if status == 0 => Ok(ret),
            _ => {
                let mut e = err.unwrap_or_else(|| Error::usage("unknown error"));
                // A hook's own error wins over "host exception pending".
                if let Some(p) = state.pending.take() {
                    let location = e.location.take();
                    e = Error { location, ..p };
                }
                Err(e)
            }
        }
    }

    fn error_from(&self, status: i32, c: &RpyCtx) -> Error {
        let kind = u8::try_from(status).ok().and_then(ExcKind::from_code).unwrap_or(ExcKind::RuntimeError);
        // SAFETY: the runtime keeps `msg` NUL-terminated and `err_func`
        // either null or pointing at a string owned by the compiled module.
        let message = unsafe { CStr::from_ptr(c.msg.as_ptr()) }.to_string_lossy().into_owned();
        let function = if c.err_func.is_null() { String::new() } else { unsafe { CStr::from_ptr(c.err_func) }.to_string_lossy().into_owned() };
        let location = (c.err_line != 0).then(|| {
            let (file, function) = self.ir.origin(&function);
            Location { file: file.to_string(), line: c.err_line, col: c.err_col, function: function.to_string() }
        });
        let kind = if kind == ExcKind::HostPending { ErrorKind::Host } else { ErrorKind::Python(kind) };
        Error { kind, message, location }
    }
}
