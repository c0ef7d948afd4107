//! Constant folding of module-level constants and default values, by the
//! reference interpreter's own semantics (so a folded constant is exactly
//! what the program would compute). A fold that raises is not a constant.

use crate::ast::{BinOp, UnaryOp};
use crate::interp::{eval_binary, eval_unary, Val};
use crate::ir::Opcode;
use crate::typing::{binary_plan, unary_type, BinPlan};
use crate::ConstValue;

fn from_val(v: Val) -> Option<ConstValue> {
    match v {
        Val::Int(n) => Some(ConstValue::Int(n)),
        Val::Float(x) => Some(ConstValue::Float(x)),
        Val::Bool(b) => Some(ConstValue::Bool(b)),
        Val::None => Some(ConstValue::None),
        _ => None,
    }
}

fn as_int(c: ConstValue) -> Option<i64> {
    match c {
        ConstValue::Int(n) => Some(n),
        ConstValue::Bool(b) => Some(i64::from(b)),
        ConstValue::Float(_) | ConstValue::None => None,
    }
}

fn as_float(c: ConstValue) -> f64 {
    match c {
        ConstValue::Int(n) => n as f64,
        ConstValue::Bool(b) => f64::from(u8::from(b)),
        ConstValue::Float(x) => x,
        ConstValue::None => f64::NAN,
    }
}

/// Fold `op c`.
pub(crate) fn unary(op: UnaryOp, c: ConstValue) -> Option<ConstValue> {
    unary_type(op, crate::resolve::const_type(c)).ok()?;
    let v = match (op, c) {
        (UnaryOp::Not, _) => Val::Bool(!truthy(c)),
        (UnaryOp::Pos, ConstValue::Float(x)) => Val::Float(x),
        (UnaryOp::Neg, ConstValue::Float(x)) => Val::Float(-x),
        (UnaryOp::Pos, c) => Val::Int(as_int(c)?),
        (UnaryOp::Neg, c) => eval_unary(Opcode::IntNeg, Val::Int(as_int(c)?)).ok()?,
        (UnaryOp::Invert, c) => Val::Int(!as_int(c)?),
    };
    from_val(v)
}

fn truthy(c: ConstValue) -> bool {
    match c {
        ConstValue::Int(n) => n != 0,
        ConstValue::Float(x) => x != 0.0,
        ConstValue::Bool(b) => b,
        ConstValue::None => false,
    }
}

/// Fold `a op b`.
pub(crate) fn binary(op: BinOp, a: ConstValue, b: ConstValue) -> Option<ConstValue> {
    let neg_exp = op == BinOp::Pow && as_int(b).is_some_and(|n| n < 0);
    let plan = binary_plan(op, crate::resolve::const_type(a), crate::resolve::const_type(b), neg_exp).ok()?;
    let v = match plan {
        BinPlan::Int(op) => eval_binary(op, Val::Int(as_int(a)?), Val::Int(as_int(b)?)).ok()?,
        BinPlan::Float(op) => eval_binary(op, Val::Float(as_float(a)), Val::Float(as_float(b))).ok()?,
        BinPlan::Bool(op) => match eval_binary(op, Val::Int(as_int(a)?), Val::Int(as_int(b)?)).ok()? {
            Val::Int(n) => Val::Bool(n != 0),
            _ => return None,
        },
    };
    from_val(v)
}
