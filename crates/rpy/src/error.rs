//! Errors a host sees: compile errors (with rendered diagnostics) and
//! Python exceptions raised by compiled code (type, message, location).

use std::fmt;

use rpy_ir::{CompileError, ExcKind};

/// Where a Python exception was raised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The source file.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// The function that raised.
    pub function: String,
}

/// What went wrong.
#[derive(Clone, Debug)]
pub enum ErrorKind {
    /// The source is outside the subset or ill-typed.
    Compile(Box<CompileError>),
    /// Compiled code raised a Python exception.
    Python(ExcKind),
    /// A host hook (print, poll) failed; its own error is in the message.
    Host,
    /// No function, class or field of that name.
    NotFound,
    /// Too many arguments, or a required one missing.
    ArgCount,
    /// An argument of the wrong type (or an instance of another module),
    /// or a typed call of a function whose signature does not match.
    ArgType,
    /// Any other misuse, or a back-end failure (no C compiler for the AOT
    /// tier, an unreadable file, a cache that cannot be used).
    Usage,
}

/// An error from compiling or calling Python code.
#[derive(Clone, Debug)]
pub struct Error {
    /// What kind of error.
    pub kind: ErrorKind,
    /// The message (for a Python exception: `str(exc)`).
    pub message: String,
    /// Where a Python exception was raised, if known.
    pub location: Option<Location>,
}

impl Error {
    pub(crate) fn usage(message: impl Into<String>) -> Error {
        Error::of(ErrorKind::Usage, message)
    }

    pub(crate) fn of(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into(), location: None }
    }

    /// The Python exception type, if this is a Python exception.
    pub fn exc_kind(&self) -> Option<ExcKind> {
        match self.kind {
            ErrorKind::Python(k) => Some(k),
            _ => None,
        }
    }
}

impl From<CompileError> for Error {
    fn from(e: CompileError) -> Error {
        Error { message: e.to_string(), kind: ErrorKind::Compile(Box::new(e)), location: None }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Python(k) => f.write_str(&k.display_line(&self.message))?,
            _ => write!(f, "{}", self.message)?,
        }
        if let Some(l) = &self.location {
            write!(f, "\n  File \"{}\", line {}, in {}", l.file, l.line, l.function)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
