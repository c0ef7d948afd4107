//! The shared ABI as Cranelift sees it: signatures of direct functions and
//! entries, offsets of `rpy_ctx` fields, and what a compiled module hands
//! to its host.

use std::ffi::CString;

use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;
use rpy_ir::ir::Type;

/// Cranelift type of an IR value: every scalar is 64 bits.
pub(crate) fn clif_type(t: Type) -> types::Type {
    match t {
        Type::F64 => types::F64,
        Type::I64 | Type::Bool | Type::None | Type::Ref(_) | Type::OptRef(_) => types::I64,
    }
}

/// `i32 f(ctx, params..., ret*)`
pub(crate) fn direct_signature(cc: CallConv, params: &[Type]) -> Signature {
    let mut sig = Signature::new(cc);
    sig.params.push(AbiParam::new(types::I64));
    sig.params.extend(params.iter().map(|&t| AbiParam::new(clif_type(t))));
    sig.params.push(AbiParam::new(types::I64));
    sig.returns.push(AbiParam::new(types::I32));
    sig
}

/// `i32 f__entry(ctx, const u64 *args, u64 *ret)`
pub(crate) fn entry_signature(cc: CallConv) -> Signature {
    let mut sig = Signature::new(cc);
    sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I64), AbiParam::new(types::I64)]);
    sig.returns.push(AbiParam::new(types::I32));
    sig
}

/// Byte offsets of the `rpy_ctx` fields compiled code touches.
pub(crate) mod ctx {
    use rpy_rt::RpyCtx;
    use std::mem::offset_of;

    pub(crate) const DEPTH: i32 = offset_of!(RpyCtx, depth) as i32;
    pub(crate) const DEPTH_LIMIT: i32 = offset_of!(RpyCtx, depth_limit) as i32;
    pub(crate) const STACK_LOW: i32 = offset_of!(RpyCtx, stack_low) as i32;
    pub(crate) const POLL_COUNTDOWN: i32 = offset_of!(RpyCtx, poll_countdown) as i32;
}

/// A compiled function: where to call it and its signature.
#[derive(Clone, Debug)]
pub struct CompiledFunc {
    /// The Python name.
    pub name: String,
    /// The mangled symbol of the direct form.
    pub symbol: String,
    /// Parameter types.
    pub params: Vec<Type>,
    /// Return type.
    pub ret: Type,
    /// `i32 f(rpy_ctx *ctx, args..., T *ret)`
    pub direct: *const u8,
    /// `i32 f__entry(rpy_ctx *ctx, const u64 *args, u64 *ret)`
    pub entry: *const u8,
}

// SAFETY: the pointers are to immutable, never-freed JIT code.
#[allow(unsafe_code)]
unsafe impl Send for CompiledFunc {}
#[allow(unsafe_code)]
unsafe impl Sync for CompiledFunc {}

/// The functions of one compiled module. Its code lives as long as the
/// process: dropping this value does not free it.
pub struct CompiledModule {
    /// The functions, in IR order.
    pub funcs: Vec<CompiledFunc>,
    /// NUL-terminated strings the code points to (messages, names,
    /// format specs), owned here and never moved.
    pub(crate) _strings: Vec<CString>,
    /// The JIT module owning the code (kept, never freed).
    pub(crate) _module: Finalized,
}

/// A JIT module after `finalize_definitions`: kept only so that its code
/// stays mapped; nothing reads or writes it again.
pub(crate) struct Finalized(#[allow(dead_code)] pub(crate) cranelift_jit::JITModule);

// SAFETY: the wrapped module is never accessed after finalization (no
// method is called on it), so sharing or sending the wrapper cannot race;
// its code pages are immutable.
#[allow(unsafe_code)]
unsafe impl Send for Finalized {}
#[allow(unsafe_code)]
unsafe impl Sync for Finalized {}

impl CompiledModule {
    /// The function named `name`.
    pub fn func(&self, name: &str) -> Option<&CompiledFunc> {
        self.funcs.iter().find(|f| f.name == name)
    }
}

/// Mangle a symbol: `rpy_<module>_<name>` with every byte outside
/// `[A-Za-z0-9]` escaped, so user names clash with nothing.
pub(crate) fn mangle(module: &str, name: &str, suffix: &str) -> String {
    let mut s = String::from("rpy_");
    for part in [module, name] {
        for c in part.chars() {
            if c.is_ascii_alphanumeric() {
                s.push(c);
            } else {
                s.push_str(&format!("_{:x}_", c as u32));
            }
        }
        s.push_str("__");
    }
    s.push_str(suffix);
    s
}
