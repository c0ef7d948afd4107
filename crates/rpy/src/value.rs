//! Values crossing the host boundary, and the typed call interface:
//! `Func<(i64, f64), f64>` checks the signature once, when the handle is
//! made, and then calls with no per-call allocation.

use std::marker::PhantomData;
use std::sync::Arc;

use rpy_ir::ir::Type;

use crate::runtime::ModuleInner;
use crate::Error;

/// A value of the subset: a scalar, or an instance of a compiled class.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `int`
    Int(i64),
    /// `float`
    Float(f64),
    /// `bool`
    Bool(bool),
    /// `None`
    None,
    /// An instance of a compiled class (a reference the value owns).
    Object(Object),
}

/// An owned reference to an instance of a compiled class: the C-layout
/// object every tier reads. Cloning takes another reference; dropping
/// releases one (the instance is freed with its last reference).
#[derive(Debug, PartialEq)]
pub struct Object {
    addr: u64,
    ty: Type,
}

// SAFETY: the instance is only touched through the runtime's reference
// counting and the caller's calls; hosts serialise use (see rpy_rt.h:
// counts are not atomic, so sharing an object between threads needs the
// host's lock, as the Python host's GIL provides).
unsafe impl Send for Object {}
unsafe impl Sync for Object {}

impl Object {
    /// Take over one reference to the instance at `addr` of type `ty`
    /// (a `Ref`); the caller must own that reference.
    pub(crate) fn from_owned(addr: u64, ty: Type) -> Object {
        let ty = match ty {
            Type::OptRef(c) => Type::Ref(c),
            t => t,
        };
        Object { addr, ty }
    }

    /// The address of the instance (its `rpy_object` header).
    pub fn addr(&self) -> u64 {
        self.addr
    }

    /// Its IR type (`Ref` of its class in the module that made it).
    pub fn ty(&self) -> Type {
        self.ty
    }

    /// The current reference count.
    pub fn refcount(&self) -> i64 {
        // SAFETY: the object is live while `self` holds a reference.
        unsafe { (*(self.addr as usize as *const rpy_rt::RpyObject)).refcnt }
    }
}

impl Clone for Object {
    fn clone(&self) -> Object {
        // SAFETY: live (we hold a reference).
        unsafe { rpy_rt::rpy_obj_incref(self.addr as usize as *mut std::ffi::c_void) };
        Object { addr: self.addr, ty: self.ty }
    }
}

impl Drop for Object {
    fn drop(&mut self) {
        // SAFETY: we own one reference.
        unsafe { rpy_rt::rpy_obj_decref(self.addr as usize as *mut std::ffi::c_void) };
    }
}

impl Value {
    /// Its type.
    pub fn ty(&self) -> Type {
        match self {
            Value::Int(_) => Type::I64,
            Value::Float(_) => Type::F64,
            Value::Bool(_) => Type::Bool,
            Value::None => Type::None,
            Value::Object(o) => o.ty,
        }
    }

    /// The 64-bit ABI encoding (an object is passed borrowed).
    pub(crate) fn to_bits(&self) -> u64 {
        match self {
            Value::Int(n) => *n as u64,
            Value::Float(x) => x.to_bits(),
            Value::Bool(b) => u64::from(*b),
            Value::None => 0,
            Value::Object(o) => o.addr,
        }
    }

    /// Decode a 64-bit ABI word of type `ty`; a reference is taken over
    /// (compiled functions return new references).
    pub(crate) fn from_bits(bits: u64, ty: Type) -> Value {
        match ty {
            Type::I64 => Value::Int(bits as i64),
            Type::F64 => Value::Float(f64::from_bits(bits)),
            Type::Bool => Value::Bool(bits != 0),
            Type::None => Value::None,
            Type::Ref(_) | Type::OptRef(_) if bits == 0 => Value::None,
            Type::Ref(_) | Type::OptRef(_) => Value::Object(Object::from_owned(bits, ty)),
        }
    }
}

impl From<rpy_ir::interp::Val> for Value {
    /// A value the interpreter returned (a reference is taken over).
    fn from(v: rpy_ir::interp::Val) -> Value {
        use rpy_ir::interp::Val;
        match v {
            Val::Int(n) => Value::Int(n),
            Val::Float(x) => Value::Float(x),
            Val::Bool(b) => Value::Bool(b),
            Val::None => Value::None,
            Val::Obj(t, a) => Value::from_bits(a, t),
        }
    }
}

impl From<&Value> for rpy_ir::interp::Val {
    /// A value for the interpreter (an object is lent, not given).
    fn from(v: &Value) -> rpy_ir::interp::Val {
        use rpy_ir::interp::Val;
        match v {
            Value::Int(n) => Val::Int(*n),
            Value::Float(x) => Val::Float(*x),
            Value::Bool(b) => Val::Bool(*b),
            Value::None => Val::None,
            Value::Object(o) => Val::Obj(o.ty, o.addr),
        }
    }
}

impl Value {
    /// `repr(v)` exactly as CPython prints it (an instance as
    /// `<object at 0x...>`).
    pub fn repr(&self) -> String {
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
