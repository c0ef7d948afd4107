//! The IR verifier. It runs after lowering and after every pass in debug
//! builds and tests; a failure is always a compiler bug, never a user
//! error. It collects every violation rather than stopping at the first.
//!
//! Invariants checked:
//! * the layout lists each block once, each instruction is in one block,
//!   and every block ends with exactly one terminator (and has no other);
//! * the entry block's parameters have the function's parameter types;
//! * every operand is a value defined in the layout, and its definition
//!   dominates the use (block arguments are used at the end of the
//!   predecessor);
//! * every operand has the type its instruction requires: opcode operand
//!   types, bool conditions, block arguments matching the destination's
//!   parameters, call arguments and results matching the callee, returns
//!   matching the function's return type.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;

use crate::cleanup::reachable;
use crate::ir::{Block, Function, Inst, InstData, Module, Type, Value, ValueDef};

/// One violated invariant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifierError {
    /// The function.
    pub func: String,
    /// Where (an instruction or block, as text).
    pub location: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for VerifierError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.func, self.location, self.message)
    }
}

/// Verify every function of `m`.
pub fn verify_module(m: &Module) -> Result<(), Vec<VerifierError>> {
    let mut errors = Vec::new();
    for f in m.funcs.values() {
        Verifier { m, f, errors: &mut errors }.run();
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

struct Verifier<'a> {
    m: &'a Module,
    f: &'a Function,
    errors: &'a mut Vec<VerifierError>,
}

impl Verifier<'_> {
    fn error(&mut self, location: impl fmt::Display, message: impl Into<String>) {
        self.errors.push(VerifierError { func: self.f.name.clone(), location: location.to_string(), message: message.into() });
    }

    fn run(&mut self) {
        let Some(entry) = self.f.layout.entry() else {
            self.error("function", "has no blocks");
            return;
        };
        let entry_types: Vec<Type> = self.f.dfg.block_params(entry).iter().map(|&v| self.f.dfg.value_type(v)).collect();
        let param_types: Vec<Type> = self.f.params.iter().map(|p| p.ty).collect();
        if entry_types != param_types {
            self.error(entry, format!("entry parameters {entry_types:?} differ from the signature {param_types:?}"));
        }
        let Some(pos) = self.layout_positions() else { return };
        let idom = dominators(self.f);
        for &b in &self.f.layout.blocks {
            for (i, &inst) in self.f.layout.insts[b].iter().enumerate() {
                self.check_inst(inst, b, i, &pos, &idom);
            }
        }
    }

    /// Position (block, index) of every instruction; checks the layout's
    /// shape.
    fn layout_positions(&mut self) -> Option<HashMap<Inst, (Block, usize)>> {
        let mut pos = HashMap::default();
        let mut seen = HashSet::default();
        for &b in &self.f.layout.blocks {
            if !seen.insert(b) {
                self.error(b, "appears twice in the layout");
            }
            let insts = &self.f.layout.insts[b];
            if insts.is_empty() {
                self.error(b, "is empty");
            }
            for (i, &inst) in insts.iter().enumerate() {
                if pos.insert(inst, (b, i)).is_some() {
                    self.error(inst, "is in the layout twice");
                }
                let last = i + 1 == insts.len();
                let term = self.f.dfg.insts[inst].is_terminator();
                if term && !last {
                    self.error(inst, "terminator in the middle of a block");
                }
                if !term && last {
                    self.error(b, "does not end with a terminator");
                }
            }
        }
        self.errors.is_empty().then_some(pos)
    }

    fn ty(&self, v: Value) -> Type {
        self.f.dfg.value_type(v)
    }

    fn check_inst(&mut self, inst: Inst, b: Block, i: usize, pos: &HashMap<Inst, (Block, usize)>, idom: &HashMap<Block, Block>) {
        let data = &self.f.dfg.insts[inst];
        for v in data.operands() {
            self.check_dominates(inst, v, b, i, pos, idom);
        }
        let want = |t: Type, v: Value, this: &mut Self, what: &str| {
            if this.ty(v) != t {
                let got = this.ty(v);
                this.error(inst, format!("{what} {v} has type {got}, expected {t}"));
            }
        };
        match data {
            InstData::Unary { op, arg } => want(op.arg_types()[0], *arg, self, "operand"),
            InstData::Binary { op, args } => {
                let tys = op.arg_types();
                if tys.len() != 2 {
                    self.error(inst, format!("{} is not binary", op.name()));
                    return;
                }
                want(tys[0], args[0], self, "operand");
                want(tys[1], args[1], self, "operand");
            }
            InstData::Select { cond, then_val, else_val } => {
                want(Type::Bool, *cond, self, "condition");
                let t = self.ty(*then_val);
                want(t, *else_val, self, "select arm");
            }
            InstData::Call { func, args } => self.check_call(inst, *func, args),
            InstData::CheckBound { flag, .. } => want(Type::Bool, *flag, self, "flag"),
            InstData::Brif { cond, .. } => want(Type::Bool, *cond, self, "condition"),
            InstData::Return { value } => want(self.f.ret, *value, self, "return value"),
            InstData::New { class } => self.check_class(inst, *class),
            InstData::List { op, args } => self.check_list(inst, *op, args),
            InstData::Null { ty } => match ty.heap_type() {
                Some(c) => self.check_class(inst, c),
                None => self.error(inst, "null of a non-reference type"),
            },
            InstData::GetField { obj, field } => {
                if let Some(fl) = self.field(inst, *obj, *field) {
                    if let Some(r) = self.f.dfg.inst_result(inst) {
                        want(fl.ty, r, self, "field");
                    }
                }
            }
            InstData::SetField { obj, field, value } => {
                if let Some(fl) = self.field(inst, *obj, *field) {
                    want(fl.ty, *value, self, "stored value");
                }
            }
            InstData::IncRef { arg } | InstData::DecRef { arg } => {
                if !self.ty(*arg).is_ref() {
                    self.error(inst, format!("{arg} is not a reference"));
                }
            }
            InstData::ExcCode { exc } | InstData::ExcDrop { exc } | InstData::ExcRethrow { exc, .. } | InstData::ExcReraise { exc, .. } => {
                if self.ty(*exc) != Type::I64 {
                    self.error(inst, format!("{exc} is not an exception handle"));
                }
            }
            InstData::ExcTake => {
                if self.f.layout.insts[b].first() != Some(&inst) {
                    self.error(inst, "exc.take must be the first instruction of its block");
                }
            }
            InstData::Catch { .. } => {
                let insts = &self.f.layout.insts[b];
                let before = insts.len().checked_sub(2).map(|k| insts[k]);
                if !before.is_some_and(|i| self.f.dfg.insts[i].can_raise() && !self.f.dfg.insts[i].is_terminator()) {
                    self.error(inst, "catch must follow an instruction that can raise");
                }
            }
            InstData::Poll { keep, weight } => {
                for a in keep {
                    if !self.ty(*a).is_ref() {
                        self.error(inst, format!("{a} is not a reference"));
                    }
                }
                if let Some(w) = weight.filter(|&w| self.ty(w) != Type::I64) {
                    self.error(inst, format!("poll weight {w} is not an int"));
                }
            }
            InstData::RefIs { args } => {
                for a in args {
                    if !self.ty(*a).is_ref() {
                        self.error(inst, format!("{a} is not a reference"));
                    }
                }
            }
            InstData::Unwrap { arg, .. } => {
                let ok = matches!((self.ty(*arg), self.f.dfg.inst_result(inst).map(|r| self.ty(r))), (Type::OptRef(a), Some(Type::Ref(b))) if a == b);
                if !ok {
                    self.error(inst, format!("unwrap of {arg} must turn an optional reference into a reference of its class"));
                }
            }
            InstData::NonNull { arg } => {
                let ok = matches!((self.ty(*arg), self.f.dfg.inst_result(inst).map(|r| self.ty(r))), (Type::OptRef(a), Some(Type::Ref(b))) if a == b);
                if !ok {
                    self.error(inst, format!("nonnull of {arg} must turn an optional reference into a reference of its class"));
                }
            }
            InstData::ToOpt { arg } => {
                let ok = matches!((self.ty(*arg), self.f.dfg.inst_result(inst).map(|r| self.ty(r))), (Type::Ref(a), Some(Type::OptRef(b))) if a == b);
                if !ok {
                    self.error(inst, format!("opt of {arg} must turn a reference into an optional reference of its class"));
                }
            }
            _ => {}
        }
        for bc in data.successors() {
            let params = self.f.dfg.block_params(bc.block);
            if !self.f.layout.blocks.contains(&bc.block) {
                self.error(inst, format!("jumps to {}, which is not in the layout", bc.block));
            } else if params.len() != bc.args.len() {
                self.error(inst, format!("passes {} arguments to {}, which has {} parameters", bc.args.len(), bc.block, params.len()));
            } else {
                for (&a, &p) in bc.args.iter().zip(params) {
                    want(self.ty(p), a, self, "block argument");
                }
            }
        }
        if let Some(r) = self.f.dfg.inst_result(inst) {
            let expected = match data {
                InstData::Unary { op, .. } | InstData::Binary { op, .. } => Some(op.result_type()),
                InstData::IConst(_) => Some(Type::I64),
                InstData::FConst(_) => Some(Type::F64),
                InstData::BConst(_) => Some(Type::Bool),
                InstData::NoneConst => Some(Type::None),
                InstData::New { class } => Some(Type::Ref(*class)),
                InstData::Null { ty } => Some(*ty),
                InstData::RefIs { .. } => Some(Type::Bool),
                _ => None,
            };
            if let Some(t) = expected {
                want(t, r, self, "result");
            }
        }
    }

    /// A list operation: its operand count, a list as the first operand
    /// (the result for `list.new` and `list.range`), and an item of the
    /// list's item type where the operation stores or finds one.
    fn check_list(&mut self, inst: Inst, op: crate::ir::ListOp, args: &[Value]) {
        use crate::ir::ListOp as L;
        if let Some(n) = op.arity() {
            if args.len() != n {
                self.error(inst, format!("{} takes {n} operands, not {}", op.name(), args.len()));
                return;
            }
        }
        let list = match op {
            L::New | L::Range | L::StrFromLine => self.f.dfg.inst_result(inst),
            _ => args.first().copied(),
        };
        let Some(list) = list else {
            self.error(inst, format!("{} needs a list", op.name()));
            return;
        };
        let list = if matches!(op, L::StrFromLine | L::StrChr) { self.f.dfg.inst_result(inst).unwrap_or(list) } else { list };
        let heap = self.ty(list).heap_type().and_then(|c| self.m.types.get(c));
        if heap == Some(&crate::ir::HeapType::Str) || matches!(op, L::StrJoin | L::StrFromLine | L::StrChr) {
            return;
        }
        if heap.is_some_and(|h| h.tuple_items().is_some()) {
            if !matches!(op, L::Eq | L::Lt | L::Le) || args.get(1).map(|&b| self.ty(b)) != Some(self.ty(list)) {
                self.error(inst, format!("{} of {list}, a tuple", op.name()));
            }
            return;
        }
        if heap.is_some_and(|h| h.array_elem().is_some()) && !matches!(op, L::Len | L::Get | L::Set | L::Item | L::SetItem | L::Sum) {
            self.error(inst, format!("{} of {list}, an array", op.name()));
            return;
        }
        let elem = match heap.and_then(|h| h.seq_elem()) {
            Some(e) => e,
            None => {
                self.error(inst, format!("{} of {list}, which is not a list", op.name()));
                return;
            }
        };
        let item = match op {
            L::New => Some(&args[..]),
            L::Append | L::Index | L::Count | L::Remove | L::Contains => Some(&args[1..2]),
            L::Set | L::SetItem | L::Insert => Some(&args[2..3]),
            _ => None,
        };
        for &a in item.unwrap_or_default() {
            if self.ty(a) != elem {
                self.error(inst, format!("{a} is not a {elem}, the item type of {list}"));
            }
        }
    }

    fn check_class(&mut self, inst: Inst, class: crate::ir::TypeId) {
        if !self.m.types.is_valid(class) {
            self.error(inst, format!("uses {class}, which is not in the type table"));
        }
    }

    /// The field `field` of the class of `obj` (a `Ref`), reporting
    /// misuse.
    fn field(&mut self, inst: Inst, obj: Value, field: u32) -> Option<crate::ir::Field> {
        let Type::Ref(c) = self.ty(obj) else {
            self.error(inst, format!("{obj} is not a reference (unwrap an optional one first)"));
            return None;
        };
        let Some(t) = self.m.types.get(c) else {
            self.error(inst, format!("uses {c}, which is not in the type table"));
            return None;
        };
        let fl = t.class().fields.get(field as usize).cloned();
        if fl.is_none() {
            self.error(inst, format!("{c} has no field {field}"));
        }
        fl
    }

    fn check_call(&mut self, inst: Inst, func: crate::ir::FuncId, args: &[Value]) {
        let Some(callee) = self.m.funcs.get(func) else {
            self.error(inst, format!("calls {func}, which is not in the module"));
            return;
        };
        let params: Vec<Type> = callee.params.iter().map(|p| p.ty).collect();
        let got: Vec<Type> = args.iter().map(|&a| self.ty(a)).collect();
        if params != got {
            self.error(inst, format!("call arguments {got:?} do not match {}'s parameters {params:?}", callee.name));
        }
        if let Some(r) = self.f.dfg.inst_result(inst) {
            if self.ty(r) != callee.ret {
                self.error(inst, format!("call result has type {}, but {} returns {}", self.ty(r), callee.name, callee.ret));
            }
        }
    }

    fn check_dominates(&mut self, inst: Inst, v: Value, b: Block, i: usize, pos: &HashMap<Inst, (Block, usize)>, idom: &HashMap<Block, Block>) {
        if !self.f.dfg.values.is_valid(v) {
            self.error(inst, format!("uses {v}, which does not exist"));
            return;
        }
        let (def_block, def_index) = match self.f.dfg.values[v].def {
            ValueDef::Result(d) => match pos.get(&d) {
                Some(&(db, di)) => (db, Some(di)),
                None => {
                    self.error(inst, format!("uses {v}, whose definition is not in the layout"));
                    return;
                }
            },
            ValueDef::Param(pb, n) => {
                if self.f.dfg.block_params(pb).get(n) != Some(&v) {
                    self.error(inst, format!("uses {v}, which is no longer a parameter of {pb}"));
                    return;
                }
                (pb, None)
            }
        };
        if !idom.contains_key(&b) {
            return; // unreachable code: no dominance to check
        }
        let ok = if def_block == b { def_index.is_none_or(|di| di < i) } else { dominates(idom, def_block, b) };
        if !ok {
            self.error(inst, format!("uses {v}, whose definition does not dominate the use"));
        }
    }
}

/// Immediate dominators of the reachable blocks (Cooper, Harvey and
/// Kennedy's iterative algorithm); the entry maps to itself.
pub(crate) fn dominators(f: &Function) -> HashMap<Block, Block> {
    let order = reachable(f);
    // Reverse postorder.
    let rpo = postorder(f, &order);
    let index: HashMap<Block, usize> = rpo.iter().enumerate().map(|(i, b)| (*b, i)).collect();
    let mut preds: HashMap<Block, Vec<Block>> = HashMap::default();
    for &b in &rpo {
        if let Some(t) = f.terminator(b) {
            for s in f.dfg.insts[t].successors() {
                preds.entry(s.block).or_default().push(b);
            }
        }
    }
    let mut idom: HashMap<Block, Block> = HashMap::default();
    let Some(&entry) = rpo.first() else { return idom };
    idom.insert(entry, entry);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in &rpo[1..] {
            let mut new: Option<Block> = None;
            for &p in preds.get(&b).map_or(&[][..], Vec::as_slice) {
                if !idom.contains_key(&p) {
                    continue;
                }
                new = Some(match new {
                    None => p,
                    Some(n) => intersect(&idom, &index, p, n),
                });
            }
            if let Some(n) = new {
                if idom.get(&b) != Some(&n) {
                    idom.insert(b, n);
                    changed = true;
                }
            }
        }
    }
    idom
}

fn postorder(f: &Function, reachable: &[Block]) -> Vec<Block> {
    let Some(&entry) = reachable.first() else { return Vec::new() };
    let mut seen = HashSet::from_iter([entry]);
    let mut out = Vec::new();
    let mut stack = vec![(entry, 0usize)];
    while let Some((b, next)) = stack.pop() {
        let succs: Vec<Block> = f.terminator(b).map(|t| f.dfg.insts[t].successors().map(|s| s.block).collect()).unwrap_or_default();
        if next < succs.len() {
            stack.push((b, next + 1));
            let s = succs[next];
            if seen.insert(s) {
                stack.push((s, 0));
            }
        } else {
            out.push(b);
        }
    }
    out.reverse();
    out
}

fn intersect(idom: &HashMap<Block, Block>, index: &HashMap<Block, usize>, mut a: Block, mut b: Block) -> Block {
    while a != b {
        while index[&a] > index[&b] {
            a = idom[&a];
        }
        while index[&b] > index[&a] {
            b = idom[&b];
        }
    }
    a
}

pub(crate) fn dominates(idom: &HashMap<Block, Block>, a: Block, mut b: Block) -> bool {
    loop {
        if a == b {
            return true;
        }
        match idom.get(&b) {
            Some(&d) if d != b => b = d,
            _ => return false,
        }
    }
}
