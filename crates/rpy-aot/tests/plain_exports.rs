//! A standalone library as a ctypes user sees it: plain `rpyx_*` exports
//! called through C function pointers, the thread-local error slot, the
//! print hook, the descriptor and what is (not) exported.

#![allow(unsafe_code)]

use std::ffi::{c_char, c_void};
use std::path::PathBuf;

use rpy_ir::{compile, Options, SourceFile};

const SRC: &str = "\
def div(a: int, b: int) -> int:
    return a // b

def scale(x: float, k: int) -> float:
    print('scale', x, k)
    return x * k

def down(n: int) -> int:
    return down(n + 1)

def spin(n: int) -> int:
    t = 0
    for i in range(n):
        t += i
    return t
";

/// Build SRC into a library in a fresh temp dir per test `tag` (None: no C compiler).
fn build(tag: &str) -> Option<(rpy_ir::ir::Module, rpy_aot::AotModule)> {
    let Some(cc) = rpy_aot::find_compiler() else {
        eprintln!("note: no C compiler found; AOT plain-export test skipped");
        return None;
    };
    let m = compile(&SourceFile::new("lib.py", SRC.to_string()), &Options::default()).expect("compiles");
    let dir: PathBuf = std::env::temp_dir().join(format!("rpy-aot-plain-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let so = dir.join("lib.so");
    rpy_aot::build_so(&rpy_aot::emit_c(&m, "lib"), &so, &cc).expect("library builds");
    let lib = rpy_aot::load(&so).expect("library loads");
    let _ = std::fs::remove_dir_all(&dir);
    Some((m, lib))
}

type TakeError = unsafe extern "C" fn(*mut c_char, usize) -> i32;
type ErrOccurred = unsafe extern "C" fn() -> i32;
type PrintHook = unsafe extern "C" fn(*mut c_void, *const c_char, usize) -> i32;
type SetPrintHook = unsafe extern "C" fn(Option<PrintHook>, *mut c_void);

/// `sym` as a function pointer of type `F`.
///
/// # Safety
/// `F` must be the C type of the symbol.
unsafe fn func<F: Copy>(lib: &rpy_aot::AotModule, sym: &str) -> F {
    let p = lib.symbol(sym).unwrap_or_else(|| panic!("{sym} exported"));
    assert_eq!(std::mem::size_of::<F>(), std::mem::size_of::<*const c_void>());
    // SAFETY: the caller names the symbol's type.
    unsafe { std::mem::transmute_copy::<*const c_void, F>(&p) }
}

unsafe extern "C" fn collect(data: *mut c_void, text: *const c_char, len: usize) -> i32 {
    // SAFETY: data is the test's String, text[..len] the printed line.
    let buf = unsafe { &mut *data.cast::<String>() };
    buf.push_str(&String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(text.cast::<u8>(), len) }));
    0
}

fn take(take_error: TakeError) -> (i32, String) {
    let mut buf = [0 as c_char; 128];
    // SAFETY: buf has the length passed.
    let code = unsafe { take_error(buf.as_mut_ptr(), buf.len()) };
    let bytes: Vec<u8> = buf.iter().take_while(|&&c| c != 0).map(|&c| c as u8).collect();
    (code, String::from_utf8_lossy(&bytes).into_owned())
}

#[test]
fn plain_exports_results_and_errors() {
    let Some((_, lib)) = build("plain") else { return };
    // SAFETY: the types are those of the emitted C.
    unsafe {
        let div: unsafe extern "C" fn(i64, i64) -> i64 = func(&lib, "rpyx_div");
        let occurred: ErrOccurred = func(&lib, "rpy_err_occurred");
        let take_error: TakeError = func(&lib, "rpy_take_error");
        assert_eq!(div(-7, 2), -4);
        assert_eq!(occurred(), 0);
        div(1, 0);
        assert_ne!(occurred(), 0);
        assert_eq!(take(take_error), (rpy_rt::status::ZERO_DIVISION, "integer division or modulo by zero".to_string()));
        assert_eq!(occurred(), 0);
        // A later successful call clears a pending error.
        div(i64::MIN, -1);
        assert_eq!(occurred(), rpy_rt::status::OVERFLOW);
        assert_eq!(div(9, 3), 3);
        assert_eq!(occurred(), 0);
        let down: unsafe extern "C" fn(i64) -> i64 = func(&lib, "rpyx_down");
        down(0);
        assert_eq!(take(take_error), (rpy_rt::status::RECURSION, "maximum recursion depth exceeded".to_string()));
    }
}

#[test]
fn plain_export_prints_through_the_hook() {
    let Some((_, lib)) = build("hook") else { return };
    let mut out = String::new();
    // SAFETY: the types are those of the emitted C; `out` outlives the
    // call and the hook is reset before it goes away.
    unsafe {
        let set: SetPrintHook = func(&lib, "rpy_set_print_hook");
        let scale: unsafe extern "C" fn(f64, i64) -> f64 = func(&lib, "rpyx_scale");
        set(Some(collect), (&raw mut out).cast());
        assert_eq!(scale(0.5, 3), 1.5);
        set(None, std::ptr::null_mut());
    }
    assert_eq!(out, "scale 0.5 3\n");
}

#[test]
fn descriptor_and_exported_symbols() {
    let Some((m, lib)) = build("descriptor") else { return };
    assert_eq!(lib.ir_hash, rpy_ir::ir_hash(&m));
    assert_eq!(lib.rpy_version, rpy_ir::VERSION);
    let sigs: Vec<(&str, &str, &str)> = lib.funcs.iter().map(|f| (f.name.as_str(), f.params.as_str(), f.ret.as_str())).collect();
    assert_eq!(sigs, [("div", "i,i", "i"), ("scale", "f,i", "f"), ("down", "i", "i"), ("spin", "i", "i")]);
    assert!(lib.symbol("rpy_lib__div__0__entry").is_some());
    // Direct forms and the runtime are hidden.
    assert!(lib.symbol("rpy_lib__div__0").is_none());
    assert!(lib.symbol("rpy_int_pow").is_none());
    assert!(lib.symbol("rpy_ctx_init").is_none());
}

/// Errors are located like on the JIT: where they happen, and a
/// RecursionError at the caller's call site.
#[test]
fn errors_are_located() {
    let Some((_, lib)) = build("locate") else { return };
    let call = |name: &str, args: &[u64]| {
        let mut ctx = std::mem::MaybeUninit::<rpy_rt::RpyCtx>::uninit();
        let mut ret = 0u64;
        let entry = lib.entry(name).expect("entry");
        // SAFETY: entry takes args.len() words; ctx is initialised before
        // and destroyed after the call.
        unsafe {
            rpy_rt::RpyCtx::init_in_place(ctx.as_mut_ptr(), std::ptr::null(), 1000, 0);
            let st = entry(ctx.as_mut_ptr(), args.as_ptr(), &mut ret);
            let c = &*ctx.as_ptr();
            let func = std::ffi::CStr::from_ptr(c.err_func).to_string_lossy().into_owned();
            let r = (st, c.err_line, func, c.depth);
            rpy_rt::rpy_ctx_destroy(ctx.as_mut_ptr());
            r
        }
    };
    assert_eq!(call("div", &[1, 0]), (rpy_rt::status::ZERO_DIVISION, 2, "div".to_string(), 0));
    assert_eq!(call("down", &[0]), (rpy_rt::status::RECURSION, 9, "down".to_string(), 0));
}

unsafe extern "C" fn interrupt(data: *mut c_void) -> i32 {
    // SAFETY: data is the test's poll counter.
    unsafe { *data.cast::<u32>() += 1 };
    rpy_rt::status::KEYBOARD_INTERRUPT
}

/// Loop back-edges call the host's poll hook every RPY_POLL_INTERVAL
/// iterations; its status unwinds the call.
#[test]
fn loops_poll_the_host() {
    let Some((_, lib)) = build("poll") else { return };
    let mut polls = 0u32;
    let host = rpy_rt::RpyHost { data: (&raw mut polls).cast(), print: None, poll: Some(interrupt) };
    let entry = lib.entry("spin").expect("entry");
    let call = |n: u64| {
        let mut ctx = std::mem::MaybeUninit::<rpy_rt::RpyCtx>::uninit();
        let mut ret = 0u64;
        // SAFETY: spin takes one word; host outlives the call.
        unsafe {
            rpy_rt::RpyCtx::init_in_place(ctx.as_mut_ptr(), &host, 1000, 0);
            let st = entry(ctx.as_mut_ptr(), &n, &mut ret);
            rpy_rt::rpy_ctx_destroy(ctx.as_mut_ptr());
            (st, ret)
        }
    };
    assert_eq!(call(1000), (0, 499_500));
    assert_eq!(call(1 << 20).0, rpy_rt::status::KEYBOARD_INTERRUPT);
    assert_eq!(polls, 1);
}

const CLASS_SRC: &str = "\
class Vec2:
    def __init__(self, x: float = 0.0, y: float = 0.0):
        self.x = x
        self.y = y

    def dot(self, o: 'Vec2') -> float:
        return self.x * o.x + self.y * o.y

class Pair:
    def __init__(self, a: Vec2, b: 'Vec2 | None' = None):
        self.a = a
        self.b = b

def use(p: Pair) -> float:
    return p.a.dot(p.a)
";

#[test]
fn classes_are_exported_with_their_layout() {
    let Some(cc) = rpy_aot::find_compiler() else { return };
    let m = compile(&SourceFile::new("cls.py", CLASS_SRC.to_string()), &Options::default()).expect("compiles");
    let dir: PathBuf = std::env::temp_dir().join(format!("rpy-aot-plain-{}-classes", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let so = dir.join("cls.so");
    rpy_aot::build_so(&rpy_aot::emit_c(&m, "cls"), &so, &cc).expect("library builds");
    let lib = rpy_aot::load(&so).expect("library loads");
    let _ = std::fs::remove_dir_all(&dir);
    // The descriptor describes each class as a ctypes.Structure needs it.
    let layouts: Vec<_> = lib.classes.iter().map(|c| (c.name.as_str(), c.size, c.fields.clone())).collect();
    assert_eq!(
        layouts,
        [
            ("Vec2", 40, vec![("x".to_string(), "f".to_string(), 24), ("y".to_string(), "f".to_string(), 32)]),
            ("Pair", 40, vec![("a".to_string(), "c0".to_string(), 24), ("b".to_string(), "c0?".to_string(), 32)]),
        ]
    );
    let sig = |n: &str| lib.funcs.iter().find(|f| f.name == n).map(|f| (f.params.clone(), f.ret.clone()));
    assert_eq!(sig("Vec2"), Some(("f,f".to_string(), "c0".to_string())));
    assert_eq!(sig("Pair.__init__"), Some(("c1,c0,c0?".to_string(), "n".to_string())));
    // Construct, read, write and call through the plain exports, as ctypes would.
    type New = unsafe extern "C" fn(f64, f64) -> *mut c_void;
    type NewPair = unsafe extern "C" fn(*mut c_void, *mut c_void) -> *mut c_void;
    type Get = unsafe extern "C" fn(*mut c_void) -> f64;
    type Set = unsafe extern "C" fn(*mut c_void, f64);
    type Dot = unsafe extern "C" fn(*mut c_void, *mut c_void) -> f64;
    type Use = unsafe extern "C" fn(*mut c_void) -> f64;
    type Ref = unsafe extern "C" fn(*mut c_void);
    // SAFETY: the types are the exports' C signatures (emit.rs).
    unsafe {
        let v = func::<New>(&lib, "rpyx_Vec2")(3.0, 4.0);
        assert_eq!(func::<Get>(&lib, "rpyx_Vec2__get_y")(v), 4.0);
        func::<Set>(&lib, "rpyx_Vec2__set_x")(v, 6.0);
        assert_eq!(func::<Dot>(&lib, "rpyx_Vec2__dot")(v, v), 52.0);
        let p = func::<NewPair>(&lib, "rpyx_Pair")(v, std::ptr::null_mut());
        assert_eq!(std::ptr::read(v.cast::<i64>()), 2, "the pair holds a reference to v");
        assert_eq!(func::<Use>(&lib, "rpyx_use")(p), 52.0);
        func::<Ref>(&lib, "rpyx_Pair__decref")(p);
        assert_eq!(std::ptr::read(v.cast::<i64>()), 1, "freeing the pair released v");
        func::<Ref>(&lib, "rpyx_Vec2__decref")(v);
    }
}
