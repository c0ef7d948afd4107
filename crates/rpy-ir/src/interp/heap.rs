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

/// The descriptors of a module's classes.
pub(crate) fn descriptors(m: &Module) -> Vec<&'static RpyClass> {
    let table: &PrimaryMap<TypeId, HeapType> = &m.types;
    table.values().map(|t| class_descriptor(t.class())).collect()
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
