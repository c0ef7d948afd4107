//! Lowering: the typed AST of one function to IR.
//!
//! Statements become blocks; locals become SSA values through `ssa`, each
//! paired with a "bound" flag so that a read on a path where the local may
//! be unassigned raises UnboundLocalError exactly when CPython would
//! (`cleanup` removes the checks that can never fire). Every instruction
//! carries the source location of the expression it comes from.
//!
//! Lowering reports every ill-typed or unsupported expression it meets and
//! keeps going (a failed expression abandons its statement), so one run
//! finds all the errors of a function.

pub(crate) mod call;
mod expr;
mod list;
mod str;
mod tuple;
mod object;
mod print;
mod ssa;

use rustc_hash::FxHashMap as HashMap;

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::infer::FuncTypes;
use crate::ir::{Block, BlockCall, Builder, FuncId, Function, Opcode, Param, SrcLoc, Type, Value};
use crate::resolve::{ModuleEnv, Sig};
use ssa::Ssa;
pub(crate) use ssa::Var;

/// An error already reported as a diagnostic.
#[derive(Debug)]
pub(crate) struct Reported;

type R<T> = Result<T, Reported>;

/// Byte offset to (line, column), precomputed once per source.
pub(crate) struct LineIndex<'s> {
    /// Per file of the unit, in order: where it starts in the unit's
    /// offsets, its text, its line starts (local offsets) and the line
    /// number of its first line.
    files: Vec<(u32, &'s str, Vec<u32>, u32)>,
}

impl<'s> LineIndex<'s> {
    /// The line index of a compile unit's files (the main file first).
    pub(crate) fn new(files: &'s [crate::diag::SourceFile]) -> Self {
        let mut base = 0u32;
        let files = files
            .iter()
            .map(|f| {
                let mut starts = vec![0];
                starts.extend(f.text.match_indices('\n').map(|(i, _)| i as u32 + 1));
                let entry = (base, f.text.as_str(), starts, f.first_line);
                base += f.text.len() as u32 + 1;
                entry
            })
            .collect();
        LineIndex { files }
    }

    /// The line (in its own file) and column of a unit offset.
    pub(crate) fn loc(&self, offset: u32) -> SrcLoc {
        let k = self.files.partition_point(|f| f.0 <= offset).saturating_sub(1);
        let Some((base, text, starts, first_line)) = self.files.get(k) else { return SrcLoc::default() };
        let offset = offset - base;
        let line = starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let start = starts[line] as usize;
        let end = (offset as usize).min(text.len()).max(start);
        let col = text.get(start..end).map_or(0, |s| s.chars().count()) as u32 + 1;
        SrcLoc { line: line as u32 + first_line, col }
    }
}

/// What all functions of a module share during lowering.
pub(crate) struct ModuleCx<'a> {
    pub(crate) module: &'a SourceModule,
    pub(crate) env: &'a ModuleEnv,
    pub(crate) sigs: &'a [Sig],
    pub(crate) types: &'a [FuncTypes],
    /// IR id of each compiled function (by index into `module.funcs`).
    pub(crate) ids: &'a HashMap<usize, FuncId>,
    pub(crate) lines: &'a LineIndex<'a>,
    /// Whether errors were found before lowering (then unknown types are
    /// consequences, not reported again).
    pub(crate) any_errors: bool,
    /// The type table (class layouts), by type id.
    pub(crate) table: &'a crate::ir::PrimaryMap<crate::ir::TypeId, crate::ir::HeapType>,
    /// What inference found about each class's fields (declared or not).
    pub(crate) fields: &'a [Vec<crate::infer::LocalTy>],
    /// The functions compiled with `boundscheck=False`.
    pub(crate) no_boundscheck: &'a [String],
}

struct LoopCx {
    continue_to: Block,
    break_to: Block,
    /// `finals.len()` when the loop began: `break`/`continue` run the
    /// `finally` bodies entered since.
    finals: usize,
}

/// What a way out of a `try` body or an `except` clause must do first.
#[derive(Clone)]
struct FinallyCx {
    /// The `finally` statements (lowered again on each way out).
    body: Vec<Stmt>,
    /// Or, leaving an `except` clause: drop its exception handle.
    drop: Option<Value>,
    /// The handler outside (where an error in `body` goes).
    catch: Option<Block>,
}

/// A local's SSA variables: its value and whether it is bound.
#[derive(Copy, Clone)]
struct LocalVars {
    value: Var,
    bound: Var,
    ty: Type,
}

pub(crate) struct FnLower<'a, 'f> {
    cx: &'a ModuleCx<'a>,
    ft: &'a FuncTypes,
    b: Builder<'f>,
    ssa: Ssa,
    locals: HashMap<String, LocalVars>,
    loops: Vec<LoopCx>,
    ret: Type,
    diags: Vec<Diagnostic>,
    /// A temporary counter for hidden variables (`and`/`or` results...).
    temps: usize,
    /// `bconst true` in the entry block: the "bound" flag of every
    /// assignment (one value, so merges of bound paths are trivial).
    true_v: Option<Value>,
    /// References owned by the statement being lowered (results of
    /// calls, constructors and field reads), released at its end unless a
    /// store or a return takes them over.
    owned: Vec<Value>,
    /// Reference parameters the body never assigns: borrowed from the
    /// caller for the whole call, so neither increfed nor released.
    borrowed: rustc_hash::FxHashSet<String>,
    /// The enclosing `try ... finally`s and `except` clauses, innermost
    /// last.
    finals: Vec<FinallyCx>,
    /// The exceptions of the enclosing `except` clauses (a bare `raise`
    /// re-raises the innermost), with their `as` names.
    handles: Vec<(Value, Option<String>)>,
    /// Whether item reads and stores check their index (`boundscheck=False`
    /// on `bind` turns it off: unsafe).
    boundscheck: bool,
    /// The first statement abandoned by an error (which must have been
    /// reported, here or before lowering).
    abandoned: Option<Span>,
}

/// Lower function `index` of the module. Returns the IR function, or the
/// diagnostics found.
pub(crate) fn lower_function(cx: &ModuleCx<'_>, index: usize) -> Result<Function, Vec<Diagnostic>> {
    let def = &cx.module.funcs[index];
    let ft = &cx.types[index];
    let sig = &cx.sigs[index];
    let params: Vec<Param> = sig.params.iter().zip(&sig.defaults).map(|((n, t), d)| Param { name: n.clone(), ty: t.unwrap_or(Type::None), default: *d }).collect();
    let ret = ft.ret.unwrap_or(Type::None);
    let mut func = Function::new(crate::resolve::qualname(cx.module, def), params.clone(), ret, cx.lines.loc(def.span.start));
    func.file = def.file;
    func.positional_only = sig.positional_only;
    func.keyword_only = sig.keyword_only;
    func.vararg = sig.vararg;
    func.first_line = cx.lines.loc(def.start).line;
    let mut lw = FnLower {
        cx,
        ft,
        b: Builder::new(&mut func),
        ssa: Ssa::default(),
        locals: HashMap::default(),
        loops: Vec::new(),
        ret,
        // Constructs outside the subset found by `syntax` come first.
        diags: def.errors.clone(),
        temps: 0,
        true_v: None,
        owned: Vec::new(),
        borrowed: Default::default(),
        finals: Vec::new(),
        handles: Vec::new(),
        boundscheck: !cx.no_boundscheck.iter().any(|n| *n == crate::resolve::qualname(cx.module, def)),
        abandoned: None,
    };
    lw.entry(def, &params);
    lw.block(&def.body);
    lw.finish(def);
    // Reported only when nothing else is wrong: an error elsewhere in the
    // function is the usual cause.
    if ft.ret.is_none() && lw.diags.is_empty() {
        lw.diags.push(
            Diagnostic::new(def.name.span, format!("cannot infer the return type of '{}'", def.name.id))
                .label("return type unknown")
                .help("annotate it (`-> int`), or give it a return that does not depend on its own result"),
        );
    }
    // A statement given up without any error reported anywhere would
    // compile to code that skips it: a compiler bug, never a silent miscompile.
    if let (Some(span), true) = (lw.abandoned, lw.diags.is_empty() && !cx.any_errors) {
        lw.diags.push(Diagnostic::new(span, "internal compiler error: this statement could not be compiled, please report").label("here"));
    }
    let diags = lw.diags;
    if diags.is_empty() {
        Ok(func)
    } else {
        Err(diags)
    }
}

impl<'a, 'f> FnLower<'a, 'f> {
    fn err(&mut self, span: Span, msg: impl Into<String>) -> Reported {
        self.diags.push(Diagnostic::new(span, msg));
        Reported
    }

    /// A [`crate::advice::Problem`]: its message, and its help if it has one.
    fn problem(&mut self, span: Span, p: crate::advice::Problem) -> Reported {
        let mut d = Diagnostic::new(span, p.msg);
        if let Some(h) = p.help {
            d = d.help(h);
        }
        self.diags.push(d);
        Reported
    }

    fn err_help(&mut self, span: Span, msg: impl Into<String>, label: impl Into<String>, help: impl Into<String>) -> Reported {
        self.diags.push(Diagnostic::new(span, msg).label(label).help(help));
        Reported
    }

    fn set_loc(&mut self, span: Span) {
        let loc = self.cx.lines.loc(span.start);
        self.b.set_loc(loc);
    }

    fn cur(&self) -> Block {
        self.b.current_block().expect("lowering always has a current block")
    }

    // ---- blocks and edges ------------------------------------------------

    /// Give the SSA builder the edges the builder's `catch` splitting made
    /// (each raising instruction inside `try` ends its block).
    fn sync_catch(&mut self) {
        for (from, inst, succ, to) in self.b.take_catch_edges() {
            self.ssa.add_pred(to, from, inst, succ);
            if succ == 0 && matches!(self.b.func_mut().dfg.insts[inst], crate::ir::InstData::Catch { .. }) {
                self.ssa.seal(self.b.func_mut(), to);
            }
        }
    }

    fn jump(&mut self, to: Block) {
        self.sync_catch();
        let from = self.cur();
        self.b.jump(to, Vec::new());
        let inst = self.b.last_inst().expect("just built");
        self.ssa.add_pred(to, from, inst, 0);
    }

    fn brif(&mut self, cond: Value, then_to: Block, else_to: Block) {
        self.sync_catch();
        let from = self.cur();
        self.b.brif(cond, BlockCall { block: then_to, args: Vec::new() }, BlockCall { block: else_to, args: Vec::new() });
        let inst = self.b.last_inst().expect("just built");
        self.ssa.add_pred(then_to, from, inst, 0);
        self.ssa.add_pred(else_to, from, inst, 1);
    }

    pub(super) fn seal(&mut self, block: Block) {
        self.sync_catch();
        self.ssa.seal(self.b.func_mut(), block);
    }

    /// Continue in `block`, all of whose predecessors are known.
    pub(super) fn enter_sealed(&mut self, block: Block) {
        self.seal(block);
        self.b.switch_to_block(block);
    }

    /// After a terminator: continue in a fresh block that nothing jumps to
    /// (code after `return`/`break` is still checked, then removed).
    fn start_unreachable(&mut self) {
        let b = self.b.create_block();
        self.enter_sealed(b);
    }

    // ---- locals -----------------------------------------------------------

    fn entry(&mut self, def: &FuncDef, params: &[Param]) {
        let entry = self.b.create_block();
        self.b.switch_to_block(entry);
        self.seal(entry);
        self.set_loc(def.span);
        let t = self.b.bconst(true);
        self.true_v = Some(t);
        let mut assigned = Vec::new();
        crate::infer::collect_assigned(&def.body, &mut assigned);
        for p in params {
            let v = self.b.append_block_param(entry, p.ty);
            let lv = self.declare_local(&p.name, p.ty);
            self.ssa.def(lv.value, entry, v);
            self.ssa.def(lv.bound, entry, t);
            if p.ty.is_ref() {
                // A parameter the body rebinds owns its reference (the
                // store releases the old one); the others stay borrowed.
                if assigned.iter().any(|(n, _)| n.id == p.name) {
                    self.b.incref(v);
                } else {
                    self.borrowed.insert(p.name.clone());
                }
            }
        }
        // Every other local starts unbound (with a placeholder value).
        let mut names: Vec<(&String, Type)> =
            self.ft.locals.iter().filter(|(_, l)| !l.param).map(|(n, l)| (n, l.ty.unwrap_or(Type::None))).collect();
        names.sort_by(|a, b| a.0.cmp(b.0));
        if names.is_empty() {
            return;
        }
        let f = self.b.bconst(false);
        for (name, ty) in names {
            let lv = self.declare_local(name, ty);
            let zero = self.zero(ty);
            self.ssa.def(lv.value, entry, zero);
            self.ssa.def(lv.bound, entry, f);
        }
    }

    fn declare_local(&mut self, name: &str, ty: Type) -> LocalVars {
        let lv = LocalVars { value: self.ssa.declare(ty), bound: self.ssa.declare(Type::Bool), ty };
        self.locals.insert(name.to_string(), lv);
        lv
    }

    fn zero(&mut self, ty: Type) -> Value {
        match ty {
            Type::I64 => self.b.iconst(0),
            Type::F64 => self.b.fconst(0.0),
            Type::Bool => self.b.bconst(false),
            Type::None => self.b.none(),
            Type::Ref(_) | Type::OptRef(_) => self.b.null(ty),
        }
    }

    /// A hidden variable (for `and`/`or` and chained comparison results).
    fn temp(&mut self, ty: Type) -> Var {
        self.temps += 1;
        self.ssa.declare(ty)
    }

    fn def_var(&mut self, var: Var, v: Value) {
        self.sync_catch();
        let b = self.cur();
        self.ssa.def(var, b, v);
    }

    fn use_var(&mut self, var: Var) -> Value {
        self.sync_catch();
        let b = self.cur();
        self.ssa.use_var(self.b.func_mut(), var, b)
    }

    fn read_local(&mut self, name: &str, span: Span) -> R<Value> {
        if self.ft.conflicted.contains(name) {
            return Err(Reported);
        }
        let Some(lv) = self.locals.get(name).copied() else {
            let p = crate::advice::unresolved(name, crate::infer::names_in_scope(self.cx.env, self.ft));
            return Err(self.problem(span, p));
        };
        if self.ft.locals[name].ty.is_none() {
            // Usually the consequence of an error reported elsewhere.
            if !self.diags.is_empty() || self.cx.any_errors {
                return Err(Reported);
            }
            return Err(self.err_help(
                span,
                format!("cannot infer the type of '{name}'"),
                "type unknown",
                format!("annotate the variable where it is first assigned (`{name}: float = ...`)"),
            ));
        }
        self.set_loc(span);
        let flag = self.use_var(lv.bound);
        self.b.check_bound(flag, name);
        Ok(self.use_var(lv.value))
    }

    fn store_local(&mut self, name: &Name, v: Value) -> R<()> {
        let Some(lv) = self.locals.get(&name.id).copied() else {
            if self.ft.globals.contains(&name.id) {
                let msg = format!("cannot assign to global '{}': module constants are read-only in compiled code", name.id);
                return Err(self.problem(name.span, crate::advice::Problem::new(msg, crate::advice::GLOBAL_ASSIGN_HELP)));
            }
            return Err(self.err(name.span, format!("cannot assign to '{}'", name.id)));
        };
        let orig = v;
        let v = self.convert_assign(v, lv.ty, name)?;
        let t = self.true_v.expect("entry block defines true");
        if lv.ty.is_ref() {
            // The local takes a reference: over from the statement if it
            // owns one, else a new one; the old value's is released.
            if !(self.take_owned(orig) || self.take_owned(v)) {
                self.b.incref(v);
            }
            let old = self.use_var(lv.value);
            self.def_var(lv.value, v);
            self.b.decref(old);
        } else {
            self.def_var(lv.value, v);
        }
        self.def_var(lv.bound, t);
        Ok(())
    }

    /// Convert a value assigned to a variable of type `to` (an annotated
    /// variable converts ints to floats and bools to ints, as the
    /// annotation says; inferred variables already have the value's type).
    fn convert_assign(&mut self, v: Value, to: Type, name: &Name) -> R<Value> {
        let from = self.b.ty(v);
        match self.convert(v, to) {
            Some(v) => Ok(v),
            // An inferred variable with two types: inference reported it.
            None if !self.ft.locals.get(&name.id).is_some_and(|l| l.declared) => Err(Reported),
            None => Err(self.err_help(
                name.span,
                format!("cannot assign {} to '{}', which is {}", self.art(from), name.id, self.art(to)),
                format!("{} value", self.tn(from)),
                "a variable keeps one type; convert the value explicitly or use another variable",
            )),
        }
    }

    /// Implicit conversions allowed at assignments to annotated variables,
    /// returns and call boundaries: bool → int → float.
    fn convert(&mut self, v: Value, to: Type) -> Option<Value> {
        let from = self.b.ty(v);
        Some(match (from, to) {
            _ if from == to => v,
            (Type::Bool, Type::I64) => self.b.unary(crate::ir::Opcode::BoolToInt, v),
            (Type::I64 | Type::Bool, Type::F64) => self.as_float(v),
            _ => return self.convert_ref(v, to),
        })
    }

    // ---- statements ---------------------------------------------------------

    fn block(&mut self, body: &[Stmt]) {
        for s in body {
            if self.b.is_filled() {
                self.start_unreachable();
            }
            let mark = self.owned.len();
            // An error abandons the statement; lowering goes on.
            let ok = self.stmt(s).is_ok();
            if !ok && self.abandoned.is_none() {
                self.abandoned = Some(s.span);
            }
            if ok && !self.b.is_filled() {
                self.release_owned(mark);
            } else {
                self.owned.truncate(mark);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        self.set_loc(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                if !matches!(e.kind, ExprKind::Str(_)) {
                    self.expr_stmt(e)?;
                }
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(value) = value {
                    let want = self.locals.get(&target.id).map(|l| l.ty);
                    let v = self.expr_as(value, want)?;
                    self.store_local(target, v)?;
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    if let Target::Subscript { value, index, span } = t {
                        self.del_subscript(value, index, *span)?;
                    }
                }
            }
            StmtKind::AugAssign { target: Target::Name(target), op, value } => {
                if self.ft.globals.contains(&target.id) {
                    let msg = format!("cannot assign to global '{}': module constants are read-only in compiled code", target.id);
                    return Err(self.problem(target.span, crate::advice::Problem::new(msg, crate::advice::GLOBAL_ASSIGN_HELP)));
                }
                let cur = self.read_local(&target.id, target.span)?;
                let r = self.expr(value)?;
                self.set_loc(s.span);
                if self.aug_list(cur, *op, r, value.span)?.is_some() {
                    return Ok(());
                }
                let v = self.binary(*op, cur, r, value, s.span)?;
                self.store_local(target, v)?;
            }
            StmtKind::AugAssign { target: Target::Subscript { value: obj, index, .. }, op, value } => self.aug_assign_subscript(obj, index, *op, value, s.span)?,
            StmtKind::AugAssign { target: Target::Attr { value: obj, attr }, op, value } => self.aug_assign_field(obj, attr, *op, value, s.span)?,
            StmtKind::AugAssign { target: Target::Tuple(_, span), .. } => return Err(self.err(*span, "an augmented assignment needs a single target")),
            StmtKind::Return(value) => self.ret(value.as_ref(), s.span)?,
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse)?,
            StmtKind::For { target, iter, body, orelse } => self.for_stmt(target, iter, body, orelse)?,
            StmtKind::Break | StmtKind::Continue => {
                let Some(l) = self.loops.last() else {
                    let what = if matches!(s.kind, StmtKind::Break) { "break" } else { "continue" };
                    return Err(self.err(s.span, format!("'{what}' outside loop")));
                };
                let to = if matches!(s.kind, StmtKind::Break) { l.break_to } else { l.continue_to };
                let depth = l.finals;
                if self.run_finals(depth) {
                    self.jump(to);
                }
            }
            StmtKind::Raise { kind, msg } => self.raise_stmt(*kind, msg.as_ref(), s.span)?,
            StmtKind::Reraise => {
                let Some(&(h, _)) = self.handles.last() else {
                    return Err(self.err_help(s.span, "a bare `raise` outside an `except` clause", "nothing to re-raise", "re-raise inside `except`, or raise an exception: raise ValueError(\"...\")"));
                };
                self.b.exc_reraise(h);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_ref(), s.span)?,
            StmtKind::Pass => {}
            StmtKind::Global(names) => {
                for n in names {
                    if !matches!(self.cx.env.get(self.ft.file, &n.id), Some(crate::resolve::Global::Const(_))) {
                        self.err(n.span, format!("global '{}' is not an int, float or bool constant of the module", n.id));
                    }
                }
            }
        }
        Ok(())
    }

    fn assign(&mut self, targets: &[Target], value: &Expr) -> R<()> {
        match targets {
            [Target::Name(n)] => {
                let want = self.locals.get(&n.id).map(|l| l.ty);
                let v = self.expr_as(value, want)?;
                self.store_local(n, v)
            }
            [Target::Attr { value: obj, attr }] => {
                let want = self.field_type(obj, attr);
                let v = self.expr_as(value, want)?;
                self.store_field(obj, attr, v)
            }
            [Target::Subscript { value: l, index, span }] => {
                let want = self.item_type_of(l, index);
                let v = self.expr_as(value, want)?;
                self.store_subscript(l, index, v, value.span, *span)
            }
            [Target::Tuple(ts, span)] => {
                let vals = self.tuple_values(value, ts.len(), *span)?;
                self.store_tuple(ts, vals)
            }
            _ => {
                // a = b = value: evaluated once, assigned left to right.
                let v = self.expr(value)?;
                for t in targets {
                    match t {
                        Target::Name(n) => self.store_local(n, v)?,
                        Target::Attr { value: obj, attr } => self.store_field(obj, attr, v)?,
                        Target::Subscript { value: l, index, span } => self.store_subscript(l, index, v, value.span, *span)?,
                        Target::Tuple(ts, span) => {
                            let inner = self.unpack_value(v, ts.len(), value.span, *span)?;
                            self.store_tuple(ts, inner)?;
                        }
                    }
                }
                Ok(())
            }
        }
    }

    /// The values of the right-hand side of `a, b = ...`: a tuple display
    /// (all evaluated before any is assigned) or `divmod(...)`.
    fn tuple_values(&mut self, value: &Expr, n: usize, target_span: Span) -> R<Vec<TupleVal>> {
        match &value.kind {
            ExprKind::Tuple(es) if es.len() == n => es
                .iter()
                .map(|e| match &e.kind {
                    ExprKind::Tuple(inner) => self.tuple_values(e, inner.len(), e.span).map(TupleVal::Tuple),
                    _ => self.expr(e).map(TupleVal::Value),
                })
                .collect(),
            ExprKind::Tuple(es) => {
                let msg = if es.len() > n { format!("too many values to unpack (expected {n})") } else { format!("not enough values to unpack (expected {n}, got {})", es.len()) };
                Err(self.err(target_span, msg))
            }
            ExprKind::Call { func, args, keywords } if n == 2 && self.is_builtin(func, "divmod") => {
                let (q, r) = self.divmod(args, keywords, value.span)?;
                Ok(vec![TupleVal::Value(q), TupleVal::Value(r)])
            }
            _ => {
                let v = self.expr(value)?;
                self.unpack_value(v, n, value.span, target_span)
            }
        }
    }

    /// The items of tuple value `v` for a target of `n` names.
    pub(super) fn unpack_value(&mut self, v: Value, n: usize, vspan: Span, target_span: Span) -> R<Vec<TupleVal>> {
        let t = self.b.ty(v);
        let Some(items) = self.tuple_items(t) else {
            return Err(self.err_help(vspan, format!("cannot unpack {}", self.art(t)), "not a tuple", "unpack a tuple: a, b = t"));
        };
        if items.len() != n {
            let msg = if items.len() > n { format!("too many values to unpack (expected {n})") } else { format!("not enough values to unpack (expected {n}, got {})", items.len()) };
            return Err(self.err(target_span, msg));
        }
        Ok((0..n).map(|k| TupleVal::Value(self.tuple_item(v, k))).collect())
    }

    pub(super) fn store_tuple(&mut self, targets: &[Target], vals: Vec<TupleVal>) -> R<()> {
        for (t, v) in targets.iter().zip(vals) {
            match (t, v) {
                (Target::Name(n), TupleVal::Value(v)) => self.store_local(n, v)?,
                (Target::Attr { value: obj, attr }, TupleVal::Value(v)) => self.store_field(obj, attr, v)?,
                (Target::Subscript { value: l, index, span }, TupleVal::Value(v)) => self.store_subscript(l, index, v, *span, *span)?,
                (Target::Subscript { span, .. }, TupleVal::Tuple(_)) => {
                    return Err(self.err_help(*span, "tuples as list items are not supported yet", "not supported", "unpack into names, then store those: `a, b = t` and `xs[i] = a`"));
                }
                (Target::Attr { attr, .. }, TupleVal::Tuple(_)) => {
                    return Err(self.err_help(attr.span, format!("cannot assign a tuple to '{}'", attr.id), "tuple value", "tuples as values are not supported yet (tier C)"))
                }
                (Target::Tuple(ts, span), TupleVal::Tuple(inner)) => {
                    if ts.len() != inner.len() {
                        return Err(self.err(*span, format!("cannot unpack {} values into {} targets", inner.len(), ts.len())));
                    }
                    self.store_tuple(ts, inner)?;
                }
                (Target::Name(n), TupleVal::Tuple(_)) => {
                    return Err(self.err_help(n.span, format!("cannot assign a nested tuple display to '{}' while unpacking", n.id), "tuple value", "assign the tuple in its own statement"))
                }
                (Target::Tuple(ts, span), TupleVal::Value(v)) => {
                    let inner = self.unpack_value(v, ts.len(), *span, *span)?;
                    self.store_tuple(ts, inner)?;
                }
            }
        }
        Ok(())
    }

    fn ret(&mut self, value: Option<&Expr>, span: Span) -> R<()> {
        let v = match value {
            Some(e) => self.expr_as(e, Some(self.ret))?,
            None => self.b.none(),
        };
        self.set_loc(span);
        self.no_array_here(self.b.ty(v), value.map_or(span, |e| e.span), "returned")?;
        let orig = v;
        let v = if self.b.ty(v) != self.ret && self.ret.is_ref() { self.convert_ref(v, self.ret).unwrap_or(v) } else { v };
        let (ret, got) = (self.ret, self.b.ty(v));
        if got != ret {
            // An annotated return type must match exactly: CPython would
            // return the value unconverted. (Two inferred return types
            // are a conflict inference already reported.)
            if !self.ft.ret_declared {
                return Err(Reported);
            }
            let at = value.map_or(span, |e| e.span);
            let help = match (got, ret) {
                (Type::I64 | Type::Bool, Type::F64) => "CPython would return the value unchanged, not a float: convert it with float(...)",
                (Type::F64, Type::I64) => "convert it explicitly, e.g. with int(...) or round(...), or change the annotation",
                _ => "make the returned value match the annotation, or change the annotation",
            };
            return Err(self.err_help(at, format!("this returns {} but the function is annotated to return {}", self.art(got), self.art(ret)), format!("{} value", self.tn(got)), help));
        }
        if ret.is_ref() && !(self.take_owned(orig) || self.take_owned(v)) {
            // The caller gets a reference of its own.
            self.b.incref(v);
        }
        if !self.run_finals(0) {
            // A `finally` returned or raised instead.
            return Ok(());
        }
        self.release_frame();
        self.b.ret(v);
        Ok(())
    }

    /// On a way out of `try` bodies (`return`, `break`, `continue`): run
    /// the `finally` bodies entered above `depth`, innermost first, each
    /// with the handlers outside it. False if one of them left (returned
    /// or raised), so the way out is not taken.
    fn run_finals(&mut self, depth: usize) -> bool {
        let saved_catch = self.b.catch();
        let saved = self.finals.clone();
        for i in (depth..saved.len()).rev() {
            self.finals.truncate(i);
            self.b.set_catch(saved[i].catch);
            match saved[i].drop {
                Some(h) => self.b.exc_drop(h),
                None => self.block(&saved[i].body),
            }
            if self.b.is_filled() {
                self.finals = saved;
                self.b.set_catch(saved_catch);
                return false;
            }
        }
        self.finals = saved;
        self.b.set_catch(saved_catch);
        true
    }

    /// `try` / `except` / `else` / `finally`. Inside the body every
    /// raising instruction ends its block with a `catch` edge to the
    /// dispatch block, which takes the exception and tests the clauses in
    /// order (a clause names the kinds it catches, subclasses included);
    /// none matching rethrows it. `finally` is lowered on each way out:
    /// after the normal end, on the exception path (then rethrown), and
    /// before a `return`/`break`/`continue` that leaves the body.
    fn try_stmt(&mut self, body: &[Stmt], handlers: &[ExceptClause], orelse: &[Stmt], finalbody: &[Stmt]) {
        let outer = self.b.catch();
        let has_fin = !finalbody.is_empty();
        let fin_exc = has_fin.then(|| self.b.create_block());
        let dispatch = (!handlers.is_empty()).then(|| self.b.create_block());
        let done = self.b.create_block();
        if has_fin {
            self.finals.push(FinallyCx { body: finalbody.to_vec(), drop: None, catch: outer });
        }
        self.b.set_catch(dispatch.or(fin_exc).or(outer));
        self.block(body);
        // `else` and the clauses: their errors skip this try's clauses.
        self.b.set_catch(fin_exc.or(outer));
        if !self.b.is_filled() {
            self.block(orelse);
        }
        if !self.b.is_filled() {
            self.jump(done);
        }
        if let Some(d) = dispatch {
            self.enter_sealed(d);
            let h = self.b.exc_take();
            let code = self.b.exc_code(h);
            for clause in handlers {
                let (yes, no) = (self.b.create_block(), self.b.create_block());
                self.set_loc(clause.span);
                for (i, k) in clause.kinds.iter().enumerate() {
                    let kc = self.b.iconst(i64::from(k.code()));
                    let is = self.b.binary(Opcode::IntEq, code, kc);
                    if i + 1 == clause.kinds.len() {
                        self.brif(is, yes, no);
                    } else {
                        let next = self.b.create_block();
                        self.brif(is, yes, next);
                        self.enter_sealed(next);
                    }
                }
                if clause.kinds.is_empty() {
                    self.jump(no);
                }
                self.enter_sealed(yes);
                // The handle lives while the clause runs (`as e`, a bare
                // `raise`); every way out drops it, an error through
                // `guard`.
                let clause_catch = self.b.catch();
                let guard = self.b.create_block();
                self.b.set_catch(Some(guard));
                self.finals.push(FinallyCx { body: Vec::new(), drop: Some(h), catch: clause_catch });
                self.handles.push((h, clause.name.as_ref().map(|n| n.id.clone())));
                self.block(&clause.body);
                self.handles.pop();
                self.finals.pop();
                self.b.set_catch(clause_catch);
                if !self.b.is_filled() {
                    self.b.exc_drop(h);
                    self.jump(done);
                }
                self.enter_sealed(guard);
                let x = self.b.exc_take();
                self.b.exc_drop(h);
                self.b.exc_rethrow(x);
                self.enter_sealed(no);
            }
            self.b.exc_rethrow(h);
        }
        self.b.set_catch(outer);
        if has_fin {
            self.finals.pop();
        }
        if let Some(fe) = fin_exc {
            self.enter_sealed(fe);
            let h = self.b.exc_take();
            self.block(finalbody);
            if !self.b.is_filled() {
                self.b.exc_rethrow(h);
            }
        }
        self.enter_sealed(done);
        if has_fin {
            self.block(finalbody);
        }
    }

    /// `raise Kind(msg)`: the message is built like a `print` argument
    /// (`str(msg)`), then the exception raised (the frame's references
    /// leak, as for any exception; see LANGUAGE.md).
    fn raise_stmt(&mut self, kind: crate::exc::ExcKind, msg: Option<&Expr>, span: Span) -> R<()> {
        let mut pieces = Vec::new();
        if let Some(m) = msg {
            let is_str = matches!(&m.kind, ExprKind::Str(_) | ExprKind::FString(_)) || matches!(&m.kind, ExprKind::Binary { op: BinOp::Mod, left, .. } if matches!(left.kind, ExprKind::Str(_)));
            if kind == crate::exc::ExcKind::KeyError && !is_str {
                return Err(self.err_help(m.span, "KeyError needs a string key in compiled code", "not a string", "str(KeyError(k)) is repr(k); pass the key as a string, e.g. KeyError(f\"{k}\")"));
            }
            self.message_pieces(m, &mut pieces)?;
        }
        self.set_loc(span);
        self.b.raise_msg(kind, pieces);
        Ok(())
    }

    /// `assert test[, msg]`: `msg` is evaluated only when the test fails.
    fn assert_stmt(&mut self, test: &Expr, msg: Option<&Expr>, span: Span) -> R<()> {
        let mark = self.owned.len();
        let cond = self.truth_expr(test)?;
        self.release_owned(mark);
        let (fail, ok) = (self.b.create_block(), self.b.create_block());
        self.brif(cond, ok, fail);
        self.enter_sealed(fail);
        self.raise_stmt(crate::exc::ExcKind::AssertionError, msg, span)?;
        self.enter_sealed(ok);
        Ok(())
    }

    fn if_stmt(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> R<()> {
        let mark = self.owned.len();
        let cond = self.truth_expr(test)?;
        self.release_owned(mark);
        let (then_b, else_b, merge) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.brif(cond, then_b, else_b);
        for (blk, stmts) in [(then_b, body), (else_b, orelse)] {
            self.enter_sealed(blk);
            self.block_then(stmts, merge);
        }
        self.enter_sealed(merge);
        Ok(())
    }

    /// `while test: body else: orelse`. Layout: header (test) → body →
    /// latch (poll, back-edge) → header; header → else → exit; `break` →
    /// exit; `continue` → latch.
    fn while_stmt(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> R<()> {
        let header = self.b.create_block();
        let (body_b, latch, else_b, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.jump(header);
        self.b.switch_to_block(header);
        // `while True:` has no else edge, so code after it is unreachable
        // unless the body breaks.
        if crate::infer::const_in(self.cx.env, self.ft, test).is_some_and(|c| c.truthy()) {
            self.jump(body_b);
        } else {
            let mark = self.owned.len();
            let cond = self.truth_expr(test)?;
            self.release_owned(mark);
            self.brif(cond, body_b, else_b);
        }
        self.enter_sealed(body_b);
        self.loop_body(body, latch, exit);
        self.enter_sealed(latch);
        self.set_loc(test.span);
        self.b.poll();
        self.jump(header);
        self.seal(header);
        self.enter_sealed(else_b);
        self.block_then(orelse, exit);
        self.enter_sealed(exit);
        Ok(())
    }

    /// `for name in range(start, stop, step): body else: orelse`.
    ///
    /// The induction variable is hidden (assigning the loop variable in
    /// the body does not change the iteration, as in CPython). The step
    /// test is overflow-free: continue while the distance left to `stop`
    /// is larger than `|step|`, compared unsigned, so a range ending near
    /// ±2**63 never overflows.
    fn for_stmt(&mut self, target: &Target, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> R<()> {
        self.for_each(target, iter, &mut |lw, latch, exit| {
            lw.loop_body(body, latch, exit);
            Ok(())
        }, orelse)
    }

    /// A loop over `iter` binding `target`; `body` lowers one iteration
    /// (given the latch and the exit block) and ends in the latch.
    fn for_each(&mut self, target: &Target, iter: &Expr, body: &mut dyn FnMut(&mut Self, Block, Block) -> R<()>, orelse: &[Stmt]) -> R<()> {
        if !self.is_range_call(iter) {
            return self.list_loop(target, iter, body, orelse);
        }
        let Target::Name(name) = target else {
            let span = match target {
                Target::Tuple(_, s) | Target::Subscript { span: s, .. } => *s,
                Target::Attr { attr, .. } => attr.span,
                Target::Name(n) => n.span,
            };
            return Err(self.err(span, "range() yields ints; a for loop over range() binds a single name"));
        };
        let (start, stop, step, step_const) = self.range_args(iter)?;
        self.set_loc(iter.span);
        if step_const == Some(0) {
            self.b.raise(crate::ExcKind::ValueError, RANGE_ZERO_STEP);
            self.start_unreachable();
        } else if step_const.is_none() {
            let zero = self.b.iconst(0);
            let is_zero = self.b.binary(Opcode::IntEq, step, zero);
            let (raise_b, ok_b) = (self.b.create_block(), self.b.create_block());
            self.brif(is_zero, raise_b, ok_b);
            self.enter_sealed(raise_b);
            self.b.raise(crate::ExcKind::ValueError, RANGE_ZERO_STEP);
            self.enter_sealed(ok_b);
        }
        let positive = match step_const {
            Some(c) => Sign::Known(c > 0),
            None => {
                let zero = self.b.iconst(0);
                Sign::Dynamic(self.b.binary(Opcode::IntGt, step, zero))
            }
        };
        let cond = self.signed_select(positive, |lw| lw.b.binary(Opcode::IntLt, start, stop), |lw| lw.b.binary(Opcode::IntGt, start, stop));
        let i_var = self.temp(Type::I64);
        self.def_var(i_var, start);
        let (body_b, latch, else_b, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.brif(cond, body_b, else_b);
        self.b.switch_to_block(body_b);
        let i = self.use_var(i_var);
        self.store_local(name, i)?;
        body(self, latch, exit)?;
        self.enter_sealed(latch);
        self.set_loc(iter.span);
        self.b.poll();
        let i = self.use_var(i_var);
        let cont = self.signed_select(
            positive,
            |lw| {
                let gap = lw.b.binary(Opcode::IntSubWrap, stop, i);
                lw.b.binary(Opcode::IntUgt, gap, step)
            },
            |lw| {
                let gap = lw.b.binary(Opcode::IntSubWrap, i, stop);
                let zero = lw.b.iconst(0);
                let mag = lw.b.binary(Opcode::IntSubWrap, zero, step);
                lw.b.binary(Opcode::IntUgt, gap, mag)
            },
        );
        let next = self.b.binary(Opcode::IntAddWrap, i, step);
        self.def_var(i_var, next);
        self.brif(cont, body_b, else_b);
        self.seal(body_b);
        self.enter_sealed(else_b);
        self.block_then(orelse, exit);
        self.enter_sealed(exit);
        Ok(())
    }

    /// `if step > 0 { pos } else { neg }`, folded when the sign is known.
    fn signed_select(&mut self, sign: Sign, pos: impl FnOnce(&mut Self) -> Value, neg: impl FnOnce(&mut Self) -> Value) -> Value {
        match sign {
            Sign::Known(true) => pos(self),
            Sign::Known(false) => neg(self),
            Sign::Dynamic(c) => {
                let (p, n) = (pos(self), neg(self));
                self.b.select(c, p, n)
            }
        }
    }

    /// The (start, stop, step) values of `range(...)` and the step if it is
    /// a constant.
    fn range_args(&mut self, iter: &Expr) -> R<(Value, Value, Value, Option<i64>)> {
        let ExprKind::Call { func, args, keywords } = &iter.kind else {
            return Err(self.not_range(iter));
        };
        if !self.is_builtin(func, "range") {
            return Err(self.not_range(iter));
        }
        if let Some(k) = keywords.first() {
            return Err(self.err(k.name.span, "range() takes no keyword arguments"));
        }
        if args.is_empty() || args.len() > 3 {
            let msg = if args.is_empty() { "range expected at least 1 argument, got 0".to_string() } else { format!("range expected at most 3 arguments, got {}", args.len()) };
            return Err(self.err(iter.span, msg));
        }
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            match self.b.ty(v) {
                Type::I64 | Type::Bool => vals.push(self.as_int(v)),
                t => return Err(self.err(a.span, format!("'{}' object cannot be interpreted as an integer", crate::typing::py_type_name(t)))),
            }
        }
        let step_const = match args.get(2) {
            Some(e) => match crate::infer::const_in(self.cx.env, self.ft, e) {
                Some(crate::ConstValue::Int(n)) => Some(n),
                Some(crate::ConstValue::Bool(b)) => Some(i64::from(b)),
                _ => None,
            },
            None => Some(1),
        };
        Ok(match vals.as_slice() {
            [stop] => {
                let (start, step) = (self.b.iconst(0), self.b.iconst(1));
                (start, *stop, step, step_const)
            }
            [start, stop] => {
                let step = self.b.iconst(1);
                (*start, *stop, step, step_const)
            }
            [start, stop, step] => (*start, *stop, *step, step_const),
            _ => return Err(Reported),
        })
    }

    fn not_range(&mut self, iter: &Expr) -> Reported {
        self.err_help(iter.span, "expected range(...)", "not a range", "write range(stop), range(start, stop) or range(start, stop, step)")
    }

    /// The declared type of field `obj.attr`, if `obj` is a local or
    /// parameter of a compiled class with that field (the expected type
    /// of a value stored there).
    fn field_type(&self, obj: &Expr, attr: &Name) -> Option<Type> {
        let ExprKind::Name(n) = &obj.kind else { return None };
        let c = self.locals.get(n)?.ty.heap_type()?;
        let i = self.cx.env.class(c)?.field(&attr.id)?;
        Some(self.cx.table[c].class().fields[i].ty)
    }

    /// The item type of the list `l` (a local) of `l[index] = ...`.
    fn item_type_of(&self, l: &Expr, index: &Expr) -> Option<Type> {
        let ExprKind::Name(n) = &l.kind else { return None };
        let lt = self.locals.get(n)?.ty;
        if matches!(index.kind, ExprKind::Slice { .. }) {
            return Some(lt);
        }
        self.list_elem(lt)
    }

    /// Lower `stmts`, then continue at `to` unless they ended the block.
    fn block_then(&mut self, stmts: &[Stmt], to: Block) {
        self.block(stmts);
        if !self.b.is_filled() {
            self.jump(to);
        }
    }

    /// A loop body: `continue` goes to `latch`, `break` to `exit`.
    fn loop_body(&mut self, body: &[Stmt], latch: Block, exit: Block) {
        self.loops.push(LoopCx { continue_to: latch, break_to: exit, finals: self.finals.len() });
        self.block_then(body, latch);
        self.loops.pop();
    }

    fn finish(&mut self, def: &FuncDef) {
        if self.b.is_filled() {
            return;
        }
        self.set_loc(def.span);
        if self.ret == Type::None {
            self.release_frame();
            let n = self.b.none();
            self.b.ret(n);
        } else {
            // Reachable only if the function can fall off its end; cleanup
            // removes the block when it is unreachable, and the driver
            // reports it otherwise.
            self.b.raise(crate::ExcKind::RuntimeError, FALLTHROUGH_MSG);
        }
    }
}

/// The message of the placeholder at a reachable end of a function that
/// must return a value; its presence after cleanup is a compile error.
pub(crate) const FALLTHROUGH_MSG: &str = "<fell off the end of a function returning a value>";

/// CPython's message for `range(a, b, 0)`.
const RANGE_ZERO_STEP: &str = "range() arg 3 must not be zero";

/// The sign of a range step.
#[derive(Copy, Clone)]
enum Sign {
    Known(bool),
    Dynamic(Value),
}

/// An element of the right-hand side of a tuple assignment, evaluated
/// before any target is assigned.
pub(super) enum TupleVal {
    Value(Value),
    /// A nested tuple display.
    Tuple(Vec<TupleVal>),
}
