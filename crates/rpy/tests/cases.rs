//! Golden tests over `tests/cases/*.py` — the one place to add a language
//! test. Every case is compiled, its IR snapshotted (insta), and each
//! `# run:` line executed by CPython (the oracle), the reference
//! interpreter and the JIT; stdout, the exception line and the exit status
//! must be identical on every tier. Review snapshot changes with
//! `cargo insta review`.

#[path = "../../rpy-ir/tests/common/mod.rs"]
mod common;

use std::path::Path;

use common::{cpython, interp_unit, rel, runs, Outcome};
use rpy_ir::{compile, Options, SourceFile};
use std::sync::{Arc, Mutex};

/// Run `entry(args)` on the JIT through the embedding API.
fn jit(src: &SourceFile, entry: &str, args: &[String]) -> Outcome {
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let rt = rpy::Runtime::builder()
        .tier(rpy::Tier::Jit)
        .on_print(move |s| {
            sink.lock().expect("print buffer").push_str(s);
            Ok(())
        })
        .build()
        .expect("JIT runtime");
    let opts = Options { roots: Some(vec![entry.to_string()]), ..Options::default() };
    let m = match rt.load("case", src, &opts) {
        Ok(m) => m,
        Err(e) => return Outcome { stdout: String::new(), error: format!("CompileError: {e}"), code: 2 },
    };
    let f = &m.ir().funcs[m.ir().func_by_name(entry).expect("entry compiled")];
    let vals: Vec<rpy::Value> = rpy_ir::literal::parse_args(m.ir(), f, args)
        .expect("argument literals")
        .into_iter()
        .map(rpy::Value::from)
        .collect();
    let r = m.call_dyn(entry, &vals);
    let printed = out.lock().expect("print buffer").clone();
    match r {
        Ok(v) => Outcome { stdout: format!("{printed}{}\n", v.repr()), error: String::new(), code: 0 },
        Err(e) => {
            let error = match e.exc_kind() {
                Some(k) => k.display_line(&e.message),
                None => e.message,
            };
            Outcome { stdout: printed, error, code: 1 }
        }
    }
}

fn case(path: &Path) -> datatest_stable::Result<()> {
    let text = std::fs::read_to_string(path)?;
    let src = SourceFile::new(rel(path), text.clone());
    let module = compile(&src, &Options::default()).map_err(|e| format!("compile error:\n{e}"))?;
    let mut snap = format!("## IR\n{module}\n## Runs\n");
    let mut failures = Vec::new();
    for (entry, args) in runs(&text) {
        let ours = interp_unit(std::slice::from_ref(&src), &entry, &args);
        let theirs = cpython(path, &entry, &args);
        let native = jit(&src, &entry, &args);
        if native != theirs {
            failures.push(format!("{entry} {args:?}:\n  JIT:     {native:?}\n  CPython: {theirs:?}"));
        }
        snap.push_str(&format!("$ {entry} {}\n{}", args.join(" "), ours.stdout));
        if !ours.error.is_empty() {
            snap.push_str(&format!("!! {}\n", ours.error));
        }
        if ours != theirs {
            failures.push(format!("{entry} {args:?}:\n  interp:  {ours:?}\n  CPython: {theirs:?}"));
        }
    }
    if !failures.is_empty() {
        return Err(format!("differs from CPython:\n{}", failures.join("\n")).into());
    }
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("case").to_string();
    insta::with_settings!({
        snapshot_path => common::repo_root().join("tests/cases/snapshots"),
        prepend_module_to_snapshot => false,
        input_file => path,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, snap);
    });
    Ok(())
}

datatest_stable::harness! {
    { test = case, root = "../../tests/cases", pattern = r"^[^/]*\.py$" },
}
