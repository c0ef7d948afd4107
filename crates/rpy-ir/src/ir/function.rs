//! Functions and modules: the data-flow graph (what each instruction and
//! value is) kept apart from the layout (the order of blocks and of the
//! instructions inside them), as in Cranelift.
//!
//! **Invariants** (checked by [`verify`](crate::verify)): every block in
//! the layout ends with exactly one terminator and has no other; every
//! operand is defined by a dominating instruction or block parameter; the
//! entry block's parameters are the function's parameters; every operand
//! has the type its opcode requires.

use super::entities::{Block, FuncId, Inst, PrimaryMap, SecondaryMap, TypeId, Value};
use super::list::ListOp;
use super::ops::Opcode;
use super::types::{HeapType, Type};
use crate::exc::ExcKind;

/// A source position: 1-based line in the original file and 1-based
/// column (in characters). `line == 0` means "no location".
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct SrcLoc {
    /// 1-based line in the original file.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

/// A jump target with its block arguments.
#[derive(Clone, PartialEq, Debug)]
pub struct BlockCall {
    /// Destination block.
    pub block: Block,
    /// Arguments for the destination's parameters.
    pub args: Vec<Value>,
}

/// How a value is converted to text by `print`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Conv {
    /// `str(v)`
    Str,
    /// `repr(v)`
    Repr,
    /// `format(v, spec)`: an f-string `{v:spec}` (spec validated).
    Format(String),
    /// One `%` conversion such as `%-8.3f` (validated).
    Percent(String),
    /// `str(e)` of a caught exception (the value is its `exc.take`
    /// handle): the message, `repr` of it for KeyError.
    Exc,
}

/// A piece of a `print` line.
#[derive(Clone, PartialEq, Debug)]
pub enum Piece {
    /// Literal text (separators, end, f-string and `%` literal parts).
    Lit(String),
    /// A value converted to text.
    Value(Value, Conv),
}

/// An instruction. Formats, not opcodes: fixed-signature operations are
/// [`Unary`](InstData::Unary) and [`Binary`](InstData::Binary) with an
/// [`Opcode`].
#[derive(Clone, PartialEq, Debug)]
pub enum InstData {
    /// `iconst N` (i64)
    IConst(i64),
    /// `fconst X` (f64, printed as its exact bits when not finite)
    FConst(f64),
    /// `bconst true|false`
    BConst(bool),
    /// `none`
    NoneConst,
    /// One-operand op.
    Unary {
        /// The operation.
        op: Opcode,
        /// Operand.
        arg: Value,
    },
    /// Two-operand op.
    Binary {
        /// The operation.
        op: Opcode,
        /// Operands.
        args: [Value; 2],
    },
    /// `select c, a, b`: `a` if `c` else `b` (both already evaluated).
    Select {
        /// Condition (bool).
        cond: Value,
        /// Value if true.
        then_val: Value,
        /// Value if false.
        else_val: Value,
    },
    /// Direct call of a function of the same module; raises whatever the
    /// callee raises, and RecursionError at the depth or stack limit.
    Call {
        /// Callee.
        func: FuncId,
        /// Arguments, one per callee parameter.
        args: Vec<Value>,
    },
    /// Write one line (pieces concatenated) through the host's print hook;
    /// may raise "host exception pending".
    Print {
        /// The text pieces.
        pieces: Vec<Piece>,
    },
    /// `str.build`: a new str of the pieces' text, built as `print`
    /// builds a line (f-strings, `%`, `str(x)`, `repr(x)` as values);
    /// MemoryError.
    StrBuild {
        /// The text pieces.
        pieces: Vec<Piece>,
    },
    /// Raise UnboundLocalError for local `name` unless `flag` is true.
    CheckBound {
        /// Whether the local is bound (bool).
        flag: Value,
        /// The local's name.
        name: String,
    },
    /// Loop back-edge: may call the host's interrupt poll (every ~65k
    /// iterations); raises KeyboardInterrupt or "host exception pending".
    /// `keep` are the borrowed references (see `borrow`) live across it:
    /// the host's code may drop their owners, so the slow path keeps
    /// each alive until the call returns if it would otherwise be freed.
    /// `weight` (the range pass's, in front of a loop whose iterations it
    /// bounds): the countdown goes down by that many iterations at once
    /// (at least 1), for a loop that does not poll itself.
    Poll {
        /// Borrowed `Ref`/`OptRef` values live across the poll.
        keep: Vec<Value>,
        /// The iterations this poll stands for (an int), or one.
        weight: Option<Value>,
    },
    /// Unconditional jump (terminator).
    Jump {
        /// Destination.
        dest: BlockCall,
    },
    /// Two-way branch on a bool (terminator).
    Brif {
        /// Condition.
        cond: Value,
        /// Taken if true.
        then_dest: BlockCall,
        /// Taken if false.
        else_dest: BlockCall,
    },
    /// Return a value of the function's return type (terminator).
    Return {
        /// The value (of type `none` for functions returning None).
        value: Value,
    },
    /// `new cN`: a new instance of class `class` with every field zero
    /// (0, 0.0, False, None), reference count 1 (owned by the result);
    /// MemoryError if it cannot be allocated.
    New {
        /// The class.
        class: TypeId,
    },
    /// `getfield obj, N`: field `field` of the instance `obj` (a `Ref`).
    /// A reference read is borrowed from the object.
    GetField {
        /// The instance.
        obj: Value,
        /// Index of the field in the class layout.
        field: u32,
    },
    /// `setfield obj, N, value`: store into a field. A reference field
    /// takes a new reference to `value` and releases the old one.
    SetField {
        /// The instance.
        obj: Value,
        /// Index of the field in the class layout.
        field: u32,
        /// The value (of the field's type).
        value: Value,
    },
    /// `incref v`: one more reference to `v` (no-op for None).
    IncRef {
        /// A `Ref` or `OptRef`.
        arg: Value,
    },
    /// `decref v`: release one reference to `v` (no-op for None); the
    /// object and, transitively, what only it referenced are freed when
    /// the count reaches zero.
    DecRef {
        /// A `Ref` or `OptRef`.
        arg: Value,
    },
    /// `unwrap v, Kind "msg"`: `v` (an `OptRef`) as a `Ref`; raises
    /// `kind(msg)` if it is None (AttributeError "'NoneType' object has no
    /// attribute 'x'" for an access through None).
    Unwrap {
        /// The optional reference.
        arg: Value,
        /// The exception raised for None.
        kind: ExcKind,
        /// Its message.
        msg: String,
    },
    /// `nonnull v`: `v` (an `OptRef`) as a `Ref`, without a check: a
    /// dominating `is None` test or `unwrap` of `v` proved it is not None
    /// (made by the narrowing pass, never by lowering).
    NonNull {
        /// The optional reference.
        arg: Value,
    },
    /// `opt v`: a `Ref` as the `OptRef` of the same class (no-op).
    ToOpt {
        /// The reference.
        arg: Value,
    },
    /// `null cN?`: None as an `OptRef`. Of a `Ref` type (`null cN`) it
    /// is only the placeholder value of an unbound local, which
    /// `check.bound` keeps from ever being read.
    Null {
        /// `Ref(c)` or `OptRef(c)`.
        ty: Type,
    },
    /// `is a, b`: identity of two references (of any classes; None is
    /// the null reference).
    RefIs {
        /// Operands (`Ref` or `OptRef`).
        args: [Value; 2],
    },
    /// Raise a Python exception whose message is the pieces' text
    /// concatenated, as `print` builds a line (terminator): `raise E(msg)`.
    /// Inside `try`, `handler` is where it goes (else the caller).
    RaiseMsg {
        /// Exception type.
        kind: ExcKind,
        /// The message's pieces (none: no message).
        pieces: Vec<Piece>,
        /// The enclosing `try`'s handler.
        handler: Option<BlockCall>,
    },
    /// `catch normal, handler` (terminator): ends a block whose last other
    /// instruction can raise; if it raised, go to `handler` (the
    /// exception pending, taken by `exc.take` there), else to `normal`.
    /// An error from the host (`HostPending`) is never caught: it goes to
    /// the caller.
    Catch {
        /// Where execution goes on.
        normal: BlockCall,
        /// Where a raised exception goes.
        handler: BlockCall,
    },
    /// `exc.take`: the pending exception, saved as a handle (an `i64`) and
    /// cleared from the context; the first instruction of a handler block.
    ExcTake,
    /// `exc.code h`: the exception type's code (`ExcKind::code`).
    ExcCode {
        /// The handle.
        exc: Value,
    },
    /// `exc.drop h`: the exception was handled; free the handle.
    ExcDrop {
        /// The handle.
        exc: Value,
    },
    /// `exc.reraise h` (terminator): a bare `raise` in an `except` clause:
    /// raise a copy of the saved exception (the handle stays, dropped by
    /// the clause's way out).
    ExcReraise {
        /// The handle (kept).
        exc: Value,
        /// The enclosing handler.
        handler: Option<BlockCall>,
    },
    /// `exc.rethrow h` (terminator): raise the saved exception again, with
    /// its message and location, to `handler` or the caller.
    ExcRethrow {
        /// The handle (freed).
        exc: Value,
        /// The enclosing `try`'s handler.
        handler: Option<BlockCall>,
    },
    /// `list.OP args`: a list operation (see [`ListOp`]); the result, if
    /// any, has the value's type (the item type for `get`, `pop`, `min`,
    /// `max`; the list type for the operations making a list).
    List {
        /// The operation.
        op: ListOp,
        /// Its operands (the list first, except for `new` and `range`).
        args: Vec<Value>,
    },
    /// Raise a Python exception with a fixed message (terminator).
    Raise {
        /// Exception type.
        kind: ExcKind,
        /// Message.
        msg: String,
    },
}

impl InstData {
    /// Whether this instruction ends a block.
    pub fn is_terminator(&self) -> bool {
        matches!(self, InstData::Jump { .. } | InstData::Brif { .. } | InstData::Return { .. } | InstData::Raise { .. } | InstData::RaiseMsg { .. } | InstData::Catch { .. } | InstData::ExcRethrow { .. } | InstData::ExcReraise { .. })
    }

    /// Whether executing the instruction may raise a Python exception
    /// (propagated to the caller).
    pub fn can_raise(&self) -> bool {
        match self {
            InstData::Unary { op, .. } | InstData::Binary { op, .. } => op.can_raise(),
            InstData::List { op, .. } => op.can_raise(),
            InstData::Call { .. } | InstData::Print { .. } | InstData::StrBuild { .. } | InstData::CheckBound { .. } | InstData::Poll { .. } | InstData::Raise { .. } | InstData::RaiseMsg { .. } | InstData::ExcRethrow { .. } | InstData::ExcReraise { .. } | InstData::New { .. } | InstData::Unwrap { .. } => true,
            _ => false,
        }
    }

    /// The value operands, in order (block-call arguments included).
    pub fn operands(&self) -> Vec<Value> {
        let mut out = Vec::new();
        self.for_each_operand(|v| out.push(v));
        out
    }

    /// Visit every value operand, in order.
    pub fn for_each_operand(&self, mut f: impl FnMut(Value)) {
        match self {
            InstData::IConst(_) | InstData::FConst(_) | InstData::BConst(_) | InstData::NoneConst | InstData::Raise { .. } | InstData::New { .. } | InstData::Null { .. } | InstData::ExcTake => {}
            InstData::Unary { arg, .. } | InstData::IncRef { arg } | InstData::DecRef { arg } | InstData::Unwrap { arg, .. } | InstData::NonNull { arg } | InstData::ToOpt { arg } => f(*arg),
            InstData::ExcCode { exc } | InstData::ExcDrop { exc } => f(*exc),
            InstData::ExcRethrow { exc, handler } | InstData::ExcReraise { exc, handler } => {
                f(*exc);
                handler.iter().flat_map(|h| &h.args).for_each(|&a| f(a));
            }
            InstData::Catch { normal, handler } => normal.args.iter().chain(&handler.args).for_each(|&a| f(a)),
            InstData::GetField { obj, .. } => f(*obj),
            InstData::SetField { obj, value, .. } => {
                f(*obj);
                f(*value);
            }
            InstData::Binary { args, .. } | InstData::RefIs { args } => args.iter().for_each(|&a| f(a)),
            InstData::Select { cond, then_val, else_val } => [*cond, *then_val, *else_val].into_iter().for_each(f),
            InstData::Poll { keep, weight } => keep.iter().chain(weight).for_each(|&a| f(a)),
            InstData::Call { args, .. } | InstData::List { args, .. } => args.iter().for_each(|&a| f(a)),
            InstData::Print { pieces } | InstData::StrBuild { pieces } => {
                for p in pieces {
                    if let Piece::Value(v, _) = p {
                        f(*v);
                    }
                }
            }
            InstData::RaiseMsg { pieces, handler, .. } => {
                for p in pieces {
                    if let Piece::Value(v, _) = p {
                        f(*v);
                    }
                }
                handler.iter().flat_map(|h| &h.args).for_each(|&a| f(a));
            }
            InstData::CheckBound { flag, .. } => f(*flag),
            InstData::Jump { dest } => dest.args.iter().for_each(|&a| f(a)),
            InstData::Brif { cond, then_dest, else_dest } => {
                f(*cond);
                then_dest.args.iter().chain(&else_dest.args).for_each(|&a| f(a));
            }
            InstData::Return { value } => f(*value),
        }
    }

    /// Rewrite every value operand with `f`, returning the new instruction.
    pub fn map_operands(mut self, f: impl FnMut(Value) -> Value) -> InstData {
        self.rewrite_operands(f);
        self
    }

    /// Rewrite every value operand with `f`, in place.
    pub fn rewrite_operands(&mut self, mut f: impl FnMut(Value) -> Value) {
        match self {
            InstData::IConst(_) | InstData::FConst(_) | InstData::BConst(_) | InstData::NoneConst | InstData::Raise { .. } | InstData::New { .. } | InstData::Null { .. } | InstData::ExcTake => {}
            InstData::Unary { arg, .. } | InstData::IncRef { arg } | InstData::DecRef { arg } | InstData::Unwrap { arg, .. } | InstData::NonNull { arg } | InstData::ToOpt { arg } => *arg = f(*arg),
            InstData::ExcCode { exc } | InstData::ExcDrop { exc } => *exc = f(*exc),
            InstData::ExcRethrow { exc, handler } | InstData::ExcReraise { exc, handler } => {
                *exc = f(*exc);
                if let Some(h) = handler {
                    h.args.iter_mut().for_each(|a| *a = f(*a));
                }
            }
            InstData::Catch { normal, handler } => normal.args.iter_mut().chain(handler.args.iter_mut()).for_each(|a| *a = f(*a)),
            InstData::GetField { obj, .. } => *obj = f(*obj),
            InstData::SetField { obj, value, .. } => {
                *obj = f(*obj);
                *value = f(*value);
            }
            InstData::Binary { args, .. } | InstData::RefIs { args } => {
                args[0] = f(args[0]);
                args[1] = f(args[1]);
            }
            InstData::Select { cond, then_val, else_val } => {
                *cond = f(*cond);
                *then_val = f(*then_val);
                *else_val = f(*else_val);
            }
            InstData::Poll { keep, weight } => keep.iter_mut().chain(weight).for_each(|a| *a = f(*a)),
            InstData::Call { args, .. } | InstData::List { args, .. } => args.iter_mut().for_each(|a| *a = f(*a)),
            InstData::Print { pieces } | InstData::StrBuild { pieces } => {
                for p in pieces {
                    if let Piece::Value(v, _) = p {
                        *v = f(*v);
                    }
                }
            }
            InstData::RaiseMsg { pieces, handler, .. } => {
                for p in pieces {
                    if let Piece::Value(v, _) = p {
                        *v = f(*v);
                    }
                }
                if let Some(h) = handler {
                    h.args.iter_mut().for_each(|a| *a = f(*a));
                }
            }
            InstData::CheckBound { flag, .. } => *flag = f(*flag),
            InstData::Jump { dest } => dest.args.iter_mut().for_each(|a| *a = f(*a)),
            InstData::Brif { cond, then_dest, else_dest } => {
                *cond = f(*cond);
                then_dest.args.iter_mut().for_each(|a| *a = f(*a));
                else_dest.args.iter_mut().for_each(|a| *a = f(*a));
            }
            InstData::Return { value } => *value = f(*value),
        }
    }

    /// The block calls of a terminator, mutably, in successor order.
    pub fn successors_mut(&mut self) -> impl Iterator<Item = &mut BlockCall> {
        let pair = match self {
            InstData::Jump { dest } => [Some(dest), None],
            InstData::Brif { then_dest, else_dest, .. } => [Some(then_dest), Some(else_dest)],
            InstData::Catch { normal, handler } => [Some(normal), Some(handler)],
            InstData::RaiseMsg { handler: Some(h), .. } | InstData::ExcRethrow { handler: Some(h), .. } | InstData::ExcReraise { handler: Some(h), .. } => [Some(h), None],
            _ => [None, None],
        };
        pair.into_iter().flatten()
    }

    /// The block calls of a terminator (none for other instructions).
    pub fn successors(&self) -> impl Iterator<Item = &BlockCall> {
        let pair = match self {
            InstData::Jump { dest } => [Some(dest), None],
            InstData::Brif { then_dest, else_dest, .. } => [Some(then_dest), Some(else_dest)],
            InstData::Catch { normal, handler } => [Some(normal), Some(handler)],
            InstData::RaiseMsg { handler: Some(h), .. } | InstData::ExcRethrow { handler: Some(h), .. } | InstData::ExcReraise { handler: Some(h), .. } => [Some(h), None],
            _ => [None, None],
        };
        pair.into_iter().flatten()
    }
}

/// Where a value comes from.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ValueDef {
    /// The result of an instruction.
    Result(Inst),
    /// The `n`th parameter of a block.
    Param(Block, usize),
}

/// A value's type and definition.
#[derive(Copy, Clone, PartialEq, Debug)]
pub struct ValueData {
    /// Its type.
    pub ty: Type,
    /// Where it is defined.
    pub def: ValueDef,
}

/// Per-block data that is not ordering: the block parameters.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct BlockData {
    /// Parameters, in order.
    pub params: Vec<Value>,
}

/// Definitions of instructions, values and blocks.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct DataFlowGraph {
    /// Instructions.
    pub insts: PrimaryMap<Inst, InstData>,
    /// The result of each instruction, if it has one.
    pub results: SecondaryMap<Inst, Option<Value>>,
    /// Values.
    pub values: PrimaryMap<Value, ValueData>,
    /// Blocks.
    pub blocks: PrimaryMap<Block, BlockData>,
}

impl DataFlowGraph {
    /// The type of `v`.
    pub fn value_type(&self, v: Value) -> Type {
        self.values[v].ty
    }

    /// The result of `inst`, if any.
    pub fn inst_result(&self, inst: Inst) -> Option<Value> {
        self.results[inst]
    }

    /// The parameters of `block`.
    pub fn block_params(&self, block: Block) -> &[Value] {
        &self.blocks[block].params
    }
}

/// The order of blocks and of the instructions inside each block.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Layout {
    /// Blocks in layout order; the first is the entry block.
    pub blocks: Vec<Block>,
    /// Instructions of each block, in order.
    pub insts: SecondaryMap<Block, Vec<Inst>>,
}

impl Layout {
    /// The entry block.
    pub fn entry(&self) -> Option<Block> {
        self.blocks.first().copied()
    }
}

/// A function parameter.
#[derive(Clone, PartialEq, Debug)]
pub struct Param {
    /// The Python name.
    pub name: String,
    /// Its type.
    pub ty: Type,
    /// Its default value (hosts fill omitted arguments with it).
    pub default: Option<super::ConstValue>,
}

/// A compiled function.
#[derive(Clone, PartialEq, Debug)]
pub struct Function {
    /// The Python name (unmangled).
    pub name: String,
    /// Parameters, in order (also the entry block's parameters).
    pub params: Vec<Param>,
    /// Return type (`none` for procedures).
    pub ret: Type,
    /// How many leading parameters are positional-only (`def f(a, /, b)`).
    pub positional_only: usize,
    /// How many trailing parameters are keyword-only (`def f(a, *, b)`).
    pub keyword_only: usize,
    /// The index of the `*args` parameter (a `tuple[T, ...]` that takes
    /// the extra positional arguments), if any.
    pub vararg: Option<usize>,
    /// The line where the definition starts (first decorator or `def`:
    /// Python's `co_firstlineno`), to tell apart redefinitions.
    pub first_line: u32,
    /// Where the `def` is.
    pub loc: SrcLoc,
    /// The file of the compile unit it comes from (index into
    /// [`Module::files`]; its source locations are lines of that file).
    pub file: u32,
    /// Definitions.
    pub dfg: DataFlowGraph,
    /// Order.
    pub layout: Layout,
    /// Source location of each instruction.
    pub srclocs: SecondaryMap<Inst, SrcLoc>,
}

impl Function {
    /// An empty function with the given signature (no blocks yet).
    pub fn new(name: impl Into<String>, params: Vec<Param>, ret: Type, loc: SrcLoc) -> Function {
        Function { name: name.into(), params, ret, positional_only: 0, keyword_only: 0, vararg: None, first_line: loc.line, loc, file: 0, dfg: DataFlowGraph::default(), layout: Layout::default(), srclocs: SecondaryMap::new() }
    }

    /// The same signature and origin with an empty body (for passes that
    /// rebuild a function).
    pub fn header(&self) -> Function {
        Function {
            name: self.name.clone(),
            params: self.params.clone(),
            ret: self.ret,
            positional_only: self.positional_only,
            keyword_only: self.keyword_only,
            vararg: self.vararg,
            first_line: self.first_line,
            loc: self.loc,
            file: self.file,
            dfg: DataFlowGraph::default(),
            layout: Layout::default(),
            srclocs: SecondaryMap::new(),
        }
    }

    /// The instructions of `block`, in order.
    pub fn block_insts(&self, block: Block) -> &[Inst] {
        &self.layout.insts[block]
    }

    /// Whether the function polls (has a loop back-edge): both native
    /// tiers then keep the poll countdown in a local.
    pub fn polls(&self) -> bool {
        self.layout.blocks.iter().flat_map(|&b| self.block_insts(b)).any(|&i| matches!(self.dfg.insts[i], InstData::Poll { .. }))
    }

    /// The terminator of `block`, if it has one.
    pub fn terminator(&self, block: Block) -> Option<Inst> {
        let last = *self.layout.insts[block].last()?;
        self.dfg.insts[last].is_terminator().then_some(last)
    }
}

/// A compilation unit: the functions compiled from one source.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Module {
    /// The files of the compile unit the functions come from, the main
    /// file first.
    pub files: Vec<String>,
    /// The type table: every heap type the functions use, with its one
    /// layout (read by the interpreter, the JIT and the C emitter).
    pub types: PrimaryMap<TypeId, HeapType>,
    /// Functions; calls refer to them by [`FuncId`].
    pub funcs: PrimaryMap<FuncId, Function>,
}

impl Module {
    /// The main file of the compile unit.
    pub fn file(&self) -> &str {
        self.files.first().map_or("", String::as_str)
    }

    /// The file function `f` comes from.
    pub fn file_of(&self, f: &Function) -> &str {
        self.files.get(f.file as usize).map_or_else(|| self.file(), String::as_str)
    }

    /// The module of file `file` of the unit when it is not the main
    /// module (whose functions and classes keep plain names): `geometry`
    /// for `src/geometry.py`. The IR names its functions `geometry.norm`.
    pub fn module_of(&self, file: u32) -> Option<String> {
        let stem = |p: &str| std::path::Path::new(p).file_stem().map_or_else(|| p.to_string(), |s| s.to_string_lossy().into_owned());
        let here = stem(self.files.get(file as usize)?);
        (here != stem(self.files.first()?)).then_some(here)
    }

    /// The file compiled class `c` is defined in.
    pub fn class_file(&self, c: &super::ClassLayout) -> &str {
        self.files.get(c.file as usize).map_or_else(|| self.file(), String::as_str)
    }

    /// Where the function named `name` (its IR name, as a raised error
    /// records it) comes from: its file, and its name in that file
    /// (`norm` for `geometry.norm`), as a traceback shows them.
    pub fn origin<'a>(&'a self, name: &'a str) -> (&'a str, &'a str) {
        match self.funcs.values().find(|f| f.name == name) {
            Some(f) if f.file != 0 => {
                let module = self.files.get(f.file as usize).map(|p| std::path::Path::new(p).file_stem().map_or(p.as_str(), |s| s.to_str().unwrap_or(p)));
                let short = module.and_then(|m| name.strip_prefix(m)).and_then(|r| r.strip_prefix('.')).unwrap_or(name);
                (self.file_of(f), short)
            }
            _ => (self.file(), name),
        }
    }

    /// The Python name of a type (class names from the type table).
    pub fn type_name(&self, t: Type) -> String {
        if let Some(elem) = t.heap_type().and_then(|c| self.types.get(c)).and_then(|h| h.list_elem()) {
            return format!("list[{}]", self.type_name(elem));
        }
        if let Some(HeapType::Args { elem }) = t.heap_type().and_then(|c| self.types.get(c)) {
            return format!("tuple[{}, ...]", self.type_name(*elem));
        }
        if let Some(items) = t.heap_type().and_then(|c| self.types.get(c)).and_then(|h| h.tuple_items()) {
            let names: Vec<String> = items.iter().map(|&i| self.type_name(i)).collect();
            return format!("tuple[{}]", names.join(", "));
        }
        if let Some(h) = t.heap_type().and_then(|c| self.types.get(c)).filter(|h| h.array_elem().is_some() || **h == HeapType::Str) {
            return h.name().to_string();
        }
        match t {
            Type::Ref(c) => self.types.get(c).map_or("object", |h| h.name()).to_string(),
            Type::OptRef(c) => format!("{} | None", self.types.get(c).map_or("object", |h| h.name())),
            t => t.python_name().to_string(),
        }
    }

    /// The function named `name`.
    pub fn func_by_name(&self, name: &str) -> Option<FuncId> {
        self.funcs.iter().find(|(_, f)| f.name == name).map(|(id, _)| id)
    }
}
