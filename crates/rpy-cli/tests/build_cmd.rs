//! `rpy build` and bundled modules, as a user runs them: the real binary,
//! real files, real gcc for building, and runs with no compiler on `PATH`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PROG: &str = "\
'''A docstring with a line that looks like code:
class NotAClass:
def not_a_function():
'''

LIMIT = 3

def add(a: int, b: int = LIMIT) -> int:
    return a + b

class Counter:
    def __init__(self, start: int = 0):
        self.n = start

    def bump(self) -> int:
        self.n += 1
        return self.n

def helper_text(s: str) -> str:
    return s + '!'

if __name__ == '__main__':
    def inner(x: int) -> int:
        return x
";

fn has_cc() -> bool {
    ["cc", "gcc", "clang"].iter().any(|c| Command::new(c).arg("--version").output().is_ok())
}

fn dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rpy-build-cmd-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn rpy(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rpy"));
    c.args(args).env_remove("RPY_MODULE_PATH");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run rpy")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn build_writes_the_library_the_stub_and_the_header() {
    if !has_cc() {
        eprintln!("note: no C compiler; rpy build test skipped");
        return;
    }
    let d = dir("writes");
    let src = d.join("prog.py");
    std::fs::write(&src, PROG).expect("source");
    let out = d.join("out");
    let o = rpy(&["build", s(&src), "-o", s(&out)], &[]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let mut names: Vec<String> = std::fs::read_dir(&out).expect("out dir").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["prog.h", "prog.py", "prog.rpy.so"], "and no temporary files left");
    let lib = rpy_aot::load(&out.join("prog.rpy.so")).expect("a loadable library");
    // Every top-level function and class, nothing from the docstring or
    // the `if __name__` block.
    let mut funcs: Vec<&str> = lib.funcs.iter().map(|f| f.name.as_str()).collect();
    funcs.sort_unstable();
    assert_eq!(funcs, ["Counter", "Counter.__init__", "Counter.bump", "add", "helper_text"]);
    let stub = std::fs::read_to_string(out.join("prog.py")).expect("stub");
    assert!(stub.contains("def add(a: _rpy_bi.int, b: _rpy_bi.int = 3) -> _rpy_bi.int:"), "{stub}");
    let header = std::fs::read_to_string(out.join("prog.h")).expect("header");
    assert!(header.contains("int64_t rpyx_add(int64_t a, int64_t b);"), "{header}");
    // --entry and --name.
    let o = rpy(&["build", s(&src), "--entry", "add", "--name", "just_add", "-o", s(&out)], &[]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let lib = rpy_aot::load(&out.join("just_add.rpy.so")).expect("a loadable library");
    assert_eq!(lib.funcs.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["add"]);
}

#[test]
fn build_usage_errors() {
    let d = dir("usage");
    let src = d.join("prog.py");
    std::fs::write(&src, PROG).expect("source");
    let other = d.join("other.py");
    std::fs::write(&other, "def f(x: int) -> int:\n    return x\n").expect("source");
    let out = d.join("out");
    // Two modules with the same name cannot be one unit.
    let twin = d.join("twin");
    std::fs::create_dir_all(&twin).expect("dir");
    std::fs::write(twin.join("other.py"), "def g(x: int) -> int:\n    return x\n").expect("source");
    let o = rpy(&["build", s(&other), s(&twin.join("other.py")), "-o", s(&out)], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("module 'other' is already in the compile unit"), "{}", text(&o.stderr));
    // A name that is not a Python module name.
    let o = rpy(&["build", s(&src), "--name", "my-mod", "-o", s(&out)], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("is not a Python module name"), "{}", text(&o.stderr));
    // The stub would overwrite the source.
    let o = rpy(&["build", s(&src), "-o", s(&d)], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("would replace a source file"), "{}", text(&o.stderr));
    assert_eq!(std::fs::read_to_string(&src).expect("source"), PROG, "the source is untouched");
    // A compile error is reported as one, and nothing is written.
    let bad = d.join("bad.py");
    std::fs::write(&bad, "def f(x):\n    return x\n").expect("source");
    let o = rpy(&["build", s(&bad), "-o", s(&out)], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("bad.py:1"), "{}", text(&o.stderr));
    assert!(!out.join("bad.py").exists() && !out.join("bad.rpy.so").exists());
    // No compiler.
    let nocc = d.join("nocc");
    std::fs::create_dir_all(&nocc).expect("dir");
    let o = rpy(&["build", s(&src), "-o", s(&out)], &[("PATH", s(&nocc)), ("CC", ""), ("RPY_CC", "")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("needs a C compiler"), "{}", text(&o.stderr));
}

/// `rpy run --tier auto` uses a matching bundle next to the file with no
/// compiler and an empty cache, and ignores a stale one with one warning.
#[test]
fn run_uses_a_matching_bundle_and_warns_about_a_stale_one() {
    if !has_cc() {
        eprintln!("note: no C compiler; bundle test skipped");
        return;
    }
    let d = dir("bundle");
    let src = d.join("prog.py");
    std::fs::write(&src, PROG).expect("source");
    let o = rpy(&["build", s(&src), "-o", s(&d.join("out"))], &[]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    std::fs::copy(d.join("out").join("prog.rpy.so"), d.join("prog.rpy.so")).expect("copy");
    let nocc = d.join("nocc");
    std::fs::create_dir_all(&nocc).expect("dir");
    let run = |cache: &str| {
        let c = d.join(cache);
        rpy(&["run", s(&src), "--entry", "add", "--tier", "auto", "--cache-dir", s(&c), "4"], &[("PATH", s(&nocc)), ("RPY_VERBOSE", "1"), ("RPY_NO_COMPILER_NOTICE", "1")])
    };
    let o = run("c1");
    assert_eq!(text(&o.stdout), "7\n");
    assert_eq!(text(&o.stderr), "rpy: add started on the Aot tier; the module is now on the Aot tier\n");
    // The source changes: the bundle is stale.
    std::fs::write(&src, PROG.replace("return a + b", "return b + a")).expect("source");
    let o = run("c2");
    assert_eq!(text(&o.stdout), "7\n");
    let err = text(&o.stderr);
    let lib = std::path::absolute(d.join("prog.rpy.so")).expect("absolute");
    assert_eq!(err.matches(s(&lib)).count(), 1, "{err}");
    assert!(err.contains("rpy: warning: ignoring the bundled module") && err.contains("built from other source"), "{err}");
    assert!(err.contains("started on the Jit tier"), "{err}");
}

/// Several files are one module: every function and class of the files
/// given (with what they use of the modules they import), the other
/// files' in a namespace of the stub named after their module.
#[test]
fn build_of_several_files_is_one_module() {
    let d = dir("unit");
    std::fs::write(d.join("shapes.py"), "import units\n\ndef area(side: float) -> float:\n    return units.to_cm(side) * units.to_cm(side)\n").expect("source");
    std::fs::write(d.join("units.py"), "CM = 2.54\n\ndef to_cm(inch: float) -> float:\n    return inch * CM\n").expect("source");
    std::fs::write(d.join("extra.py"), "def twice(x: int) -> int:\n    return 2 * x\n").expect("source");
    let out = d.join("out");
    let o = rpy(&["build", s(&d.join("shapes.py")), s(&d.join("extra.py")), "-o", s(&out)], &[]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let lib = rpy_aot::load(&out.join("shapes.rpy.so")).expect("a loadable library");
    let mut names: Vec<&str> = lib.funcs.iter().map(|f| f.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["area", "extra.twice", "units.to_cm"]);
    let stub = std::fs::read_to_string(out.join("shapes.py")).expect("stub");
    assert!(stub.contains("extra = _rpy_namespace(\"extra\", twice=_rpy_m_extra_twice)"), "{stub}");
    assert!(stub.contains("units = _rpy_namespace(\"units\", to_cm=_rpy_m_units_to_cm)"), "{stub}");
    // The stub from a plain CPython, with no rpythonic on its path.
    let py = std::env::var("RPY_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let run = std::process::Command::new(py)
        .args(["-I", "-c", "import sys; sys.path.insert(0, '.'); import shapes; print(shapes.area(1.0), shapes.extra.twice(21), shapes.units.to_cm(2.0))"])
        .current_dir(&out)
        .output()
        .expect("python runs");
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert_eq!(text(&run.stdout), format!("{} 42 5.08\n", 2.54f64 * 2.54));
}
