//! rpy: the embedding API every front end uses (the Python package, the C
//! API, the `rpy` CLI and Rust hosts).
//!
//! ```no_run
//! let rt = rpy::Runtime::builder().build()?;
//! let m = rt.load_source("demo", "def add(a=1, b=1000):\n    return a + b\n")?;
//! let add = m.func::<(i64, i64), i64>("add")?;
//! assert_eq!(add.call((1, 2))?, 3);
//! # Ok::<(), rpy::Error>(())
//! ```
//!
//! A [`Func`] is `Send + Sync`: call it from any thread. Each function has
//! an entry slot (an atomic pointer) that a later tier can swap; a call
//! loads it once. A Python exception raised by compiled code is an
//! [`Error`] with the exception type, message and source location; it
//! never aborts the host.

#![allow(unsafe_code)] // calling JIT code and the C runtime is inherently unsafe; each use says why it is sound

pub mod bundle;
mod builder;
mod call;
mod error;
pub mod log;
pub mod progress;
mod runtime;
mod unit;
mod value;

pub use builder::run_job;
pub use bundle::{export, export_with_progress, Exported};
pub use call::stack_low;
pub use error::{Error, ErrorKind, Location};
pub use progress::Progress;
pub use runtime::{compile_unit, Hooks, Module, Runtime, RuntimeBuilder, Tier};
pub use unit::unit_files;
pub use value::{Args, DynFunc, Func, Object, Ret, Value};
pub use rpy_ir::ir::Type;
pub use rpy_ir::{ExcKind, Options, SourceFile};
/// The persistent artifact store of the AOT tier (for `rpy cache ...`).
pub use rpy_cache as cache;
