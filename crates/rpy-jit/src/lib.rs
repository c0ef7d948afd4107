//! rpy-jit: the JIT tier. Lowers rpythonic IR to Cranelift and emits native
//! code in memory, with the ABI both tiers share (see `rpy_rt.h`):
//!
//! * a **direct** function per IR function:
//!   `i32 f(rpy_ctx *ctx, args..., T *ret)` — status 0 or an exception code;
//! * a **uniform entry** per function:
//!   `i32 f__entry(rpy_ctx *ctx, const u64 *args, u64 *ret)`.
//!
//! Every IR op is lowered to what it says, with no trapping instruction:
//! edges (division by zero, `INT64_MIN // -1`, NaN to int, shift counts)
//! are tested explicitly and raise through the runtime.
//!
//! **Invariant:** compiled code is never freed: a [`CompiledModule`] keeps
//! its JIT memory for the life of the process (dropping it leaks the code),
//! because a host may still hold entry pointers into it.

mod abi;
mod lower;
mod ops;

use std::sync::{Arc, Mutex};

use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};

pub use abi::{CompiledFunc, CompiledModule};

/// Why compiling failed. Every variant is a bug or a host limitation,
/// never a problem in the user's program (those are rpy-ir diagnostics).
#[derive(Debug)]
pub enum JitError {
    /// The host CPU is not supported by Cranelift.
    UnsupportedHost(String),
    /// Cranelift rejected the generated code (a compiler bug).
    Codegen(String),
}

impl std::fmt::Display for JitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JitError::UnsupportedHost(m) => write!(f, "the JIT does not support this host: {m}"),
            JitError::Codegen(m) => write!(f, "internal compiler error in the JIT, please report: {m}"),
        }
    }
}

impl std::error::Error for JitError {}

/// The JIT: the target ISA, built once, shared by every module compiled.
#[derive(Clone)]
pub struct Jit {
    isa: Arc<OwnedTargetIsa>,
    /// Cranelift's per-function contexts, reused across modules (they keep
    /// their allocations); compilations on several threads take turns.
    scratch: Arc<Mutex<(Context, FunctionBuilderContext)>>,
}

impl Jit {
    /// A JIT for the host CPU. The Cranelift verifier runs in debug builds
    /// (and so in tests), not in release builds.
    pub fn new() -> Result<Jit, JitError> {
        let mut flags = settings::builder();
        let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| JitError::Codegen(e.to_string()));
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })?;
        set(&mut flags, "is_pic", "false")?;
        set(&mut flags, "regalloc_algorithm", "backtracking")?;
        let isa_builder = cranelift_native::builder().map_err(|e| JitError::UnsupportedHost(e.to_string()))?;
        let isa = isa_builder.finish(settings::Flags::new(flags)).map_err(|e| JitError::UnsupportedHost(e.to_string()))?;
        Ok(Jit { isa: Arc::new(isa), scratch: Arc::new(Mutex::new((Context::new(), FunctionBuilderContext::new()))) })
    }

    /// Compile every function of `module` (whose name `name` goes into the
    /// mangled symbols).
    pub fn compile(&self, name: &str, module: &rpy_ir::ir::Module) -> Result<CompiledModule, JitError> {
        lower::compile_module(&self.isa, &self.scratch, name, module)
    }
}
