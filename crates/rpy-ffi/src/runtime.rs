//! Runtimes (with their options) and modules: creating, loading source
//! text or a file, the tier, waiting for the AOT swap.

use std::ffi::{c_char, c_void};
use std::path::Path;
use std::time::Duration;

use crate::error::{guard, quiet, rpy_status, Failure, RPY_ERR_INVALID};
use crate::{borrow, check_out, free_handle, into_handle, text};

/// A tier: where compiled code runs.
pub type rpy_tier = i32;
/// The default policy: a valid cached library runs at once; otherwise
/// the JIT runs while the library is built in a background thread, and
/// every function is swapped to it when it is ready (`rpy_module_wait_aot`
/// waits for that). Without a C compiler: the JIT only.
pub const RPY_TIER_AUTO: rpy_tier = 0;
/// Cranelift, in process; never calls a C compiler.
pub const RPY_TIER_JIT: rpy_tier = 1;
/// A shared library built by the system C compiler through the
/// persistent cache, when the module is loaded.
pub const RPY_TIER_AOT: rpy_tier = 2;

/// Receives each line compiled code prints: `len` bytes of UTF-8 at
/// `text` (not NUL-terminated, with the line's `end`, usually `"\n"`).
/// Return 0, or nonzero to make the running call fail with
/// `RPY_ERR_HOST`. It is called on the thread that made the call, from
/// any thread that calls.
pub type rpy_print_fn = Option<unsafe extern "C" fn(data: *mut c_void, text: *const c_char, len: usize) -> i32>;

/// Options of `rpy_runtime_new`. Start from `rpy_runtime_options_default()`
/// and change the fields you need.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct rpy_runtime_options {
    /// `sizeof(rpy_runtime_options)`, as `rpy_runtime_options_default`
    /// sets it: lets a later version of the library add fields. Any other
    /// value is `RPY_ERR_INVALID`.
    pub size: usize,
    /// One of `RPY_TIER_*` (default `RPY_TIER_AUTO`).
    pub tier: rpy_tier,
    /// The recursion depth limit of compiled code; 0 means the default,
    /// 1000 (as CPython).
    pub recursion_limit: i64,
    /// The directory of the persistent cache of the AOT tier (NUL-terminated
    /// UTF-8, copied); NULL means the default (`$RPY_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/rpythonic`, else `~/.cache/rpythonic`).
    pub cache_dir: *const c_char,
    /// Where `print` writes; NULL means the process's stdout.
    pub print: rpy_print_fn,
    /// Passed to `print` as its first argument.
    pub print_data: *mut c_void,
}

/// A runtime: the tier policy, the JIT and the hooks. Thread-safe: load and
/// call from any thread. Free it with `rpy_runtime_free`.
pub struct rpy_runtime {
    rt: rpy::Runtime,
}

/// A compiled module: every function of one source. Thread-safe. Free it
/// with `rpy_module_free`.
pub struct rpy_module {
    pub(crate) m: rpy::Module,
}

/// The default options: the auto tier, the default cache, recursion limit
/// 1000, printing to stdout.
#[no_mangle]
pub extern "C" fn rpy_runtime_options_default() -> rpy_runtime_options {
    rpy_runtime_options {
        size: std::mem::size_of::<rpy_runtime_options>(),
        tier: RPY_TIER_AUTO,
        recursion_limit: 0,
        cache_dir: std::ptr::null(),
        print: None,
        print_data: std::ptr::null_mut(),
    }
}

/// The host's print callback, callable from any thread (the host's
/// promise in `rpy_print_fn`).
struct PrintCallback {
    f: unsafe extern "C" fn(*mut c_void, *const c_char, usize) -> i32,
    data: *mut c_void,
}

// SAFETY: the header documents that the callback is called from whichever
// thread makes a call, so the host's `data` must allow that.
unsafe impl Send for PrintCallback {}
// SAFETY: as above; the callback gets no `&mut`.
unsafe impl Sync for PrintCallback {}

impl PrintCallback {
    fn print(&self, line: &str) -> Result<(), rpy::Error> {
        // SAFETY: `f` is the host's callback with the documented
        // signature; `line` outlives the call.
        let r = unsafe { (self.f)(self.data, line.as_ptr().cast(), line.len()) };
        if r == 0 {
            Ok(())
        } else {
            Err(rpy::Error { kind: rpy::ErrorKind::Host, message: format!("the print callback returned {r}"), location: None })
        }
    }
}

pub(crate) fn tier_of(t: rpy::Tier) -> rpy_tier {
    match t {
        rpy::Tier::Auto => RPY_TIER_AUTO,
        rpy::Tier::Jit => RPY_TIER_JIT,
        rpy::Tier::Aot => RPY_TIER_AOT,
    }
}

/// Make a runtime. `opts` may be NULL for the defaults. On success `*out`
/// is the new runtime (free it with `rpy_runtime_free`); on failure it is
/// set to NULL.
///
/// # Safety
/// `opts` is NULL or points to an `rpy_runtime_options`; `out` is NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_runtime_new(opts: *const rpy_runtime_options, out: *mut *mut rpy_runtime) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: checked non-NULL; writable (the caller's contract).
        unsafe { out.write(std::ptr::null_mut()) };
        let o = if opts.is_null() {
            rpy_runtime_options_default()
        } else {
            // SAFETY: the size field comes first in every version of the
            // struct; it is read before anything else.
            let size = unsafe { opts.cast::<usize>().read() };
            if size != std::mem::size_of::<rpy_runtime_options>() {
                return Err(Failure::new(RPY_ERR_INVALID, format!("opts->size is {size}, not sizeof(rpy_runtime_options) = {}: start from rpy_runtime_options_default()", std::mem::size_of::<rpy_runtime_options>())));
            }
            // SAFETY: a whole rpy_runtime_options (its size says so).
            unsafe { opts.read() }
        };
        let tier = match o.tier {
            RPY_TIER_AUTO => rpy::Tier::Auto,
            RPY_TIER_JIT => rpy::Tier::Jit,
            RPY_TIER_AOT => rpy::Tier::Aot,
            t => return Err(Failure::new(RPY_ERR_INVALID, format!("opts->tier is {t}, not one of RPY_TIER_AUTO, RPY_TIER_JIT, RPY_TIER_AOT"))),
        };
        if o.recursion_limit < 0 {
            return Err(Failure::new(RPY_ERR_INVALID, format!("opts->recursion_limit is {}, not positive (or 0 for the default)", o.recursion_limit)));
        }
        let mut b = rpy::Runtime::builder().tier(tier);
        if o.recursion_limit > 0 {
            b = b.recursion_limit(o.recursion_limit);
        }
        if !o.cache_dir.is_null() {
            // SAFETY: non-NULL, NUL-terminated (the documented contract).
            b = b.cache_dir(unsafe { text(o.cache_dir, "opts->cache_dir") }?);
        }
        if let Some(f) = o.print {
            let cb = PrintCallback { f, data: o.print_data };
            b = b.on_print(move |line| cb.print(line));
        }
        let rt = b.build()?;
        // SAFETY: checked non-NULL above.
        unsafe { out.write(into_handle(rpy_runtime { rt })) };
        Ok(())
    })
}

/// Free a runtime (NULL is a no-op). Modules, functions and objects made
/// through it stay valid until they are freed themselves.
///
/// # Safety
/// `rt` is NULL or a runtime from `rpy_runtime_new`, not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn rpy_runtime_free(rt: *mut rpy_runtime) {
    // SAFETY: the caller's contract.
    quiet((), || unsafe { free_handle(rt) });
}

/// Finish a load: write the module to `*out`.
fn loaded(out: *mut *mut rpy_module, r: Result<rpy::Module, rpy::Error>) -> Result<(), Failure> {
    let m = r?;
    // SAFETY: `out` was checked non-NULL by the caller of `loaded`.
    unsafe { out.write(into_handle(rpy_module { m })) };
    Ok(())
}

/// Compile every function of `text` (NUL-terminated UTF-8 Python source);
/// `filename` names it in errors and locations (e.g. `"shapes.py"`). On
/// failure `*out` is NULL: `RPY_ERR_COMPILE` with the diagnostics in the
/// last error, or `RPY_ERR_RUNTIME` (e.g. the AOT tier could not build).
///
/// # Safety
/// `rt` is NULL or a live runtime; `filename` and `text` are NULL or
/// NUL-terminated strings; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_load_source(rt: *const rpy_runtime, filename: *const c_char, text: *const c_char, out: *mut *mut rpy_module) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: checked non-NULL; writable (the caller's contract).
        unsafe { out.write(std::ptr::null_mut()) };
        // SAFETY: the caller's contract for each pointer.
        let (rt, filename, source) = unsafe { (borrow(rt, "rt")?, crate::text(filename, "filename")?, crate::text(text, "text")?) };
        let name = Path::new(filename).file_stem().and_then(|s| s.to_str()).filter(|s| !s.is_empty()).unwrap_or("module");
        loaded(out, rt.rt.load(name, &rpy::SourceFile::new(filename, source), &rpy::Options::default()))
    })
}

/// Compile every function of the Python file at `path`; its path names it
/// in errors and locations. As `rpy_load_source` otherwise (an unreadable
/// file is `RPY_ERR_RUNTIME`).
///
/// # Safety
/// `rt` is NULL or a live runtime; `path` is NULL or a NUL-terminated
/// string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_load_file(rt: *const rpy_runtime, path: *const c_char, out: *mut *mut rpy_module) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: checked non-NULL; writable (the caller's contract).
        unsafe { out.write(std::ptr::null_mut()) };
        // SAFETY: the caller's contract for each pointer.
        let (rt, path) = unsafe { (borrow(rt, "rt")?, text(path, "path")?) };
        loaded(out, rt.rt.load_file(path))
    })
}

/// Free a module (NULL is a no-op). Its functions and objects stay valid
/// until they are freed themselves; its code is never unloaded.
///
/// # Safety
/// `m` is NULL or a module from `rpy_load_*`, not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn rpy_module_free(m: *mut rpy_module) {
    // SAFETY: the caller's contract.
    quiet((), || unsafe { free_handle(m) });
}

/// The tier the module's functions run on now: `RPY_TIER_JIT` until a
/// background build swaps them to `RPY_TIER_AOT`.
///
/// # Safety
/// `m` is NULL or a live module; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_module_tier(m: *const rpy_module, out: *mut rpy_tier) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: the caller's contract; `out` checked non-NULL.
        unsafe { out.write(tier_of(borrow(m, "m")?.m.tier())) };
        Ok(())
    })
}

/// Wait at most `timeout_ms` milliseconds for the module's pending
/// background build (the auto tier) and its hot swap. `*on_aot` (if
/// `on_aot` is not NULL) tells whether the module now runs on the AOT
/// tier. A module with no pending build returns at once. Running out of
/// time is not an error: `*on_aot` is then false.
///
/// # Safety
/// `m` is NULL or a live module; `on_aot` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_module_wait_aot(m: *const rpy_module, timeout_ms: u64, on_aot: *mut bool) -> rpy_status {
    guard(|| {
        // SAFETY: the caller's contract.
        let m = unsafe { borrow(m, "m") }?;
        let done = m.m.wait_for_aot(Duration::from_millis(timeout_ms));
        if !on_aot.is_null() {
            // SAFETY: non-NULL and writable (the caller's contract).
            unsafe { on_aot.write(done) };
        }
        Ok(())
    })
}
