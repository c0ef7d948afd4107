//! Shared by the golden-test harnesses: the repository's test folders and
//! CPython, the oracle.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

/// The path of `p` relative to the repository root, with `/` separators
/// (stable across machines, used in snapshots).
pub(crate) fn rel(p: &Path) -> String {
    let root = repo_root();
    let abs = p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    abs.strip_prefix(&root).unwrap_or(&abs).to_string_lossy().replace('\\', "/")
}

/// The Python interpreter used as the oracle: `$RPY_PYTHON`, else `python3`.
pub(crate) fn python() -> String {
    std::env::var("RPY_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

/// What one run of a program produced.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// Everything printed on stdout (the result's repr is the last line).
    pub(crate) stdout: String,
    /// The first line of stderr: `ExceptionType: message`, or empty.
    pub(crate) error: String,
    /// The exit code.
    pub(crate) code: i32,
}

/// Run `entry(args)` of `file` under CPython through tests/cpython_run.py.
pub(crate) fn cpython(file: &Path, entry: &str, args: &[String]) -> Outcome {
    let out = Command::new(python())
        .arg(repo_root().join("tests/cpython_run.py"))
        .arg(file)
        .arg(entry)
        .args(args)
        .output()
        .expect("running python3 (CPython is the oracle and must be installed)");
    Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        error: String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or("").to_string(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The `# run: ENTRY ARG...` lines of a case (default: `main`).
pub(crate) fn runs(text: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("# run:"))
        .map(|l| {
            let mut words = l.split_whitespace().map(str::to_string);
            let entry = words.next().unwrap_or_else(|| "main".to_string());
            (entry, words.collect())
        })
        .collect();
    if out.is_empty() {
        out.push(("main".to_string(), Vec::new()));
    }
    out
}

/// Collects what compiled code prints.
pub(crate) struct Capture(pub(crate) String);

impl rpy_ir::interp::Host for Capture {
    fn print(&mut self, text: &str) -> Result<(), rpy_ir::interp::PyError> {
        self.0.push_str(text);
        Ok(())
    }
}

/// Run `entry(args)` of a compile unit with the interpreter, as `rpy run
/// --tier interp` does.
pub(crate) fn interp_unit(files: &[rpy_ir::SourceFile], entry: &str, args: &[String]) -> Outcome {
    let opts = rpy_ir::Options { roots: Some(vec![entry.to_string()]), ..rpy_ir::Options::default() };
    let m = match rpy_ir::compile_unit(files, &opts) {
        Ok(m) => m,
        Err(e) => return Outcome { stdout: String::new(), error: format!("CompileError: {e}"), code: 2 },
    };
    let id = m.func_by_name(entry).expect("entry compiled");
    let vals = rpy_ir::literal::parse_args(&m, &m.funcs[id], args).expect("argument literals");
    let mut host = Capture(String::new());
    match rpy_ir::interp::Interp::new(&m).call(&mut host, id, &vals) {
        Ok(v) => Outcome { stdout: format!("{}{}\n", host.0, v.repr()), error: String::new(), code: 0 },
        Err(e) => Outcome { stdout: host.0, error: e.to_string(), code: 1 },
    }
}
