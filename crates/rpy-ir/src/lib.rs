//! rpy-ir: the front half of rpythonic.
//!
//! Python source (a compile unit of files, or a fragment of one, with names
//! and line offsets) is
//! parsed with ruff's parser, resolved, type-inferred and lowered to a
//! typed SSA IR with block parameters; the IR is verified, printed in a
//! stable text format and hashed. A small reference interpreter of the IR
//! is the semantic oracle the native tiers are tested against.
//!
//! This crate knows nothing of Cranelift, C or Python objects.

mod advice;
pub mod ast;
mod borrow;
mod cleanup;
mod consteval;
pub mod diag;
pub mod exc;
mod infer;
pub mod interp;
pub mod ir;
pub mod literal;
mod lower;
mod narrow;
mod range;
pub mod pyfmt;
mod resolve;
mod syntax;
mod typing;
mod version;
pub mod verify;

mod compile;

pub use compile::{compile, compile_unit, function_names, imported_modules, ir_hash, module_name, ConstValue, Options};
pub use lower::call::{missing_arguments, too_many_positional};
pub use diag::{CompileError, Diagnostic, SourceFile};
pub use exc::ExcKind;
pub use range::fixed_buffers;

/// The version of this compiler, part of every IR hash.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
