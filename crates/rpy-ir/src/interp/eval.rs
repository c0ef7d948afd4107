//! Opcode dispatch: [`eval_unary`] and [`eval_binary`] map every opcode of
//! the table to its semantics in `arith`, `float` and `math`.

use std::cmp::Ordering;

use super::arith::{self, exc, Exc, R};
use super::{float, math, Val};
use crate::exc::ExcKind;
use crate::ir::Opcode;

use Opcode as O;

/// A TypeError for operands that do not match the opcode's signature
/// (only malformed IR can do this).
fn bad_operands(op: Opcode, args: &[Val]) -> Exc {
    let tys: Vec<String> = args.iter().map(|a| a.ty().to_string()).collect();
    let want: Vec<String> = op.arg_types().iter().map(|t| t.to_string()).collect();
    exc(ExcKind::TypeError, &format!("{} expects ({}), got ({})", op.name(), want.join(", "), tys.join(", ")))
}

/// Evaluate a one-operand op on `a`. Returns the Python exception the op
/// raises, or a TypeError if `op` is not a unary op of `a`'s type.
pub fn eval_unary(op: Opcode, a: Val) -> Result<Val, (ExcKind, String)> {
    let r = match a {
        Val::Int(x) => unary_int(op, x),
        Val::Float(x) => unary_float(op, x),
        Val::Bool(b) => match op {
            O::BoolNot => Some(Ok(Val::Bool(!b))),
            O::BoolToInt => Some(Ok(Val::Int(i64::from(b)))),
            _ => None,
        },
        Val::None | Val::Obj(..) => None,
    };
    r.unwrap_or_else(|| Err(bad_operands(op, &[a])))
}

fn unary_int(op: Opcode, x: i64) -> Option<R<Val>> {
    let int = |r: R<i64>| Some(r.map(Val::Int));
    match op {
        O::IntNeg => int(arith::neg(x)),
        O::IntAbs => int(arith::abs(x)),
        O::IntInvert => int(Ok(!x)),
        O::IntToFloat => Some(Ok(Val::Float(x as f64))), // round half even
        _ => None,
    }
}

fn unary_float(op: Opcode, x: f64) -> Option<R<Val>> {
    let fl = |r: R<f64>| Some(r.map(Val::Float));
    let int = |r: R<i64>| Some(r.map(Val::Int));
    let boolean = |b: bool| Some(Ok(Val::Bool(b)));
    match op {
        O::FloatNeg => fl(Ok(-x)),
        O::FloatAbs | O::MathFabs => fl(Ok(x.abs())),
        O::FloatToInt | O::MathTrunc => int(float::to_int(x)),
        O::FloatRound => int(float::round(x)),
        O::MathFloor => int(math::floor(x)),
        O::MathCeil => int(math::ceil(x)),
        O::MathIsnan => boolean(x.is_nan()),
        O::MathIsinf => boolean(x.is_infinite()),
        O::MathIsfinite => boolean(x.is_finite()),
        _ => math_unary(op).map(|f| f(x).map(Val::Float)),
    }
}

/// The `math` function of a float -> float op that may raise.
fn math_unary(op: Opcode) -> Option<fn(f64) -> R<f64>> {
    Some(match op {
        O::MathSqrt => math::sqrt,
        O::MathExp => math::exp,
        O::MathLog => math::log,
        O::MathLog2 => math::log2,
        O::MathLog10 => math::log10,
        O::MathSin => math::sin,
        O::MathCos => math::cos,
        O::MathTan => math::tan,
        O::MathAsin => math::asin,
        O::MathAcos => math::acos,
        O::MathAtan => math::atan,
        O::MathSinh => math::sinh,
        O::MathCosh => math::cosh,
        O::MathTanh => math::tanh,
        _ => return None,
    })
}

/// Evaluate a two-operand op on `a` and `b`. Returns the Python exception
/// the op raises, or a TypeError if `op` is not a binary op of these
/// operand types.
pub fn eval_binary(op: Opcode, a: Val, b: Val) -> Result<Val, (ExcKind, String)> {
    let r = match (a, b) {
        (Val::Int(x), Val::Int(y)) => binary_int(op, x, y),
        (Val::Float(x), Val::Float(y)) => binary_float(op, x, y),
        (Val::Int(x), Val::Float(y)) => int_float(op, x, y),
        (Val::Float(x), Val::Int(y)) if op == O::FloatRoundDigits => Some(float::round_digits(x, y).map(Val::Float)),
        _ => None,
    };
    r.unwrap_or_else(|| Err(bad_operands(op, &[a, b])))
}

fn binary_int(op: Opcode, x: i64, y: i64) -> Option<R<Val>> {
    let int = |r: R<i64>| Some(r.map(Val::Int));
    let boolean = |b: bool| Some(Ok(Val::Bool(b)));
    match op {
        O::IntAdd => int(arith::add(x, y)),
        O::IntSub => int(arith::sub(x, y)),
        O::IntMul => int(arith::mul(x, y)),
        O::IntFloorDiv => int(arith::floordiv(x, y)),
        O::IntMod => int(arith::modulo(x, y)),
        O::IntPow => int(arith::pow(x, y)),
        O::IntRoundDigits => int(arith::round_digits(x, y)),
        O::IntShl => int(arith::shl(x, y)),
        O::IntShr => int(arith::shr(x, y)),
        O::IntAnd => int(Ok(x & y)),
        O::IntOr => int(Ok(x | y)),
        O::IntXor => int(Ok(x ^ y)),
        O::IntTrueDiv => Some(arith::truediv(x, y).map(Val::Float)),
        O::IntAddWrap => int(Ok(x.wrapping_add(y))),
        O::IntSubWrap => int(Ok(x.wrapping_sub(y))),
        O::IntMulWrap => int(Ok(x.wrapping_mul(y))),
        O::IntEq => boolean(x == y),
        O::IntNe => boolean(x != y),
        O::IntLt => boolean(x < y),
        O::IntLe => boolean(x <= y),
        O::IntGt => boolean(x > y),
        O::IntGe => boolean(x >= y),
        O::IntUgt => boolean((x as u64) > (y as u64)),
        _ => None,
    }
}

fn binary_float(op: Opcode, x: f64, y: f64) -> Option<R<Val>> {
    let fl = |r: R<f64>| Some(r.map(Val::Float));
    let boolean = |b: bool| Some(Ok(Val::Bool(b)));
    match op {
        O::FloatAdd => fl(Ok(x + y)),
        O::FloatSub => fl(Ok(x - y)),
        O::FloatMul => fl(Ok(x * y)),
        O::FloatDiv => fl(float::div(x, y)),
        O::FloatFloorDiv => fl(float::floordiv(x, y)),
        O::FloatMod => fl(float::modulo(x, y)),
        O::FloatPow => fl(float::pow(x, y)),
        O::FloatEq => boolean(x == y),
        O::FloatNe => boolean(x != y),
        O::FloatLt => boolean(x < y),
        O::FloatLe => boolean(x <= y),
        O::FloatGt => boolean(x > y),
        O::FloatGe => boolean(x >= y),
        O::MathAtan2 => fl(Ok(math::atan2(x, y))),
        O::MathHypot => fl(Ok(math::hypot(x, y))),
        O::MathPow => fl(math::pow(x, y)),
        O::MathCopysign => fl(Ok(math::copysign(x, y))),
        O::MathFmod => fl(math::fmod(x, y)),
        _ => None,
    }
}

fn int_float(op: Opcode, x: i64, y: f64) -> Option<R<Val>> {
    let ord = arith::cmp_int_float(x, y);
    let b = match op {
        O::IntFloatEq => ord == Some(Ordering::Equal),
        O::IntFloatNe => ord != Some(Ordering::Equal),
        O::IntFloatLt => ord == Some(Ordering::Less),
        O::IntFloatLe => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
        O::IntFloatGt => ord == Some(Ordering::Greater),
        O::IntFloatGe => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
        _ => return None,
    };
    Some(Ok(Val::Bool(b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Type;

    /// A few operands of `ty`, edge cases included.
    fn samples(ty: Type) -> Vec<Val> {
        match ty {
            Type::I64 => [0, 1, -1, 2, 63, 64, -7, i64::MAX, i64::MIN].map(Val::Int).to_vec(),
            Type::F64 => [0.0, -0.0, 1.5, -2.5, 1e308, 5e-324, f64::INFINITY, f64::NEG_INFINITY, f64::NAN].map(Val::Float).to_vec(),
            Type::Bool => vec![Val::Bool(false), Val::Bool(true)],
            Type::None => vec![Val::None],
            Type::Ref(_) | Type::OptRef(_) => Vec::new(),
        }
    }

    /// Every opcode accepts its signature, returns its result type, and
    /// raises only if the table says it can.
    #[test]
    fn every_opcode_matches_the_table() {
        for &op in Opcode::ALL {
            let tys = op.arg_types();
            let mut results = Vec::new();
            if let [t] = tys {
                for a in samples(*t) {
                    results.push(eval_unary(op, a));
                }
            } else if let [t, u] = tys {
                for a in samples(*t) {
                    for b in samples(*u) {
                        results.push(eval_binary(op, a, b));
                    }
                }
            }
            for r in results {
                match r {
                    Ok(v) => assert_eq!(v.ty(), op.result_type(), "{}", op.name()),
                    Err((k, m)) => {
                        assert!(op.can_raise(), "{} raised {k}: {m}", op.name());
                        assert_ne!(k, ExcKind::TypeError, "{}: {m}", op.name());
                    }
                }
            }
        }
    }

    #[test]
    fn wrong_operands_are_type_errors() {
        let e = eval_binary(O::IntAdd, Val::Int(1), Val::Float(1.0));
        assert_eq!(e.map_err(|e| e.0), Err(ExcKind::TypeError));
        let e = eval_unary(O::IntAdd, Val::Int(1));
        assert_eq!(e.map_err(|e| e.0), Err(ExcKind::TypeError));
        let e = eval_unary(O::BoolNot, Val::None);
        assert_eq!(e.map_err(|e| e.0), Err(ExcKind::TypeError));
    }
}
