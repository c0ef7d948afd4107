//! A cursor for appending instructions to a [`Function`]: the one way the
//! front end (and tests) create IR. It computes result types from the
//! opcode table, so a built instruction is well typed by construction.

use super::entities::{Block, FuncId, Inst, Value};
use super::function::{BlockCall, Function, InstData, Piece, SrcLoc, ValueData, ValueDef};
use super::ops::Opcode;
use super::types::Type;
use crate::exc::ExcKind;

/// Appends instructions at the end of the current block.
pub struct Builder<'f> {
    func: &'f mut Function,
    block: Option<Block>,
    loc: SrcLoc,
    /// Inside `try`: the handler block every raising instruction goes to.
    catch: Option<Block>,
    /// Edges made by [`catch`](Self::set_catch) splitting, for the SSA
    /// builder: (from, terminator, successor index, to).
    catch_edges: Vec<(Block, Inst, usize, Block)>,
}

impl<'f> Builder<'f> {
    /// A builder over `func` with no current block.
    pub fn new(func: &'f mut Function) -> Self {
        Builder { func, block: None, loc: SrcLoc::default(), catch: None, catch_edges: Vec::new() }
    }

    /// The function being built.
    pub fn func(&self) -> &Function {
        self.func
    }

    /// The function being built, mutably (for SSA construction, which
    /// adds block parameters and jump arguments after the fact).
    pub fn func_mut(&mut self) -> &mut Function {
        self.func
    }

    /// The last instruction appended (e.g. the terminator just built).
    pub fn last_inst(&self) -> Option<Inst> {
        self.block.and_then(|b| self.func.layout.insts[b].last().copied())
    }

    /// Create a block and append it to the layout.
    pub fn create_block(&mut self) -> Block {
        let b = self.func.dfg.blocks.push(Default::default());
        self.func.layout.blocks.push(b);
        b
    }

    /// Add a parameter of type `ty` to `block`.
    pub fn append_block_param(&mut self, block: Block, ty: Type) -> Value {
        let n = self.func.dfg.blocks[block].params.len();
        let v = self.func.dfg.values.push(ValueData { ty, def: ValueDef::Param(block, n) });
        self.func.dfg.blocks[block].params.push(v);
        v
    }

    /// Continue appending at the end of `block`.
    pub fn switch_to_block(&mut self, block: Block) {
        self.block = Some(block);
    }

    /// The block being appended to.
    pub fn current_block(&self) -> Option<Block> {
        self.block
    }

    /// Whether the current block already ends with a terminator (or there
    /// is no current block): code after `return`/`break` is unreachable.
    pub fn is_filled(&self) -> bool {
        match self.block {
            None => true,
            Some(b) => self.func.terminator(b).is_some(),
        }
    }

    /// Source location given to the following instructions.
    pub fn set_loc(&mut self, loc: SrcLoc) {
        self.loc = loc;
    }

    /// The location given to new instructions.
    pub fn loc(&self) -> SrcLoc {
        self.loc
    }

    /// The type of `v`.
    pub fn ty(&self, v: Value) -> Type {
        self.func.dfg.value_type(v)
    }

    fn push(&mut self, data: InstData, result: Option<Type>) -> (Inst, Option<Value>) {
        let block = self.block.expect("builder has no current block");
        let split = self.catch.filter(|_| data.can_raise() && !data.is_terminator());
        let inst = self.func.dfg.insts.push(data);
        self.func.layout.insts[block].push(inst);
        self.func.srclocs[inst] = self.loc;
        let v = result.map(|ty| self.func.dfg.values.push(ValueData { ty, def: ValueDef::Result(inst) }));
        self.func.dfg.results[inst] = v;
        if let Some(handler) = split {
            // `catch`: the error edge to the handler, then go on in a new
            // block.
            let normal = self.create_block();
            let c = self.func.dfg.insts.push(InstData::Catch { normal: BlockCall { block: normal, args: Vec::new() }, handler: BlockCall { block: handler, args: Vec::new() } });
            self.func.layout.insts[block].push(c);
            self.func.srclocs[c] = self.loc;
            self.catch_edges.push((block, c, 0, normal));
            self.catch_edges.push((block, c, 1, handler));
            self.block = Some(normal);
        }
        (inst, v)
    }

    /// Inside `try`: make every raising instruction from now on end its
    /// block with a `catch` to `handler` (`None`: raise to the caller).
    pub fn set_catch(&mut self, handler: Option<Block>) {
        self.catch = handler;
    }

    /// The current `try` handler.
    pub fn catch(&self) -> Option<Block> {
        self.catch
    }

    /// The edges `catch` splitting made since the last call.
    pub fn take_catch_edges(&mut self) -> Vec<(Block, Inst, usize, Block)> {
        std::mem::take(&mut self.catch_edges)
    }

    fn value(&mut self, data: InstData, ty: Type) -> Value {
        self.push(data, Some(ty)).1.expect("result requested")
    }

    /// `iconst`
    pub fn iconst(&mut self, n: i64) -> Value {
        self.value(InstData::IConst(n), Type::I64)
    }
    /// `fconst`
    pub fn fconst(&mut self, x: f64) -> Value {
        self.value(InstData::FConst(x), Type::F64)
    }
    /// `bconst`
    pub fn bconst(&mut self, b: bool) -> Value {
        self.value(InstData::BConst(b), Type::Bool)
    }
    /// `none`
    pub fn none(&mut self) -> Value {
        self.value(InstData::NoneConst, Type::None)
    }
    /// A one-operand op.
    pub fn unary(&mut self, op: Opcode, arg: Value) -> Value {
        debug_assert_eq!(op.arg_types().len(), 1, "{} is not unary", op.name());
        self.value(InstData::Unary { op, arg }, op.result_type())
    }
    /// A two-operand op.
    pub fn binary(&mut self, op: Opcode, a: Value, b: Value) -> Value {
        debug_assert_eq!(op.arg_types().len(), 2, "{} is not binary", op.name());
        self.value(InstData::Binary { op, args: [a, b] }, op.result_type())
    }
    /// `select c, a, b`
    pub fn select(&mut self, cond: Value, then_val: Value, else_val: Value) -> Value {
        let ty = self.ty(then_val);
        self.value(InstData::Select { cond, then_val, else_val }, ty)
    }
    /// `call`, returning a value of type `ret`.
    pub fn call(&mut self, func: FuncId, args: Vec<Value>, ret: Type) -> Value {
        self.value(InstData::Call { func, args }, ret)
    }
    /// `print`
    pub fn print(&mut self, pieces: Vec<Piece>) {
        self.push(InstData::Print { pieces }, None);
    }
    /// `str.build` (the result type is the module's str type).
    pub fn str_build(&mut self, pieces: Vec<Piece>, ty: Type) -> Value {
        self.push(InstData::StrBuild { pieces }, Some(ty)).1.expect("a result")
    }
    /// `check.bound`
    pub fn check_bound(&mut self, flag: Value, name: &str) {
        self.push(InstData::CheckBound { flag, name: name.to_string() }, None);
    }
    /// `poll`
    pub fn poll(&mut self) {
        self.push(InstData::Poll { keep: Vec::new(), weight: None }, None);
    }
    /// `jump`
    pub fn jump(&mut self, block: Block, args: Vec<Value>) {
        self.push(InstData::Jump { dest: BlockCall { block, args } }, None);
    }
    /// `brif`
    pub fn brif(&mut self, cond: Value, then_dest: BlockCall, else_dest: BlockCall) {
        self.push(InstData::Brif { cond, then_dest, else_dest }, None);
    }
    /// `return`
    pub fn ret(&mut self, value: Value) {
        self.push(InstData::Return { value }, None);
    }
    /// `raise`
    pub fn raise(&mut self, kind: ExcKind, msg: impl Into<String>) {
        if self.catch.is_some() {
            return self.raise_msg(kind, vec![Piece::Lit(msg.into())]);
        }
        self.push(InstData::Raise { kind, msg: msg.into() }, None);
    }

    fn note_handler_edge(&mut self, inst: Inst) {
        let block = self.block.expect("builder has no current block");
        if let Some(h) = self.catch {
            self.catch_edges.push((block, inst, 0, h));
        }
    }

    /// `exc.take`
    pub fn exc_take(&mut self) -> Value {
        self.value(InstData::ExcTake, Type::I64)
    }
    /// `exc.code`
    pub fn exc_code(&mut self, exc: Value) -> Value {
        self.value(InstData::ExcCode { exc }, Type::I64)
    }
    /// `exc.drop`
    pub fn exc_drop(&mut self, exc: Value) {
        self.push(InstData::ExcDrop { exc }, None);
    }
    /// `exc.reraise` (to the current handler, if any)
    pub fn exc_reraise(&mut self, exc: Value) {
        let handler = self.catch.map(|block| BlockCall { block, args: Vec::new() });
        let (inst, _) = self.push(InstData::ExcReraise { exc, handler }, None);
        self.note_handler_edge(inst);
    }
    /// `exc.rethrow` (to the current handler, if any)
    pub fn exc_rethrow(&mut self, exc: Value) {
        let handler = self.catch.map(|block| BlockCall { block, args: Vec::new() });
        let (inst, _) = self.push(InstData::ExcRethrow { exc, handler }, None);
        self.note_handler_edge(inst);
    }
    /// `raise.msg`: raise with a message built from pieces.
    pub fn raise_msg(&mut self, kind: ExcKind, pieces: Vec<Piece>) {
        let handler = self.catch.map(|block| BlockCall { block, args: Vec::new() });
        let (inst, _) = self.push(InstData::RaiseMsg { kind, pieces, handler }, None);
        self.note_handler_edge(inst);
    }
    /// `new`
    pub fn new_object(&mut self, class: super::TypeId) -> Value {
        self.value(InstData::New { class }, Type::Ref(class))
    }
    /// `getfield` (the result type is the field's, given by the caller
    /// from the type table).
    pub fn get_field(&mut self, obj: Value, field: u32, ty: Type) -> Value {
        self.value(InstData::GetField { obj, field }, ty)
    }
    /// `setfield`
    pub fn set_field(&mut self, obj: Value, field: u32, value: Value) {
        self.push(InstData::SetField { obj, field, value }, None);
    }
    /// `incref`
    pub fn incref(&mut self, arg: Value) {
        self.push(InstData::IncRef { arg }, None);
    }
    /// `decref`
    pub fn decref(&mut self, arg: Value) {
        self.push(InstData::DecRef { arg }, None);
    }
    /// `unwrap`
    pub fn unwrap_ref(&mut self, arg: Value, attr: &str) -> Value {
        self.unwrap_or_raise(arg, ExcKind::AttributeError, format!("'NoneType' object has no attribute '{attr}'"))
    }
    /// `unwrap` raising `kind(msg)` for None.
    pub fn unwrap_or_raise(&mut self, arg: Value, kind: ExcKind, msg: String) -> Value {
        let ty = match self.ty(arg) {
            Type::OptRef(c) | Type::Ref(c) => Type::Ref(c),
            t => t,
        };
        self.value(InstData::Unwrap { arg, kind, msg }, ty)
    }
    /// `opt`
    pub fn to_opt(&mut self, arg: Value) -> Value {
        let ty = match self.ty(arg) {
            Type::OptRef(c) | Type::Ref(c) => Type::OptRef(c),
            t => t,
        };
        self.value(InstData::ToOpt { arg }, ty)
    }
    /// `nonnull`: an `OptRef` known not to be None, as a `Ref`.
    pub fn nonnull(&mut self, arg: Value) -> Value {
        let ty = match self.ty(arg) {
            Type::OptRef(c) | Type::Ref(c) => Type::Ref(c),
            t => t,
        };
        self.value(InstData::NonNull { arg }, ty)
    }
    /// `null`
    pub fn null(&mut self, ty: Type) -> Value {
        self.value(InstData::Null { ty }, ty)
    }
    /// `list.OP args` with a result of type `ty`.
    pub fn list_value(&mut self, op: super::ListOp, args: Vec<Value>, ty: Type) -> Value {
        self.push(InstData::List { op, args }, Some(ty)).1.expect("a result")
    }
    /// `list.OP args` without a result.
    pub fn list_effect(&mut self, op: super::ListOp, args: Vec<Value>) {
        self.push(InstData::List { op, args }, None);
    }
    /// `is`
    pub fn ref_is(&mut self, a: Value, b: Value) -> Value {
        self.value(InstData::RefIs { args: [a, b] }, Type::Bool)
    }
}
