//! The reference interpreter: the semantic oracle the native tiers are
//! tested against.
//!
//! It is deliberately small and slow. Every opcode's Python semantics
//! (see [`Opcode`](crate::ir::Opcode)) is implemented once, in plain Rust,
//! by [`eval_unary`] and [`eval_binary`]; the machine ([`Interp`]) keeps
//! its frames in a heap `Vec`, so a Python call never recurses on the Rust
//! stack and deep recursion ends in `RecursionError`, never in a crash.
//!
//! Layout: `arith.rs` (int ops, correctly rounded int `/`, exact int/float
//! comparison), `float.rs` (float ops, CPython's `float_floor_div`,
//! `float_rem`, `float_pow`, float to int), `math.rs` (the `math` module as
//! CPython's `mathmodule.c`), `eval.rs` (opcode dispatch), `print.rs`
//! (building a `print` line with [`crate::pyfmt`]) and `exec.rs` (the
//! machine).
//!
//! Deviations from CPython 3.11 beyond the language's (64-bit ints,
//! `int ** negative` and complex powers are ValueErrors, see LANGUAGE.md):
//! none known. Not modelled because glibc never triggers them: a libm
//! result that is finite but sets `errno` (CPython's `is_error` branch of
//! `math_1`), and `ERANGE` on a subnormal `float ** float`. Note that
//! `math.hypot` overflowing gives `inf` without an error, as in CPython
//! 3.11 (`vector_norm` does not check).

mod arith;
mod eval;
mod exec;
mod float;
pub mod heap;
mod math;
mod print;

use std::fmt;

use crate::exc::ExcKind;
use crate::ir::{SrcLoc, Type};

pub use eval::{eval_binary, eval_unary};
pub use exec::Interp;

/// A runtime value: one of the tier A scalar types.
#[derive(Copy, Clone, PartialEq, Debug)]
pub enum Val {
    /// Python `int` (64-bit).
    Int(i64),
    /// Python `float`.
    Float(f64),
    /// Python `bool`.
    Bool(bool),
    /// Python `None`.
    None,
    /// A reference to an instance (`Ref(c)`), or to an instance or None
    /// (`OptRef(c)`; None is the address 0): the address of its C-layout
    /// struct, shared with the native tiers.
    Obj(Type, u64),
}

impl From<crate::ir::ConstValue> for Val {
    fn from(c: crate::ir::ConstValue) -> Val {
        use crate::ir::ConstValue;
        match c {
            ConstValue::Int(n) => Val::Int(n),
            ConstValue::Float(x) => Val::Float(x),
            ConstValue::Bool(b) => Val::Bool(b),
            ConstValue::None => Val::None,
        }
    }
}

impl Val {
    /// `repr(v)` exactly as CPython prints it.
    pub fn repr(self) -> String {
        use crate::pyfmt::{repr_of, FmtValue};
        repr_of(match self {
            Val::Int(n) => FmtValue::Int(n),
            Val::Float(x) => FmtValue::Float(x),
            Val::Bool(b) => FmtValue::Bool(b),
            Val::None | Val::Obj(_, 0) => FmtValue::None,
            Val::Obj(_, a) if heap::is_list(a) => return heap::list_repr(a),
            Val::Obj(_, a) => return format!("<object at {a:#x}>"),
        })
    }

    /// The IR type of the value.
    pub fn ty(&self) -> Type {
        match self {
            Val::Int(_) => Type::I64,
            Val::Float(_) => Type::F64,
            Val::Bool(_) => Type::Bool,
            Val::None => Type::None,
            Val::Obj(t, _) => *t,
        }
    }

    /// The 64-bit ABI word of the value.
    pub fn to_bits(self) -> u64 {
        match self {
            Val::Int(n) => n as u64,
            Val::Float(x) => x.to_bits(),
            Val::Bool(b) => u64::from(b),
            Val::None => 0,
            Val::Obj(_, a) => a,
        }
    }

    /// Decode a 64-bit ABI word of type `ty`.
    pub fn from_bits(bits: u64, ty: Type) -> Val {
        match ty {
            Type::I64 => Val::Int(bits as i64),
            Type::F64 => Val::Float(f64::from_bits(bits)),
            Type::Bool => Val::Bool(bits != 0),
            Type::None => Val::None,
            Type::Ref(_) | Type::OptRef(_) => Val::Obj(ty, bits),
        }
    }
}

/// A Python exception raised while interpreting, with where it was raised
/// (the innermost frame: the failing instruction and its function).
#[derive(Clone, PartialEq, Debug)]
pub struct PyError {
    /// The exception type.
    pub kind: ExcKind,
    /// The message (`str(exc)`).
    pub msg: String,
    /// Source location of the instruction that raised.
    pub loc: SrcLoc,
    /// Name of the function that raised.
    pub func: String,
}

impl PyError {
    /// An exception of `kind` with `msg`, with no location yet (the
    /// interpreter fills in `loc` and `func` where it is raised).
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyError {
        PyError { kind, msg: msg.into(), loc: SrcLoc::default(), func: String::new() }
    }
}

/// `Kind: msg` as in the last line of a Python traceback (just `Kind`
/// when the message is empty, as Python prints it).
impl fmt::Display for PyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.kind.display_line(&self.msg))
    }
}

impl std::error::Error for PyError {}

/// The interpreter's environment: where `print` writes and the interrupt
/// poll. An error from either is raised at the instruction that called it
/// (its `loc` and `func` are overwritten with that instruction's).
pub trait Host {
    /// Write one complete `print` line (separators and `end` included).
    fn print(&mut self, text: &str) -> Result<(), PyError>;

    /// Called every 2**16th `poll` instruction; an `Err` (typically
    /// `KeyboardInterrupt`) is raised at that `poll`.
    fn poll(&mut self) -> Result<(), PyError> {
        Ok(())
    }
}
