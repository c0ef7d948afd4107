//! The example host runs and prints exactly
//! examples/rust_host/expected_output.txt.

use std::path::Path;
use std::process::Command;

#[test]
fn the_rust_host_prints_the_expected_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let o = Command::new(env!("CARGO_BIN_EXE_rust_host")).arg("examples/c_host/shapes.py").current_dir(&root).output().expect("run rust_host");
    assert!(o.status.success(), "rust_host failed: {}\n{}", o.status, String::from_utf8_lossy(&o.stderr));
    let want = std::fs::read_to_string(root.join("examples/rust_host/expected_output.txt")).expect("expected output");
    assert_eq!(String::from_utf8_lossy(&o.stdout), want, "examples/rust_host/expected_output.txt");
}
