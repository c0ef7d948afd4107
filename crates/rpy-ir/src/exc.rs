//! Python exception types that compiled code can raise.
//!
//! The numeric codes are part of the ABI shared by both tiers (the status a
//! compiled function returns); 0 means success. They never change meaning.

use std::fmt;

macro_rules! exc_kinds {
    ($($(#[$m:meta])* $name:ident = $code:literal,)*) => {
        /// A Python exception type, with its stable status code.
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
        #[repr(u8)]
        pub enum ExcKind {
            $($(#[$m])* $name = $code,)*
        }

        impl ExcKind {
            /// Every kind, in code order.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name,)*];

            /// The Python name of the type, e.g. `ZeroDivisionError`.
            pub fn name(self) -> &'static str {
                match self {
                    $(ExcKind::$name => stringify!($name),)*
                }
            }

            /// The kind with the given Python name.
            pub fn from_name(name: &str) -> Option<ExcKind> {
                match name {
                    $(stringify!($name) => Some(ExcKind::$name),)*
                    _ => None,
                }
            }

            /// The kind with the given ABI status code.
            pub fn from_code(code: u8) -> Option<ExcKind> {
                match code {
                    $($code => Some(ExcKind::$name),)*
                    _ => None,
                }
            }
        }
    };
}

exc_kinds! {
    /// The host has a Python exception pending (raised inside a host hook
    /// such as print or the interrupt poll); the host keeps the object.
    HostPending = 1,
    /// `ZeroDivisionError`
    ZeroDivisionError = 2,
    /// `OverflowError`
    OverflowError = 3,
    /// `ValueError`
    ValueError = 4,
    /// `RecursionError`
    RecursionError = 5,
    /// `UnboundLocalError`
    UnboundLocalError = 6,
    /// `TypeError`
    TypeError = 7,
    /// `IndexError`
    IndexError = 8,
    /// `KeyboardInterrupt`
    KeyboardInterrupt = 9,
    /// `AssertionError`
    AssertionError = 10,
    /// `RuntimeError`
    RuntimeError = 11,
    /// `MemoryError`
    MemoryError = 12,
    /// `ArithmeticError`
    ArithmeticError = 13,
    /// `KeyError`
    KeyError = 14,
    /// `NotImplementedError`
    NotImplementedError = 15,
    /// `Exception`
    Exception = 16,
    /// `AttributeError`
    AttributeError = 17,
    /// `LookupError`
    LookupError = 18,
}

impl ExcKind {
    /// The kinds an `except NAME:` catches: the type and its subclasses
    /// (`Exception`: everything but KeyboardInterrupt; `BaseException`:
    /// everything). `None` for a name that is not a builtin type.
    pub fn caught_by(name: &str) -> Option<Vec<ExcKind>> {
        use ExcKind::*;
        let all = || ExcKind::ALL.iter().copied().filter(|k| *k != HostPending);
        Some(match name {
            "BaseException" => all().collect(),
            "Exception" => all().filter(|k| *k != KeyboardInterrupt).collect(),
            "ArithmeticError" => vec![ArithmeticError, ZeroDivisionError, OverflowError],
            "LookupError" => vec![LookupError, IndexError, KeyError],
            "RuntimeError" => vec![RuntimeError, RecursionError, NotImplementedError],
            "NameError" => vec![UnboundLocalError],
            other => vec![ExcKind::raisable(other)?],
        })
    }

    /// The kinds a program may raise by name (`raise ValueError(...)`):
    /// every kind but the host's internal one.
    pub fn raisable(name: &str) -> Option<ExcKind> {
        ExcKind::from_name(name).filter(|k| *k != ExcKind::HostPending)
    }
}

impl ExcKind {
    /// The last line of CPython's traceback for this exception raised with
    /// message `msg`: `Kind` alone for an empty message, `Kind: msg`, and
    /// for KeyError `Kind: 'msg'` (`str(KeyError(k))` is `repr(k)`; keys
    /// are strings in compiled code).
    pub fn display_line(self, msg: &str) -> String {
        match self {
            _ if msg.is_empty() => self.name().to_string(),
            ExcKind::KeyError => format!("{self}: {}", crate::pyfmt::repr_of(crate::pyfmt::FmtValue::Str(msg))),
            _ => format!("{self}: {msg}"),
        }
    }

    /// The ABI status code.
    pub fn code(self) -> u8 {
        self as u8
    }
}

impl fmt::Display for ExcKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
