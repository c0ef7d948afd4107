//! Progress of long work, drawn on a terminal: `rpy build`,
//! `cache(wait=True)` and `cache(export=...)` in Python, and the bench
//! harness (through `rpythonic._native.Progress`). One implementation
//! (indicatif) for every host.
//!
//! Drawn on stderr only when stderr is a terminal and `RPY_PROGRESS` is not
//! `0`; anywhere else (a pipe, a file, CI, a notebook) a [`Progress`] is
//! hidden and every call on it does nothing, so logs and captured output
//! never see it. It clears itself when finished or dropped.

use std::borrow::Cow;
use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar (known amount of work) or spinner (unknown amount).
pub struct Progress {
    bar: ProgressBar,
}

/// Whether progress is drawn in this process.
pub fn visible() -> bool {
    std::env::var_os("RPY_PROGRESS").is_none_or(|v| v != "0") && std::io::stderr().is_terminal()
}

impl Progress {
    /// A bar over `len` steps, labelled `prefix`.
    pub fn bar(len: u64, prefix: impl Into<Cow<'static, str>>) -> Progress {
        Self::make(Some(len), prefix.into(), "{spinner:.green} {prefix:.bold} [{bar:20.cyan/blue}] {pos}/{len} {wide_msg} {elapsed}")
    }

    /// A spinner for work of unknown length, labelled `prefix`.
    pub fn spinner(prefix: impl Into<Cow<'static, str>>) -> Progress {
        Self::make(None, prefix.into(), "{spinner:.green} {prefix:.bold} {wide_msg} {elapsed}")
    }

    /// One that draws nothing.
    pub fn hidden() -> Progress {
        Progress { bar: ProgressBar::hidden() }
    }

    fn make(len: Option<u64>, prefix: Cow<'static, str>, template: &str) -> Progress {
        if !visible() {
            return Self::hidden();
        }
        let bar = match len {
            Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix(prefix);
        // Keep moving while the work blocks (a compiler running).
        bar.enable_steady_tick(Duration::from_millis(100));
        Progress { bar }
    }

    /// Whether this one is drawn.
    pub fn is_visible(&self) -> bool {
        !self.bar.is_hidden()
    }

    /// What is being done now.
    pub fn set_message(&self, msg: impl Into<Cow<'static, str>>) {
        self.bar.set_message(msg);
    }

    /// `n` more steps done.
    pub fn inc(&self, n: u64) {
        self.bar.inc(n);
    }

    /// Run `f` (which prints) with the bar cleared, then draw it again.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }

    /// Done: the bar disappears.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
