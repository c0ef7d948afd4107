//! The committed C header, include/rpy.h, is what cbindgen generates from
//! this crate now. `RPY_BLESS=1` (or `make ffi-header`) rewrites it.

use std::path::Path;

fn generate() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("cbindgen.toml");
    // cbindgen follows the crate's `mod` declarations from lib.rs.
    let b = cbindgen::Builder::new().with_config(config).with_src(dir.join("src/lib.rs"));
    let mut out = Vec::new();
    b.generate().expect("cbindgen generates the header").write(&mut out);
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn committed_header_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../include/rpy.h");
    let fresh = generate();
    if std::env::var_os("RPY_BLESS").is_some() {
        std::fs::write(&path, &fresh).expect("write include/rpy.h");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "include/rpy.h is stale (or missing): regenerate it with `make ffi-header` \
         (RPY_BLESS=1 cargo test -p rpy-ffi --test header) and commit it"
    );
}
