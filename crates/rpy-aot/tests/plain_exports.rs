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
        // A failed call returns 0; the slot holds the exception.
        assert_eq!(div(1, 0), 0);
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
    for helper in ["rpyx__incref", "rpyx__decref", "rpyx__str_new", "rpyx__list_new", "rpyx__array_view", "rpyx__tuple_new"] {
        assert!(lib.symbol(helper).is_some(), "{helper} exported");
    }
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

const HEAP_SRC: &str = "\
import rpythonic

def total(xs: list[int]) -> int:
    xs.append(10)
    return sum(xs)

def greet(s: str) -> str:
    return 'hi ' + s

def repeat(t: tuple[int, str]) -> str:
    return t[1] * t[0]

def fill(a: rpythonic.f64[:], v: float) -> int:
    for i in range(len(a)):
        a[i] = v
    return len(a)

def pick(xs: list[str], i: int) -> str:
    return xs[i]
";

/// The text of compiled str `s` (rpy_rt.h: byte count at 32, UTF-8 at 40).
///
/// # Safety
/// `s` is a live str.
unsafe fn str_text(s: *mut c_void) -> String {
    // SAFETY: the str layout of rpy_rt.h.
    unsafe {
        let n = std::ptr::read(s.cast::<u8>().add(32).cast::<i64>()) as usize;
        String::from_utf8_lossy(std::slice::from_raw_parts(s.cast::<u8>().add(40), n)).into_owned()
    }
}

/// The helpers a host uses to make arguments (lists, strs, tuples, array
/// views) and release results, and the 0-on-error convention.
#[test]
fn container_helpers_build_arguments() {
    let Some(cc) = rpy_aot::find_compiler() else { return };
    let m = compile(&SourceFile::new("heap.py", HEAP_SRC.to_string()), &Options::default()).expect("compiles");
    let dir: PathBuf = std::env::temp_dir().join(format!("rpy-aot-plain-{}-heap", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let so = dir.join("heap.so");
    rpy_aot::build_so(&rpy_aot::emit_c(&m, "heap"), &so, &cc).expect("library builds");
    let lib = rpy_aot::load(&so).expect("library loads");
    let _ = std::fs::remove_dir_all(&dir);
    let tuple_id = m.types.iter().find(|(_, t)| t.tuple_items().is_some()).map(|(id, _)| rpy_ir::ir::EntityRef::index(id) as i64).expect("a tuple type");
    type ListNew = unsafe extern "C" fn(i64, i64, *const u64) -> *mut c_void;
    type StrNew = unsafe extern "C" fn(*const c_char, i64) -> *mut c_void;
    type TupleNew = unsafe extern "C" fn(i64) -> *mut c_void;
    type ArrayView = unsafe extern "C" fn(i64, *mut c_void, i64, i64) -> *mut c_void;
    type Ref = unsafe extern "C" fn(*mut c_void);
    // SAFETY: the types are the exports' C signatures (emit.rs); every
    // object made is released.
    unsafe {
        let list_new: ListNew = func(&lib, "rpyx__list_new");
        let str_new: StrNew = func(&lib, "rpyx__str_new");
        let tuple_new: TupleNew = func(&lib, "rpyx__tuple_new");
        let view: ArrayView = func(&lib, "rpyx__array_view");
        let decref: Ref = func(&lib, "rpyx__decref");
        let take_error: TakeError = func(&lib, "rpy_take_error");
        // A list in, mutated by the call.
        let xs = list_new(0, 3, [1u64, 2, 3].as_ptr());
        assert!(!xs.is_null());
        assert_eq!(func::<unsafe extern "C" fn(*mut c_void) -> i64>(&lib, "rpyx_total")(xs), 16);
        assert_eq!(std::ptr::read(xs.cast::<u8>().add(24).cast::<i64>()), 4, "the append is seen by the host");
        decref(xs);
        // A str in, a str out (a new reference).
        let s = str_new(c"bob".as_ptr(), 3);
        let r = func::<unsafe extern "C" fn(*mut c_void) -> *mut c_void>(&lib, "rpyx_greet")(s);
        assert_eq!(str_text(r), "hi bob");
        decref(r);
        // A list of strs: the list holds its own references.
        let words = [str_new(c"a".as_ptr(), 1) as u64, s as u64];
        let l = list_new(3, 2, words.as_ptr());
        decref(words[0] as usize as *mut c_void);
        let r = func::<unsafe extern "C" fn(*mut c_void, i64) -> *mut c_void>(&lib, "rpyx_pick")(l, -1);
        assert_eq!(str_text(r), "bob");
        decref(r);
        decref(l);
        // A tuple: items stored by the host, a reference item owned by it.
        let t = tuple_new(tuple_id);
        std::ptr::write(t.cast::<u8>().add(24).cast::<i64>(), 2);
        std::ptr::write(t.cast::<u8>().add(32).cast::<*mut c_void>(), s);
        let r = func::<unsafe extern "C" fn(*mut c_void) -> *mut c_void>(&lib, "rpyx_repeat")(t);
        assert_eq!(str_text(r), "bobbob");
        decref(r);
        decref(t);
        // An array view of the host's memory, written in place.
        let mut data = [0.0f64; 4];
        let fill: unsafe extern "C" fn(*mut c_void, f64) -> i64 = func(&lib, "rpyx_fill");
        let a = view(0, data.as_mut_ptr().cast(), 4, 0);
        assert_eq!(fill(a, 1.5), 4);
        decref(a);
        assert_eq!(data, [1.5; 4]);
        // A read-only view: the store raises, the call returns 0.
        let a = view(0, data.as_mut_ptr().cast(), 4, 1);
        assert_eq!(fill(a, 2.0), 0);
        assert_eq!(take(take_error), (rpy_rt::status::TYPE, "cannot write into a read-only buffer".to_string()));
        decref(a);
        // Bad operands are errors, never a crash.
        assert!(list_new(9, 0, std::ptr::null()).is_null());
        assert_eq!(take(take_error).0, rpy_rt::status::VALUE);
        assert!(list_new(0, 2, std::ptr::null()).is_null());
        assert_eq!(take(take_error).0, rpy_rt::status::VALUE);
        assert!(tuple_new(-1).is_null());
        assert_eq!(take(take_error).0, rpy_rt::status::VALUE);
        assert!(view(7, data.as_mut_ptr().cast(), 4, 0).is_null());
        assert_eq!(take(take_error).0, rpy_rt::status::VALUE);
        assert!(str_new(std::ptr::null(), 5).is_null());
        assert_eq!(take(take_error).0, rpy_rt::status::VALUE);
    }
}
