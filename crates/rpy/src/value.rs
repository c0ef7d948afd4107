//! Values crossing the host boundary, and the typed call interface:
//! `Func<(i64, f64), f64>` checks the signature once, when the handle is
//! made, and then calls with no per-call allocation.

use std::marker::PhantomData;
use std::sync::Arc;

use rpy_ir::ir::Type;

use crate::runtime::ModuleInner;
use crate::{Error, ErrorKind};

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
///
/// An object remembers the module whose call made it: its type is an
/// entry of that module's type table, so only that module's functions
/// accept it as an argument ([`crate::Module::call_dyn`],
/// [`DynFunc::call`]) and read its fields ([`crate::Module::get_field`]).
#[derive(Debug, PartialEq)]
pub struct Object {
    addr: u64,
    ty: Type,
    /// The serial number of the module that made it (0: unknown, for an
    /// object converted from an interpreter value, trusted as is).
    owner: u64,
}

// SAFETY: the instance is only touched through the runtime's reference
// counting and the caller's calls; hosts serialise use (see rpy_rt.h:
// counts are not atomic, so sharing an object between threads needs the
// host's lock, as the Python host's GIL provides).
unsafe impl Send for Object {}
unsafe impl Sync for Object {}

impl Object {
    /// Take over one reference to the instance at `addr` of type `ty`
    /// (a `Ref`) made by module `owner`; the caller must own that
    /// reference.
    pub(crate) fn from_owned(addr: u64, ty: Type, owner: u64) -> Object {
        let ty = match ty {
            Type::OptRef(c) => Type::Ref(c),
            t => t,
        };
        Object { addr, ty, owner }
    }

    /// Whether module `serial`'s type table describes this object.
    pub(crate) fn belongs_to(&self, serial: u64) -> bool {
        self.owner == 0 || self.owner == serial
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
        Object { addr: self.addr, ty: self.ty, owner: self.owner }
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

    /// Decode a 64-bit ABI word of type `ty` made by module `owner`; a
    /// reference is taken over (compiled functions return new references).
    pub(crate) fn from_bits(bits: u64, ty: Type, owner: u64) -> Value {
        match ty {
            Type::I64 => Value::Int(bits as i64),
            Type::F64 => Value::Float(f64::from_bits(bits)),
            Type::Bool => Value::Bool(bits != 0),
            Type::None => Value::None,
            Type::Ref(_) | Type::OptRef(_) if bits == 0 => Value::None,
            Type::Ref(_) | Type::OptRef(_) => Value::Object(Object::from_owned(bits, ty, owner)),
        }
    }
}

impl From<rpy_ir::interp::Val> for Value {
    /// A value the interpreter returned (a reference is taken over). The
    /// object's module is not known: it is trusted to be of the module it
    /// is passed to (as `rpy_ir::literal::parse_args` makes them).
    fn from(v: rpy_ir::interp::Val) -> Value {
        use rpy_ir::interp::Val;
        match v {
            Val::Int(n) => Value::Int(n),
            Val::Float(x) => Value::Float(x),
            Val::Bool(b) => Value::Bool(b),
            Val::None => Value::None,
            Val::Obj(t, a) => Value::from_bits(a, t, 0),
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

/// A handle to a compiled function whose arguments are checked at each
/// call: what [`crate::Module::call_dyn`] does, without the name lookup,
/// plus typed calls of all-`int` and all-`float` functions
/// ([`DynFunc::call_i64`], [`DynFunc::call_f64`]) that convert nothing.
/// Cheap to clone, `Send + Sync`. Made by [`crate::Module::dyn_func`].
#[derive(Clone)]
pub struct DynFunc {
    pub(crate) module: Arc<ModuleInner>,
    pub(crate) index: usize,
    /// Every parameter and the result are `int` / `float`.
    pub(crate) all_i64: bool,
    pub(crate) all_f64: bool,
}

/// Up to this many arguments are converted on the stack.
const STACK_ARGS: usize = 16;

impl DynFunc {
    /// The function's IR (name, parameters with their types and defaults,
    /// result type).
    pub fn function(&self) -> &rpy_ir::ir::Function {
        &self.module.ir.funcs[rpy_ir::ir::FuncId::new_index(self.index)]
    }

    /// The tier the function currently runs on.
    pub fn tier(&self) -> crate::Tier {
        self.module.tier()
    }

    /// Call with dynamically typed arguments, converted as at a Python
    /// call boundary (bool → int → float; `None` for a `C | None`
    /// parameter); omitted trailing arguments take their defaults. An
    /// object must come from this function's module. Objects are lent to
    /// the call; a returned object is a new reference.
    #[inline] // lets a front end (rpy-ffi) convert the result in place
    pub fn call(&self, args: &[Value]) -> Result<Value, Error> {
        let f = self.function();
        let name = &f.name;
        if args.len() > f.params.len() {
            return Err(Error::of(ErrorKind::ArgCount, format!("{name}() takes {} arguments ({} given)", f.params.len(), args.len())));
        }
        let mut stack = [0u64; STACK_ARGS];
        let mut heap = Vec::new();
        let words: &mut [u64] = if f.params.len() <= STACK_ARGS {
            &mut stack[..f.params.len()]
        } else {
            heap.resize(f.params.len(), 0);
            &mut heap
        };
        for (i, p) in f.params.iter().enumerate() {
            words[i] = match (args.get(i), p.default) {
                (Some(v), _) => self.word(v, p)?,
                // Defaults are scalars of exactly the parameter's type.
                (None, Some(d)) => rpy_ir::interp::Val::from(d).to_bits(),
                (None, None) => return Err(Error::of(ErrorKind::ArgCount, format!("{name}() missing required argument '{}'", p.name))),
            };
        }
        // The caller's `args` keep their objects alive during the call.
        let bits = self.module.call_entry(self.index, words)?;
        Ok(Value::from_bits(bits, f.ret, self.module.serial))
    }

    /// The ABI word of argument `v` for parameter `p` (borrowed for an
    /// object).
    fn word(&self, v: &Value, p: &rpy_ir::ir::Param) -> Result<u64, Error> {
        let ok = match (v, p.ty) {
            (Value::Object(o), t) if t.is_ref() => {
                if !o.belongs_to(self.module.serial) {
                    return Err(Error::of(ErrorKind::ArgType, format!("argument '{}' of {}() is an instance made by another module", p.name, self.function().name)));
                }
                o.ty == t || matches!(t, Type::OptRef(c) if o.ty == Type::Ref(c))
            }
            (Value::None, Type::OptRef(_)) => true,
            (Value::Bool(b), Type::I64) => return Ok(u64::from(*b)),
            (Value::Bool(b), Type::F64) => return Ok(f64::from(u8::from(*b)).to_bits()),
            (Value::Int(n), Type::F64) => return Ok((*n as f64).to_bits()),
            (v, t) => v.ty() == t,
        };
        if ok {
            Ok(v.to_bits())
        } else {
            Err(Error::of(ErrorKind::ArgType, format!("argument '{}' of {}() must be {}, not {}", p.name, self.function().name, p.ty.python_name(), v.ty().python_name())))
        }
    }

    /// Call a function whose parameters and result are all `int`, with
    /// exactly one argument per parameter (no defaults, no conversion).
    pub fn call_i64(&self, args: &[i64]) -> Result<i64, Error> {
        self.check_typed(self.all_i64, "int", args.len())?;
        // SAFETY: i64 and u64 have the same size and alignment, and every
        // bit pattern is valid for both.
        let words = unsafe { std::slice::from_raw_parts(args.as_ptr().cast::<u64>(), args.len()) };
        Ok(self.module.call_entry(self.index, words)? as i64)
    }

    /// Call a function whose parameters and result are all `float`, with
    /// exactly one argument per parameter (no defaults, no conversion).
    pub fn call_f64(&self, args: &[f64]) -> Result<f64, Error> {
        self.check_typed(self.all_f64, "float", args.len())?;
        // SAFETY: f64 and u64 have the same size and alignment, and every
        // bit pattern of an f64 is a valid u64 (the ABI word of a float is
        // its bits).
        let words = unsafe { std::slice::from_raw_parts(args.as_ptr().cast::<u64>(), args.len()) };
        Ok(f64::from_bits(self.module.call_entry(self.index, words)?))
    }

    fn check_typed(&self, matches: bool, ty: &str, n: usize) -> Result<(), Error> {
        let f = self.function();
        if !matches {
            let params: Vec<_> = f.params.iter().map(|p| p.ty.python_name()).collect();
            return Err(Error::of(ErrorKind::ArgType, format!("{}() has signature ({}) -> {}, not all {ty}", f.name, params.join(", "), f.ret.python_name())));
        }
        if n != f.params.len() {
            return Err(Error::of(ErrorKind::ArgCount, format!("{}() takes {} arguments ({n} given)", f.name, f.params.len())));
        }
        Ok(())
    }
}
