//! A library is used only after its descriptor is checked: a wrong ABI
//! version is refused, and the descriptor carries the IR hash and the
//! code-generator fingerprint its users compare.

use rpy_ir::{compile, Options, SourceFile};

const SRC: &str = "def f(x: int) -> int:\n    return x + 1\n";

#[test]
fn wrong_abi_version_is_refused_and_the_descriptor_identifies_the_build() {
    let Some(cc) = rpy_aot::find_compiler() else {
        eprintln!("note: no C compiler; skipped");
        return;
    };
    let ir = compile(&SourceFile::new("desc.py", SRC), &Options::default()).expect("compiles");
    let dir = std::env::temp_dir().join(format!("rpy-aot-desc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let c = rpy_aot::emit_c(&ir, "desc");
    let good = dir.join("good.so");
    rpy_aot::build_so(&c, &good, &cc).expect("builds");
    let m = rpy_aot::load(&good).expect("loads");
    assert_eq!(m.ir_hash, rpy_ir::ir_hash(&ir));
    assert_eq!(m.codegen, rpy_aot::codegen_fingerprint());
    // The same module, claiming another ABI version.
    let bad_c = c.replace("rpy_module_v2 = {RPY_ABI_VERSION,", "rpy_module_v2 = {RPY_ABI_VERSION + 1,");
    assert_ne!(bad_c, c, "descriptor initialiser found");
    let bad = dir.join("bad.so");
    rpy_aot::build_so(&bad_c, &bad, &cc).expect("builds");
    let e = rpy_aot::load(&bad).expect_err("wrong ABI refused");
    assert!(e.to_string().to_lowercase().contains("abi"), "{e}");
    // A file that is not a library at all.
    let junk = dir.join("junk.so");
    std::fs::write(&junk, b"not an ELF file").expect("write");
    assert!(rpy_aot::load(&junk).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}
