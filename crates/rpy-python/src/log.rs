//! The runtime's events (`rpy::log`) forwarded to Python's `logging`: each
//! event goes to the logger named by its target (`rpythonic.compile`,
//! `rpythonic.cache`, ...: children of `rpythonic`), with its fields as
//! `rpy_*` attributes of the record. `RPY_LOG` still prints to stderr,
//! beside it.
//!
//! The Python side tells the level it wants (`set_log_level`, called with
//! the `rpythonic` logger's effective level whenever the package compiles),
//! and the level is a filter of this layer only, so an event below it costs
//! what tracing's disabled events cost: one load and a compare.
//!
//! An event never takes the GIL where it happens: it is queued, and
//! `Py_AddPendingCall` (which needs neither the GIL nor a thread state)
//! has the main thread hand the queue to `logging` at its next bytecode
//! boundary. So the watcher thread's events (build finished, hot swap)
//! cannot block on the GIL, nor meet an interpreter that is shutting down,
//! and the main thread's own events (emitted while it compiles without the
//! GIL) arrive in order as soon as the call returns.

use std::ffi::{c_int, c_void};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Mutex;

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use tracing::field::{Field, Visit};
use tracing::level_filters::LevelFilter;
use tracing::subscriber::Interest;
use tracing::{Event, Level, Metadata, Subscriber};
use tracing_subscriber::layer::{Context, Filter, Layer, SubscriberExt};

/// The most verbose level the Python logger wants: 0 none, 1 error, 2 warn,
/// 3 info, 4 debug, 5 trace.
static WANTED: AtomicU8 = AtomicU8::new(0);

fn rank(l: &Level) -> u8 {
    match *l {
        Level::ERROR => 1,
        Level::WARN => 2,
        Level::INFO => 3,
        Level::DEBUG => 4,
        Level::TRACE => 5,
    }
}

/// The `logging` level of a tracing level.
fn python_level(l: &Level) -> i32 {
    match *l {
        Level::ERROR => 40,
        Level::WARN => 30,
        Level::INFO => 20,
        Level::DEBUG => 10,
        Level::TRACE => 5,
    }
}

struct Wanted;

impl<S> Filter<S> for Wanted {
    fn enabled(&self, meta: &Metadata<'_>, _: &Context<'_, S>) -> bool {
        meta.target().starts_with("rpythonic") && rank(meta.level()) <= WANTED.load(Ordering::Relaxed)
    }

    fn callsite_enabled(&self, meta: &'static Metadata<'static>) -> Interest {
        // The level changes at run time: ask again each time.
        if meta.target().starts_with("rpythonic") {
            Interest::sometimes()
        } else {
            Interest::never()
        }
    }

    fn max_level_hint(&self) -> Option<LevelFilter> {
        Some(match WANTED.load(Ordering::Relaxed) {
            0 => LevelFilter::OFF,
            1 => LevelFilter::ERROR,
            2 => LevelFilter::WARN,
            3 => LevelFilter::INFO,
            4 => LevelFilter::DEBUG,
            _ => LevelFilter::TRACE,
        })
    }
}

/// The message and the fields of one event.
#[derive(Default)]
struct Fields {
    message: String,
    fields: Vec<(String, String)>,
}

impl Fields {
    fn put(&mut self, field: &Field, value: String) {
        if field.name() == "message" {
            self.message = value;
        } else {
            self.fields.push((field.name().to_string(), value));
        }
    }
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.put(field, value.to_string());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.put(field, format!("{value:?}"));
    }
}

struct ToPython;

/// One event on its way to `logging`.
struct Record {
    target: &'static str,
    level: i32,
    message: String,
    fields: Vec<(String, String)>,
}

static QUEUE: Mutex<Vec<Record>> = Mutex::new(Vec::new());
/// Whether a drain is scheduled and has not started yet.
static SCHEDULED: AtomicBool = AtomicBool::new(false);

impl<S: Subscriber> Layer<S> for ToPython {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut f = Fields::default();
        event.record(&mut f);
        let meta = event.metadata();
        let record = Record { target: meta.target(), level: python_level(meta.level()), message: f.message, fields: f.fields };
        QUEUE.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(record);
        if !SCHEDULED.swap(true, Ordering::AcqRel) {
            // SAFETY: Py_AddPendingCall may be called from any thread,
            // without the GIL or a thread state; `drain` has the signature
            // it requires and ignores its argument.
            if unsafe { ffi::Py_AddPendingCall(Some(drain), std::ptr::null_mut()) } != 0 {
                // The interpreter's queue is full: the next event retries.
                SCHEDULED.store(false, Ordering::Release);
            }
        }
    }
}

/// The pending call: hand every queued record to its logger.
extern "C" fn drain(_: *mut c_void) -> c_int {
    SCHEDULED.store(false, Ordering::Release);
    let records = std::mem::take(&mut *QUEUE.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    // SAFETY: pending calls run in the main thread with the GIL held.
    let py = unsafe { Python::assume_attached() };
    for r in &records {
        // A failing handler is logging's business (Handler.handleError);
        // an error here (logging unimportable at shutdown) drops the record.
        let _ = emit(py, r);
    }
    0
}

fn emit(py: Python<'_>, r: &Record) -> PyResult<()> {
    let extra = PyDict::new(py);
    for (k, v) in &r.fields {
        extra.set_item(format!("rpy_{k}"), v)?;
    }
    let kwargs = PyDict::new(py);
    kwargs.set_item("extra", extra)?;
    let logger = py.import("logging")?.call_method1("getLogger", (r.target,))?;
    logger.call_method("log", (r.level, r.message.as_str()), Some(&kwargs))?;
    Ok(())
}

/// Install the process's subscriber: `RPY_LOG` to stderr, and the Python
/// loggers. Called once, when the module is imported (before any runtime
/// exists, so `rpy::log::init_from_env` finds it and installs nothing).
pub(crate) fn install() {
    let subscriber = tracing_subscriber::registry().with(rpy::log::stderr_layer()).with(ToPython.with_filter(Wanted));
    let _ = tracing::subscriber::set_global_default(subscriber);
}

/// The `rpythonic` logger's effective level (a `logging` level number):
/// events at it and above are forwarded from now on.
#[pyfunction]
pub(crate) fn set_log_level(level: i32) {
    let rank = match level {
        l if l <= 0 => 2, // NOTSET at the root: logging's default, WARNING
        l if l <= 5 => 5,
        l if l <= 10 => 4,
        l if l <= 20 => 3,
        l if l <= 30 => 2,
        l if l <= 40 => 1,
        _ => 0,
    };
    if WANTED.swap(rank, Ordering::Relaxed) != rank {
        tracing::callsite::rebuild_interest_cache();
    }
}
