//! Python literals of a parameter's type, for command-line arguments and
//! test harnesses (`rpy run FILE --entry f -- -3 2.5 True`).

use crate::interp::Val;
use crate::ir::{Function, Type};

/// Parse `s` as a Python literal of type `ty` (an int literal is accepted
/// for a float parameter, as `float(3)`).
pub fn parse(s: &str, ty: Type) -> Result<Val, String> {
    let t = s.trim();
    match ty {
        Type::I64 => parse_int(t).map(Val::Int).ok_or_else(|| {
            let digits = t.strip_prefix(['-', '+']).unwrap_or(t).replace('_', "");
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                // What CPython says converting such an int to a C integer.
                "OverflowError: int too big to convert (compiled ints are 64-bit)".to_string()
            } else {
                format!("expected an int literal, got {s:?}")
            }
        }),
        Type::F64 => parse_float(t).or_else(|| parse_int(t).map(|n| n as f64)).map(Val::Float).ok_or_else(|| format!("expected a float literal, got {s:?}")),
        Type::Bool => match t {
            "True" => Ok(Val::Bool(true)),
            "False" => Ok(Val::Bool(false)),
            _ => Err(format!("expected True or False, got {s:?}")),
        },
        Type::None => match t {
            "None" => Ok(Val::None),
            _ => Err(format!("expected None, got {s:?}")),
        },
        Type::Ref(_) | Type::OptRef(_) => Err(format!("an object cannot be given as a literal ({s:?})")),
    }
}

fn parse_int(t: &str) -> Option<i64> {
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t.strip_prefix('+').unwrap_or(t).trim_start()),
    };
    if body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.strip_prefix('_').unwrap_or(d))
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.strip_prefix('_').unwrap_or(d))
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.strip_prefix('_').unwrap_or(d))
    } else {
        // Python rejects leading zeros in decimal literals (except 0).
        if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
            return None;
        }
        (10, lower.as_str())
    };
    let digits: String = digits.chars().filter(|c| *c != '_').collect();
    if digits.is_empty() || digits.starts_with(['+', '-']) {
        return None;
    }
    let mag = u64::from_str_radix(&digits, radix).ok()?;
    if neg {
        0i64.checked_sub_unsigned(mag)
    } else {
        i64::try_from(mag).ok()
    }
}

fn parse_float(t: &str) -> Option<f64> {
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(t)),
    };
    match body {
        "inf" | "float('inf')" | "math.inf" => return Some(sign * f64::INFINITY),
        "nan" | "float('nan')" | "math.nan" => return Some(f64::NAN),
        _ => {}
    }
    if !body.contains(['.', 'e', 'E']) || body.starts_with('_') || body.contains("__") {
        return None;
    }
    let cleaned: String = body.chars().filter(|c| *c != '_').collect();
    if !cleaned.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')) {
        return None;
    }
    cleaned.parse::<f64>().ok().map(|x| sign * x)
}

/// The arguments of a call of `f` from command-line words: one literal per
/// parameter, omitted trailing parameters taking their defaults.
pub fn parse_args(m: &crate::ir::Module, f: &Function, words: &[String]) -> Result<Vec<Val>, String> {
    if words.len() > f.params.len() && f.vararg.is_none() {
        return Err(format!("{}() takes {} argument(s), {} given", f.name, f.params.len(), words.len()));
    }
    let mut vals = Vec::new();
    for (i, p) in f.params.iter().enumerate() {
        if f.vararg == Some(i) {
            // `*args`: the remaining words, as the items of its tuple
            // (keyword-only parameters take their defaults).
            let h = p.ty.heap_type().and_then(|c| m.types.get(c)).ok_or("malformed *args")?;
            let (elem, kind) = (h.seq_elem().ok_or("malformed *args")?, h.new_kind().ok_or("malformed *args")?);
            let rest = words.get(i..).unwrap_or_default();
            let mut items = vec![kind as u64, rest.len() as u64];
            for w in rest {
                items.push(parse(w, elem).map_err(|msg| format!("argument of *{} of {}(): {msg}", p.name, f.name))?.to_bits());
            }
            let l = crate::interp::heap::list_op(crate::ir::ListOp::New, &items).map_err(|e| e.msg)?;
            vals.push(Val::Obj(p.ty, l));
            continue;
        }
        let word = if f.vararg.is_some_and(|k| i > k) { None } else { words.get(i) };
        let v = match (word, p.default) {
            (Some(w), _) => parse(w, p.ty).map_err(|msg| format!("argument '{}' of {}(): {msg}", p.name, f.name))?,
            (None, Some(d)) => Val::from(d),
            (None, None) => return Err(format!("{}() missing required argument '{}'", f.name, p.name)),
        };
        vals.push(v);
    }
    Ok(vals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        assert_eq!(parse("-3", Type::I64), Ok(Val::Int(-3)));
        assert_eq!(parse("0x_ff", Type::I64), Ok(Val::Int(255)));
        assert_eq!(parse("1_000", Type::I64), Ok(Val::Int(1000)));
        assert_eq!(parse("-9223372036854775808", Type::I64), Ok(Val::Int(i64::MIN)));
        assert!(parse("9223372036854775808", Type::I64).is_err());
        assert!(parse("012", Type::I64).is_err());
        assert!(parse("1.5", Type::I64).is_err());
    }

    #[test]
    fn floats() {
        assert_eq!(parse("3", Type::F64), Ok(Val::Float(3.0)));
        assert_eq!(parse("-2.5e3", Type::F64), Ok(Val::Float(-2500.0)));
        assert_eq!(parse("-inf", Type::F64), Ok(Val::Float(f64::NEG_INFINITY)));
        assert!(parse("abc", Type::F64).is_err());
    }
}
