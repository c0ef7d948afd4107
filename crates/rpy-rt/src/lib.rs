//! The rpythonic runtime: one C source, `csrc/rpy_rt.c` with its ABI header
//! `csrc/rpy_rt.h`, that defines the run-time semantics of compiled code
//! for both tiers: error state, `print` (float repr, format specs,
//! `%`-formatting), the recursion check, interrupt polling and every int,
//! float and `math` operation that is more than one machine instruction.
//!
//! The AOT tier embeds the source text ([`RT_C`], [`RT_H`]) into every
//! library it builds; the JIT tier links the copy that `build.rs` compiles
//! with the same flags (`-std=c11 -O2 -ffp-contract=off -fno-builtin`) and
//! registers its [`symbols`]. One source means both tiers print and fail
//! identically; the semantics are CPython 3.11's, as defined by the oracle
//! in `rpy_ir` (`tests/differential.rs` checks every function against it).
//!
//! **Invariant: the runtime has no global mutable state of its own.**
//! Per-call and per-thread state (the pending error, the recursion depth,
//! the print line being built) lives in the [`RpyCtx`] passed to every
//! compiled function; per-process state (the print and poll hooks) is
//! reached through the [`RpyHost`] pointer in the ctx. So the runtime copy
//! embedded in an AOT library and the one linked into the JIT interoperate.
//!
//! This crate only declares the ABI; it contains no Rust logic, so it may
//! use `unsafe` (for the `extern "C"` declarations).

#![allow(unsafe_code)]
#![deny(missing_docs)]

use std::ffi::{c_char, c_void};

/// The C source of the runtime, embedded by the AOT tier.
pub const RT_C: &str = include_str!("../csrc/rpy_rt.c");

/// The ABI header of the runtime (`rpy_rt.h`).
pub const RT_H: &str = include_str!("../csrc/rpy_rt.h");

/// `RPY_ABI_VERSION`: the version of the ABI described by [`RT_H`].
pub const ABI_VERSION: u32 = 4;

/// `RPY_MSG_CAP`: capacity of [`RpyCtx::msg`], NUL included.
pub const RPY_MSG_CAP: usize = 512;

/// `RPY_POLL_INTERVAL`: loop back-edges between two calls of the poll hook.
pub const RPY_POLL_INTERVAL: i64 = 65536;

/// Status codes (`RPY_OK`, `RPY_E_*`): 0 is success, the others are the
/// codes of `rpy_ir::ExcKind`.
pub mod status {
    /// Success.
    pub const OK: i32 = 0;
    /// The host has a Python exception pending (raised in a host hook).
    pub const HOST_PENDING: i32 = 1;
    /// `ZeroDivisionError`
    pub const ZERO_DIVISION: i32 = 2;
    /// `OverflowError`
    pub const OVERFLOW: i32 = 3;
    /// `ValueError`
    pub const VALUE: i32 = 4;
    /// `RecursionError`
    pub const RECURSION: i32 = 5;
    /// `UnboundLocalError`
    pub const UNBOUND_LOCAL: i32 = 6;
    /// `TypeError`
    pub const TYPE: i32 = 7;
    /// `IndexError`
    pub const INDEX: i32 = 8;
    /// `KeyboardInterrupt`
    pub const KEYBOARD_INTERRUPT: i32 = 9;
    /// `AssertionError`
    pub const ASSERTION: i32 = 10;
    /// `RuntimeError`
    pub const RUNTIME: i32 = 11;
    /// `MemoryError`
    pub const MEMORY: i32 = 12;
    /// `ArithmeticError`
    pub const ARITHMETIC: i32 = 13;
    /// `KeyError`
    pub const KEY: i32 = 14;
    /// `NotImplementedError`
    pub const NOT_IMPLEMENTED: i32 = 15;
    /// `Exception`
    pub const EXCEPTION: i32 = 16;
    /// `AttributeError`
    pub const ATTRIBUTE: i32 = 17;
    /// `LookupError`
    pub const LOOKUP: i32 = 18;
}

/// The print hook: write one complete line (`text`, `len` bytes, UTF-8;
/// also NUL-terminated). Returns 0 or a status code.
pub type PrintHook =
    unsafe extern "C" fn(data: *mut c_void, text: *const c_char, len: usize) -> i32;

/// The interrupt poll hook. Returns 0 or a status code (typically
/// `KEYBOARD_INTERRUPT`, or `HOST_PENDING` when a Python signal handler
/// raised).
pub type PollHook = unsafe extern "C" fn(data: *mut c_void) -> i32;

/// `rpy_host`: per-process hooks, shared by every ctx of the process.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct RpyHost {
    /// Passed back to the hooks.
    pub data: *mut c_void,
    /// Writes a `print` line; `None`: the C `stdout`.
    pub print: Option<PrintHook>,
    /// Polled every [`RPY_POLL_INTERVAL`] loop iterations; `None`: never
    /// interrupted.
    pub poll: Option<PollHook>,
}

/// `rpy_class`: the descriptor every instance points to (its layout as
/// the runtime needs it: size and where its references are).
#[repr(C)]
#[derive(Debug)]
pub struct RpyClass {
    /// The class name (NUL-terminated).
    pub name: *const c_char,
    /// Instance size in bytes, header included.
    pub size: u32,
    /// Number of reference fields.
    pub nrefs: u32,
    /// Their byte offsets.
    pub ref_offsets: *const u32,
    /// `RPY_KIND_*`: 0 an instance, 1 a list.
    pub kind: u32,
    /// For a list, `RPY_ELEM_*` of its items; for an array `RPY_ARR_*`.
    pub elem: u32,
    /// For a tuple, `RPY_ELEM_*` of each field.
    pub kinds: *const u8,
}

// SAFETY: a descriptor is immutable after creation and points only at
// immutable, leaked data.
unsafe impl Sync for RpyClass {}
unsafe impl Send for RpyClass {}

impl RpyClass {
    /// The process's descriptor for a class of this name and layout
    /// (made once, on first use, and kept for the life of the process).
    pub fn intern(name: &str, size: u32, ref_offsets: &[u32]) -> &'static RpyClass {
        RpyClass::intern_kind(name, size, ref_offsets, None)
    }

    /// The interned descriptor of a tuple whose fields are read as
    /// `kinds` (`RPY_ELEM_*`).
    pub fn intern_tuple(size: u32, ref_offsets: &[u32], kinds: &[u8]) -> &'static RpyClass {
        RpyClass::intern_kind("tuple", size, ref_offsets, Some(kinds))
    }

    fn intern_kind(name: &str, size: u32, ref_offsets: &[u32], kinds: Option<&[u8]>) -> &'static RpyClass {
        type Key = (String, u32, Vec<u32>, Option<Vec<u8>>);
        static TABLE: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<Key, &'static RpyClass>>> = std::sync::OnceLock::new();
        let mut t = TABLE.get_or_init(Default::default).lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *t.entry((name.to_string(), size, ref_offsets.to_vec(), kinds.map(<[u8]>::to_vec))).or_insert_with(|| {
            let c = RpyClass::leak(name, size, ref_offsets);
            match kinds {
                None => c,
                Some(k) => {
                    let k: &'static [u8] = Box::leak(k.to_vec().into_boxed_slice());
                    Box::leak(Box::new(RpyClass { kind: 3, kinds: k.as_ptr(), ..*c }))
                }
            }
        })
    }

    /// A descriptor that lives for the rest of the process.
    pub fn leak(name: &str, size: u32, ref_offsets: &[u32]) -> &'static RpyClass {
        let name: &'static std::ffi::CStr = Box::leak(std::ffi::CString::new(name.replace('\0', "")).unwrap_or_default().into_boxed_c_str());
        let offsets: &'static [u32] = Box::leak(ref_offsets.to_vec().into_boxed_slice());
        Box::leak(Box::new(RpyClass { name: name.as_ptr(), size, nrefs: offsets.len() as u32, ref_offsets: offsets.as_ptr(), kind: 0, elem: 0, kinds: std::ptr::null() }))
    }
}

/// `rpy_object`: the header of every instance; fields follow at offset
/// [`RPY_OBJECT_HEADER`] + 8*i.
#[repr(C)]
#[derive(Debug)]
pub struct RpyObject {
    /// Reference count (not atomic).
    pub refcnt: i64,
    /// The class descriptor.
    pub cls: *const RpyClass,
    /// The host's wrapper object, borrowed (null if none).
    pub host: *mut c_void,
}

/// `rpy_list`: a list of any item type (items are 64-bit words).
#[repr(C)]
#[derive(Debug)]
pub struct RpyList {
    /// The object header.
    pub head: RpyObject,
    /// Items in use.
    pub len: i64,
    /// Items allocated.
    pub cap: i64,
    /// The item array.
    pub items: *mut u64,
}

impl RpyList {
    /// The items in use (an empty list may have no item array).
    ///
    /// # Safety
    /// `self` is a live list, not changed while the slice is used.
    pub unsafe fn words(&self) -> &[u64] {
        if self.items.is_null() || self.len <= 0 {
            return &[];
        }
        // SAFETY: see the function doc: `len` words are initialised.
        unsafe { std::slice::from_raw_parts(self.items, self.len as usize) }
    }
}

/// `rpy_str`: immutable UTF-8 text (code point count, byte count, bytes).
#[repr(C)]
#[derive(Debug)]
pub struct RpyStr {
    /// The object header.
    pub head: RpyObject,
    /// Code points.
    pub nchars: i64,
    /// Bytes of UTF-8 at `data`.
    pub nbytes: i64,
}

impl RpyStr {
    /// The text of the str at `s`.
    ///
    /// # Safety
    /// `s` is a live `rpy_str` (its bytes are valid UTF-8, as every
    /// constructor guarantees), borrowed for `'a`.
    pub unsafe fn text<'a>(s: *const RpyStr) -> &'a str {
        // SAFETY: see the function doc: `nbytes` bytes follow the header.
        unsafe {
            let data = (s as *const u8).add(std::mem::size_of::<RpyStr>());
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(data, (*s).nbytes as usize))
        }
    }
}

/// Size of [`RpyObject`].
pub const RPY_OBJECT_HEADER: usize = 24;

/// `rpy_ctx`: the per-call (per-thread) state of compiled code. Initialize
/// it with [`rpy_ctx_init`] and release it with [`rpy_ctx_destroy`].
#[repr(C)]
#[derive(Debug)]
pub struct RpyCtx {
    /// Code of the pending exception, 0 = none.
    pub status: i32,
    /// Source line where it was raised (0 = not yet known).
    pub err_line: u32,
    /// Source column where it was raised.
    pub err_col: u32,
    /// Name of the function that raised (a static NUL-terminated string).
    pub err_func: *const c_char,
    /// The NUL-terminated message (UTF-8).
    pub msg: [c_char; RPY_MSG_CAP],
    /// Current call depth of compiled frames.
    pub depth: i64,
    /// RecursionError when the depth would exceed this.
    pub depth_limit: i64,
    /// RecursionError when the stack pointer goes below this.
    pub stack_low: usize,
    /// Loop back-edges left before the next poll.
    pub poll_countdown: i64,
    /// The print line being built (owned by the runtime).
    pub buf: *mut c_char,
    /// Bytes used in `buf` (`usize::MAX`: an allocation failed while
    /// building this line; the next fallible print call raises
    /// MemoryError).
    pub buf_len: usize,
    /// Capacity of `buf`.
    pub buf_cap: usize,
    /// The process's hooks (may be null: print to `stdout`, never poll).
    pub host: *const RpyHost,
    /// References the call keeps until `rpy_ctx_destroy` (see
    /// `rpy_poll_keep`): owned by the runtime.
    pub keep: *mut *mut c_void,
    /// Entries used in `keep`.
    pub keep_len: usize,
    /// Capacity of `keep`.
    pub keep_cap: usize,
}

impl RpyCtx {
    /// A zeroed ctx, to be initialized with [`rpy_ctx_init`] before use.
    pub fn zeroed() -> RpyCtx {
        RpyCtx {
            status: 0,
            err_line: 0,
            err_col: 0,
            err_func: std::ptr::null(),
            msg: [0; RPY_MSG_CAP],
            depth: 0,
            depth_limit: 0,
            stack_low: 0,
            poll_countdown: 0,
            buf: std::ptr::null_mut(),
            buf_len: 0,
            buf_cap: 0,
            host: std::ptr::null(),
            keep: std::ptr::null_mut(),
            keep_len: 0,
            keep_cap: 0,
        }
    }

    /// Initialise a ctx in place for one call, like `rpy_ctx_init` but
    /// without clearing the message buffer (only its first byte), which
    /// keeps the per-call cost of a host's fast path to a few stores.
    ///
    /// # Safety
    /// `ctx` must be valid for writes; `host` must outlive the call.
    pub unsafe fn init_in_place(ctx: *mut RpyCtx, host: *const RpyHost, depth_limit: i64, stack_low: usize) {
        use std::ptr::addr_of_mut;
        // SAFETY: the caller guarantees `ctx` is writable; every field is
        // written (the message buffer needs only its terminator).
        unsafe {
            addr_of_mut!((*ctx).status).write(0);
            addr_of_mut!((*ctx).err_line).write(0);
            addr_of_mut!((*ctx).err_col).write(0);
            addr_of_mut!((*ctx).err_func).write(std::ptr::null());
            addr_of_mut!((*ctx).msg).cast::<c_char>().write(0);
            addr_of_mut!((*ctx).depth).write(0);
            addr_of_mut!((*ctx).depth_limit).write(depth_limit);
            addr_of_mut!((*ctx).stack_low).write(stack_low);
            addr_of_mut!((*ctx).poll_countdown).write(RPY_POLL_INTERVAL);
            addr_of_mut!((*ctx).buf).write(std::ptr::null_mut());
            addr_of_mut!((*ctx).buf_len).write(0);
            addr_of_mut!((*ctx).buf_cap).write(0);
            addr_of_mut!((*ctx).host).write(host);
            addr_of_mut!((*ctx).keep).write(std::ptr::null_mut());
            addr_of_mut!((*ctx).keep_len).write(0);
            addr_of_mut!((*ctx).keep_cap).write(0);
        }
    }

    /// The pending exception's message (lossy UTF-8).
    pub fn message(&self) -> String {
        let bytes: Vec<u8> = self
            .msg
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// The print line built so far (empty if an allocation failed).
    pub fn line(&self) -> &[u8] {
        if self.buf.is_null() || self.buf_len == usize::MAX {
            return &[];
        }
        // SAFETY: the runtime keeps `buf_len` initialized bytes at `buf`.
        unsafe { std::slice::from_raw_parts(self.buf.cast::<u8>(), self.buf_len) }
    }
}

/// Declares the runtime functions and the [`symbols`] table together, so
/// the table lists every declared function.
macro_rules! runtime_functions {
    ($( $(#[$m:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ty)?; )*) => {
        unsafe extern "C" {
            $( $(#[$m])* pub fn $name($($arg: $ty),*) $(-> $ret)?; )*
        }

        /// Every runtime function: its C name and address, for the JIT to
        /// register.
        pub fn symbols() -> Vec<(&'static str, *const u8)> {
            vec![$((stringify!($name), $name as *const u8),)*]
        }
    };
}

runtime_functions! {
    // ---- context
    /// Initialize `ctx` (no error, depth 0, empty print line).
    fn rpy_ctx_init(ctx: *mut RpyCtx, host: *const RpyHost, depth_limit: i64, stack_low: usize);
    /// Free what `ctx` owns (the print line buffer).
    fn rpy_ctx_destroy(ctx: *mut RpyCtx);
    /// A new zeroed instance of `cls` (refcnt 1).
    fn rpy_obj_new(ctx: *mut RpyCtx, cls: *const RpyClass, out: *mut *mut c_void) -> i32;
    /// One more reference (NULL-safe).
    fn rpy_obj_incref(o: *mut c_void);
    /// Release a reference (NULL-safe), freeing at zero.
    fn rpy_obj_decref(o: *mut c_void);
    /// Free an object whose count just reached zero.
    fn rpy_obj_free(o: *mut c_void);
    /// Store a reference into a field (incref new, decref old).
    fn rpy_obj_set_ref(o: *mut c_void, offset: i64, v: *mut c_void);
    /// Clear the pending error (status, location, message).
    fn rpy_ctx_clear_error(ctx: *mut RpyCtx);

    // ---- raising
    /// Raise `code` with `msg` unless an error is pending; returns `code`.
    fn rpy_raise(ctx: *mut RpyCtx, code: i32, msg: *const c_char) -> i32;
    /// [`rpy_raise`] and [`rpy_locate`].
    fn rpy_raise_at(ctx: *mut RpyCtx, code: i32, msg: *const c_char, line: u32, col: u32, func: *const c_char) -> i32;
    /// Record where the pending error was raised, if not yet recorded.
    fn rpy_locate(ctx: *mut RpyCtx, line: u32, col: u32, func: *const c_char);

    // ---- calls
    /// Function prologue: RecursionError past the depth limit or when `sp`
    /// is below the stack's low bound.
    fn rpy_enter(ctx: *mut RpyCtx, sp: usize) -> i32;
    /// Function epilogue.
    fn rpy_leave(ctx: *mut RpyCtx);
    /// Loop back-edge slow path: reset the countdown and call the poll hook.
    fn rpy_poll(ctx: *mut RpyCtx) -> i32;
    /// [`rpy_poll`] keeping `objs[..n]` (borrowed references live across
    /// the back-edge) alive through whatever the host's code drops.
    fn rpy_poll_keep(ctx: *mut RpyCtx, objs: *const *mut c_void, n: usize) -> i32;
    /// Release a reference unless it is the last one (then return 1 and
    /// leave it to the caller).
    fn rpy_obj_release_unless_last(o: *mut c_void) -> i32;

    // ---- int
    /// `a // b`
    fn rpy_int_floordiv(ctx: *mut RpyCtx, a: i64, b: i64, out: *mut i64) -> i32;
    /// `a % b`
    fn rpy_int_mod(ctx: *mut RpyCtx, a: i64, b: i64, out: *mut i64) -> i32;
    /// `a ** b` (`b >= 0`)
    fn rpy_int_pow(ctx: *mut RpyCtx, a: i64, b: i64, out: *mut i64) -> i32;
    /// `a << b`
    fn rpy_int_shl(ctx: *mut RpyCtx, a: i64, b: i64, out: *mut i64) -> i32;
    /// `a >> b`
    fn rpy_int_shr(ctx: *mut RpyCtx, a: i64, b: i64, out: *mut i64) -> i32;
    /// `a / b`, correctly rounded.
    fn rpy_int_truediv(ctx: *mut RpyCtx, a: i64, b: i64, out: *mut f64) -> i32;
    /// `round(a, n)` for an int.
    fn rpy_int_round_digits(ctx: *mut RpyCtx, a: i64, n: i64, out: *mut i64) -> i32;
    /// Exact int/float comparison: `op` 0 `==`, 1 `!=`, 2 `<`, 3 `<=`,
    /// 4 `>`, 5 `>=`; returns 0 or 1.
    fn rpy_intfloat_cmp(a: i64, b: f64, op: i64) -> i64;

    // ---- float
    /// `a / b`
    fn rpy_float_div(ctx: *mut RpyCtx, a: f64, b: f64, out: *mut f64) -> i32;
    /// `a // b`
    fn rpy_float_floordiv(ctx: *mut RpyCtx, a: f64, b: f64, out: *mut f64) -> i32;
    /// `a % b`
    fn rpy_float_mod(ctx: *mut RpyCtx, a: f64, b: f64, out: *mut f64) -> i32;
    /// `a ** b`
    fn rpy_float_pow(ctx: *mut RpyCtx, a: f64, b: f64, out: *mut f64) -> i32;
    /// `int(a)`
    fn rpy_float_to_int(ctx: *mut RpyCtx, a: f64, out: *mut i64) -> i32;
    /// `round(a)`, half to even.
    fn rpy_float_round(ctx: *mut RpyCtx, a: f64, out: *mut i64) -> i32;
    /// `round(a, n)`
    fn rpy_float_round_digits(ctx: *mut RpyCtx, a: f64, n: i64, out: *mut f64) -> i32;

    // ---- math
    /// One-argument `math` function number `which` (0 sqrt, 1 exp, 2 log,
    /// 3 log2, 4 log10, 5 sin, 6 cos, 7 tan, 8 asin, 9 acos, 10 atan,
    /// 11 sinh, 12 cosh, 13 tanh).
    fn rpy_math1(ctx: *mut RpyCtx, which: i64, x: f64, out: *mut f64) -> i32;
    /// `math.pow(x, y)`
    fn rpy_math_pow(ctx: *mut RpyCtx, x: f64, y: f64, out: *mut f64) -> i32;
    /// `math.fmod(x, y)`
    fn rpy_math_fmod(ctx: *mut RpyCtx, x: f64, y: f64, out: *mut f64) -> i32;
    /// `math.hypot(x, y)`
    fn rpy_math_hypot(x: f64, y: f64) -> f64;
    /// `math.atan2(y, x)`
    fn rpy_math_atan2(y: f64, x: f64) -> f64;
    /// `math.floor(x)` to int.
    fn rpy_math_floor(ctx: *mut RpyCtx, x: f64, out: *mut i64) -> i32;
    /// `math.ceil(x)` to int.
    fn rpy_math_ceil(ctx: *mut RpyCtx, x: f64, out: *mut i64) -> i32;

    // ---- print
    /// Start a print line.
    fn rpy_print_begin(ctx: *mut RpyCtx);
    /// Append literal text (`len` bytes of UTF-8).
    fn rpy_print_lit(ctx: *mut RpyCtx, s: *const c_char, len: usize);
    /// Append `str(v)` of an int.
    fn rpy_print_int(ctx: *mut RpyCtx, v: i64);
    /// Append `str(v)` of a float (its repr).
    fn rpy_print_float(ctx: *mut RpyCtx, v: f64);
    /// Append `True` or `False`.
    fn rpy_print_bool(ctx: *mut RpyCtx, v: i64);
    /// Append `None`.
    fn rpy_print_none(ctx: *mut RpyCtx);
    /// Append `format(v, spec)` of an int.
    fn rpy_print_format_int(ctx: *mut RpyCtx, v: i64, spec: *const c_char) -> i32;
    /// Append `format(v, spec)` of a float.
    fn rpy_print_format_float(ctx: *mut RpyCtx, v: f64, spec: *const c_char) -> i32;
    /// Append `format(v, spec)` of a bool.
    fn rpy_print_format_bool(ctx: *mut RpyCtx, v: i64, spec: *const c_char) -> i32;
    /// Append `conv % v` of an int.
    fn rpy_print_percent_int(ctx: *mut RpyCtx, v: i64, conv: *const c_char) -> i32;
    /// Append `conv % v` of a float.
    fn rpy_print_percent_float(ctx: *mut RpyCtx, v: f64, conv: *const c_char) -> i32;
    /// Append `conv % v` of a bool.
    fn rpy_print_percent_bool(ctx: *mut RpyCtx, v: i64, conv: *const c_char) -> i32;
    /// Append `conv % None`.
    fn rpy_print_percent_none(ctx: *mut RpyCtx, conv: *const c_char) -> i32;
    /// Hand the line to the print hook (or `stdout`) and reset it.
    fn rpy_print_end(ctx: *mut RpyCtx) -> i32;
    /// Save and clear the pending exception (a handle).
    fn rpy_exc_take(ctx: *mut RpyCtx) -> i64;
    /// Append `str(e)` of a saved exception to the print line.
    fn rpy_print_exc(ctx: *mut RpyCtx, exc: i64);
    /// The saved exception's status code.
    fn rpy_exc_code(exc: i64) -> i64;
    /// Free a saved exception (handled).
    fn rpy_exc_drop(exc: i64);
    /// Restore a saved exception into `ctx`, keeping it; its status.
    fn rpy_exc_reraise(ctx: *mut RpyCtx, exc: i64) -> i32;
    /// Restore a saved exception into `ctx` and free it; its status.
    fn rpy_exc_rethrow(ctx: *mut RpyCtx, exc: i64) -> i32;
    /// Raise `code` with the line built so far as the message.
    fn rpy_raise_line(ctx: *mut RpyCtx, code: i32, line: u32, col: u32, func: *const c_char) -> i32;

    // ---- lists
    /// One list operation (`RPY_LIST_*`), operands in `a`, result in `out`.
    fn rpy_list_op(ctx: *mut RpyCtx, op: i64, a: *const u64, out: *mut u64) -> i32;
    /// The descriptor of lists of `elem` items.
    fn rpy_list_class(elem: i64) -> *const RpyClass;
    /// Append `repr(l)` to the print line.
    fn rpy_print_list(ctx: *mut RpyCtx, l: *mut c_void);
    /// A new str of `n` bytes of UTF-8 at `data`.
    fn rpy_str_new(data: *const c_char, n: i64) -> *mut c_void;
    /// Append a str (or its repr) to the print line.
    fn rpy_print_str(ctx: *mut RpyCtx, s: *mut c_void, repr: i64);
    /// A view of `len` items of kind `elem` (`RPY_ARR_*`) at `data`.
    fn rpy_array_view(elem: i64, data: *mut c_void, len: i64, readonly: i64) -> *mut c_void;

    // ---- text helpers
    /// Write `repr(x)` into `out` (NUL-terminated, `cap >= 32` is enough);
    /// returns its length.
    fn rpy_float_repr(x: f64, out: *mut c_char, cap: usize) -> usize;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_rust_agree_on_constants() {
        assert!(RT_H.contains(&format!("#define RPY_ABI_VERSION {ABI_VERSION}")));
        assert!(RT_H.contains(&format!("#define RPY_MSG_CAP {RPY_MSG_CAP}")));
        assert!(RT_H.contains(&format!("#define RPY_POLL_INTERVAL {RPY_POLL_INTERVAL}")));
    }

    /// Every function the header declares is in `symbols()`, and no other.
    #[test]
    fn symbols_list_every_header_function() {
        let mut declared: Vec<&str> = Vec::new();
        for line in RT_H.lines() {
            let line = line.split("/*").next().unwrap_or_default().trim();
            if line.starts_with('*') || line.starts_with('#') {
                continue;
            }
            // The declared name is the `rpy_` word right before the first
            // parenthesis (a return type may mention `rpy_class`).
            let head = line.split('(').next().unwrap_or_default();
            if let Some(open) = head
                .rfind("rpy_")
                .filter(|_| line.ends_with(");") && line.contains('('))
            {
                let name: String = line[open..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if line[open + name.len()..].starts_with('(') {
                    declared.push(Box::leak(name.into_boxed_str()));
                }
            }
        }
        let mut listed: Vec<&str> = symbols()
            .iter()
            .map(|(n, p)| {
                assert!(!p.is_null(), "{n}");
                *n
            })
            .collect();
        declared.sort_unstable();
        listed.sort_unstable();
        assert_eq!(declared, listed);
    }
}
