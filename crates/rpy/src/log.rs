//! What the runtime logs, and `RPY_LOG`.
//!
//! Events are `tracing` events under a handful of targets, all below
//! `rpythonic` (they double as the Python logger names the package
//! forwards them to, so `logging.getLogger("rpythonic")` sees them all):
//!
//! | target | level | event |
//! |---|---|---|
//! | `rpythonic.compile` | info | a source compiled to IR: files, functions, time |
//! | `rpythonic.jit` | info / debug | a module on the JIT: time; per function (debug) |
//! | `rpythonic.cache` | info | a cache hit or miss, with the key; a bundled module used |
//! | `rpythonic.build` | info / warn | an AOT build started (detached or in process), finished (time), failed |
//! | `rpythonic.swap` | info | a module's functions swapped to the AOT library |
//!
//! Nothing is logged by default. `RPY_LOG=info` (or `debug`, or a
//! `target=level,...` list) prints these to stderr in any host: the `rpy`
//! CLI, the C API, Rust hosts and the Python package. Without a
//! subscriber, each event costs one relaxed load of tracing's global level
//! and a compare; none is on the call path of compiled code.

use std::sync::Once;

use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::Layer;
use tracing_subscriber::registry::LookupSpan;

/// The environment variable that turns logging to stderr on.
pub const ENV: &str = "RPY_LOG";

/// The filter `RPY_LOG` asks for, if it is set (and not `off`). A bare
/// level (`info`, `debug`, ...) applies to every `rpythonic` target; a
/// `target=level,...` list is taken as written. An unreadable value means
/// `info`, with one line on stderr saying so.
pub fn env_filter() -> Option<Targets> {
    let v = std::env::var(ENV).ok()?;
    let v = v.trim();
    if v.is_empty() || v.eq_ignore_ascii_case("off") || v == "0" {
        return None;
    }
    let spec = if v.contains('=') { v.to_string() } else { format!("rpythonic={v}") };
    Some(spec.parse().unwrap_or_else(|e| {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("rpythonic: {ENV}={v:?} is not a level (error, warn, info, debug, trace) or a target=level list ({e}); logging at info");
        }
        Targets::new().with_target("rpythonic", tracing::Level::INFO)
    }))
}

/// The stderr layer of `RPY_LOG` (for hosts that compose their own
/// subscriber, as the Python package does), if the variable is set.
pub fn stderr_layer<S>() -> Option<impl Layer<S> + Send + Sync + 'static>
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
{
    let filter = env_filter()?;
    // The messages are whole sentences that name what the fields hold;
    // the fields are for structured consumers (the Python records' rpy_*
    // attributes), so stderr shows the message only.
    let message_only = tracing_subscriber::fmt::format::debug_fn(|w, field, value| if field.name() == "message" { write!(w, "{value:?}") } else { Ok(()) });
    Some(
        tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .with_ansi(false)
            .with_target(true)
            .with_timer(tracing_subscriber::fmt::time::uptime())
            .fmt_fields(message_only)
            .with_filter(filter),
    )
}

/// Install the `RPY_LOG` subscriber once per process, unless logging is
/// off or the host has installed a subscriber of its own. Called when a
/// runtime is built.
pub fn init_from_env() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        use tracing_subscriber::layer::SubscriberExt;
        if let Some(layer) = stderr_layer() {
            let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry().with(layer));
        }
    });
}

/// `n` and `what`, plural unless `n` is 1 ("1 function", "2 functions").
pub(crate) fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Milliseconds of `d`, for the messages.
pub(crate) fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
