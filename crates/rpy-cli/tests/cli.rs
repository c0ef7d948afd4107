//! The `rpy` command as a user runs it: real process, real files.

use std::path::PathBuf;
use std::process::{Command, Output};

fn rpy(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rpy")).args(args).output().expect("run rpy")
}

fn write(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rpy-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write source");
    p
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const PROG: &str = "\
import math

def helper(x: float) -> float:
    return x * 2.0

def scale(a: int, b: float = 0.5) -> float:
    print('a =', a)
    return helper(a * b)

def divide(a: int, b: int) -> int:
    return a // b

def unused(n: int) -> int:
    return n

if __name__ == '__main__':
    print(scale(3))
";

#[test]
fn run_prints_output_then_repr_of_result() {
    let p = write("prog.py", PROG);
    let out = rpy(&["run", p.to_str().unwrap(), "--entry", "scale", "-3", "2.5"]);
    assert_eq!(text(&out.stdout), "a = -3\n-15.0\n");
    assert!(out.status.success());
    // With `--` before the arguments, and a default for `b`.
    let out = rpy(&["run", p.to_str().unwrap(), "--entry", "scale", "--", "-4"]);
    assert_eq!(text(&out.stdout), "a = -4\n-4.0\n");
}

#[test]
fn python_exception_exits_1_with_type_message_and_line() {
    let p = write("div.py", PROG);
    for tier in ["interp", "jit", "aot"] {
        let out = rpy(&["run", p.to_str().unwrap(), "--entry", "divide", "--tier", tier, "7", "0"]);
        assert_eq!(out.status.code(), Some(1), "{tier}");
        let err = text(&out.stderr);
        assert!(err.starts_with("ZeroDivisionError: integer division or modulo by zero\n"), "{tier}: {err}");
        assert!(err.contains("line 11, in divide"), "{tier}: {err}");
    }
}

#[test]
fn jit_is_the_default_tier_and_prints_in_order() {
    let p = write("jit.py", PROG);
    let out = rpy(&["run", p.to_str().unwrap(), "--entry", "scale", "5"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "a = 5\n5.0\n");
}

#[test]
fn compile_error_exits_2_with_location_and_caret() {
    let p = write("bad.py", "def f(x):\n    return lambda: x\n");
    let out = rpy(&["run", p.to_str().unwrap(), "--entry", "f", "1"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("bad.py:2:12"), "{err}");
    assert!(err.contains("lambda is not supported"), "{err}");
    assert!(err.contains("^^^"), "{err}");
    let out = rpy(&["check", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bad_argument_literal_is_a_usage_error() {
    let p = write("args.py", PROG);
    let out = rpy(&["run", p.to_str().unwrap(), "--entry", "divide", "1.5", "2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("expected an int literal"), "{}", text(&out.stderr));
}

#[test]
fn ir_entry_prints_only_reachable_functions() {
    let p = write("ir.py", PROG);
    let out = rpy(&["ir", p.to_str().unwrap(), "--entry", "scale"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let ir = text(&out.stdout);
    assert!(ir.contains("@scale(a: i64, b: f64 = 0.5) -> f64"), "{ir}");
    assert!(ir.contains("@helper("), "{ir}");
    assert!(!ir.contains("@unused("), "{ir}");
    assert!(!ir.contains("@divide("), "{ir}");
}

#[test]
fn check_of_a_valid_file_is_silent() {
    let p = write("ok.py", PROG);
    let out = rpy(&["check", p.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn missing_file_is_a_clear_error() {
    let out = rpy(&["check", "/nonexistent/x.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read /nonexistent/x.py"));
}

#[test]
fn aot_tier_uses_the_cache_and_rebuilds_a_corrupted_library() {
    if std::process::Command::new("cc").arg("--version").output().is_err() {
        eprintln!("note: no C compiler; skipped");
        return;
    }
    let p = write("aot.py", PROG);
    let dir = std::env::temp_dir().join(format!("rpy-cli-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = dir.to_str().unwrap();
    let run = || rpy(&["run", p.to_str().unwrap(), "--entry", "scale", "--tier", "aot", "--cache-dir", d, "3"]);
    let out = run();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "a = 3\n3.0\n");
    let ls = text(&rpy(&["cache", "--cache-dir", d, "ls"]).stdout);
    assert_eq!(ls.lines().count(), 2, "{ls}");
    // Flip a byte of the library: verify removes it, the next run rebuilds.
    let so = std::fs::read_dir(dir.join("objects")).unwrap().flatten().flat_map(|s| std::fs::read_dir(s.path()).unwrap().flatten()).map(|e| e.path()).find(|p| p.extension().is_some_and(|x| x == "so")).expect("a library");
    let mut bytes = std::fs::read(&so).unwrap();
    bytes[200] ^= 0xff;
    std::fs::write(&so, bytes).unwrap();
    let v = text(&rpy(&["cache", "--cache-dir", d, "verify"]).stdout);
    assert!(v.contains("1 bad entry removed"), "{v}");
    assert_eq!(text(&run().stdout), "a = 3\n3.0\n");
    let gc = rpy(&["cache", "--cache-dir", d, "gc", "--max-size", "0"]);
    assert!(text(&gc.stdout).contains("removed 1 entries"), "{}", text(&gc.stdout));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn world_writable_cache_dir_is_refused_with_the_fix() {
    let dir = std::env::temp_dir().join(format!("rpy-cli-ww-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = rpy(&["cache", "--cache-dir", dir.to_str().unwrap(), "ls"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("chmod go-w") && err.contains(dir.to_str().unwrap()), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn cache_gc_removes_stale_build_jobs() {
    let dir = std::env::temp_dir().join(format!("rpy-cli-jobs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = dir.to_str().unwrap();
    // Create the cache (ls), then a stale job (an hour old) and a fresh one.
    assert!(rpy(&["cache", "--cache-dir", d, "ls"]).status.success());
    let (stale, fresh) = (dir.join("jobs/stale-1"), dir.join("jobs/fresh-2"));
    std::fs::create_dir_all(&stale).unwrap();
    std::fs::create_dir_all(&fresh).unwrap();
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::open(&stale).unwrap().set_modified(hour_ago).unwrap();
    let out = rpy(&["cache", "--cache-dir", d, "gc", "--max-size", "1G"]);
    assert!(text(&out.stdout).contains("1 stale build jobs"), "{}", text(&out.stdout));
    assert!(!stale.exists() && fresh.exists());
    let _ = std::fs::remove_dir_all(&dir);
}
