//! Every golden case of `tests/cases/*.py` on the AOT tier: all `# run:`
//! entries of a case built into one `.so` by the system C compiler, each
//! run called through its uniform entry, and stdout, the exception line
//! and the result compared with CPython. Skipped (with a note) when no C
//! compiler is found.

#![allow(unsafe_code)]

#[path = "../../rpy-ir/tests/common/mod.rs"]
#[allow(unreachable_pub)]
mod common;

use std::ffi::{c_char, c_void};
use std::mem::MaybeUninit;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use common::{cpython, rel, runs, Outcome};
use rpy_aot::{AotModule, CompilerInfo};
use rpy_ir::interp::Val;
use rpy_ir::ir::Type;
use rpy_ir::pyfmt::{repr_of, FmtValue};
use rpy_ir::{compile, ExcKind, Options, SourceFile};
use rpy_rt::{RpyCtx, RpyHost};

unsafe extern "C" fn print_hook(data: *mut c_void, text: *const c_char, len: usize) -> i32 {
    // SAFETY: data is the String of the running call; text[..len] the line.
    let buf = unsafe { &mut *data.cast::<String>() };
    buf.push_str(&String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(text.cast::<u8>(), len) }));
    0
}

/// The usable stack bound of this thread, as the embedding API computes it.
fn stack_low() -> usize {
    // SAFETY: pthread_getattr_np fills attr for this thread; destroyed after.
    unsafe {
        let mut attr = MaybeUninit::<libc::pthread_attr_t>::uninit();
        if libc::pthread_getattr_np(libc::pthread_self(), attr.as_mut_ptr()) != 0 {
            return 0;
        }
        let (mut addr, mut size) = (std::ptr::null_mut(), 0usize);
        let ok = libc::pthread_attr_getstack(attr.as_ptr(), &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(attr.as_mut_ptr());
        if ok { addr as usize + (size / 4).clamp(16 * 1024, 256 * 1024) } else { 0 }
    }
}

fn word(v: &Val) -> u64 {
    v.to_bits()
}

fn repr(ret: Type, w: u64) -> String {
    if let (Type::Ref(_), true) = (ret, w != 0) {
        // A list or tuple prints as CPython prints it (the runtime's repr).
        let r = rpy_ir::interp::Val::Obj(ret, w).repr();
        if r.starts_with(['[', '(', '\'', '"']) {
            return r;
        }
    }
    repr_of(match ret {
        Type::I64 => FmtValue::Int(w as i64),
        Type::F64 => FmtValue::Float(f64::from_bits(w)),
        Type::Bool => FmtValue::Bool(w != 0),
        Type::None | Type::Ref(_) | Type::OptRef(_) => FmtValue::None,
    })
}

/// Call `entry(args)` of the loaded library as a host does.
fn run(lib: &AotModule, m: &rpy_ir::ir::Module, entry: &str, args: &[String]) -> Outcome {
    let f = &m.funcs[m.func_by_name(entry).expect("entry compiled")];
    let words: Vec<u64> = rpy_ir::literal::parse_args(m, f, args).expect("argument literals").iter().map(word).collect();
    let mut printed = String::new();
    let host = RpyHost { data: (&raw mut printed).cast(), print: Some(print_hook), poll: None };
    let mut ctx = MaybeUninit::<RpyCtx>::uninit();
    let mut ret = 0u64;
    let e = lib.entry(entry).expect("entry in the library");
    // SAFETY: e is the uniform entry of `f`, args has one word per
    // parameter; ctx is initialised before and destroyed after the call.
    let (status, msg) = unsafe {
        RpyCtx::init_in_place(ctx.as_mut_ptr(), &host, 1000, stack_low());
        let status = e(ctx.as_mut_ptr(), words.as_ptr(), &mut ret);
        let msg = (*ctx.as_ptr()).message();
        rpy_rt::rpy_ctx_destroy(ctx.as_mut_ptr());
        (status, msg)
    };
    if status == 0 {
        return Outcome { stdout: format!("{printed}{}\n", repr(f.ret, ret)), error: String::new(), code: 0 };
    }
    let error = match u8::try_from(status).ok().and_then(ExcKind::from_code) {
        Some(k) => k.display_line(&msg),
        None if msg.is_empty() => format!("status {status}"),
        None => format!("status {status}: {msg}"),
    };
    Outcome { stdout: printed, error, code: 1 }
}

/// Build and run every `# run:` line of one case; the differences.
fn case(path: &Path, cc: &CompilerInfo, rt: &Path, out_dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("read case");
    let src = SourceFile::new(rel(path), text.clone());
    let all = runs(&text);
    let mut roots: Vec<String> = all.iter().map(|(e, _)| e.clone()).collect();
    roots.dedup();
    let opts = Options { roots: Some(roots), ..Options::default() };
    let m = match compile(&src, &opts) {
        Ok(m) => m,
        Err(e) => return vec![format!("{}: compile error: {e}", rel(path))],
    };
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("case");
    let so = out_dir.join(format!("{stem}.so"));
    if let Err(e) = rpy_aot::build_so_with(&rpy_aot::emit_c(&m, stem), &so, cc, Some(rt)) {
        return vec![format!("{}: {e}", rel(path))];
    }
    let lib = match rpy_aot::load(&so) {
        Ok(l) => l,
        Err(e) => return vec![format!("{}: {e}", rel(path))],
    };
    let mut failures = Vec::new();
    for (entry, args) in all {
        let ours = run(&lib, &m, &entry, &args);
        let theirs = cpython(path, &entry, &args);
        if ours != theirs {
            failures.push(format!("{} {entry} {args:?}:\n  AOT:     {ours:?}\n  CPython: {theirs:?}", rel(path)));
        }
    }
    failures
}

fn case_files() -> Vec<PathBuf> {
    let dir = common::repo_root().join("tests/cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).expect("tests/cases").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
    files.sort();
    files
}

#[test]
fn golden_cases_match_cpython() {
    let Some(cc) = rpy_aot::find_compiler() else {
        eprintln!("note: no C compiler found ($RPY_CC, $CC, cc, gcc, clang); AOT cases skipped");
        return;
    };
    let out_dir = std::env::temp_dir().join(format!("rpy-aot-cases-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    // The runtime is compiled once for all cases.
    let rt = out_dir.join("rpy_rt.o");
    rpy_aot::build_runtime(&rt, &cc).expect("runtime builds");
    let files = case_files();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 8);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                let f = case(path, &cc, &rt, &out_dir);
                failures.lock().expect("failures").extend(f);
            });
        }
    });
    let _ = std::fs::remove_dir_all(&out_dir);
    let failures = failures.into_inner().expect("failures");
    assert!(failures.is_empty(), "{} of {} cases differ from CPython:\n{}", failures.len(), files.len(), failures.join("\n"));
}
