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

use std::sync::atomic::{AtomicU8, Ordering};

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

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message = value.to_string();
        } else {
            self.fields.push((field.name().to_string(), value.to_string()));
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.message = format!("{value:?}");
        } else {
            self.fields.push((field.name().to_string(), format!("{value:?}")));
        }
    }
}

struct ToPython;

impl<S: Subscriber> Layer<S> for ToPython {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut f = Fields::default();
        event.record(&mut f);
        let meta = event.metadata();
        // Not during interpreter shutdown (try_attach declines then).
        let _ = Python::try_attach(|py| -> PyResult<()> {
            let extra = PyDict::new(py);
            for (k, v) in &f.fields {
                extra.set_item(format!("rpy_{k}"), v)?;
            }
            let kwargs = PyDict::new(py);
            kwargs.set_item("extra", extra)?;
            let logger = py.import("logging")?.call_method1("getLogger", (meta.target(),))?;
            logger.call_method("log", (python_level(meta.level()), f.message.as_str()), Some(&kwargs))?;
            Ok(())
        });
    }
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
