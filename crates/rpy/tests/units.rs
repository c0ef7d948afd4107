//! Golden tests over `tests/units/*/main.py`: compile units of several
//! files. Each unit is its directory: `main.py` (with `# run:` lines, as
//! in tests/cases) and the modules it imports. Each run is executed by
//! CPython (the oracle), the reference interpreter, the JIT and the AOT
//! library, which must agree on stdout, the exception line and the exit
//! status; the unit's IR and the runs are snapshotted. A `# error:` line
//! in main.py instead expects a compile error, whose rendering (with the
//! file, line and caret of every diagnostic) is snapshotted.

#[path = "../../rpy-ir/tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::sync::{Arc, Mutex};

use common::{cpython, interp_unit, rel, runs, Outcome};
use rpy_ir::{compile_unit, Options, SourceFile};

/// Run on a native tier through the embedding API; also gives the
/// traceback location of an exception (file and function).
fn native(tier: rpy::Tier, cache: &Path, files: &[SourceFile], entry: &str, args: &[String]) -> (Outcome, String) {
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let rt = rpy::Runtime::builder()
        .tier(tier)
        .cache_dir(cache)
        .on_print(move |s| {
            sink.lock().expect("print buffer").push_str(s);
            Ok(())
        })
        .build()
        .expect("runtime");
    let opts = Options { roots: Some(vec![entry.to_string()]), ..Options::default() };
    let m = match rt.load_unit("unit", files, &opts) {
        Ok(m) => m,
        Err(e) => return (Outcome { stdout: String::new(), error: format!("CompileError: {e}"), code: 2 }, String::new()),
    };
    let f = &m.ir().funcs[m.ir().func_by_name(entry).expect("entry compiled")];
    let vals: Vec<rpy::Value> = rpy_ir::literal::parse_args(m.ir(), f, args).expect("argument literals").into_iter().map(rpy::Value::from).collect();
    let r = m.call_dyn(entry, &vals);
    let printed = out.lock().expect("print buffer").clone();
    match r {
        Ok(v) => (Outcome { stdout: format!("{printed}{}\n", v.repr()), error: String::new(), code: 0 }, String::new()),
        Err(e) => {
            let at = e.location.as_ref().map(|l| format!("{}:{} in {}", Path::new(&l.file).file_name().and_then(|n| n.to_str()).unwrap_or("?"), l.line, l.function)).unwrap_or_default();
            let error = match e.exc_kind() {
                Some(k) => k.display_line(&e.message),
                None => e.message,
            };
            (Outcome { stdout: printed, error, code: 1 }, at)
        }
    }
}

fn unit(path: &Path) -> datatest_stable::Result<()> {
    let files = rpy::unit_files(&[path.to_path_buf()]).map_err(|e| e.message)?;
    // Names relative to the repository: stable in snapshots.
    let files: Vec<SourceFile> = files.into_iter().map(|f| SourceFile::new(rel(Path::new(&f.name)), f.text)).collect();
    let text = files[0].text.clone();
    let name = path.parent().and_then(|d| d.file_name()).and_then(|s| s.to_str()).unwrap_or("unit").to_string();
    let mut snap = format!("## Files\n{}\n", files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join("\n"));
    if text.lines().any(|l| l.trim().starts_with("# error:")) {
        let e = compile_unit(&files, &Options::default()).err().ok_or("expected a compile error")?;
        snap.push_str(&format!("## Diagnostics\n{e}\n"));
    } else {
        let module = compile_unit(&files, &Options::default()).map_err(|e| format!("compile error:\n{e}"))?;
        snap.push_str(&format!("## IR\n{module}\n## Runs\n"));
        let cache = std::env::temp_dir().join(format!("rpy-units-{}-{name}", std::process::id()));
        let mut failures = Vec::new();
        let have_cc = rpy_aot::find_compiler().is_some();
        for (entry, args) in runs(&text) {
            let theirs = cpython(path, &entry, &args);
            let ours = interp_unit(&files, &entry, &args);
            let (jit, jit_at) = native(rpy::Tier::Jit, &cache, &files, &entry, &args);
            for (tier, got) in [("interp", &ours), ("JIT", &jit)] {
                if *got != theirs {
                    failures.push(format!("{entry} {args:?}:\n  {tier}: {got:?}\n  CPython: {theirs:?}"));
                }
            }
            if have_cc {
                let (aot, aot_at) = native(rpy::Tier::Aot, &cache, &files, &entry, &args);
                if aot != theirs || aot_at != jit_at {
                    failures.push(format!("{entry} {args:?}:\n  AOT: {aot:?} at {aot_at}\n  CPython: {theirs:?}, JIT at {jit_at}"));
                }
            }
            snap.push_str(&format!("$ {entry} {}\n{}", args.join(" "), ours.stdout));
            if !ours.error.is_empty() {
                snap.push_str(&format!("!! {}\n   at {jit_at}\n", ours.error));
            }
        }
        let _ = std::fs::remove_dir_all(&cache);
        if !failures.is_empty() {
            return Err(format!("differs from CPython:\n{}", failures.join("\n")).into());
        }
    }
    insta::with_settings!({
        snapshot_path => common::repo_root().join("tests/units/snapshots"),
        prepend_module_to_snapshot => false,
        input_file => path,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, snap);
    });
    Ok(())
}

datatest_stable::harness! {
    { test = unit, root = "../../tests/units", pattern = r"^[^/]+/main\.py$" },
}
