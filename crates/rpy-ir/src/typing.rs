//! The typing rules of the subset's operators, shared by type inference,
//! lowering and constant folding so that the three always agree: for each
//! operator and operand types, the result type and the IR operation that
//! implements it (CPython's numeric tower: bool < int < float).

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::ir::{Opcode, Type};

/// How a binary arithmetic operator is computed.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum BinPlan {
    /// Convert both operands to int (bools), then `op`.
    Int(Opcode),
    /// Convert both operands to float, then `op`.
    Float(Opcode),
    /// `bool & bool`, `|`, `^`: the int op, then back to bool.
    Bool(Opcode),
}

impl BinPlan {
    /// The result type of the plan.
    pub(crate) fn result_type(self) -> Type {
        match self {
            BinPlan::Int(op) | BinPlan::Float(op) => op.result_type(),
            BinPlan::Bool(_) => Type::Bool,
        }
    }
}

fn is_numeric(t: Type) -> bool {
    matches!(t, Type::I64 | Type::F64 | Type::Bool)
}

/// Python's name of a type in TypeError messages.
pub(crate) fn py_type_name(t: Type) -> &'static str {
    match t {
        Type::None => "NoneType",
        t => t.python_name(),
    }
}

/// The plan for `l op r`. `neg_const_exponent` says the right operand of
/// `**` is a negative constant (then `int ** int` is a float, as CPython).
pub(crate) fn binary_plan(op: BinOp, l: Type, r: Type, neg_const_exponent: bool) -> Result<BinPlan, String> {
    let unsupported = || format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), py_type_name(l), py_type_name(r));
    if !is_numeric(l) || !is_numeric(r) {
        return Err(unsupported());
    }
    let float = l == Type::F64 || r == Type::F64;
    let plan = match op {
        BinOp::Add => if float { BinPlan::Float(Opcode::FloatAdd) } else { BinPlan::Int(Opcode::IntAdd) },
        BinOp::Sub => if float { BinPlan::Float(Opcode::FloatSub) } else { BinPlan::Int(Opcode::IntSub) },
        BinOp::Mul => if float { BinPlan::Float(Opcode::FloatMul) } else { BinPlan::Int(Opcode::IntMul) },
        BinOp::Div => if float { BinPlan::Float(Opcode::FloatDiv) } else { BinPlan::Int(Opcode::IntTrueDiv) },
        BinOp::FloorDiv => if float { BinPlan::Float(Opcode::FloatFloorDiv) } else { BinPlan::Int(Opcode::IntFloorDiv) },
        BinOp::Mod => if float { BinPlan::Float(Opcode::FloatMod) } else { BinPlan::Int(Opcode::IntMod) },
        BinOp::Pow => if float || neg_const_exponent { BinPlan::Float(Opcode::FloatPow) } else { BinPlan::Int(Opcode::IntPow) },
        BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
            if float {
                return Err(unsupported());
            }
            let iop = match op {
                BinOp::LShift => Opcode::IntShl,
                BinOp::RShift => Opcode::IntShr,
                BinOp::BitAnd => Opcode::IntAnd,
                BinOp::BitOr => Opcode::IntOr,
                _ => Opcode::IntXor,
            };
            let bitwise = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
            if bitwise && l == Type::Bool && r == Type::Bool { BinPlan::Bool(iop) } else { BinPlan::Int(iop) }
        }
    };
    Ok(plan)
}

/// The result type of a unary operator.
pub(crate) fn unary_type(op: UnaryOp, t: Type) -> Result<Type, String> {
    let bad = || {
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
            UnaryOp::Not => "not",
        };
        format!("bad operand type for unary {sym}: '{}'", py_type_name(t))
    };
    match (op, t) {
        (UnaryOp::Not, _) => Ok(Type::Bool),
        (UnaryOp::Neg | UnaryOp::Pos, Type::F64) => Ok(Type::F64),
        (UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, Type::I64 | Type::Bool) => Ok(Type::I64),
        _ => Err(bad()),
    }
}

/// How two operands are compared.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum CmpPlan {
    /// Both as ints (bools converted).
    Int(Opcode),
    /// Both floats.
    Float(Opcode),
    /// Left int, right float: exact comparison.
    IntFloat(Opcode),
    /// Left float, right int: exact comparison with swapped operands.
    FloatInt(Opcode),
    /// `None == None` / `None != None`: a constant.
    Const(bool),
}

fn int_cmp(op: CmpOp) -> Opcode {
    match op {
        CmpOp::Eq | CmpOp::Is | CmpOp::In => Opcode::IntEq,
        CmpOp::Ne | CmpOp::IsNot | CmpOp::NotIn => Opcode::IntNe,
        CmpOp::Lt => Opcode::IntLt,
        CmpOp::Le => Opcode::IntLe,
        CmpOp::Gt => Opcode::IntGt,
        CmpOp::Ge => Opcode::IntGe,
    }
}

fn float_cmp(op: CmpOp) -> Opcode {
    match op {
        CmpOp::Eq | CmpOp::Is | CmpOp::In => Opcode::FloatEq,
        CmpOp::Ne | CmpOp::IsNot | CmpOp::NotIn => Opcode::FloatNe,
        CmpOp::Lt => Opcode::FloatLt,
        CmpOp::Le => Opcode::FloatLe,
        CmpOp::Gt => Opcode::FloatGt,
        CmpOp::Ge => Opcode::FloatGe,
    }
}

fn int_float_cmp(op: CmpOp) -> Opcode {
    match op {
        CmpOp::Eq | CmpOp::Is | CmpOp::In => Opcode::IntFloatEq,
        CmpOp::Ne | CmpOp::IsNot | CmpOp::NotIn => Opcode::IntFloatNe,
        CmpOp::Lt => Opcode::IntFloatLt,
        CmpOp::Le => Opcode::IntFloatLe,
        CmpOp::Gt => Opcode::IntFloatGt,
        CmpOp::Ge => Opcode::IntFloatGe,
    }
}

/// The plan for `l op r`.
pub(crate) fn compare_plan(op: CmpOp, l: Type, r: Type) -> Result<CmpPlan, String> {
    use Type::*;
    if matches!(op, CmpOp::In | CmpOp::NotIn) {
        return Err(format!("argument of type '{}' is not iterable", py_type_name(r)));
    }
    Ok(match (l, r) {
        (F64, F64) => CmpPlan::Float(float_cmp(op)),
        (I64 | Bool, I64 | Bool) => CmpPlan::Int(int_cmp(op)),
        (I64 | Bool, F64) => CmpPlan::IntFloat(int_float_cmp(op)),
        (F64, I64 | Bool) => CmpPlan::FloatInt(int_float_cmp(op.swap())),
        (None, None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => CmpPlan::Const(op == CmpOp::Eq),
        _ => {
            let sym = op.symbol();
            return Err(format!("comparison {sym} between '{}' and '{}' is not supported", py_type_name(l), py_type_name(r)));
        }
    })
}

/// The result type of a builtin call, given its argument types (`None`
/// when the call is ill-typed; lowering reports why).
pub(crate) fn builtin_type(name: &str, args: &[Type]) -> Option<Type> {
    use Type::*;
    match (name, args) {
        ("abs", [I64 | Bool]) => Some(I64),
        ("abs", [F64]) => Some(F64),
        ("min" | "max", [first, rest @ ..]) if !rest.is_empty() && rest.iter().all(|t| t == first) && is_numeric(*first) => Some(*first),
        ("int", [I64 | Bool | F64]) => Some(I64),
        ("float", [I64 | Bool | F64]) => Some(F64),
        ("bool", [_]) | ("bool", []) => Some(Bool),
        ("int", []) => Some(I64),
        ("float", []) => Some(F64),
        ("round", [I64 | Bool]) => Some(I64),
        ("round", [F64]) => Some(I64),
        ("round", [F64, I64 | Bool]) => Some(F64),
        ("round", [I64 | Bool, I64 | Bool]) => Some(I64),
        ("print", _) => Some(None),
        ("isinstance", [_, ..]) => Some(Bool),
        _ => Option::None,
    }
}

/// The result type of method `name` of a list of type `list` (items
/// `elem`); `None` for methods lists do not have.
pub(crate) fn list_method_type(name: &str, list: Type, elem: Type) -> Option<Type> {
    Some(match name {
        "append" | "insert" | "extend" | "clear" | "remove" | "reverse" | "sort" => Type::None,
        "pop" => elem,
        "index" | "count" => Type::I64,
        "copy" => list,
        _ => return None,
    })
}

/// The result type of method `name` of a str (`str_t`; `list` is
/// `list[str]`).
pub(crate) fn str_method_type(name: &str, str_t: Type, list: Type) -> Option<Type> {
    Some(match name {
        "join" | "strip" | "lstrip" | "rstrip" | "replace" | "upper" | "lower" => str_t,
        "split" => list,
        "startswith" | "endswith" | "isdigit" | "isalpha" | "isspace" | "isalnum" | "isupper" | "islower" => Type::Bool,
        "find" | "count" => Type::I64,
        _ => return None,
    })
}

/// The result type of builtin `name` with one list argument.
pub(crate) fn list_builtin_type(name: &str, list: Type, elem: Type) -> Option<Type> {
    Some(match name {
        "len" => Type::I64,
        "sum" if elem == Type::F64 => Type::F64,
        "sum" if matches!(elem, Type::I64 | Type::Bool) => Type::I64,
        "min" | "max" if matches!(elem, Type::I64 | Type::F64 | Type::Bool) => elem,
        "min" | "max" if !elem.is_ref() => return None,
        "min" | "max" => elem,
        "sorted" => list,
        "any" | "all" | "bool" => Type::Bool,
        _ => return None,
    })
}

/// The result type of a `math` function (arguments are converted to
/// float; `floor`, `ceil` and `trunc` of an int return it unchanged).
pub(crate) fn math_type(name: &str) -> Type {
    match name {
        "floor" | "ceil" | "trunc" => Type::I64,
        "isnan" | "isinf" | "isfinite" => Type::Bool,
        _ => Type::F64,
    }
}
