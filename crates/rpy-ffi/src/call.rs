//! Functions, values, calls and objects: looking a function up, the
//! uniform call with tagged values, the typed helpers, instances of
//! compiled classes and their fields.

use std::ffi::{c_char, CString};

use crate::error::{c_string, guard, quiet, rpy_status, Failure, RPY_ERR_INVALID};
use crate::runtime::{rpy_module, rpy_tier, tier_of};
use crate::{borrow, check_out, free_handle, into_handle, text};

/// The type of an `rpy_value`: one of `RPY_NONE`, `RPY_INT`, `RPY_FLOAT`,
/// `RPY_BOOL`, `RPY_OBJECT`.
pub type rpy_tag = i32;
/// `None` (no payload).
pub const RPY_NONE: rpy_tag = 0;
/// `int`: `u.i`.
pub const RPY_INT: rpy_tag = 1;
/// `float`: `u.f`.
pub const RPY_FLOAT: rpy_tag = 2;
/// `bool`: `u.b`.
pub const RPY_BOOL: rpy_tag = 3;
/// An instance of a compiled class (or a `str`, `list` or `tuple` a
/// function returned): `u.o`.
pub const RPY_OBJECT: rpy_tag = 4;

/// The payload of an `rpy_value`; `tag` says which member is set.
#[repr(C)]
#[derive(Clone, Copy)]
pub union rpy_payload {
    /// `RPY_INT`
    pub i: i64,
    /// `RPY_FLOAT`
    pub f: f64,
    /// `RPY_BOOL`
    pub b: bool,
    /// `RPY_OBJECT`: borrowed in an argument; in a result (or a field
    /// read) a new handle the caller owns and frees with `rpy_object_free`.
    pub o: *mut rpy_object,
}

/// A value of the typed subset crossing the API: arguments of `rpy_call`
/// and `rpy_object_new`, results of `rpy_call` and `rpy_object_get`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct rpy_value {
    /// One of `RPY_NONE`, `RPY_INT`, `RPY_FLOAT`, `RPY_BOOL`, `RPY_OBJECT`.
    pub tag: rpy_tag,
    /// The value; the member `tag` names.
    pub u: rpy_payload,
}

/// A compiled function (a method is looked up as `"Class.method"`, a
/// class's constructor as `"Class"`). Thread-safe: call it from several
/// threads at once. Free it with `rpy_func_free`.
pub struct rpy_func {
    f: rpy::DynFunc,
    m: rpy::Module,
}

/// An owned reference to an instance of a compiled class (or another heap
/// value a function returned). Not thread-safe: its reference count is
/// not atomic, so an object (and objects reachable from it) may be used
/// by one thread at a time; passing it to a call counts as a use. Free it
/// with `rpy_object_free`.
pub struct rpy_object {
    o: rpy::Object,
    m: rpy::Module,
}

/// `None`.
#[no_mangle]
pub extern "C" fn rpy_value_none() -> rpy_value {
    rpy_value { tag: RPY_NONE, u: rpy_payload { i: 0 } }
}

/// An `int`.
#[no_mangle]
pub extern "C" fn rpy_value_int(i: i64) -> rpy_value {
    rpy_value { tag: RPY_INT, u: rpy_payload { i } }
}

/// A `float`.
#[no_mangle]
pub extern "C" fn rpy_value_float(f: f64) -> rpy_value {
    rpy_value { tag: RPY_FLOAT, u: rpy_payload { f } }
}

/// A `bool`.
#[no_mangle]
pub extern "C" fn rpy_value_bool(b: bool) -> rpy_value {
    // All eight bytes defined (zero), then the bool member on top: on
    // any byte order `u.b` is the value and the other bytes are 0.
    let mut u = rpy_payload { i: 0 };
    u.b = b;
    rpy_value { tag: RPY_BOOL, u }
}

/// An object argument (borrowed: the value does not own `o`).
#[no_mangle]
pub extern "C" fn rpy_value_object(o: *mut rpy_object) -> rpy_value {
    rpy_value { tag: RPY_OBJECT, u: rpy_payload { o } }
}

/// Look up function `name` of module `m`. On success `*out` is a new
/// handle (free it with `rpy_func_free`); on failure NULL
/// (`RPY_ERR_NOT_FOUND` for an unknown name).
///
/// # Safety
/// `m` is NULL or a live module; `name` is NULL or a NUL-terminated
/// string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_module_func(m: *const rpy_module, name: *const c_char, out: *mut *mut rpy_func) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: checked non-NULL; writable (the caller's contract).
        unsafe { out.write(std::ptr::null_mut()) };
        // SAFETY: the caller's contract for each pointer.
        let (m, name) = unsafe { (borrow(m, "m")?, text(name, "name")?) };
        let f = m.m.dyn_func(name)?;
        // SAFETY: checked non-NULL above.
        unsafe { out.write(into_handle(rpy_func { f, m: m.m.clone() })) };
        Ok(())
    })
}

/// Free a function handle (NULL is a no-op).
///
/// # Safety
/// `f` is NULL or a handle from `rpy_module_func`, not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn rpy_func_free(f: *mut rpy_func) {
    // SAFETY: the caller's contract.
    quiet((), || unsafe { free_handle(f) });
}

/// The tier function `f` runs on now (`RPY_TIER_JIT` or `RPY_TIER_AOT`).
///
/// # Safety
/// `f` is NULL or a live function handle; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_func_tier(f: *const rpy_func, out: *mut rpy_tier) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: the caller's contract; `out` checked non-NULL.
        unsafe { out.write(tier_of(borrow(f, "f")?.f.tier())) };
        Ok(())
    })
}

/// The number of parameters of `f` (`*nparams`) and how many of them have
/// no default and must be passed (`*nrequired`); either pointer may be
/// NULL.
///
/// # Safety
/// `f` is NULL or a live function handle; `nparams` and `nrequired` are
/// NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_func_arity(f: *const rpy_func, nparams: *mut usize, nrequired: *mut usize) -> rpy_status {
    guard(|| {
        // SAFETY: the caller's contract.
        let func = unsafe { borrow(f, "f") }?.f.function();
        let required = func.params.iter().rposition(|p| p.default.is_none()).map_or(0, |i| i + 1);
        // SAFETY: each is NULL or writable (the caller's contract).
        unsafe {
            if !nparams.is_null() {
                nparams.write(func.params.len());
            }
            if !nrequired.is_null() {
                nrequired.write(required);
            }
        }
        Ok(())
    })
}

/// The `rpy::Value` of argument `v` (an object argument is a new
/// reference, released when the call's arguments are dropped).
///
/// # Safety
/// An `RPY_OBJECT` value's `u.o` is NULL or a live object.
#[inline(always)] // builds the Value in place in the caller's array
unsafe fn value_in(v: &rpy_value, i: usize) -> Result<rpy::Value, Failure> {
    // SAFETY: each arm reads the member its tag names; `u.b` is read as
    // its first byte, so any byte a C host stored there is a valid u8.
    Ok(unsafe {
        match v.tag {
            RPY_NONE => rpy::Value::None,
            RPY_INT => rpy::Value::Int(v.u.i),
            RPY_FLOAT => rpy::Value::Float(v.u.f),
            RPY_BOOL => rpy::Value::Bool(std::ptr::from_ref(&v.u).cast::<u8>().read() != 0),
            RPY_OBJECT => rpy::Value::Object(borrow(v.u.o, &format!("args[{i}].u.o"))?.o.clone()),
            t => return Err(Failure::new(RPY_ERR_INVALID, format!("args[{i}].tag is {t}, not one of RPY_NONE, RPY_INT, RPY_FLOAT, RPY_BOOL, RPY_OBJECT"))),
        }
    })
}

/// The C value of a result (an object becomes a new handle).
#[inline(always)] // written straight to the caller's result
fn value_out(v: rpy::Value, m: &rpy::Module) -> rpy_value {
    match v {
        rpy::Value::None => rpy_value_none(),
        rpy::Value::Int(i) => rpy_value_int(i),
        rpy::Value::Float(f) => rpy_value_float(f),
        rpy::Value::Bool(b) => rpy_value_bool(b),
        rpy::Value::Object(o) => rpy_value_object(into_handle(rpy_object { o, m: m.clone() })),
    }
}

/// Up to this many arguments are converted on the stack.
const STACK_ARGS: usize = 16;

/// Convert `nargs` C values at `args` and run `f` on them.
///
/// # Safety
/// `args` is NULL (then `nargs` must be 0) or points to `nargs` values.
unsafe fn with_args<R>(args: *const rpy_value, nargs: usize, f: impl FnOnce(&[rpy::Value]) -> Result<R, Failure>) -> Result<R, Failure> {
    if nargs == 0 {
        return f(&[]);
    }
    if args.is_null() {
        return Err(Failure::null("args (with nargs > 0)"));
    }
    // SAFETY: non-NULL, `nargs` values (the caller's contract).
    let cs = unsafe { std::slice::from_raw_parts(args, nargs) };
    if nargs <= STACK_ARGS {
        let mut vals: [rpy::Value; STACK_ARGS] = std::array::from_fn(|_| rpy::Value::None);
        for (i, v) in cs.iter().enumerate() {
            // SAFETY: an object argument is a live handle (contract).
            vals[i] = unsafe { value_in(v, i) }?;
        }
        f(&vals[..nargs])
    } else {
        // SAFETY: as above, per argument.
        let vals = cs.iter().enumerate().map(|(i, v)| unsafe { value_in(v, i) }).collect::<Result<Vec<_>, _>>()?;
        f(&vals)
    }
}

/// Call `f` with `nargs` tagged values at `args` (NULL if `nargs` is 0),
/// converted as at a Python call: a bool is accepted for an `int` or
/// `float` parameter and an int for a `float` one; omitted trailing
/// arguments take their defaults; `RPY_NONE` is accepted for a `C | None`
/// parameter. Objects are lent to the call. On success `*result` (if
/// `result` is not NULL) is the return value, an object result being a
/// new handle the caller frees; with `result` NULL it is discarded. On
/// failure `*result` is `RPY_NONE`: `RPY_ERR_ARITY`, `RPY_ERR_TYPE`,
/// `RPY_ERR_INVALID` (a bad tag), `RPY_ERR_PYTHON` (an exception), ...
///
/// # Safety
/// `f` is NULL or a live function handle; `args` is NULL or points to
/// `nargs` values whose objects are NULL or live; `result` is NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_call(f: *const rpy_func, args: *const rpy_value, nargs: usize, result: *mut rpy_value) -> rpy_status {
    guard(|| {
        if !result.is_null() {
            // SAFETY: non-NULL and writable (the caller's contract).
            unsafe { result.write(rpy_value_none()) };
        }
        // SAFETY: the caller's contract for `f`, `args` and `nargs`.
        let f = unsafe { borrow(f, "f") }?;
        let v = unsafe { with_args(args, nargs, |vals| Ok(f.f.call(vals)?)) }?;
        if !result.is_null() {
            // SAFETY: as above.
            unsafe { result.write(value_out(v, &f.m)) };
        }
        Ok(())
    })
}

/// Call `f`, whose parameters and result are all `int`, with exactly one
/// argument per parameter (`nargs` values at `args`; NULL if 0). Faster
/// than `rpy_call`: no tags, no conversion, no defaults. `RPY_ERR_TYPE` if
/// the signature is not all `int`; `RPY_ERR_ARITY` if `nargs` is not the
/// parameter count. On failure `*result` is left unchanged.
///
/// # Safety
/// `f` is NULL or a live function handle; `args` is NULL or points to
/// `nargs` values; `result` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_call_i64(f: *const rpy_func, args: *const i64, nargs: usize, result: *mut i64) -> rpy_status {
    guard(|| {
        check_out(result, "result")?;
        // SAFETY: the caller's contract for each pointer.
        let (f, args) = unsafe { (borrow(f, "f")?, slice(args, nargs)?) };
        let r = f.f.call_i64(args)?;
        // SAFETY: checked non-NULL above.
        unsafe { result.write(r) };
        Ok(())
    })
}

/// As `rpy_call_i64`, for a function whose parameters and result are all
/// `float`.
///
/// # Safety
/// As `rpy_call_i64`.
#[no_mangle]
pub unsafe extern "C" fn rpy_call_f64(f: *const rpy_func, args: *const f64, nargs: usize, result: *mut f64) -> rpy_status {
    guard(|| {
        check_out(result, "result")?;
        // SAFETY: the caller's contract for each pointer.
        let (f, args) = unsafe { (borrow(f, "f")?, slice(args, nargs)?) };
        let r = f.f.call_f64(args)?;
        // SAFETY: checked non-NULL above.
        unsafe { result.write(r) };
        Ok(())
    })
}

/// `nargs` values at `args` (NULL allowed when `nargs` is 0).
///
/// # Safety
/// `args` is NULL or points to `nargs` values.
unsafe fn slice<'a, T>(args: *const T, nargs: usize) -> Result<&'a [T], Failure> {
    match (args.is_null(), nargs) {
        (_, 0) => Ok(&[]),
        (true, _) => Err(Failure::null("args (with nargs > 0)")),
        // SAFETY: the caller's contract.
        (false, n) => Ok(unsafe { std::slice::from_raw_parts(args, n) }),
    }
}

/// Make an instance of compiled class `class` of module `m`: its
/// constructor called with `nargs` values at `args`, as `rpy_call` calls.
/// On success `*out` is the new object (free it with `rpy_object_free`);
/// on failure NULL (`RPY_ERR_NOT_FOUND` for an unknown class, or the
/// constructor's error).
///
/// # Safety
/// `m` is NULL or a live module; `class` is NULL or a NUL-terminated
/// string; `args` as for `rpy_call`; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_object_new(m: *const rpy_module, class: *const c_char, args: *const rpy_value, nargs: usize, out: *mut *mut rpy_object) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: checked non-NULL; writable (the caller's contract).
        unsafe { out.write(std::ptr::null_mut()) };
        // SAFETY: the caller's contract for each pointer.
        let (m, class) = unsafe { (borrow(m, "m")?, text(class, "class")?) };
        let o = unsafe { with_args(args, nargs, |vals| Ok(m.m.new_instance(class, vals)?)) }?;
        // SAFETY: checked non-NULL above.
        unsafe { out.write(into_handle(rpy_object { o, m: m.m.clone() })) };
        Ok(())
    })
}

/// Read field `field` of `o` (an item of a tuple is `"0"`, `"1"`, ...).
/// On success `*out` is its value (an object being a new handle); on
/// failure `RPY_NONE` (`RPY_ERR_NOT_FOUND` for a field the class does not
/// have, `RPY_ERR_TYPE` for an object without fields).
///
/// # Safety
/// `o` is NULL or a live object; `field` is NULL or a NUL-terminated
/// string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_object_get(o: *const rpy_object, field: *const c_char, out: *mut rpy_value) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: checked non-NULL; writable (the caller's contract).
        unsafe { out.write(rpy_value_none()) };
        // SAFETY: the caller's contract for each pointer.
        let (o, field) = unsafe { (borrow(o, "o")?, text(field, "field")?) };
        let v = o.m.get_field(&o.o, field)?;
        // SAFETY: checked non-NULL above.
        unsafe { out.write(value_out(v, &o.m)) };
        Ok(())
    })
}

/// The Python type name of `o` (its class's name, or `str`, `list`,
/// `tuple`): `*out` is a new string, freed with `rpy_string_free`.
///
/// # Safety
/// `o` is NULL or a live object; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_object_type(o: *const rpy_object, out: *mut *mut c_char) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: the caller's contract.
        let o = unsafe { borrow(o, "o") }?;
        let name = c_string(o.m.type_name(&o.o).unwrap_or("object"));
        // SAFETY: checked non-NULL above.
        unsafe { out.write(name.into_raw()) };
        Ok(())
    })
}

/// Another handle to the same object (one more reference): `*out`, freed
/// with `rpy_object_free` independently of `o`.
///
/// # Safety
/// `o` is NULL or a live object; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_object_clone(o: *const rpy_object, out: *mut *mut rpy_object) -> rpy_status {
    guard(|| {
        check_out(out, "out")?;
        // SAFETY: the caller's contract.
        let o = unsafe { borrow(o, "o") }?;
        // SAFETY: checked non-NULL above.
        unsafe { out.write(into_handle(rpy_object { o: o.o.clone(), m: o.m.clone() })) };
        Ok(())
    })
}

/// Free an object handle: release its reference (the instance is freed
/// with its last one). NULL is a no-op.
///
/// # Safety
/// `o` is NULL or a handle from this API, not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn rpy_object_free(o: *mut rpy_object) {
    // SAFETY: the caller's contract.
    quiet((), || unsafe { free_handle(o) });
}

/// Free a string this API allocated (`rpy_object_type`). NULL is a no-op.
///
/// # Safety
/// `s` is NULL or a string from this API, not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn rpy_string_free(s: *mut c_char) {
    if !s.is_null() {
        // SAFETY: made by CString::into_raw and freed once (contract).
        quiet((), || drop(unsafe { CString::from_raw(s) }));
    }
}
