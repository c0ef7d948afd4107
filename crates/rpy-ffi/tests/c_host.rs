//! C programs against the real shared library, as a C host uses it: the
//! example host (examples/c_host/main.c) compiled with the system C
//! compiler against include/rpy.h and librpy_ffi.so, run, and its output
//! compared with examples/c_host/expected_output.txt; the same under
//! valgrind (no definite leaks, no invalid reads or writes); and
//! tests/c/threads.c, concurrent calls from pthreads. Skipped, with a
//! note, without a C compiler (and the valgrind test without valgrind).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

/// The directory of librpy_ffi.so. `cargo test` writes the cdylib into
/// the deps directory next to this test (target/<profile>/deps) and does
/// not copy it up to target/<profile>; `cargo build -p rpy-ffi` does. The
/// deps copy is the one built with this test, so it is preferred.
fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    let deps = exe.parent().expect("target/<profile>/deps").to_path_buf();
    let candidates = [deps.clone(), deps.parent().expect("target/<profile>").to_path_buf()];
    candidates
        .iter()
        .find(|d| d.join("librpy_ffi.so").is_file())
        .unwrap_or_else(|| panic!("no librpy_ffi.so in {} or its parent (cargo builds the cdylib with the tests)", deps.display()))
        .clone()
}

/// The C compiler: $CC, else cc (None: skip).
fn cc() -> Option<String> {
    let cc = std::env::var("CC").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "cc".into());
    Command::new(&cc).arg("--version").output().ok().filter(|o| o.status.success()).map(|_| cc)
}

/// Compile `src` (relative to the root) into `name` next to this test's
/// temporary files, against rpy.h and librpy_ffi.so, with every warning
/// an error (so the header is checked too).
fn build(cc: &str, src: &str, name: &str) -> PathBuf {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let lib = lib_dir();
    let o = Command::new(cc)
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-g", "-pthread"])
        .arg("-I")
        .arg(root().join("include"))
        .arg(root().join(src))
        .arg("-L")
        .arg(&lib)
        .arg("-lrpy_ffi")
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run the C compiler");
    assert!(o.status.success(), "{cc} {src} failed:\n{}", String::from_utf8_lossy(&o.stderr));
    out
}

fn run(cmd: &mut Command) -> Output {
    cmd.current_dir(root()).env_remove("RPY_CACHE_DIR").output().expect("run the host")
}

fn expected() -> String {
    std::fs::read_to_string(root().join("examples/c_host/expected_output.txt")).expect("expected output")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn the_c_host_prints_the_expected_output() {
    let Some(cc) = cc() else {
        eprintln!("note: no C compiler found; C host test skipped");
        return;
    };
    let host = build(&cc, "examples/c_host/main.c", "c_host");
    let o = run(Command::new(&host).arg("examples/c_host/shapes.py"));
    assert!(o.status.success(), "c_host failed: {}\n{}", o.status, text(&o.stderr));
    assert_eq!(text(&o.stdout), expected(), "examples/c_host/expected_output.txt");
    assert_eq!(text(&o.stderr), format!("rpythonic {}, C API 1\n", env!("CARGO_PKG_VERSION")));
    // Bad usage is an exit status, not a crash.
    let o = run(Command::new(&host).arg("examples/c_host/no_such_file.py"));
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stdout).contains("rpy_load_file failed: RPY_ERR_RUNTIME"), "{}", text(&o.stdout));
}

#[test]
fn concurrent_calls_from_pthreads_into_one_runtime() {
    let Some(cc) = cc() else {
        eprintln!("note: no C compiler found; pthreads test skipped");
        return;
    };
    let t = build(&cc, "crates/rpy-ffi/tests/c/threads.c", "threads");
    let o = run(Command::new(&t).args(["examples/c_host/shapes.py", "8", "5000"]));
    assert!(o.status.success(), "threads failed: {}\n{}{}", o.status, text(&o.stdout), text(&o.stderr));
    assert_eq!(text(&o.stdout), "ok 8 threads x 5000 calls\n");
}

fn valgrind() -> Option<()> {
    Command::new("valgrind").arg("--version").output().ok().filter(|o| o.status.success()).map(|_| ())
}

/// Run under memcheck: exit status 99 for any invalid read or write, and
/// for definite leaks (interned class descriptors and JIT code live for
/// the process: those are "possibly lost" or reachable, not errors).
fn memcheck(args: &[&str]) -> Output {
    run(Command::new("valgrind").args(["--quiet", "--leak-check=full", "--errors-for-leak-kinds=definite", "--error-exitcode=99"]).args(args))
}

#[test]
fn the_c_host_under_valgrind_has_no_memory_errors_or_definite_leaks() {
    let (Some(cc), Some(())) = (cc(), valgrind()) else {
        eprintln!("note: no C compiler or no valgrind found; valgrind test SKIPPED");
        return;
    };
    // The harness catches what it claims to: a program with a definite
    // leak and an invalid read fails under these flags.
    let bad = Path::new(env!("CARGO_TARGET_TMPDIR")).join("leaky.c");
    std::fs::write(&bad, "#include <stdlib.h>\nint main(void) { int *p = malloc(40); p[10] = 1; p = 0; return p != 0; }\n").expect("write leaky.c");
    let o = Command::new(&cc).arg(&bad).arg("-o").arg(bad.with_extension("")).output().expect("cc");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = memcheck(&[bad.with_extension("").to_str().expect("path")]);
    assert_eq!(o.status.code(), Some(99), "memcheck must fail a leaking program:\n{}", text(&o.stderr));
    let e = text(&o.stderr);
    assert!(e.contains("Invalid write") && e.contains("definitely lost"), "{e}");

    // The host on the JIT tier (valgrind runs Cranelift's code).
    let host = build(&cc, "examples/c_host/main.c", "c_host_vg");
    let o = memcheck(&[host.to_str().expect("path"), "examples/c_host/shapes.py", "jit"]);
    assert!(o.status.success(), "memcheck found errors ({}):\n{}", o.status, text(&o.stderr));
    assert_eq!(text(&o.stdout), expected());
}

#[test]
fn the_readme_c_example_compiles_and_prints_what_it_says() {
    let Some(cc) = cc() else {
        eprintln!("note: no C compiler found; README example test skipped");
        return;
    };
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let start = readme.find("```c\n#include <stdio.h>").expect("the C example in README.md") + "```c\n".len();
    let len = readme[start..].find("```").expect("end of the example");
    let src = Path::new(env!("CARGO_TARGET_TMPDIR")).join("readme_example.c");
    std::fs::write(&src, &readme[start..start + len]).expect("write the example");
    let exe = build(&cc, src.to_str().expect("path"), "readme_example");
    let o = run(&mut Command::new(&exe));
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "ZeroDivisionError: integer division or modulo by zero at demo.py:2\n3\n");
}
