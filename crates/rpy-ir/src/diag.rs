//! User-facing diagnostics: what is wrong, exactly where (a byte span in
//! the source fragment), and what to do instead. A diagnostic is always a
//! problem in the user's program; a bug of the compiler is a verifier
//! error, never a diagnostic.
//!
//! Rendering (annotate-snippets) shows `file:line:col`, the source line and
//! a caret under the span, with line numbers of the original file even when
//! the source is a fragment of it.

use std::fmt;

use annotate_snippets::{Level, Renderer, Snippet};

use crate::ast::Span;

/// A piece of Python source: a whole file or a fragment of one.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The file name shown in diagnostics and tracebacks.
    pub name: String,
    /// The source text.
    pub text: String,
    /// The 1-based line number of the text's first line in the file.
    pub first_line: u32,
}

impl SourceFile {
    /// A whole file.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile { name: name.into(), text: text.into(), first_line: 1 }
    }

    /// 1-based (line in the original file, column in characters) of a byte
    /// offset of the text.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = (offset as usize).min(self.text.len());
        let before = self.text.get(..offset).unwrap_or("");
        let line = before.matches('\n').count() as u32;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() as u32 + 1;
        (line + self.first_line, col)
    }
}

/// One problem in the user's program.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Diagnostic {
    /// What is wrong, e.g. "lambda is not supported in compiled code".
    pub message: String,
    /// The most specific span of the problem.
    pub span: Span,
    /// A short label shown under the caret.
    pub label: String,
    /// What to do instead, if there is a clear alternative.
    pub help: Option<String>,
    /// Other places with exactly the same problem, reported with this one
    /// instead of repeating it (see [`Diagnostic::group`]).
    pub also: Vec<Span>,
}

impl Diagnostic {
    /// A diagnostic at `span`.
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { message: message.into(), span, label: String::new(), help: None, also: Vec::new() }
    }

    /// Add a label under the caret.
    pub fn label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }

    /// Merge diagnostics that say exactly the same thing (message, label
    /// and help) into the first of them, which lists the other places:
    /// one problem repeated in a function is one report. `diags` is in
    /// source order, and stays so.
    pub fn group(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let mut out: Vec<Diagnostic> = Vec::with_capacity(diags.len());
        for d in diags {
            match out.iter_mut().find(|o| o.message == d.message && o.label == d.label && o.help == d.help) {
                Some(first) => {
                    first.also.push(d.span);
                    first.also.extend(d.also);
                }
                None => out.push(d),
            }
        }
        out
    }

    /// Add a help line saying what to do instead.
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
}

/// The diagnostics of one compilation, with the sources they refer to.
/// This is the error type of [`compile`](crate::compile).
#[derive(Clone, Debug)]
pub struct CompileError {
    /// The files of the compile unit, the main file first. A span is an
    /// offset into these texts laid end to end, each followed by one
    /// newline; [`CompileError::locate`] maps it back to one file.
    pub sources: Vec<SourceFile>,
    /// Every problem found, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl CompileError {
    /// The file of the unit a diagnostic is in, and its span in that
    /// file's text.
    pub fn locate(&self, d: &Diagnostic) -> (&SourceFile, Span) {
        let mut base = 0u32;
        for (k, src) in self.sources.iter().enumerate() {
            let end = base + src.text.len() as u32;
            if d.span.start <= end || k + 1 == self.sources.len() {
                let local = |o: u32| o.saturating_sub(base).min(src.text.len() as u32);
                return (src, Span { start: local(d.span.start), end: local(d.span.end.max(d.span.start)) });
            }
            base = end + 1;
        }
        // No sources at all (never made by `compile`).
        static EMPTY: std::sync::OnceLock<SourceFile> = std::sync::OnceLock::new();
        (EMPTY.get_or_init(|| SourceFile::new("<unknown>", "")), Span::default())
    }

    /// The main file of the unit.
    pub fn main_source(&self) -> Option<&SourceFile> {
        self.sources.first()
    }

    /// `(line, col)` of a diagnostic in its file (1-based).
    pub fn line_col(&self, d: &Diagnostic) -> (u32, u32) {
        let (src, span) = self.locate(d);
        src.line_col(span.start)
    }

    /// Render one diagnostic: `error: msg`, `--> file:line:col`, the source
    /// line and a caret under the span, then `help:`.
    pub fn render_one(&self, d: &Diagnostic) -> String {
        let (source, span) = self.locate(d);
        let text = &source.text;
        let len = text.len();
        let start = (span.start as usize).min(len);
        // An empty span still gets one caret (at the end of input: the
        // last character).
        let mut end = (span.end as usize).clamp(start, len);
        if end == start {
            end = text[start..].chars().next().map_or(start, |c| start + c.len_utf8());
        }
        let start = if start == end && start > 0 { start - 1 } else { start };
        // annotate-snippets appends `:line:col` to the origin itself.
        let snippet = Snippet::source(text)
            .line_start(source.first_line as usize)
            .origin(&source.name)
            .fold(true)
            .annotation(Level::Error.span(start..end).label(&d.label));
        let mut msg = Level::Error.title(&d.message).snippet(snippet);
        if let Some(help) = &d.help {
            msg = msg.footer(Level::Help.title(help));
        }
        let also = self.also_note(d);
        if let Some(note) = &also {
            msg = msg.footer(Level::Note.title(note));
        }
        let out = Renderer::plain().render(msg).to_string();
        out
    }

    /// `the same at 12:5, 19:9` (with the file when it is another one).
    fn also_note(&self, d: &Diagnostic) -> Option<String> {
        if d.also.is_empty() {
            return None;
        }
        let here = self.locate(d).0.name.clone();
        let places: Vec<String> = d
            .also
            .iter()
            .map(|&span| {
                let other = Diagnostic { span, ..Diagnostic::new(span, "") };
                let (src, local) = self.locate(&other);
                let (line, col) = src.line_col(local.start);
                if src.name == here { format!("{line}:{col}") } else { format!("{}:{line}:{col}", src.name) }
            })
            .collect();
        Some(format!("the same at {}", places.join(", ")))
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            writeln!(f, "{}", self.render_one(d))?;
        }
        let n = self.diagnostics.len();
        // The file the errors are in, or the unit's main file when they
        // are in several.
        let files: Vec<&str> = self.diagnostics.iter().map(|d| self.locate(d).0.name.as_str()).collect();
        let name = match files.first() {
            Some(first) if files.iter().all(|f| f == first) => first,
            _ => self.main_source().map_or("<unknown>", |s| s.name.as_str()),
        };
        write!(f, "{n} error{} in {name}", if n == 1 { "" } else { "s" })
    }
}

impl std::error::Error for CompileError {}
