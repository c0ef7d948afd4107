//! List operations: one enum for every `rpy_list_op` case of rpy_rt.h
//! (the code is the C enum's value), so the interpreter, the JIT and the
//! C emitter call one implementation of each.

macro_rules! list_ops {
    ($( $(#[$m:meta])* $variant:ident = $code:literal $text:literal $arity:literal $(, $raises:ident)?; )*) => {
        /// A list operation (`list.NAME` in IR text).
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
        pub enum ListOp {
            $($(#[$m])* $variant,)*
        }

        impl ListOp {
            /// Every operation, in table order.
            pub const ALL: &'static [ListOp] = &[$(ListOp::$variant,)*];

            /// `RPY_LIST_*`: the operation's code in the runtime.
            pub fn code(self) -> i64 {
                match self { $(ListOp::$variant => $code,)* }
            }

            /// The IR text name (`list.append`).
            pub fn name(self) -> &'static str {
                match self { $(ListOp::$variant => $text,)* }
            }

            /// The number of IR operands (`None`: any, for `list.new`).
            pub fn arity(self) -> Option<usize> {
                match self { $(ListOp::$variant => { let n: i64 = $arity; usize::try_from(n).ok() })* }
            }

            /// Whether the operation can raise.
            pub fn can_raise(self) -> bool {
                match self { $(ListOp::$variant => list_ops!(@raises $($raises)?),)* }
            }

            /// The operation with IR text name `name`.
            pub fn from_name(name: &str) -> Option<ListOp> {
                match name { $($text => Some(ListOp::$variant),)* _ => None }
            }
        }
    };
    (@raises raises) => { true };
    (@raises) => { false };
}

impl ListOp {
    /// Whether the operation only reads (no effect but its result): dead
    /// code elimination may drop it when the result is unused.
    pub fn is_read(self) -> bool {
        matches!(self, ListOp::Len | ListOp::Item | ListOp::Count | ListOp::Eq | ListOp::Contains | ListOp::Lt | ListOp::Le | ListOp::Any | ListOp::All | ListOp::StrStarts | ListOp::StrEnds | ListOp::StrFind)
    }
}

impl ListOp {
    /// The `RPY_LIST_*` / `RPY_STR_*` name of the operation in rpy_rt.h
    /// (what the emitted C spells).
    pub fn c_name(self) -> &'static str {
        match self {
            ListOp::New => "RPY_LIST_NEW",
            ListOp::Len => "RPY_LIST_LEN",
            ListOp::Get => "RPY_LIST_GET",
            ListOp::Set => "RPY_LIST_SET",
            ListOp::Append => "RPY_LIST_APPEND",
            ListOp::Pop => "RPY_LIST_POP",
            ListOp::Insert => "RPY_LIST_INSERT",
            ListOp::Extend => "RPY_LIST_EXTEND",
            ListOp::Clear => "RPY_LIST_CLEAR",
            ListOp::Copy => "RPY_LIST_COPY",
            ListOp::Index => "RPY_LIST_INDEX",
            ListOp::Count => "RPY_LIST_COUNT",
            ListOp::Remove => "RPY_LIST_REMOVE",
            ListOp::Concat => "RPY_LIST_CONCAT",
            ListOp::Repeat => "RPY_LIST_REPEAT",
            ListOp::Eq => "RPY_LIST_EQ",
            ListOp::Contains => "RPY_LIST_CONTAINS",
            ListOp::Slice => "RPY_LIST_SLICE",
            ListOp::SetSlice => "RPY_LIST_SET_SLICE",
            ListOp::Del => "RPY_LIST_DEL",
            ListOp::DelSlice => "RPY_LIST_DEL_SLICE",
            ListOp::Reverse => "RPY_LIST_REVERSE",
            ListOp::Sort => "RPY_LIST_SORT",
            ListOp::Sum => "RPY_LIST_SUM",
            ListOp::Min => "RPY_LIST_MIN",
            ListOp::Max => "RPY_LIST_MAX",
            ListOp::Any => "RPY_LIST_ANY",
            ListOp::All => "RPY_LIST_ALL",
            ListOp::Range => "RPY_LIST_RANGE",
            ListOp::Lt => "RPY_LIST_LT",
            ListOp::Le => "RPY_LIST_LE",
            ListOp::Item => "RPY_LIST_ITEM",
            ListOp::SetItem => "RPY_LIST_SET_ITEM",
            ListOp::StrAt => "RPY_STR_AT",
            ListOp::StrJoin => "RPY_STR_JOIN",
            ListOp::StrSplit => "RPY_STR_SPLIT",
            ListOp::StrStrip => "RPY_STR_STRIP",
            ListOp::StrStarts => "RPY_STR_STARTS",
            ListOp::StrEnds => "RPY_STR_ENDS",
            ListOp::StrFind => "RPY_STR_FIND",
            ListOp::StrReplace => "RPY_STR_REPLACE",
            ListOp::StrFromLine => "RPY_STR_FROM_LINE",
            ListOp::StrCase => "RPY_STR_UPPER",
            ListOp::StrItem => "RPY_STR_AT_ITEM",
            ListOp::StrToInt => "RPY_STR_TO_INT",
            ListOp::StrOrd => "RPY_STR_ORD",
            ListOp::StrChr => "RPY_STR_CHR",
            ListOp::StrIs => "RPY_STR_IS",
        }
    }
}

// Operands as in rpy_rt.h, except `list.new`, whose element kind and count
// the back ends add (from the result type and the operand count).
list_ops! {
    /// `[a, b, ...]`: a new list of the result's type (MemoryError).
    New = 0 "list.new" -1, raises;
    /// `len(l)`
    Len = 1 "list.len" 1;
    /// `l[i]` (negative from the end; IndexError); a reference item is
    /// borrowed from the list.
    Get = 2 "list.get" 2, raises;
    /// `l[i] = v` (IndexError "list assignment index out of range").
    Set = 3 "list.set" 3, raises;
    /// `l.append(v)`
    Append = 4 "list.append" 2, raises;
    /// `l.pop(i)`: the item (owned by the caller).
    Pop = 5 "list.pop" 2, raises;
    /// `l.insert(i, v)`
    Insert = 6 "list.insert" 3, raises;
    /// `l.extend(other)`
    Extend = 7 "list.extend" 2, raises;
    /// `l.clear()`
    Clear = 8 "list.clear" 1, raises;
    /// `l.copy()`, `l[:]`, `list(l)`
    Copy = 9 "list.copy" 1, raises;
    /// `l.index(v)`: ValueError "<v> is not in list".
    Index = 10 "list.index" 2, raises;
    /// `l.count(v)`
    Count = 11 "list.count" 2;
    /// `l.remove(v)`: ValueError "list.remove(x): x not in list".
    Remove = 12 "list.remove" 2, raises;
    /// `a + b`
    Concat = 13 "list.concat" 2, raises;
    /// `l * n`
    Repeat = 14 "list.repeat" 2, raises;
    /// `a == b`
    Eq = 15 "list.eq" 2;
    /// `v in l`
    Contains = 16 "list.contains" 2;
    /// `l[start:stop:step]` (operands: l, start, stop, step, flags).
    Slice = 17 "list.slice" 5, raises;
    /// `l[start:stop:step] = other`
    SetSlice = 18 "list.set_slice" 6, raises;
    /// `del l[i]`
    Del = 19 "list.del" 2, raises;
    /// `del l[start:stop:step]`
    DelSlice = 20 "list.del_slice" 5, raises;
    /// `l.reverse()`
    Reverse = 21 "list.reverse" 1;
    /// `l.sort(reverse=r)`: stable.
    Sort = 22 "list.sort" 2, raises;
    /// `sum(l)`: OverflowError for ints.
    Sum = 23 "list.sum" 1, raises;
    /// `min(l)`: ValueError when empty.
    Min = 24 "list.min" 1, raises;
    /// `max(l)`
    Max = 25 "list.max" 1, raises;
    /// `any(l)`
    Any = 26 "list.any" 1;
    /// `all(l)`
    All = 27 "list.all" 1;
    /// `list(range(start, stop, step))`
    Range = 28 "list.range" 3, raises;
    /// `a < b` (lexicographic)
    Lt = 29 "list.lt" 2;
    /// `a <= b`
    Le = 30 "list.le" 2;
    /// `l[i]` for `0 <= i < len(l)` proved by the compiler (loops over a
    /// list): no check.
    Item = 31 "list.item" 2;
    /// `l[i] = v` for `0 <= i < len(l)` known (`boundscheck=False`): no
    /// check (an array store still checks the item's range).
    SetItem = 32 "list.set_item" 3, raises;
    /// `s[i]` of a str: a new 1-character str (IndexError "string index
    /// out of range"). The str operations also use `len`, `slice`,
    /// `concat`, `repeat`, `eq`, `lt`, `le`, `contains` (substring) and
    /// `count` on str operands.
    StrAt = 33 "str.at" 2, raises;
    /// `sep.join(xs)`
    StrJoin = 34 "str.join" 2, raises;
    /// `s.split(sep)` (`sep` null: any whitespace)
    StrSplit = 35 "str.split" 2, raises;
    /// `s.strip()` (1 left, 2 right, 3 both)
    StrStrip = 36 "str.strip" 2, raises;
    /// `s.startswith(p)`
    StrStarts = 37 "str.startswith" 2;
    /// `s.endswith(p)`
    StrEnds = 38 "str.endswith" 2;
    /// `s.find(sub)`
    StrFind = 39 "str.find" 2;
    /// `s.replace(old, new)`
    StrReplace = 40 "str.replace" 3, raises;
    /// (internal) the print line as a str
    StrFromLine = 41 "str.from_line" 0, raises;
    /// `s.upper()` (1) / `s.lower()` (0), ASCII letters
    StrCase = 42 "str.case" 2, raises;
    /// `s[i]` for `0 <= i < len(s)` (loops): a new str, no check.
    StrItem = 43 "str.item" 2, raises;
    /// `int(s)` (ValueError "invalid literal for int() with base 10:
    /// ...", OverflowError beyond 64 bits)
    StrToInt = 44 "str.to_int" 1, raises;
    /// `ord(s)` (TypeError unless one character)
    StrOrd = 45 "str.ord" 1, raises;
    /// `chr(i)` (ValueError outside range(0x110000))
    StrChr = 46 "str.chr" 1, raises;
    /// `s.isdigit()` ... `s.islower()` (operand 2 says which; ASCII text,
    /// NotImplementedError for other text)
    StrIs = 47 "str.is" 2, raises;
}
