//! Never a panic on any input: every prefix (at a stride) of every test
//! program, and the programs with single lines deleted, must compile or
//! give diagnostics (rendering included).

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

use rpy_ir::{compile, Options, SourceFile};

fn sources() -> Vec<(String, String)> {
    let root = common::repo_root();
    let mut out = Vec::new();
    for dir in ["tests/cases", "tests/errors"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "py") {
                out.push((p.display().to_string(), std::fs::read_to_string(&p).expect("read case")));
            }
        }
    }
    out.sort();
    assert!(out.len() > 50, "test corpus missing");
    out
}

fn no_panic(name: &str, text: &str) -> Result<(), String> {
    let src = SourceFile::new(name, text);
    catch_unwind(AssertUnwindSafe(|| {
        if let Err(e) = compile(&src, &Options::default()) {
            // Rendering must not panic either.
            let _ = e.to_string();
        }
    }))
    .map_err(|_| format!("panic compiling {name}:\n{text}"))
}

#[test]
fn truncated_programs_never_panic() {
    let mut failures = Vec::new();
    for (name, text) in sources() {
        let mut cut = 0;
        while cut < text.len() {
            if text.is_char_boundary(cut) {
                if let Err(e) = no_panic(&name, &text[..cut]) {
                    failures.push(e);
                }
            }
            cut += 37;
        }
    }
    assert!(failures.is_empty(), "{} panics, first:\n{}", failures.len(), failures[0]);
}

#[test]
fn programs_with_a_line_deleted_never_panic() {
    let mut failures = Vec::new();
    for (name, text) in sources() {
        let lines: Vec<&str> = text.lines().collect();
        for skip in (0..lines.len()).step_by(3) {
            let mutated: Vec<&str> = lines.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, l)| *l).collect();
            if let Err(e) = no_panic(&name, &mutated.join("\n")) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{} panics, first:\n{}", failures.len(), failures[0]);
}
