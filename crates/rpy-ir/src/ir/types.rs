//! Value types of the IR. Every SSA value has exactly one type.

use std::fmt;

use super::entities::TypeId;

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
    /// A reference to an instance of heap type `TypeId` (never None): a
    /// pointer to its C-layout struct (see [`ClassLayout`]).
    Ref(TypeId),
    /// `C | None`: a reference or None (the null pointer).
    OptRef(TypeId),
}

impl Type {
    /// The Python spelling of the type, for diagnostics.
    pub fn python_name(self) -> &'static str {
        match self {
            Type::I64 => "int",
            Type::F64 => "float",
            Type::Bool => "bool",
            Type::None => "None",
            Type::Ref(_) | Type::OptRef(_) => "object",
        }
    }

    /// Whether the value is a reference to a heap object (reference
    /// counted; `OptRef` may be null).
    pub fn is_ref(self) -> bool {
        matches!(self, Type::Ref(_) | Type::OptRef(_))
    }

    /// The heap type referred to, for `Ref` and `OptRef`.
    pub fn heap_type(self) -> Option<TypeId> {
        match self {
            Type::Ref(t) | Type::OptRef(t) => Some(t),
            _ => Option::None,
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
            Type::Ref(_) | Type::OptRef(_) => "an object",
        }
    }

    /// Parse the IR text spelling (`i64`, `f64`, `bool`, `none`, `c3`,
    /// `c3?`).
    pub fn from_ir_name(s: &str) -> Option<Type> {
        Some(match s {
            "i64" => Type::I64,
            "f64" => Type::F64,
            "bool" => Type::Bool,
            "none" => Type::None,
            _ => {
                let (body, opt) = match s.strip_suffix('?') {
                    Some(b) => (b, true),
                    Option::None => (s, false),
                };
                let n: u32 = body.strip_prefix('c')?.parse().ok()?;
                let id = <TypeId as super::entities::EntityRef>::new(n as usize);
                if opt { Type::OptRef(id) } else { Type::Ref(id) }
            }
        })
    }
}

/// The IR text spelling: `i64`, `f64`, `bool`, `none`, `c0` (a reference
/// to class `c0` of the type table), `c0?` (`c0 | None`).
impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::I64 => f.write_str("i64"),
            Type::F64 => f.write_str("f64"),
            Type::Bool => f.write_str("bool"),
            Type::None => f.write_str("none"),
            Type::Ref(t) => write!(f, "{t}"),
            Type::OptRef(t) => write!(f, "{t}?"),
        }
    }
}

/// Size of the header every heap object starts with (rpy_rt.h's
/// `rpy_object`: reference count, class descriptor, host wrapper).
pub const OBJECT_HEADER_SIZE: u32 = 24;

/// One field of a class: a named 8-byte slot at a fixed offset.
#[derive(Clone, PartialEq, Debug)]
pub struct Field {
    /// The attribute name.
    pub name: String,
    /// Its type (every field is one 64-bit word).
    pub ty: Type,
    /// Byte offset from the start of the object (header included).
    pub offset: u32,
}

/// A compiled class: the one C layout of its instances, shared by the
/// interpreter, the JIT and the C emitter (header, then the fields in
/// declaration order at 8-byte offsets).
#[derive(Clone, PartialEq, Debug)]
pub struct ClassLayout {
    /// The class name.
    pub name: String,
    /// Fields in layout order.
    pub fields: Vec<Field>,
    /// Class-level constants (`K = 3` in the class body), inlined where
    /// they are read; kept for hosts (`C.K` from Python).
    pub consts: Vec<(String, ConstValue)>,
    /// Where the class is defined (1-based line).
    pub line: u32,
    /// The file of the compile unit it is defined in (index into
    /// `Module::files`).
    pub file: u32,
}

impl ClassLayout {
    /// A class with `fields` (name, type) laid out in order.
    pub fn new(name: impl Into<String>, fields: Vec<(String, Type)>, consts: Vec<(String, ConstValue)>, line: u32) -> ClassLayout {
        let fields = fields.into_iter().enumerate().map(|(i, (name, ty))| Field { name, ty, offset: OBJECT_HEADER_SIZE + 8 * i as u32 }).collect();
        ClassLayout { name: name.into(), fields, consts, line, file: 0 }
    }

    /// Size of an instance in bytes.
    pub fn size(&self) -> u32 {
        OBJECT_HEADER_SIZE + 8 * self.fields.len() as u32
    }

    /// The field named `name` (its index).
    pub fn field(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    /// Byte offsets of the reference fields (released with the object).
    pub fn ref_offsets(&self) -> Vec<u32> {
        self.fields.iter().filter(|f| f.ty.is_ref()).map(|f| f.offset).collect()
    }
}

/// An entry of a module's type table.
#[derive(Clone, PartialEq, Debug)]
pub enum HeapType {
    /// A compiled class.
    Class(ClassLayout),
    /// `list[elem]`: rpy_rt.h's `rpy_list` (header, len, cap, items), one
    /// 64-bit word per item, read as `elem`.
    List {
        /// The item type.
        elem: Type,
    },
    /// `tuple[T1, T2, ...]`: an immutable instance-like object, one field
    /// per item (named `0`, `1`, ...), laid out as a class.
    Tuple(ClassLayout),
    /// `str`: rpy_rt.h's `rpy_str`, immutable UTF-8 text.
    Str,
    /// The `*args: T` of a function: a tuple of one item type, held as an
    /// `rpy_list` (with the `*args` descriptor, which prints parentheses)
    /// that compiled code only reads.
    Args {
        /// The item type.
        elem: Type,
    },
    /// `rpythonic.f64[:]` and friends: rpy_rt.h's `rpy_array`, a view of
    /// a host buffer for the duration of a call.
    Array {
        /// The item type in memory.
        elem: ArrayElem,
    },
}

/// The item type of an array in memory (`RPY_ARR_*` of rpy_rt.h).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ArrayElem {
    /// `f64`: double
    F64,
    /// `i64`: int64_t
    I64,
    /// `i32`: int32_t
    I32,
    /// `f32`: float
    F32,
    /// `u8`: uint8_t
    U8,
}

impl ArrayElem {
    /// Every item type, in `RPY_ARR_*` order.
    pub const ALL: [ArrayElem; 5] = [ArrayElem::F64, ArrayElem::I64, ArrayElem::I32, ArrayElem::F32, ArrayElem::U8];

    /// `RPY_ARR_*`.
    pub fn code(self) -> i64 {
        self as i64
    }

    /// The name in annotations (`f64`).
    pub fn name(self) -> &'static str {
        ["f64", "i64", "i32", "f32", "u8"][self as usize]
    }

    /// The item type of that name.
    pub fn from_name(n: &str) -> Option<ArrayElem> {
        ArrayElem::ALL.into_iter().find(|e| e.name() == n)
    }

    /// The IR type an item is read as (a float or an int).
    pub fn item_type(self) -> Type {
        match self {
            ArrayElem::F64 | ArrayElem::F32 => Type::F64,
            _ => Type::I64,
        }
    }

    /// Bytes per item.
    pub fn size(self) -> u32 {
        match self {
            ArrayElem::F64 | ArrayElem::I64 => 8,
            ArrayElem::I32 | ArrayElem::F32 => 4,
            ArrayElem::U8 => 1,
        }
    }
}

/// How the runtime reads a list item (`RPY_ELEM_*` of rpy_rt.h).
pub fn elem_kind(t: Type) -> i64 {
    match t {
        Type::F64 => 1,
        Type::Bool => 2,
        Type::Ref(_) | Type::OptRef(_) => 3,
        Type::I64 | Type::None => 0,
    }
}

impl HeapType {
    /// The layout of a class or a tuple (what `new`, `getfield` and
    /// `setfield` use). Panics on other heap types: callers have checked
    /// (`layout` is the test).
    pub fn class(&self) -> &ClassLayout {
        self.layout().expect("a class or tuple of the type table")
    }

    /// The field layout of a class or a tuple.
    pub fn layout(&self) -> Option<&ClassLayout> {
        match self {
            HeapType::Class(c) | HeapType::Tuple(c) => Some(c),
            _ => None,
        }
    }

    /// The item types, if this is a tuple.
    pub fn tuple_items(&self) -> Option<Vec<Type>> {
        match self {
            HeapType::Tuple(c) => Some(c.fields.iter().map(|f| f.ty).collect()),
            _ => None,
        }
    }

    /// A tuple type of `items`.
    pub fn tuple(items: &[Type]) -> HeapType {
        HeapType::Tuple(ClassLayout::new("tuple", items.iter().enumerate().map(|(i, t)| (i.to_string(), *t)).collect(), Vec::new(), 0))
    }

    /// The layout, if this is a class.
    pub fn as_class(&self) -> Option<&ClassLayout> {
        match self {
            HeapType::Class(c) => Some(c),
            _ => None,
        }
    }

    /// The item type, if this is a list.
    pub fn list_elem(&self) -> Option<Type> {
        match self {
            HeapType::List { elem } => Some(*elem),
            _ => None,
        }
    }

    /// For a list or an `*args` tuple: the `elem` word of `list.new`
    /// (`RPY_ELEM_*`, `| 4` for `*args`).
    pub fn new_kind(&self) -> Option<i64> {
        match self {
            HeapType::List { elem } => Some(elem_kind(*elem)),
            HeapType::Args { elem } => Some(elem_kind(*elem) | 4),
            _ => None,
        }
    }

    /// The item type in memory, if this is an array.
    pub fn array_elem(&self) -> Option<ArrayElem> {
        match self {
            HeapType::Array { elem } => Some(*elem),
            _ => None,
        }
    }

    /// The IR type of an item of a list or an array.
    pub fn seq_elem(&self) -> Option<Type> {
        match self {
            HeapType::List { elem } => Some(*elem),
            HeapType::Array { elem } => Some(elem.item_type()),
            HeapType::Args { elem } => Some(*elem),
            HeapType::Class(_) | HeapType::Tuple(_) | HeapType::Str => None,
        }
    }

    /// The Python name of the type (`list` for every list).
    pub fn name(&self) -> &str {
        match self {
            HeapType::Class(c) => &c.name,
            HeapType::Tuple(_) => "tuple",
            HeapType::Str => "str",
            HeapType::Args { .. } => "tuple",
            HeapType::List { .. } => "list",
            HeapType::Array { elem } => ["f64[:]", "i64[:]", "i32[:]", "f32[:]", "u8[:]"][*elem as usize],
        }
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
    /// None (the default of a `C | None` parameter).
    None,
}

impl ConstValue {
    /// Python truth.
    pub fn truthy(self) -> bool {
        match self {
            ConstValue::Int(n) => n != 0,
            ConstValue::Float(x) => x != 0.0,
            ConstValue::Bool(b) => b,
            ConstValue::None => false,
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
            ConstValue::None => Type::None,
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
            ConstValue::None => write!(f, "none"),
        }
    }
}
