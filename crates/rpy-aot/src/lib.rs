//! The AOT tier: IR → readable C → a shared library built by the system C
//! compiler, and loading such a library back.
//!
//! * [`emit_c`] turns a [`Module`](rpy_ir::ir::Module) into one C
//!   translation unit implementing exactly the ABI and the semantics of the
//!   JIT tier (see DESIGN.md "One ABI for both tiers"): per function a
//!   hidden direct form, an exported uniform entry and a plain export for
//!   ctypes users, plus the `rpy_module_v2` descriptor.
//! * [`find_compiler`] and [`build_so`] compile it, together with the
//!   embedded runtime source, into a standalone `.so`.
//! * [`load`] opens a library, checks its descriptor and hands out the
//!   entry pointers.
//! * [`python_stub`] and [`c_header`] write what `rpy build` ships with a
//!   library: a ctypes stub (`NAME.py`, no rpythonic needed) and the C
//!   prototypes of its plain exports (`NAME.h`).

mod build;
mod cstr;
mod emit;
mod load;
mod ops;
mod stub;

pub use build::{build_runtime, build_so, build_so_with, find_compiler, BuildError, CompilerInfo};
pub use emit::emit_c;
pub use load::{load, AotFunc, AotModule, EntryFn, LoadError};
pub use stub::{c_header, library_file_name, python_stub, StubError, LIBRARY_SUFFIX};

/// The code-generator fingerprint, part of every cache key: a hash of the
/// C emitter's source, the runtime's source and the ABI version, so a
/// change to any of them never reuses an artifact built by the old one.
pub fn codegen_fingerprint() -> String {
    static FP: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    FP.get_or_init(compute_fingerprint).clone()
}

fn compute_fingerprint() -> String {
    let mut h = blake3::Hasher::new();
    for part in [include_str!("emit.rs"), include_str!("ops.rs"), include_str!("build.rs"), rpy_rt::RT_C, rpy_rt::RT_H, env!("CARGO_PKG_VERSION")] {
        h.update(&(part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.update(&rpy_rt::ABI_VERSION.to_le_bytes());
    h.finalize().to_hex().to_string()
}

/// The compiler flags of every build (recorded in the cache metadata).
pub fn build_flags() -> Vec<String> {
    build::CFLAGS.iter().map(|s| s.to_string()).collect()
}

/// The runtime compiled once per compiler (and runtime version) into a
/// PIC object kept under `dir` and linked into every library it builds,
/// so a build compiles only the module. Built atomically (temp + rename);
/// `None` if it cannot be built (the caller compiles the runtime source).
pub fn runtime_object(dir: &std::path::Path, compiler: &CompilerInfo) -> Option<std::path::PathBuf> {
    let id = blake3::hash(format!("{}\0{}", codegen_fingerprint(), compiler.identity()).as_bytes()).to_hex();
    let obj = dir.join(format!("rpy_rt-{}.o", &id[..32]));
    if obj.is_file() {
        return Some(obj);
    }
    std::fs::create_dir_all(dir).ok()?;
    build::build_runtime(&obj, compiler).ok()?;
    Some(obj)
}
