//! Building the text of a `print` instruction from its pieces with
//! [`crate::pyfmt`] (the separators and `end` are already pieces).

use super::arith::Exc;
use super::{PyError, Val};
use crate::exc::ExcKind;
use crate::ir::{Conv, Piece, Value};
use crate::pyfmt::{self, FmtValue};

/// The formatter's view of a value.
fn fmt_value(v: Val) -> FmtValue<'static> {
    match v {
        Val::Int(i) => FmtValue::Int(i),
        Val::Float(x) => FmtValue::Float(x),
        Val::Bool(b) => FmtValue::Bool(b),
        Val::None | Val::Obj(..) => FmtValue::None,
    }
}

/// One value converted as `conv` says.
fn convert(v: Val, conv: &Conv) -> Result<String, Exc> {
    match conv {
        Conv::Str => Ok(pyfmt::str_of(fmt_value(v))),
        Conv::Repr => Ok(pyfmt::repr_of(fmt_value(v))),
        Conv::Format(spec) => pyfmt::format_value(fmt_value(v), spec).map_err(|m| {
            // `format(None, spec)` with a nonempty spec is a TypeError
            let kind = if v == Val::None { ExcKind::TypeError } else { ExcKind::ValueError };
            (kind, m)
        }),
        Conv::Percent(spec) => pyfmt::percent_value(fmt_value(v), spec).map_err(|(name, m)| (ExcKind::from_name(name).unwrap_or(ExcKind::TypeError), m)),
        // Resolved to text by the machine before the line is built.
        Conv::Exc => Err((ExcKind::RuntimeError, "malformed IR: unresolved exception piece".to_string())),
    }
}

/// The line printed for `pieces`; `value` reads an operand.
pub(super) fn build_line(pieces: &[Piece], mut value: impl FnMut(Value) -> Result<Val, PyError>) -> Result<String, PyError> {
    let mut line = String::new();
    for piece in pieces {
        match piece {
            Piece::Lit(s) => line.push_str(s),
            Piece::Value(v, conv) => {
                let text = convert(value(*v)?, conv).map_err(|(kind, msg)| PyError::new(kind, msg))?;
                line.push_str(&text);
            }
        }
    }
    Ok(line)
}
