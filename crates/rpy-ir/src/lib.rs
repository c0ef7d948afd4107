//! rpy-ir: the front half of rpythonic.
//!
//! Python source (a fragment of a file, with its name and line offset) is
//! parsed with ruff's parser, resolved, type-inferred and lowered to a
//! typed SSA IR with block parameters; the IR is verified, printed in a
//! stable text format and hashed. A small reference interpreter of the IR
//! is the semantic oracle the native tiers are tested against.
//!
//! This crate knows nothing of Cranelift, C or Python objects.

pub mod ast;
pub mod diag;
pub mod exc;
mod syntax;
pub mod ir;

pub use exc::ExcKind;
pub mod interp;
pub mod pyfmt;
