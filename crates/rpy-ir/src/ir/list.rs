//! List operations: one enum for every `rpy_list_op` case of rpy_rt.h
//! (the code is the C enum's value), so the interpreter, the JIT and the
//! C emitter call one implementation of each.

macro_rules! list_ops {
    ($( $(#[$m:meta])* $variant:ident = $code:literal $text:literal $cname:literal $arity:literal $(, $raises:ident)?; )*) => {
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

            /// The name of the code in rpy_rt.h (`RPY_LIST_APPEND`), what
            /// the emitted C spells.
            pub fn c_name(self) -> &'static str {
                match self { $(ListOp::$variant => $cname,)* }
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

// Code, IR name, rpy_rt.h name, operand count. Operands as in rpy_rt.h,
// except `list.new`, whose element kind and count the back ends add (from
// the result type and the operand count).
list_ops! {
    /// `[a, b, ...]`: a new list of the result's type (MemoryError).
    New = 0 "list.new" "RPY_LIST_NEW" -1, raises;
    /// `len(l)`
    Len = 1 "list.len" "RPY_LIST_LEN" 1;
    /// `l[i]` (negative from the end; IndexError); a reference item is
    /// borrowed from the list.
    Get = 2 "list.get" "RPY_LIST_GET" 2, raises;
    /// `l[i] = v` (IndexError "list assignment index out of range").
    Set = 3 "list.set" "RPY_LIST_SET" 3, raises;
    /// `l.append(v)`
    Append = 4 "list.append" "RPY_LIST_APPEND" 2, raises;
    /// `l.pop(i)`: the item (owned by the caller).
    Pop = 5 "list.pop" "RPY_LIST_POP" 2, raises;
    /// `l.insert(i, v)`
    Insert = 6 "list.insert" "RPY_LIST_INSERT" 3, raises;
    /// `l.extend(other)`
    Extend = 7 "list.extend" "RPY_LIST_EXTEND" 2, raises;
    /// `l.clear()`
    Clear = 8 "list.clear" "RPY_LIST_CLEAR" 1, raises;
    /// `l.copy()`, `l[:]`, `list(l)`
    Copy = 9 "list.copy" "RPY_LIST_COPY" 1, raises;
    /// `l.index(v)`: ValueError "<v> is not in list".
    Index = 10 "list.index" "RPY_LIST_INDEX" 2, raises;
    /// `l.count(v)`
    Count = 11 "list.count" "RPY_LIST_COUNT" 2;
    /// `l.remove(v)`: ValueError "list.remove(x): x not in list".
    Remove = 12 "list.remove" "RPY_LIST_REMOVE" 2, raises;
    /// `a + b`
    Concat = 13 "list.concat" "RPY_LIST_CONCAT" 2, raises;
    /// `l * n`
    Repeat = 14 "list.repeat" "RPY_LIST_REPEAT" 2, raises;
    /// `a == b`
    Eq = 15 "list.eq" "RPY_LIST_EQ" 2;
    /// `v in l`
    Contains = 16 "list.contains" "RPY_LIST_CONTAINS" 2;
    /// `l[start:stop:step]` (operands: l, start, stop, step, flags).
    Slice = 17 "list.slice" "RPY_LIST_SLICE" 5, raises;
    /// `l[start:stop:step] = other`
    SetSlice = 18 "list.set_slice" "RPY_LIST_SET_SLICE" 6, raises;
    /// `del l[i]`
    Del = 19 "list.del" "RPY_LIST_DEL" 2, raises;
    /// `del l[start:stop:step]`
    DelSlice = 20 "list.del_slice" "RPY_LIST_DEL_SLICE" 5, raises;
    /// `l.reverse()`
    Reverse = 21 "list.reverse" "RPY_LIST_REVERSE" 1;
    /// `l.sort(reverse=r)`: stable.
    Sort = 22 "list.sort" "RPY_LIST_SORT" 2, raises;
    /// `sum(l)`: OverflowError for ints.
    Sum = 23 "list.sum" "RPY_LIST_SUM" 1, raises;
    /// `min(l)`: ValueError when empty.
    Min = 24 "list.min" "RPY_LIST_MIN" 1, raises;
    /// `max(l)`
    Max = 25 "list.max" "RPY_LIST_MAX" 1, raises;
    /// `any(l)`
    Any = 26 "list.any" "RPY_LIST_ANY" 1;
    /// `all(l)`
    All = 27 "list.all" "RPY_LIST_ALL" 1;
    /// `list(range(start, stop, step))`
    Range = 28 "list.range" "RPY_LIST_RANGE" 3, raises;
    /// `a < b` (lexicographic)
    Lt = 29 "list.lt" "RPY_LIST_LT" 2;
    /// `a <= b`
    Le = 30 "list.le" "RPY_LIST_LE" 2;
    /// `l[i]` for `0 <= i < len(l)` proved by the compiler (loops over a
    /// list): no check.
    Item = 31 "list.item" "RPY_LIST_ITEM" 2;
    /// `l[i] = v` for `0 <= i < len(l)` known (`boundscheck=False`): no
    /// check (an array store still checks the item's range).
    SetItem = 32 "list.set_item" "RPY_LIST_SET_ITEM" 3, raises;
    /// `s[i]` of a str: a new 1-character str (IndexError "string index
    /// out of range"). The str operations also use `len`, `slice`,
    /// `concat`, `repeat`, `eq`, `lt`, `le`, `contains` (substring) and
    /// `count` on str operands.
    StrAt = 33 "str.at" "RPY_STR_AT" 2, raises;
    /// `sep.join(xs)`
    StrJoin = 34 "str.join" "RPY_STR_JOIN" 2, raises;
    /// `s.split(sep)` (`sep` null: any whitespace)
    StrSplit = 35 "str.split" "RPY_STR_SPLIT" 2, raises;
    /// `s.strip()` (1 left, 2 right, 3 both)
    StrStrip = 36 "str.strip" "RPY_STR_STRIP" 2, raises;
    /// `s.startswith(p)`
    StrStarts = 37 "str.startswith" "RPY_STR_STARTS" 2;
    /// `s.endswith(p)`
    StrEnds = 38 "str.endswith" "RPY_STR_ENDS" 2;
    /// `s.find(sub)`
    StrFind = 39 "str.find" "RPY_STR_FIND" 2;
    /// `s.replace(old, new)`
    StrReplace = 40 "str.replace" "RPY_STR_REPLACE" 3, raises;
    /// (internal) the print line as a str
    StrFromLine = 41 "str.from_line" "RPY_STR_FROM_LINE" 0, raises;
    /// `s.upper()` (1) / `s.lower()` (0), ASCII letters
    StrCase = 42 "str.case" "RPY_STR_UPPER" 2, raises;
    /// `s[i]` for `0 <= i < len(s)` (loops): a new str, no check.
    StrItem = 43 "str.item" "RPY_STR_AT_ITEM" 2, raises;
    /// `int(s)` (ValueError "invalid literal for int() with base 10:
    /// ...", OverflowError beyond 64 bits)
    StrToInt = 44 "str.to_int" "RPY_STR_TO_INT" 1, raises;
    /// `ord(s)` (TypeError unless one character)
    StrOrd = 45 "str.ord" "RPY_STR_ORD" 1, raises;
    /// `chr(i)` (ValueError outside range(0x110000))
    StrChr = 46 "str.chr" "RPY_STR_CHR" 1, raises;
    /// `s.isdigit()` ... `s.islower()` (operand 2 says which; ASCII text,
    /// NotImplementedError for other text)
    StrIs = 47 "str.is" "RPY_STR_IS" 2, raises;
}
