//! Value types of the IR. Every SSA value has exactly one type.

use std::fmt;

/// The type of an IR value. In the ABI every scalar is 64 bits wide.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    /// Python `int`: a signed 64-bit integer (overflow raises).
    I64,
    /// Python `float`: an IEEE double.
    F64,
    /// Python `bool`.
    Bool,
    /// Python `None`: the type of functions without a return value.
    None,
}

impl Type {
    /// The Python spelling of the type, for diagnostics.
    pub fn python_name(self) -> &'static str {
        match self {
            Type::I64 => "int",
            Type::F64 => "float",
            Type::Bool => "bool",
            Type::None => "None",
        }
    }

    /// The Python name with an indefinite article: "an int", "a float",
    /// "None".
    pub fn with_article(self) -> &'static str {
        match self {
            Type::I64 => "an int",
            Type::F64 => "a float",
            Type::Bool => "a bool",
            Type::None => "None",
        }
    }

    /// The IR text spelling of the type.
    pub fn ir_name(self) -> &'static str {
        match self {
            Type::I64 => "i64",
            Type::F64 => "f64",
            Type::Bool => "bool",
            Type::None => "none",
        }
    }

    /// Parse the IR text spelling.
    pub fn from_ir_name(s: &str) -> Option<Type> {
        Some(match s {
            "i64" => Type::I64,
            "f64" => Type::F64,
            "bool" => Type::Bool,
            "none" => Type::None,
            _ => return None,
        })
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.ir_name())
    }
}

/// A compile-time constant supplied by the caller or found in the source.
#[derive(Copy, Clone, PartialEq, Debug)]
pub enum ConstValue {
    /// An int.
    Int(i64),
    /// A float.
    Float(f64),
    /// A bool.
    Bool(bool),
}

impl ConstValue {
    /// Python truth.
    pub fn truthy(self) -> bool {
        match self {
            ConstValue::Int(n) => n != 0,
            ConstValue::Float(x) => x != 0.0,
            ConstValue::Bool(b) => b,
        }
    }
}


impl ConstValue {
    /// The type of the constant.
    pub fn ty(self) -> Type {
        match self {
            ConstValue::Int(_) => Type::I64,
            ConstValue::Float(_) => Type::F64,
            ConstValue::Bool(_) => Type::Bool,
        }
    }
}

impl fmt::Display for ConstValue {
    /// IR text: `3`, `0.5` (round-trip exact), `true`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Int(n) => write!(f, "{n}"),
            ConstValue::Float(x) => write!(f, "{x:?}"),
            ConstValue::Bool(b) => write!(f, "{b}"),
        }
    }
}
