//! Instances in the interpreter: the same C-layout objects the native
//! tiers make, allocated, read, written and released by the C runtime
//! (`rpy_rt.c`), so a value made here is valid on the JIT and the AOT
//! library too.

#![allow(unsafe_code)]

use std::ffi::c_void;

use rpy_rt::{RpyClass, RpyCtx};

use super::{PyError, Val};
use crate::exc::ExcKind;
use crate::ir::{ClassLayout, HeapType, Module, PrimaryMap, Type, TypeId};

/// The runtime's descriptor of a class (one per layout per process).
pub fn class_descriptor(c: &ClassLayout) -> &'static RpyClass {
    RpyClass::intern(&c.name, c.size(), &c.ref_offsets())
}

/// The runtime's descriptor of a tuple type (one per layout per process).
pub fn tuple_descriptor(c: &ClassLayout) -> &'static RpyClass {
    let kinds: Vec<u8> = c.fields.iter().map(|f| crate::ir::elem_kind(f.ty) as u8).collect();
    RpyClass::intern_tuple(c.size(), &c.ref_offsets(), &kinds)
}

/// The runtime's descriptor of lists of `elem` items (a constant of the
/// C runtime, shared by every list type with that item kind).
pub fn list_descriptor(elem: Type) -> &'static RpyClass {
    // SAFETY: rpy_list_class returns the address of one of four static
    // const descriptors of the runtime, valid for the whole process.
    unsafe { &*rpy_rt::rpy_list_class(crate::ir::elem_kind(elem)) }
}

/// The descriptor of every entry of a module's type table.
pub(crate) fn descriptors(m: &Module) -> Vec<&'static RpyClass> {
    let table: &PrimaryMap<TypeId, HeapType> = &m.types;
    table
        .values()
        .map(|t| match t {
            HeapType::Class(c) => class_descriptor(c),
            HeapType::List { elem } => list_descriptor(*elem),
            HeapType::Tuple(c) => tuple_descriptor(c),
            // Made by the runtime (rpy_str_new), never by `new`.
            HeapType::Str => list_descriptor(Type::I64),
            // SAFETY: as list_descriptor.
            HeapType::Args { elem } => unsafe { &*rpy_rt::rpy_list_class(crate::ir::elem_kind(*elem) | 4) },
            // Never allocated by compiled code (views come from the host).
            HeapType::Array { .. } => list_descriptor(Type::I64),
        })
        .collect()
}

/// Run list operation `op` of the C runtime on operand words `args`
/// (for `list.new`, the element kind and count come first). The words
/// are what the IR values hold: lists and items made by the runtime.
pub(crate) fn list_op(op: crate::ir::ListOp, args: &[u64]) -> Result<u64, PyError> {
    let mut ctx = RpyCtx::zeroed();
    let mut out = 0u64;
    // SAFETY: `args` holds at least the operands `op` reads (the verifier
    // checked the count; list operands are live lists of the runtime),
    // `ctx` is a valid zeroed ctx used to record an error.
    let st = unsafe { rpy_rt::rpy_list_op(&mut ctx, op.code(), args.as_ptr(), &mut out) };
    if st != 0 {
        let kind = u8::try_from(st).ok().and_then(ExcKind::from_code).unwrap_or(ExcKind::RuntimeError);
        return Err(PyError::new(kind, ctx.message()));
    }
    Ok(out)
}

/// Whether the live object at `obj` is a list (its descriptor says so).
pub(crate) fn is_list(obj: u64) -> bool {
    // SAFETY: `obj` is a live object of the runtime: its header's class
    // pointer is a valid descriptor.
    unsafe { matches!((*(*(obj as usize as *const rpy_rt::RpyObject)).cls).kind, 1 | 3 | 4) }
}

/// A new str of `text` (MemoryError if it cannot be allocated).
pub(crate) fn new_str(text: &str) -> Result<u64, PyError> {
    // SAFETY: `text` is valid UTF-8 of that length.
    let p = unsafe { rpy_rt::rpy_str_new(text.as_ptr().cast(), text.len() as i64) };
    if p.is_null() {
        return Err(PyError::new(ExcKind::MemoryError, ""));
    }
    Ok(p as u64)
}

/// The text of a live str.
pub(crate) fn str_text(s: u64) -> String {
    // SAFETY: `s` is a live rpy_str.
    unsafe { rpy_rt::RpyStr::text(s as usize as *const rpy_rt::RpyStr).to_string() }
}

/// `repr(l)` of a live list, as the runtime prints it.
pub(crate) fn list_repr(l: u64) -> String {
    let mut ctx = RpyCtx::zeroed();
    // SAFETY: `l` is a live list; the ctx's line buffer is freed by
    // rpy_ctx_destroy.
    unsafe {
        rpy_rt::rpy_print_begin(&mut ctx);
        rpy_rt::rpy_print_list(&mut ctx, l as usize as *mut c_void);
        let text = String::from_utf8_lossy(ctx.line()).into_owned();
        rpy_rt::rpy_ctx_destroy(&mut ctx);
        text
    }
}

/// A new instance of `cls` (refcnt 1, fields zero).
pub(crate) fn new_object(cls: &'static RpyClass) -> Result<u64, PyError> {
    let mut ctx = RpyCtx::zeroed();
    let mut out: *mut c_void = std::ptr::null_mut();
    // SAFETY: `ctx` is a valid (zeroed) ctx, used only to record a
    // MemoryError; `cls` is a live descriptor.
    let st = unsafe { rpy_rt::rpy_obj_new(&mut ctx, cls, &mut out) };
    if st != 0 || out.is_null() {
        return Err(PyError::new(ExcKind::MemoryError, "out of memory"));
    }
    Ok(out as u64)
}

/// The field at `offset` of `obj`, as a value of type `ty`.
///
/// Every `Val::Obj` the interpreter holds is a live instance of its class
/// (made by `new`, read from a field of that type, or given by the host,
/// which guarantees it), and `offset` comes from the class layout.
pub(crate) fn load(obj: u64, offset: u32, ty: Type) -> Val {
    // SAFETY: see the function doc: `obj` is a live instance whose layout
    // has an 8-byte field at `offset`.
    let bits = unsafe { std::ptr::read((obj as usize as *const u8).add(offset as usize).cast::<u64>()) };
    Val::from_bits(bits, ty)
}

/// Store `v` into the field at `offset` of `obj` (a reference field takes
/// a new reference and releases the old one).
pub(crate) fn store(obj: u64, offset: u32, v: Val) {
    let p = obj as usize as *mut u8;
    match v {
        Val::Obj(_, r) => {
            // SAFETY: as in `load`; `r` is null or a live instance.
            unsafe { rpy_rt::rpy_obj_set_ref(p.cast(), i64::from(offset), r as usize as *mut c_void) }
        }
        // SAFETY: as in `load`.
        other => unsafe { std::ptr::write(p.add(offset as usize).cast::<u64>(), other.to_bits()) },
    }
}

/// One more reference to `obj` (0: None, nothing).
pub(crate) fn incref(obj: u64) {
    // SAFETY: `obj` is null or a live instance.
    unsafe { rpy_rt::rpy_obj_incref(obj as usize as *mut c_void) }
}

/// Release a reference to `obj` (0: None, nothing).
pub(crate) fn decref(obj: u64) {
    // SAFETY: `obj` is null or a live instance, and the caller owns the
    // reference it releases.
    unsafe { rpy_rt::rpy_obj_decref(obj as usize as *mut c_void) }
}

/// Release a reference to `obj` unless it is the last one; `true` (the
/// count left at 1, now the caller's) if it was.
pub(crate) fn release_unless_last(obj: u64) -> bool {
    // SAFETY: `obj` is null or a live instance the caller holds a
    // reference to.
    unsafe { rpy_rt::rpy_obj_release_unless_last(obj as usize as *mut c_void) != 0 }
}
