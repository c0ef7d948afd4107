//! Every error path of the C API, called through its `extern "C"`
//! functions exactly as a C host calls them: NULL pointers, unknown names,
//! wrong arity, wrong tags and types, an object of another module, compile
//! errors and Python exceptions with their location, the per-thread last
//! error, the free functions, the print callback, the tiers.

#![allow(unsafe_code)] // a C API is called with raw pointers
#![allow(clippy::unwrap_used)]

use std::ffi::{c_char, c_void, CStr, CString};
use std::ptr::{null, null_mut};

use rpy_ffi::*;

const SRC: &str = "
class P:
    def __init__(self, x: int, nxt: 'P | None' = None):
        self.x = x
        self.nxt = nxt

    def get(self) -> int:
        return self.x

def add(a: int, b: int) -> int:
    return a + b

def scale(x: float, k: float) -> float:
    return x * k

def opt(a: int, b: float = 0.5, c: bool = False) -> float:
    if c:
        return a + b + 100.0
    return a + b

def div(a: int, b: int) -> int:
    return a // b

def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def answer() -> int:
    return 42

def noisy(n: int):
    print('n is', n)

def first(p: P) -> int:
    return p.x

def is_pos(n: int) -> bool:
    return n > 0
";

fn s(p: *const c_char) -> String {
    assert!(!p.is_null());
    // SAFETY: the API returns NUL-terminated strings.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_string()
}

fn c(t: &str) -> CString {
    CString::new(t).unwrap()
}

fn last() -> (rpy_status, String, String, i32) {
    (rpy_error_status(), s(rpy_error_message()), s(rpy_error_type()), rpy_error_exc_code())
}

fn jit_opts() -> rpy_runtime_options {
    rpy_runtime_options { tier: RPY_TIER_JIT, ..rpy_runtime_options_default() }
}

fn runtime(o: &rpy_runtime_options) -> *mut rpy_runtime {
    let mut rt = null_mut();
    // SAFETY: valid options and out pointer.
    assert_eq!(unsafe { rpy_runtime_new(o, &mut rt) }, RPY_OK, "{:?}", last());
    rt
}

fn load(rt: *const rpy_runtime, name: &str, src: &str) -> *mut rpy_module {
    let mut m = null_mut();
    // SAFETY: live runtime, NUL-terminated strings.
    assert_eq!(unsafe { rpy_load_source(rt, c(name).as_ptr(), c(src).as_ptr(), &mut m) }, RPY_OK, "{:?}", last());
    m
}

fn func(m: *const rpy_module, name: &str) -> *mut rpy_func {
    let mut f = null_mut();
    // SAFETY: live module.
    assert_eq!(unsafe { rpy_module_func(m, c(name).as_ptr(), &mut f) }, RPY_OK, "{:?}", last());
    f
}

/// A JIT runtime and the test module (leaked: the tests share nothing).
fn module() -> *mut rpy_module {
    let rt = runtime(&jit_opts());
    let m = load(rt, "api.py", SRC);
    // SAFETY: freeing the runtime first is allowed (the module keeps it).
    unsafe { rpy_runtime_free(rt) };
    m
}

fn call(f: *const rpy_func, args: &[rpy_value]) -> (rpy_status, rpy_value) {
    let mut r = rpy_value_int(-1);
    // SAFETY: live function, `args.len()` values.
    let st = unsafe { rpy_call(f, args.as_ptr(), args.len(), &mut r) };
    (st, r)
}

fn int_of(v: rpy_value) -> i64 {
    assert_eq!(v.tag, RPY_INT);
    // SAFETY: tagged int.
    unsafe { v.u.i }
}

fn float_of(v: rpy_value) -> f64 {
    assert_eq!(v.tag, RPY_FLOAT);
    // SAFETY: tagged float.
    unsafe { v.u.f }
}

#[test]
fn versions() {
    assert_eq!(s(rpy_version()), env!("CARGO_PKG_VERSION"));
    assert_eq!(rpy_api_version(), RPY_API_VERSION);
}

#[test]
fn runtime_options_are_checked() {
    let mut rt = null_mut();
    // SAFETY (this and below): each pointer is valid or deliberately NULL.
    unsafe {
        assert_eq!(rpy_runtime_new(null(), null_mut()), RPY_ERR_NULL);
        assert_eq!(last().1, "out is NULL");
        let bad_size = rpy_runtime_options { size: 8, ..rpy_runtime_options_default() };
        assert_eq!(rpy_runtime_new(&bad_size, &mut rt), RPY_ERR_INVALID);
        assert!(last().1.contains("rpy_runtime_options_default"), "{:?}", last());
        assert!(rt.is_null());
        let bad_tier = rpy_runtime_options { tier: 7, ..rpy_runtime_options_default() };
        assert_eq!(rpy_runtime_new(&bad_tier, &mut rt), RPY_ERR_INVALID);
        assert!(last().1.contains("opts->tier is 7"), "{:?}", last());
        let bad_limit = rpy_runtime_options { recursion_limit: -1, ..jit_opts() };
        assert_eq!(rpy_runtime_new(&bad_limit, &mut rt), RPY_ERR_INVALID);
        let not_utf8 = [0xffu8, 0];
        let bad_dir = rpy_runtime_options { cache_dir: not_utf8.as_ptr().cast(), ..jit_opts() };
        assert_eq!(rpy_runtime_new(&bad_dir, &mut rt), RPY_ERR_INVALID);
        assert_eq!(last().1, "opts->cache_dir is not valid UTF-8");
        // NULL options are the defaults (the auto tier).
        assert_eq!(rpy_runtime_new(null(), &mut rt), RPY_OK);
        assert_eq!(rpy_error_status(), RPY_OK, "a success clears the last error");
        assert!(!rt.is_null());
        rpy_runtime_free(rt);
    }
}

#[test]
fn loading_checks_its_arguments_and_reports_compile_errors_with_a_location() {
    let rt = runtime(&jit_opts());
    let mut m = null_mut();
    let (name, text) = (c("x.py"), c("def f() -> int:\n    return 1\n"));
    // SAFETY (this and below): each pointer is valid or deliberately NULL.
    unsafe {
        assert_eq!(rpy_load_source(null(), name.as_ptr(), text.as_ptr(), &mut m), RPY_ERR_NULL);
        assert_eq!(last().1, "rt is NULL");
        assert_eq!(rpy_load_source(rt, null(), text.as_ptr(), &mut m), RPY_ERR_NULL);
        assert_eq!(rpy_load_source(rt, name.as_ptr(), null(), &mut m), RPY_ERR_NULL);
        assert_eq!(rpy_load_source(rt, name.as_ptr(), text.as_ptr(), null_mut()), RPY_ERR_NULL);
        let not_utf8 = [b'x', 0xc3, 0];
        assert_eq!(rpy_load_source(rt, name.as_ptr(), not_utf8.as_ptr().cast(), &mut m), RPY_ERR_INVALID);
        assert_eq!(last().1, "text is not valid UTF-8");
        assert!(m.is_null());

        let bad = c("def ok() -> int:\n    return 1\n\ndef f(x):\n    return x\n");
        assert_eq!(rpy_load_source(rt, name.as_ptr(), bad.as_ptr(), &mut m), RPY_ERR_COMPILE);
        assert!(m.is_null(), "no module on failure");
        let (st, msg, ty, code) = last();
        assert_eq!((st, ty.as_str(), code), (RPY_ERR_COMPILE, "CompileError", 0));
        assert!(msg.contains("parameter 'x' of 'f' has no type") && msg.contains("--> x.py:4:7"), "{msg}");
        assert!(msg.ends_with("2 errors in x.py"), "every diagnostic: {msg}");
        let mut loc = rpy_location { file: null(), line: 0, col: 0, function: null() };
        assert!(rpy_error_location(&mut loc));
        assert_eq!((s(loc.file), loc.line, loc.col, s(loc.function)), ("x.py".into(), 4, 5, String::new()));
        assert!(rpy_error_location(null_mut()), "whether there is one, without out");

        let syntax = c("def f(:\n");
        assert_eq!(rpy_load_source(rt, name.as_ptr(), syntax.as_ptr(), &mut m), RPY_ERR_COMPILE);

        let missing = c("/nonexistent/dir/x.py");
        assert_eq!(rpy_load_file(rt, missing.as_ptr(), &mut m), RPY_ERR_RUNTIME);
        assert!(last().1.contains("cannot read /nonexistent/dir/x.py"), "{:?}", last());
        assert!(!rpy_error_location(null_mut()), "no location");
        assert_eq!(rpy_load_file(rt, null(), &mut m), RPY_ERR_NULL);
        assert_eq!(rpy_load_file(null(), missing.as_ptr(), &mut m), RPY_ERR_NULL);

        // A real file: its path names it in errors.
        let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("api_load.py");
        std::fs::write(&path, "def inv(a: int) -> int:\n    return 1 // a\n").unwrap();
        let p = c(path.to_str().unwrap());
        assert_eq!(rpy_load_file(rt, p.as_ptr(), &mut m), RPY_OK);
        let inv = func(m, "inv");
        let mut r = 0i64;
        assert_eq!(rpy_call_i64(inv, [0i64].as_ptr(), 1, &mut r), RPY_ERR_PYTHON);
        assert!(rpy_error_location(&mut loc));
        assert_eq!((s(loc.file), loc.line, s(loc.function)), (path.display().to_string(), 2, "inv".into()));
        rpy_func_free(inv);
        rpy_module_free(m);
        rpy_runtime_free(rt);
    }
}

#[test]
fn function_lookup_and_arity() {
    let m = module();
    let mut f = null_mut();
    let (mut n, mut req) = (0usize, 0usize);
    // SAFETY (this and below): each pointer is valid or deliberately NULL.
    unsafe {
        assert_eq!(rpy_module_func(m, c("nope").as_ptr(), &mut f), RPY_ERR_NOT_FOUND);
        assert_eq!(last().1, "no function named 'nope' in api.py");
        assert!(f.is_null());
        assert_eq!(rpy_module_func(null(), c("add").as_ptr(), &mut f), RPY_ERR_NULL);
        assert_eq!(rpy_module_func(m, null(), &mut f), RPY_ERR_NULL);
        assert_eq!(rpy_module_func(m, c("add").as_ptr(), null_mut()), RPY_ERR_NULL);
        let opt = func(m, "opt");
        assert_eq!(rpy_func_arity(opt, &mut n, &mut req), RPY_OK);
        assert_eq!((n, req), (3, 1));
        assert_eq!(rpy_func_arity(opt, null_mut(), null_mut()), RPY_OK);
        assert_eq!(rpy_func_arity(null(), &mut n, &mut req), RPY_ERR_NULL);
        let get = func(m, "P.get");
        assert_eq!(rpy_func_arity(get, &mut n, &mut req), RPY_OK);
        assert_eq!((n, req), (1, 1));
        let mut t = -1;
        assert_eq!(rpy_func_tier(opt, &mut t), RPY_OK);
        assert_eq!(t, RPY_TIER_JIT);
        assert_eq!(rpy_func_tier(opt, null_mut()), RPY_ERR_NULL);
        assert_eq!(rpy_func_tier(null(), &mut t), RPY_ERR_NULL);
        assert_eq!(rpy_module_tier(m, &mut t), RPY_OK);
        assert_eq!(t, RPY_TIER_JIT);
        assert_eq!(rpy_module_tier(null(), &mut t), RPY_ERR_NULL);
        let mut on_aot = true;
        assert_eq!(rpy_module_wait_aot(m, 10, &mut on_aot), RPY_OK);
        assert!(!on_aot, "a JIT module has nothing to wait for");
        assert_eq!(rpy_module_wait_aot(m, 10, null_mut()), RPY_OK);
        assert_eq!(rpy_module_wait_aot(null(), 10, &mut on_aot), RPY_ERR_NULL);
        rpy_func_free(opt);
        rpy_func_free(get);
        rpy_module_free(m);
    }
}

#[test]
fn the_uniform_call_converts_fills_defaults_and_rejects_bad_arguments() {
    let m = module();
    let (opt, add, answer) = (func(m, "opt"), func(m, "add"), func(m, "answer"));
    let (st, r) = call(opt, &[rpy_value_int(2)]);
    assert_eq!((st, float_of(r)), (RPY_OK, 2.5), "defaults filled");
    let (st, r) = call(opt, &[rpy_value_bool(true), rpy_value_int(1), rpy_value_bool(true)]);
    assert_eq!((st, float_of(r)), (RPY_OK, 102.0), "bool → int, int → float");
    let (st, r) = call(answer, &[]);
    assert_eq!((st, int_of(r)), (RPY_OK, 42));
    let is_pos = func(m, "is_pos");
    for (n, want) in [(3, true), (-3, false)] {
        let (st, r) = call(is_pos, &[rpy_value_int(n)]);
        assert_eq!((st, r.tag), (RPY_OK, RPY_BOOL));
        // SAFETY: tagged bool.
        assert_eq!(unsafe { r.u.b }, want);
    }
    // SAFETY (this block): pointers valid or deliberately NULL.
    unsafe {
        let mut r = rpy_value_none();
        assert_eq!(rpy_call(answer, null(), 0, &mut r), RPY_OK, "no arguments: args may be NULL");
        assert_eq!(rpy_call(answer, null(), 0, null_mut()), RPY_OK, "the result may be discarded");
        assert_eq!(rpy_call(add, null(), 2, &mut r), RPY_ERR_NULL);
        assert_eq!(last().1, "args (with nargs > 0) is NULL");
        assert_eq!(rpy_call(null(), null(), 0, &mut r), RPY_ERR_NULL);
    }
    let (st, r) = call(add, &[rpy_value_int(1)]);
    assert_eq!((st, r.tag), (RPY_ERR_ARITY, RPY_NONE), "a failed call's result is None");
    assert_eq!(last().1, "add() missing required argument 'b'");
    let (st, _) = call(add, &[rpy_value_int(1), rpy_value_int(2), rpy_value_int(3)]);
    assert_eq!(st, RPY_ERR_ARITY);
    assert_eq!(last().1, "add() takes 2 arguments (3 given)");
    let (st, _) = call(add, &[rpy_value_int(1), rpy_value_float(2.0)]);
    assert_eq!(st, RPY_ERR_TYPE);
    assert_eq!(last().1, "argument 'b' of add() must be int, not float");
    let (st, _) = call(add, &[rpy_value_int(1), rpy_value_none()]);
    assert_eq!(st, RPY_ERR_TYPE);
    let bad_tag = rpy_value { tag: 99, u: rpy_payload { i: 0 } };
    let (st, _) = call(add, &[rpy_value_int(1), bad_tag]);
    assert_eq!(st, RPY_ERR_INVALID);
    assert!(last().1.starts_with("args[1].tag is 99"), "{:?}", last());
    let (st, _) = call(add, &[rpy_value_object(null_mut()), rpy_value_int(1)]);
    assert_eq!(st, RPY_ERR_NULL);
    assert_eq!(last().1, "args[0].u.o is NULL");
    // A bool is read from its first byte whatever the other bytes hold.
    let (st, r) = call(opt, &[rpy_value_int(0), rpy_value_float(0.0), rpy_value { tag: RPY_BOOL, u: rpy_payload { i: 0x7f00 } }]);
    assert_eq!((st, float_of(r)), (RPY_OK, 0.0));
    // More arguments than the stack buffer holds are still checked.
    let many = vec![rpy_value_int(1); 40];
    let (st, _) = call(add, &many);
    assert_eq!(st, RPY_ERR_ARITY);
    let (st, _) = call(opt, &many[..3]);
    assert_eq!(st, RPY_ERR_TYPE, "1 is not a bool");
    // SAFETY: handles from this API, freed once.
    unsafe {
        rpy_func_free(opt);
        rpy_func_free(add);
        rpy_func_free(answer);
        rpy_func_free(is_pos);
        rpy_module_free(m);
    }
}

#[test]
fn typed_helpers_check_the_signature_and_arity() {
    let m = module();
    let (add, scale, opt, answer) = (func(m, "add"), func(m, "scale"), func(m, "opt"), func(m, "answer"));
    let (mut i, mut f) = (0i64, 0f64);
    // SAFETY (this block): pointers valid or deliberately NULL.
    unsafe {
        assert_eq!(rpy_call_i64(add, [2i64, 40].as_ptr(), 2, &mut i), RPY_OK);
        assert_eq!(i, 42);
        assert_eq!(rpy_call_f64(scale, [1.5f64, 4.0].as_ptr(), 2, &mut f), RPY_OK);
        assert_eq!(f, 6.0);
        assert_eq!(rpy_call_i64(answer, null(), 0, &mut i), RPY_OK);
        assert_eq!(i, 42);
        i = 7;
        assert_eq!(rpy_call_i64(add, [2i64].as_ptr(), 1, &mut i), RPY_ERR_ARITY);
        assert_eq!(i, 7, "unchanged on failure");
        assert_eq!(rpy_call_i64(add, [1i64, 2, 3].as_ptr(), 3, &mut i), RPY_ERR_ARITY);
        assert_eq!(rpy_call_i64(scale, [1i64, 2].as_ptr(), 2, &mut i), RPY_ERR_TYPE);
        assert_eq!(last().1, "scale() has signature (float, float) -> float, not all int");
        assert_eq!(rpy_call_f64(add, [1.0f64, 2.0].as_ptr(), 2, &mut f), RPY_ERR_TYPE);
        assert_eq!(rpy_call_f64(opt, [1.0f64, 2.0, 0.0].as_ptr(), 3, &mut f), RPY_ERR_TYPE, "mixed signature");
        assert_eq!(rpy_call_i64(add, null(), 2, &mut i), RPY_ERR_NULL);
        assert_eq!(rpy_call_i64(add, [1i64, 2].as_ptr(), 2, null_mut()), RPY_ERR_NULL);
        assert_eq!(rpy_call_i64(null(), [1i64, 2].as_ptr(), 2, &mut i), RPY_ERR_NULL);
        assert_eq!(rpy_call_f64(null(), null(), 0, &mut f), RPY_ERR_NULL);
        assert_eq!(rpy_call_f64(scale, [1.0f64, 2.0].as_ptr(), 2, null_mut()), RPY_ERR_NULL);
        rpy_func_free(add);
        rpy_func_free(scale);
        rpy_func_free(opt);
        rpy_func_free(answer);
        rpy_module_free(m);
    }
}

#[test]
fn python_exceptions_have_a_type_code_message_and_location() {
    let rt = runtime(&rpy_runtime_options { recursion_limit: 50, ..jit_opts() });
    let m = load(rt, "api.py", SRC);
    let (div, add, depth) = (func(m, "div"), func(m, "add"), func(m, "depth"));
    let mut r = 0i64;
    let mut loc = rpy_location { file: null(), line: 0, col: 0, function: null() };
    // SAFETY (this block): pointers valid.
    unsafe {
        assert_eq!(rpy_call_i64(div, [1i64, 0].as_ptr(), 2, &mut r), RPY_ERR_PYTHON);
        assert_eq!(last(), (RPY_ERR_PYTHON, "integer division or modulo by zero".into(), "ZeroDivisionError".into(), RPY_EXC_ZERO_DIVISION_ERROR));
        assert!(rpy_error_location(&mut loc));
        assert_eq!((s(loc.file), loc.line, loc.col, s(loc.function)), ("api.py".into(), 22, 12, "div".into()));
        assert_eq!(rpy_call_i64(add, [i64::MAX, 1].as_ptr(), 2, &mut r), RPY_ERR_PYTHON);
        assert_eq!((s(rpy_error_type()), rpy_error_exc_code()), ("OverflowError".into(), RPY_EXC_OVERFLOW_ERROR));
        // The runtime's recursion limit (from the options).
        assert_eq!(rpy_call_i64(depth, [49i64].as_ptr(), 1, &mut r), RPY_OK);
        assert_eq!(rpy_call_i64(depth, [50i64].as_ptr(), 1, &mut r), RPY_ERR_PYTHON);
        assert_eq!((s(rpy_error_type()), rpy_error_exc_code()), ("RecursionError".into(), RPY_EXC_RECURSION_ERROR));
        // A success clears the last error; so does rpy_error_clear.
        assert_eq!(rpy_call_i64(add, [1i64, 1].as_ptr(), 2, &mut r), RPY_OK);
        assert_eq!(last(), (RPY_OK, String::new(), String::new(), 0));
        assert!(!rpy_error_location(&mut loc));
        assert_eq!(rpy_call_i64(div, [1i64, 0].as_ptr(), 2, &mut r), RPY_ERR_PYTHON);
        rpy_error_clear();
        assert_eq!(last(), (RPY_OK, String::new(), String::new(), 0));
        // Error queries do not change the last error.
        assert_eq!(rpy_call_i64(div, [1i64, 0].as_ptr(), 2, &mut r), RPY_ERR_PYTHON);
        let _ = (rpy_error_message(), rpy_error_type(), rpy_error_location(&mut loc), rpy_status_name(RPY_OK));
        assert_eq!(rpy_error_status(), RPY_ERR_PYTHON);
        rpy_func_free(div);
        rpy_func_free(add);
        rpy_func_free(depth);
        rpy_module_free(m);
        rpy_runtime_free(rt);
    }
}

#[test]
fn the_last_error_is_per_thread() {
    let m = module() as usize;
    // SAFETY: live module (leaked by `module`), used from threads: modules
    // and functions are thread-safe.
    let div = func(m as *const rpy_module, "div") as usize;
    let mut r = 0i64;
    // SAFETY: live function.
    assert_eq!(unsafe { rpy_call_i64(div as *const rpy_func, [1i64, 0].as_ptr(), 2, &mut r) }, RPY_ERR_PYTHON);
    std::thread::spawn(|| assert_eq!(last(), (RPY_OK, String::new(), String::new(), 0), "another thread has no error")).join().unwrap();
    assert_eq!(rpy_error_status(), RPY_ERR_PYTHON, "still this thread's error");
}

#[test]
fn objects_are_made_read_cloned_and_freed_in_any_order() {
    let rt = runtime(&jit_opts());
    let m = load(rt, "api.py", SRC);
    let (get, first) = (func(m, "P.get"), func(m, "first"));
    let mut p = null_mut();
    let mut q = null_mut();
    // SAFETY (this block): pointers valid or deliberately NULL; each
    // handle is freed once.
    unsafe {
        assert_eq!(rpy_object_new(m, c("P").as_ptr(), [rpy_value_int(5)].as_ptr(), 1, &mut p), RPY_OK);
        assert_eq!(rpy_object_new(m, c("P").as_ptr(), [rpy_value_int(6), rpy_value_object(p)].as_ptr(), 2, &mut q), RPY_OK);
        let (st, r) = call(get, &[rpy_value_object(q)]);
        assert_eq!((st, int_of(r)), (RPY_OK, 6));
        let mut v = rpy_value_none();
        assert_eq!(rpy_object_get(q, c("x").as_ptr(), &mut v), RPY_OK);
        assert_eq!(int_of(v), 6);
        assert_eq!(rpy_object_get(q, c("nxt").as_ptr(), &mut v), RPY_OK);
        assert_eq!(v.tag, RPY_OBJECT, "a reference field is a new handle");
        let nxt = v.u.o;
        assert_eq!(rpy_object_get(nxt, c("x").as_ptr(), &mut v), RPY_OK);
        assert_eq!(int_of(v), 5);
        assert_eq!(rpy_object_get(nxt, c("nxt").as_ptr(), &mut v), RPY_OK);
        assert_eq!(v.tag, RPY_NONE, "an empty optional field is None");
        let mut ty = null_mut();
        assert_eq!(rpy_object_type(nxt, &mut ty), RPY_OK);
        assert_eq!(s(ty), "P");
        rpy_string_free(ty);
        assert_eq!(rpy_object_type(null(), &mut ty), RPY_ERR_NULL);
        assert_eq!(rpy_object_type(nxt, null_mut()), RPY_ERR_NULL);

        // Misuse.
        assert_eq!(rpy_object_get(q, c("y").as_ptr(), &mut v), RPY_ERR_NOT_FOUND);
        assert_eq!(last().1, "'P' object has no attribute 'y'");
        assert_eq!(rpy_object_get(q, null(), &mut v), RPY_ERR_NULL);
        assert_eq!(rpy_object_get(null(), c("x").as_ptr(), &mut v), RPY_ERR_NULL);
        assert_eq!(rpy_object_get(q, c("x").as_ptr(), null_mut()), RPY_ERR_NULL);
        let mut o = null_mut();
        assert_eq!(rpy_object_new(m, c("Q").as_ptr(), null(), 0, &mut o), RPY_ERR_NOT_FOUND);
        assert_eq!(last().1, "no class named 'Q' in api.py");
        assert_eq!(rpy_object_new(m, c("add").as_ptr(), null(), 0, &mut o), RPY_ERR_NOT_FOUND, "a function is not a class");
        assert_eq!(rpy_object_new(m, c("P").as_ptr(), null(), 0, &mut o), RPY_ERR_ARITY);
        assert_eq!(rpy_object_new(m, c("P").as_ptr(), [rpy_value_float(1.0)].as_ptr(), 1, &mut o), RPY_ERR_TYPE);
        assert_eq!(rpy_object_new(m, c("P").as_ptr(), null(), 1, &mut o), RPY_ERR_NULL);
        assert_eq!(rpy_object_new(null(), c("P").as_ptr(), null(), 0, &mut o), RPY_ERR_NULL);
        assert_eq!(rpy_object_new(m, null(), null(), 0, &mut o), RPY_ERR_NULL);
        assert_eq!(rpy_object_new(m, c("P").as_ptr(), [rpy_value_int(1)].as_ptr(), 1, null_mut()), RPY_ERR_NULL);
        assert!(o.is_null());
        let (st, _) = call(first, &[rpy_value_int(1)]);
        assert_eq!(st, RPY_ERR_TYPE, "an int is not a P");

        // An object of another module (same class index, other class).
        let other = load(rt, "other.py", "class O:\n    def __init__(self, v: float):\n        self.v = v\n");
        assert_eq!(rpy_object_new(other, c("O").as_ptr(), [rpy_value_float(1.0)].as_ptr(), 1, &mut o), RPY_OK);
        let (st, _) = call(first, &[rpy_value_object(o)]);
        assert_eq!(st, RPY_ERR_TYPE);
        assert_eq!(last().1, "argument 'p' of first() is an instance made by another module");

        // Clones and frees in any order: the module and the runtime go
        // first, the objects still work.
        let mut q2 = null_mut();
        assert_eq!(rpy_object_clone(q, &mut q2), RPY_OK);
        assert_eq!(rpy_object_clone(null(), &mut q2), RPY_ERR_NULL);
        assert_eq!(rpy_object_clone(q, null_mut()), RPY_ERR_NULL);
        rpy_object_free(q);
        rpy_module_free(m);
        rpy_module_free(other);
        rpy_runtime_free(rt);
        let (st, r) = call(get, &[rpy_value_object(q2)]);
        assert_eq!((st, int_of(r)), (RPY_OK, 6));
        assert_eq!(rpy_object_get(q2, c("x").as_ptr(), &mut v), RPY_OK);
        rpy_object_free(q2);
        rpy_object_free(nxt);
        rpy_object_free(p);
        rpy_object_free(o);
        rpy_func_free(get);
        rpy_func_free(first);
    }
}

#[test]
fn free_functions_accept_null() {
    // SAFETY: NULL is documented as a no-op for each.
    unsafe {
        rpy_runtime_free(null_mut());
        rpy_module_free(null_mut());
        rpy_func_free(null_mut());
        rpy_object_free(null_mut());
        rpy_string_free(null_mut());
    }
}

#[test]
fn status_names_and_exception_codes() {
    for (st, name) in [
        (RPY_OK, "RPY_OK"),
        (RPY_ERR_NULL, "RPY_ERR_NULL"),
        (RPY_ERR_INVALID, "RPY_ERR_INVALID"),
        (RPY_ERR_NOT_FOUND, "RPY_ERR_NOT_FOUND"),
        (RPY_ERR_ARITY, "RPY_ERR_ARITY"),
        (RPY_ERR_TYPE, "RPY_ERR_TYPE"),
        (RPY_ERR_COMPILE, "RPY_ERR_COMPILE"),
        (RPY_ERR_PYTHON, "RPY_ERR_PYTHON"),
        (RPY_ERR_HOST, "RPY_ERR_HOST"),
        (RPY_ERR_RUNTIME, "RPY_ERR_RUNTIME"),
        (RPY_ERR_PANIC, "RPY_ERR_PANIC"),
        (11, "RPY_ERR_UNKNOWN"),
        (-1, "RPY_ERR_UNKNOWN"),
    ] {
        assert_eq!(s(rpy_status_name(st)), name);
    }
    // The RPY_EXC_* constants are the runtime's exception codes.
    let consts = [
        (RPY_EXC_ZERO_DIVISION_ERROR, "ZeroDivisionError"),
        (RPY_EXC_OVERFLOW_ERROR, "OverflowError"),
        (RPY_EXC_VALUE_ERROR, "ValueError"),
        (RPY_EXC_RECURSION_ERROR, "RecursionError"),
        (RPY_EXC_UNBOUND_LOCAL_ERROR, "UnboundLocalError"),
        (RPY_EXC_TYPE_ERROR, "TypeError"),
        (RPY_EXC_INDEX_ERROR, "IndexError"),
        (RPY_EXC_KEYBOARD_INTERRUPT, "KeyboardInterrupt"),
        (RPY_EXC_ASSERTION_ERROR, "AssertionError"),
        (RPY_EXC_RUNTIME_ERROR, "RuntimeError"),
        (RPY_EXC_MEMORY_ERROR, "MemoryError"),
        (RPY_EXC_ARITHMETIC_ERROR, "ArithmeticError"),
        (RPY_EXC_KEY_ERROR, "KeyError"),
        (RPY_EXC_NOT_IMPLEMENTED_ERROR, "NotImplementedError"),
        (RPY_EXC_EXCEPTION, "Exception"),
        (RPY_EXC_ATTRIBUTE_ERROR, "AttributeError"),
        (RPY_EXC_LOOKUP_ERROR, "LookupError"),
    ];
    for (code, name) in consts {
        assert_eq!(rpy::ExcKind::from_code(code as u8).map(|k| k.name()), Some(name));
    }
    let raisable = rpy::ExcKind::ALL.iter().filter(|k| **k != rpy::ExcKind::HostPending).count();
    assert_eq!(consts.len(), raisable, "one RPY_EXC_* per exception kind");
}

unsafe extern "C" fn capture(data: *mut c_void, text: *const c_char, len: usize) -> i32 {
    // SAFETY: `data` is the test's String; `text[..len]` is the line.
    let (out, line) = unsafe { (&mut *data.cast::<String>(), std::slice::from_raw_parts(text.cast::<u8>(), len)) };
    out.push_str(std::str::from_utf8(line).unwrap());
    i32::from(out.len() > 100)
}

#[test]
fn print_goes_to_the_callback_and_its_failure_is_a_host_error() {
    let mut out = String::new();
    let o = rpy_runtime_options { print: Some(capture), print_data: (&raw mut out).cast(), ..jit_opts() };
    let rt = runtime(&o);
    let m = load(rt, "api.py", SRC);
    let noisy = func(m, "noisy");
    let (st, r) = call(noisy, &[rpy_value_int(3)]);
    assert_eq!((st, r.tag), (RPY_OK, RPY_NONE));
    assert_eq!(out, "n is 3\n");
    out.push_str(&"x".repeat(100));
    let (st, _) = call(noisy, &[rpy_value_int(4)]);
    assert_eq!(st, RPY_ERR_HOST, "the callback returned 1");
    assert_eq!(last().1, "the print callback returned 1");
    // SAFETY: handles from this API, freed once.
    unsafe {
        rpy_func_free(noisy);
        rpy_module_free(m);
        rpy_runtime_free(rt);
    }
}

fn have_cc() -> bool {
    let cc = std::env::var("CC").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "cc".into());
    std::process::Command::new(cc).arg("--version").output().is_ok_and(|o| o.status.success())
}

#[test]
fn the_auto_tier_swaps_to_the_library_and_wait_aot_waits_for_it() {
    if !have_cc() {
        eprintln!("note: no C compiler found; AOT tier test skipped");
        return;
    }
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("ffi-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = c(dir.to_str().unwrap());
    let rt = runtime(&rpy_runtime_options { tier: RPY_TIER_AUTO, cache_dir: d.as_ptr(), ..rpy_runtime_options_default() });
    let m = load(rt, "auto.py", "def add(a: int, b: int) -> int:\n    return a + b\n");
    let add = func(m, "add");
    let mut t = -1;
    let mut r = 0i64;
    // SAFETY (this block): pointers valid; handles freed once.
    unsafe {
        assert_eq!(rpy_func_tier(add, &mut t), RPY_OK);
        assert_eq!(t, RPY_TIER_JIT, "a cold cache starts on the JIT");
        assert_eq!(rpy_call_i64(add, [1i64, 2].as_ptr(), 2, &mut r), RPY_OK);
        let mut on_aot = false;
        assert_eq!(rpy_module_wait_aot(m, 120_000, &mut on_aot), RPY_OK);
        assert!(on_aot, "swapped to the library");
        assert_eq!(rpy_func_tier(add, &mut t), RPY_OK);
        assert_eq!(t, RPY_TIER_AOT);
        assert_eq!(rpy_call_i64(add, [40i64, 2].as_ptr(), 2, &mut r), RPY_OK);
        assert_eq!(r, 42);
        // The AOT tier now loads the cached library at once.
        let rt2 = runtime(&rpy_runtime_options { tier: RPY_TIER_AOT, cache_dir: d.as_ptr(), ..rpy_runtime_options_default() });
        let m2 = load(rt2, "auto.py", "def add(a: int, b: int) -> int:\n    return a + b\n");
        assert_eq!(rpy_module_tier(m2, &mut t), RPY_OK);
        assert_eq!(t, RPY_TIER_AOT);
        rpy_func_free(add);
        rpy_module_free(m);
        rpy_module_free(m2);
        rpy_runtime_free(rt);
        rpy_runtime_free(rt2);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
