//! Values crossing the host boundary, and the typed call interface:
//! `Func<(i64, f64), f64>` checks the signature once, when the handle is
//! made, and then calls with no per-call allocation.

use std::marker::PhantomData;
use std::sync::Arc;

use rpy_ir::ir::Type;

use crate::runtime::ModuleInner;
use crate::Error;

/// A scalar value of the subset.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Value {
    /// `int`
    Int(i64),
    /// `float`
    Float(f64),
    /// `bool`
    Bool(bool),
    /// `None`
    None,
}

impl Value {
    /// Its type.
    pub fn ty(self) -> Type {
        match self {
            Value::Int(_) => Type::I64,
            Value::Float(_) => Type::F64,
            Value::Bool(_) => Type::Bool,
            Value::None => Type::None,
        }
    }

    /// The 64-bit ABI encoding.
    pub(crate) fn to_bits(self) -> u64 {
        match self {
            Value::Int(n) => n as u64,
            Value::Float(x) => x.to_bits(),
            Value::Bool(b) => u64::from(b),
            Value::None => 0,
        }
    }

    /// Decode a 64-bit ABI word of type `ty`.
    pub(crate) fn from_bits(bits: u64, ty: Type) -> Value {
        match ty {
            Type::I64 => Value::Int(bits as i64),
            Type::F64 => Value::Float(f64::from_bits(bits)),
            Type::Bool => Value::Bool(bits != 0),
            Type::None => Value::None,
        }
    }
}

impl From<rpy_ir::interp::Val> for Value {
    fn from(v: rpy_ir::interp::Val) -> Value {
        use rpy_ir::interp::Val;
        match v {
            Val::Int(n) => Value::Int(n),
            Val::Float(x) => Value::Float(x),
            Val::Bool(b) => Value::Bool(b),
            Val::None => Value::None,
        }
    }
}

impl From<Value> for rpy_ir::interp::Val {
    fn from(v: Value) -> rpy_ir::interp::Val {
        use rpy_ir::interp::Val;
        match v {
            Value::Int(n) => Val::Int(n),
            Value::Float(x) => Val::Float(x),
            Value::Bool(b) => Val::Bool(b),
            Value::None => Val::None,
        }
    }
}

impl Value {
    /// `repr(v)` exactly as CPython prints it.
    pub fn repr(self) -> String {
        rpy_ir::interp::Val::from(self).repr()
    }
}

/// A Rust type usable as an argument: `i64`, `f64`, `bool`.
pub trait Arg: Copy {
    /// Its IR type.
    const TYPE: Type;
    /// Its ABI word.
    fn bits(self) -> u64;
}

impl Arg for i64 {
    const TYPE: Type = Type::I64;
    fn bits(self) -> u64 {
        self as u64
    }
}
impl Arg for f64 {
    const TYPE: Type = Type::F64;
    fn bits(self) -> u64 {
        self.to_bits()
    }
}
impl Arg for bool {
    const TYPE: Type = Type::Bool;
    fn bits(self) -> u64 {
        u64::from(self)
    }
}

/// A tuple of arguments.
pub trait Args {
    /// Parameter types, in order.
    fn types() -> Vec<Type>;
    /// Number of arguments.
    const N: usize;
    /// Write the ABI words into `out` (of length `N`).
    fn write(self, out: &mut [u64]);
}

macro_rules! impl_args {
    ($n:literal; $($t:ident $i:tt),*) => {
        impl<$($t: Arg),*> Args for ($($t,)*) {
            fn types() -> Vec<Type> { vec![$($t::TYPE),*] }
            const N: usize = $n;
            #[allow(unused_variables)]
            fn write(self, out: &mut [u64]) { $(out[$i] = self.$i.bits();)* }
        }
    };
}
impl_args!(0;);
impl_args!(1; A 0);
impl_args!(2; A 0, B 1);
impl_args!(3; A 0, B 1, C 2);
impl_args!(4; A 0, B 1, C 2, D 3);
impl_args!(5; A 0, B 1, C 2, D 3, E 4);
impl_args!(6; A 0, B 1, C 2, D 3, E 4, F 5);
impl_args!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
impl_args!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

/// A Rust type usable as a result: `i64`, `f64`, `bool`, `()` (None).
pub trait Ret: Sized {
    /// Its IR type.
    const TYPE: Type;
    /// Decode the ABI word.
    fn from_bits(bits: u64) -> Self;
}

impl Ret for i64 {
    const TYPE: Type = Type::I64;
    fn from_bits(bits: u64) -> Self {
        bits as i64
    }
}
impl Ret for f64 {
    const TYPE: Type = Type::F64;
    fn from_bits(bits: u64) -> Self {
        f64::from_bits(bits)
    }
}
impl Ret for bool {
    const TYPE: Type = Type::Bool;
    fn from_bits(bits: u64) -> Self {
        bits != 0
    }
}
impl Ret for () {
    const TYPE: Type = Type::None;
    fn from_bits(_: u64) -> Self {}
}

/// A typed handle to a compiled function; cheap to clone, `Send + Sync`.
pub struct Func<A, R> {
    pub(crate) module: Arc<ModuleInner>,
    pub(crate) index: usize,
    pub(crate) _sig: PhantomData<fn(A) -> R>,
}

impl<A, R> Clone for Func<A, R> {
    fn clone(&self) -> Self {
        Func { module: self.module.clone(), index: self.index, _sig: PhantomData }
    }
}

impl<A: Args, R: Ret> Func<A, R> {
    /// Call the function.
    pub fn call(&self, args: A) -> Result<R, Error> {
        let mut words = [0u64; 8];
        args.write(&mut words[..A::N]);
        let bits = self.module.call_entry(self.index, &words[..A::N])?;
        Ok(R::from_bits(bits))
    }

    /// The tier the function currently runs on.
    pub fn tier(&self) -> crate::Tier {
        self.module.tier()
    }
}
