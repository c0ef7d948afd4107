//! `rpy::export` and `Runtime::load_bundled` through the public API: real
//! files, a real C compiler for the export (skipped, with a note, without
//! one), the library found next to the source.

use std::path::PathBuf;

use rpy::{Options, Runtime, SourceFile, Tier};

const SRC: &str = "\
def add(a: int, b: int) -> int:
    return a + b

def twice(x: float) -> float:
    return x * 2.0
";

fn dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rpy-bundle-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// `mod.py` with `text` in `d`, its module exported to `d/out`, and the
/// library copied next to the source.
fn exported(d: &std::path::Path, text: &str) -> Option<SourceFile> {
    if rpy_aot::find_compiler().is_none() {
        eprintln!("note: no C compiler; bundle test skipped");
        return None;
    }
    let path = d.join("mod.py");
    std::fs::write(&path, text).expect("source");
    let src = SourceFile::new(path.display().to_string(), text.to_string());
    let ir = rpy_ir::compile(&src, &Options::default()).expect("compiles");
    let out = rpy::export(&ir, "mod", &d.join("out")).expect("exports");
    assert_eq!(out.library, d.join("out").join("mod.rpy.so"));
    std::fs::copy(&out.library, d.join("mod.rpy.so")).expect("copy");
    Some(src)
}

fn runtime(d: &std::path::Path) -> Runtime {
    Runtime::builder().tier(Tier::Auto).background_builds(false).cache_dir(d.join("cache")).build().expect("runtime")
}

#[test]
fn a_matching_bundle_runs_on_the_aot_tier_at_once() {
    let d = dir("match");
    let Some(src) = exported(&d, SRC) else { return };
    let rt = runtime(&d);
    let opts = Options { roots: Some(vec!["add".into()]), ..Options::default() };
    let m = rt.load_bundled("mod", &src, &opts).expect("loads");
    assert_eq!(m.tier(), Tier::Aot);
    assert_eq!(m.bundle(), Some(d.join("mod.rpy.so").as_path()));
    assert!(m.warnings().is_empty());
    assert_eq!(m.func::<(i64, i64), i64>("add").expect("add").call((2, 40)).expect("call"), 42);
    // The whole library came with it, not only the root asked for.
    assert_eq!(m.call_dyn("twice", &[rpy::Value::Float(1.5)]).expect("call"), rpy::Value::Float(3.0));
    // Nothing was built into the cache.
    assert!(!d.join("cache").join("objects").exists() || std::fs::read_dir(d.join("cache").join("objects")).expect("dir").next().is_none());
    // On the JIT tier no bundle is looked for.
    let jit = Runtime::builder().tier(Tier::Jit).build().expect("runtime");
    let m = jit.load_bundled("mod", &src, &opts).expect("loads");
    assert_eq!((m.tier(), m.bundle()), (Tier::Jit, None));
}

#[test]
fn a_stale_bundle_is_ignored_with_one_warning_per_process() {
    let d = dir("stale");
    let Some(_) = exported(&d, SRC) else { return };
    // The source changes after the export.
    let changed = SRC.replace("a + b", "b + a");
    std::fs::write(d.join("mod.py"), &changed).expect("source");
    let src = SourceFile::new(d.join("mod.py").display().to_string(), changed);
    let rt = runtime(&d);
    let m = rt.load_bundled("mod", &src, &Options::default()).expect("loads");
    assert_eq!((m.tier(), m.bundle()), (Tier::Jit, None));
    assert_eq!(m.warnings().len(), 1, "{:?}", m.warnings());
    assert!(m.warnings()[0].contains("mod.rpy.so") && m.warnings()[0].contains("built from other source"), "{:?}", m.warnings());
    assert_eq!(m.func::<(i64, i64), i64>("add").expect("add").call((2, 40)).expect("call"), 42);
    // A second load from the same file: no second warning.
    let m = rt.load_bundled("mod", &src, &Options::default()).expect("loads");
    assert!(m.warnings().is_empty(), "{:?}", m.warnings());
}

#[test]
fn a_bundle_without_a_root_is_not_used_for_it() {
    let d = dir("partial");
    let Some(src) = exported(&d, SRC) else { return };
    // `later` is in the source but not in the library.
    let text = format!("{SRC}\ndef later(n: int) -> int:\n    return n\n");
    std::fs::write(d.join("mod.py"), &text).expect("source");
    let src2 = SourceFile::new(src.name.clone(), text);
    let rt = runtime(&d);
    let m = rt.load_bundled("mod", &src2, &Options { roots: Some(vec!["add".into()]), ..Options::default() }).expect("loads");
    assert_eq!(m.tier(), Tier::Aot, "the library holds add");
    let m = rt.load_bundled("mod", &src2, &Options { roots: Some(vec!["later".into()]), ..Options::default() }).expect("loads");
    assert_eq!((m.tier(), m.bundle()), (Tier::Jit, None));
    assert!(m.warnings().len() == 1 && m.warnings()[0].contains("it does not contain later"), "{:?}", m.warnings());
}

#[test]
fn export_refuses_to_replace_the_source_and_bad_names() {
    let d = dir("refuse");
    let path = d.join("mod.py");
    std::fs::write(&path, SRC).expect("source");
    let src = SourceFile::new(path.display().to_string(), SRC.to_string());
    let ir = rpy_ir::compile(&src, &Options::default()).expect("compiles");
    let e = rpy::export(&ir, "mod", &d).expect_err("would replace the source");
    assert!(e.to_string().contains("would replace a source file"), "{e}");
    assert_eq!(std::fs::read_to_string(&path).expect("source"), SRC);
    let e = rpy::export(&ir, "not a name", &d.join("out")).expect_err("bad name");
    assert!(e.to_string().contains("is not a Python module name"), "{e}");
    assert!(!d.join("out").exists(), "nothing written");
}
