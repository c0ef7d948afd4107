//! `RPY_LOG`: the runtime's events on stderr, from the real `rpy` binary.
//! Quiet without it; with it, a cold auto-tier run logs the compile, the
//! cache miss, the JIT and the start of the detached build, and a warm run
//! the cache hit; `debug` adds the per-function JIT times.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const PROG: &str = "\
def sq(x: int) -> int:
    return x * x

def work(n: int) -> int:
    s = 0
    for i in range(n):
        s = (s + sq(i)) % 1000003
    return s
";

fn has_cc() -> bool {
    ["cc", "gcc", "clang"].iter().any(|c| Command::new(c).arg("--version").output().is_ok())
}

fn setup(tag: &str) -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("rpy-log-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let src = dir.join("prog.py");
    std::fs::write(&src, PROG).expect("source");
    (dir, src)
}

fn rpy(src: &std::path::Path, tier: &str, cache: &std::path::Path, log: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rpy"));
    c.args(["run", src.to_str().expect("path"), "--entry", "work", "--tier", tier, "--cache-dir", cache.to_str().expect("path"), "100"]);
    c.env_remove("RPY_VERBOSE");
    match log {
        Some(l) => c.env("RPY_LOG", l),
        None => c.env_remove("RPY_LOG"),
    };
    c.output().expect("run rpy")
}

fn stderr(o: &Output) -> String {
    assert!(o.status.success(), "rpy failed: {}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "328350\n");
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The lines of `err` that contain every one of `parts`.
fn lines_with(err: &str, parts: &[&str]) -> usize {
    err.lines().filter(|l| parts.iter().all(|p| l.contains(p))).count()
}

#[test]
fn without_rpy_log_nothing_is_logged() {
    let (dir, src) = setup("quiet");
    assert_eq!(stderr(&rpy(&src, "jit", &dir.join("cache"), None)), "");
    assert_eq!(stderr(&rpy(&src, "jit", &dir.join("cache"), Some("off"))), "");
}

#[test]
fn debug_logs_each_function_compiled_on_the_jit() {
    let (dir, src) = setup("debug");
    let err = stderr(&rpy(&src, "jit", &dir.join("cache"), Some("debug")));
    assert_eq!(lines_with(&err, &["INFO rpythonic.compile:", "compiled", "prog.py to IR: 2 functions in", " ms"]), 1, "{err}");
    assert_eq!(lines_with(&err, &["DEBUG rpythonic.jit:", "compiled sq on the JIT in"]), 1, "{err}");
    assert_eq!(lines_with(&err, &["DEBUG rpythonic.jit:", "compiled work on the JIT in"]), 1, "{err}");
    assert_eq!(lines_with(&err, &["INFO rpythonic.jit:", "2 functions compiled on the JIT in"]), 1, "{err}");
    // info leaves the per-function lines out; a target list picks areas.
    let info = stderr(&rpy(&src, "jit", &dir.join("cache"), Some("info")));
    assert_eq!(lines_with(&info, &["DEBUG"]), 0, "{info}");
    assert_eq!(lines_with(&info, &["rpythonic.jit:"]), 1, "{info}");
    let only = stderr(&rpy(&src, "jit", &dir.join("cache"), Some("rpythonic.jit=debug")));
    assert_eq!(lines_with(&only, &["rpythonic.compile"]), 0, "{only}");
    assert_eq!(lines_with(&only, &["rpythonic.jit:"]), 3, "{only}");
}

#[test]
fn a_bad_level_says_so_once_and_logs_at_info() {
    let (dir, src) = setup("bad");
    let err = stderr(&rpy(&src, "jit", &dir.join("cache"), Some("loud")));
    assert_eq!(lines_with(&err, &["RPY_LOG=\"loud\" is not a level"]), 1, "{err}");
    assert_eq!(lines_with(&err, &["INFO rpythonic.jit:"]), 1, "{err}");
}

#[test]
fn the_auto_tier_logs_the_miss_the_build_and_then_the_hit() {
    if !has_cc() {
        eprintln!("note: no C compiler; auto-tier log test skipped");
        return;
    }
    let (dir, src) = setup("auto");
    let cache = dir.join("cache");
    let cold = stderr(&rpy(&src, "auto", &cache, Some("info")));
    assert_eq!(lines_with(&cold, &["INFO rpythonic.cache:", "prog: cache miss, key "]), 1, "{cold}");
    assert_eq!(lines_with(&cold, &["INFO rpythonic.build:", "prog: detached build of the AOT library started with ", "(key "]), 1, "{cold}");
    // The key logged is the one the library is published under.
    let key = cold.lines().find_map(|l| l.split("cache miss, key ").nth(1)).and_then(|r| r.split(' ').next()).expect("key").to_string();
    assert_eq!(key.len(), 64, "{cold}");
    let deadline = Instant::now() + Duration::from_secs(120);
    while !cache.join("objects").join(&key[..2]).join(format!("{key}.json")).exists() {
        assert!(Instant::now() < deadline, "the detached build did not publish {key}");
        std::thread::sleep(Duration::from_millis(50));
    }
    let warm = stderr(&rpy(&src, "auto", &cache, Some("info")));
    assert_eq!(lines_with(&warm, &["INFO rpythonic.cache:", &format!("prog: cache hit, key {key} in "), "the AOT library is loaded"]), 1, "{warm}");
    assert_eq!(lines_with(&warm, &["rpythonic.build"]), 0, "{warm}");
    assert_eq!(lines_with(&warm, &["rpythonic.jit"]), 0, "{warm}");
}

#[test]
fn the_aot_tier_logs_the_build_with_its_compiler_and_time() {
    if !has_cc() {
        eprintln!("note: no C compiler; AOT log test skipped");
        return;
    }
    let (dir, src) = setup("aot");
    let err = stderr(&rpy(&src, "aot", &dir.join("cache"), Some("info")));
    assert_eq!(lines_with(&err, &["INFO rpythonic.build:", "prog: building the AOT library with "]), 1, "{err}");
    assert_eq!(lines_with(&err, &["INFO rpythonic.build:", "prog: built with ", " ms"]), 1, "{err}");
}
