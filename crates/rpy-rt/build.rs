//! Compiles the runtime C source with the flags both tiers use (see
//! DESIGN.md "Runtime"): `-std=c11 -O2 -ffp-contract=off -fno-builtin`,
//! `-Wall -Wextra`, warnings as errors.

fn main() {
    println!("cargo:rerun-if-changed=csrc/rpy_rt.c");
    println!("cargo:rerun-if-changed=csrc/rpy_rt.h");
    let mut build = cc::Build::new();
    build
        .file("csrc/rpy_rt.c")
        .include("csrc")
        .opt_level(2)
        .flag("-std=c11")
        .flag("-ffp-contract=off")
        .flag("-fno-builtin")
        .flag("-Wall")
        .flag("-Wextra")
        .warnings_into_errors(true);
    // The ABI layout test compiles a probe with the same compiler.
    let compiler = build.get_compiler();
    println!("cargo:rustc-env=RPY_RT_CC={}", compiler.path().display());
    build.compile("rpy_rt");
    // Dependents (links = "rpy_rt") find the header via DEP_RPY_RT_INCLUDE.
    let csrc = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("csrc");
    println!("cargo:include={}", csrc.display());
}
