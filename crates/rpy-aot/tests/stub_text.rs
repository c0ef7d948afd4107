//! Golden tests of what `rpy build` ships besides the library (insta):
//! the module part of the Python stub (its runtime part is the same text
//! in every stub, `src/stub_rt.py`, and is tested by running stubs in
//! tests/python/test_stub.py) and the C header, for the representative
//! module tests/stub/shipmod.py (functions with defaults, keyword-only,
//! positional-only and *args parameters, exceptions, print, classes with
//! fields and methods, lists, nested lists, strs, tuples, `C | None`). The
//! IR hash is replaced by `<hash>`. Review changes with `cargo insta
//! review`.

use rpy_ir::{compile, Options, SourceFile};

const SHIPMOD: &str = include_str!("../../../tests/stub/shipmod.py");

fn module() -> rpy_ir::ir::Module {
    compile(&SourceFile::new("shipmod.py", SHIPMOD), &Options::default()).expect("compiles")
}

fn unhash(text: &str) -> String {
    text.replace(&rpy_ir::ir_hash(&module()), "<hash>")
}

#[test]
fn python_stub_of_a_representative_module() {
    let stub = rpy_aot::python_stub(&module(), "shipmod").expect("stub");
    assert!(stub.contains("_rpy_IR_HASH = \""), "the stub carries the IR hash");
    let start = stub.find("# ---- module shipmod").expect("module section");
    insta::assert_snapshot!(unhash(&stub[start..]));
}

#[test]
fn c_header_of_a_representative_module() {
    insta::assert_snapshot!(unhash(&rpy_aot::c_header(&module(), "shipmod")));
}

#[test]
fn stub_refuses_names_it_cannot_define() {
    let m = module();
    for bad in ["my-mod", "class", "", "9lives"] {
        let e = rpy_aot::python_stub(&m, bad).expect_err("not a module name");
        assert!(e.0.contains("is not a Python module name"), "{e}");
    }
    let src = "def _rpy_raise(x: int) -> int:\n    return x\n";
    let m = compile(&SourceFile::new("r.py", src), &Options::default()).expect("compiles");
    let e = rpy_aot::python_stub(&m, "r").expect_err("reserved name");
    assert!(e.0.contains("reserved"), "{e}");
}

#[test]
fn library_file_name_is_not_an_extension_module_name() {
    // `import NAME` would try NAME.so (an extension module) before NAME.py.
    assert_eq!(rpy_aot::library_file_name("shipmod"), "shipmod.rpy.so");
}
