//! The AOT tier: IR → readable C → a shared library built by the system C
//! compiler, and loading such a library back.
//!
//! * [`emit_c`] turns a [`Module`](rpy_ir::ir::Module) into one C
//!   translation unit implementing exactly the ABI and the semantics of the
//!   JIT tier (see DESIGN.md "One ABI for both tiers"): per function a
//!   hidden direct form, an exported uniform entry and a plain export for
//!   ctypes users, plus the `rpy_module_v1` descriptor.
//! * [`find_compiler`] and [`build_so`] compile it, together with the
//!   embedded runtime source, into a standalone `.so`.
//! * [`load`] opens a library, checks its descriptor and hands out the
//!   entry pointers.

mod build;
mod cstr;
mod emit;
mod load;
mod ops;

pub use build::{build_runtime, build_so, build_so_with, find_compiler, BuildError, CompilerInfo};
pub use emit::emit_c;
pub use load::{load, AotFunc, AotModule, EntryFn, LoadError};
