//! Borrow inference: drop the reference counting of locals that only
//! ever point into objects something else keeps alive.
//!
//! Lowering makes every reference local own what it holds: `a = a.next`
//! is `incref` of the new value and `decref` of the old one, two memory
//! writes and a branch per iteration of a list walk. That is what CPython
//! does, and it is needed only when something could drop the object's
//! other references while the local still points at it.
//!
//! The pass groups reference values into *webs*: the values connected by
//! block parameters (a local's versions), `unwrap`, `opt` and `select`,
//! which all denote the same reference. A web is **borrowed** when
//!
//! 1. none of its values is owned at birth (made by `new` or returned by
//!    a call): every one is read from a field, is a parameter (which the
//!    caller keeps alive for the whole call) or is None; and
//! 2. if any is read from a field, none of its values is live (or used)
//!    at an instruction that may release an object: a call, a `print`
//!    (the host's code may run other threads), a store into a reference
//!    field, a list operation that drops or replaces items, or a
//!    `decref` of a web that is not borrowed. Between such
//!    points no object is freed, so the field's object, and with it the
//!    value, stays alive.
//!
//! For a borrowed web every `incref` and `decref` of its values goes, and
//! a `return` of one of them gets an `incref` (a result is owned by the
//! caller): on every path the object's count changes by the same amount
//! as before. Loop back-edges (`poll`) do not release anything
//! themselves, but the host's poll may run Python code (a signal handler)
//! that drops the owners: each poll lists the borrowed values live across
//! it in `keep`, and its slow path keeps them alive until the call
//! returns if they would otherwise be freed (`rpy_poll_keep`).
//!
//! Exceptions unwind without releasing anything (see LANGUAGE.md), so
//! error paths need no care. Iterates to a fixed point: a web that stays
//! owned turns its `decref`s into release points for the others.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ir::{Block, EntityRef, Function, Inst, InstData, ListOp, Module, Value, ValueDef};

/// Run borrow inference on every function of `m`.
pub(crate) fn borrow(m: &mut Module) {
    let field_is_ref: Vec<Vec<bool>> = m.types.values().map(|t| t.as_class().map(|c| c.fields.iter().map(|f| f.ty.is_ref()).collect()).unwrap_or_default()).collect();
    for f in m.funcs.values_mut() {
        run(f, &field_is_ref);
    }
}

/// Union-find over values.
struct Webs {
    parent: Vec<u32>,
}

impl Webs {
    fn find(&mut self, v: Value) -> u32 {
        let mut x = v.index() as u32;
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }

    fn union(&mut self, a: Value, b: Value) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra as usize] = rb;
        }
    }
}

/// What a web is made of.
#[derive(Default, Clone, Copy)]
struct WebInfo {
    /// Some value is owned at birth (`new`, a call's result).
    owned: bool,
    /// Some value is read from a field.
    from_field: bool,
}

fn run(f: &mut Function, field_is_ref: &[Vec<bool>]) {
    let has_rc = f.layout.blocks.iter().flat_map(|&b| &f.layout.insts[b]).any(|&i| matches!(f.dfg.insts[i], InstData::IncRef { .. } | InstData::DecRef { .. }));
    if !has_rc {
        return;
    }
    let is_ref = |f: &Function, v: Value| f.dfg.value_type(v).is_ref();
    let mut webs = Webs { parent: (0..f.dfg.values.len() as u32).collect() };

    // Connect the values that denote one reference.
    for &b in &f.layout.blocks {
        for &inst in &f.layout.insts[b] {
            match &f.dfg.insts[inst] {
                InstData::Jump { dest } => connect(f, &mut webs, dest.block, &dest.args),
                InstData::Brif { then_dest, else_dest, .. } => {
                    connect(f, &mut webs, then_dest.block, &then_dest.args);
                    connect(f, &mut webs, else_dest.block, &else_dest.args);
                }
                InstData::Unwrap { arg, .. } | InstData::NonNull { arg } | InstData::ToOpt { arg } => {
                    let r = f.dfg.inst_result(inst).expect("has a result");
                    webs.union(r, *arg);
                }
                InstData::Select { then_val, else_val, .. } if is_ref(f, *then_val) => {
                    let r = f.dfg.inst_result(inst).expect("has a result");
                    webs.union(r, *then_val);
                    webs.union(r, *else_val);
                }
                _ => {}
            }
        }
    }

    // Classify each web by its values' origins.
    let mut info: HashMap<u32, WebInfo> = HashMap::default();
    for (v, data) in f.dfg.values.iter() {
        if !data.ty.is_ref() {
            continue;
        }
        let (owned, from_field) = match data.def {
            // Entry parameters are kept alive by the caller; other block
            // parameters take their incoming values' origins.
            ValueDef::Param(..) => (false, false),
            ValueDef::Result(i) => match f.dfg.insts[i] {
                InstData::GetField { .. } | InstData::List { op: ListOp::Get | ListOp::Item, .. } => (false, true),
                InstData::Null { .. } | InstData::Unwrap { .. } | InstData::NonNull { .. } | InstData::ToOpt { .. } | InstData::Select { .. } => (false, false),
                _ => (true, false),
            },
        };
        let w = info.entry(webs.find(v)).or_default();
        w.owned |= owned;
        w.from_field |= from_field;
    }
    let web_of = |webs: &mut Webs, v: Value| webs.find(v);

    // Liveness of reference values; reference-count operations are not
    // uses (they go, for the webs that matter).
    let live_after = liveness(f, &is_ref);

    // Release points and what is live at each.
    let mut candidates: HashSet<u32> = info.iter().filter(|(_, w)| !w.owned).map(|(&k, _)| k).collect();
    loop {
        let mut failed = Vec::new();
        for &b in &f.layout.blocks {
            for (k, &inst) in f.layout.insts[b].iter().enumerate() {
                let data = &f.dfg.insts[inst];
                let releases = match data {
                    InstData::Call { .. } | InstData::Print { .. } => true,
                    // Operations that drop or replace items.
                    InstData::List { op: ListOp::Set | ListOp::SetItem | ListOp::Clear | ListOp::Remove | ListOp::Del | ListOp::DelSlice | ListOp::SetSlice, .. } => true,
                    InstData::SetField { obj, field, .. } => match f.dfg.value_type(*obj).heap_type() {
                        Some(c) => field_is_ref.get(c.index()).and_then(|fs| fs.get(*field as usize)).copied().unwrap_or(true),
                        None => true,
                    },
                    InstData::DecRef { arg } => !candidates.contains(&web_of(&mut webs, *arg)),
                    _ => false,
                };
                if !releases {
                    continue;
                }
                let mut at: Vec<Value> = live_after[&b][k].iter().copied().collect();
                data.for_each_operand(|v| at.push(v));
                for v in at {
                    if !is_ref(f, v) {
                        continue;
                    }
                    let w = web_of(&mut webs, v);
                    if candidates.contains(&w) && info[&w].from_field {
                        failed.push(w);
                    }
                }
            }
        }
        if failed.is_empty() {
            break;
        }
        for w in failed {
            candidates.remove(&w);
        }
    }
    if candidates.is_empty() {
        return;
    }

    // Rewrite: drop the counting of borrowed webs, own what is returned,
    // and list the borrowed values each poll must keep alive.
    for b in f.layout.blocks.clone() {
        let insts = std::mem::take(&mut f.layout.insts[b]);
        let mut out = Vec::with_capacity(insts.len());
        for (k, inst) in insts.into_iter().enumerate() {
            match f.dfg.insts[inst].clone() {
                InstData::IncRef { arg } | InstData::DecRef { arg } if candidates.contains(&web_of(&mut webs, arg)) => continue,
                InstData::Return { value } if is_ref(f, value) && candidates.contains(&web_of(&mut webs, value)) => {
                    let inc = f.dfg.insts.push(InstData::IncRef { arg: value });
                    f.srclocs[inc] = f.srclocs[inst];
                    out.push(inc);
                }
                InstData::Poll { weight, .. } => {
                    let mut keep: Vec<Value> =
                        live_after[&b][k].iter().copied().filter(|&v| is_ref(f, v)).filter(|&v| { let w = web_of(&mut webs, v); candidates.contains(&w) && info[&w].from_field }).collect();
                    keep.sort();
                    f.dfg.insts[inst] = InstData::Poll { keep, weight };
                }
                _ => {}
            }
            out.push(inst);
        }
        f.layout.insts[b] = out;
    }
}

/// Union each block argument with the parameter it is passed to.
fn connect(f: &Function, webs: &mut Webs, block: Block, args: &[Value]) {
    for (&p, &a) in f.dfg.block_params(block).iter().zip(args) {
        if f.dfg.value_type(p).is_ref() {
            webs.union(p, a);
        }
    }
}

/// For each block, the reference values live after each of its
/// instructions (`incref`/`decref` operands and `poll` lists are not
/// uses).
fn liveness(f: &Function, is_ref: &dyn Fn(&Function, Value) -> bool) -> HashMap<Block, Vec<HashSet<Value>>> {
    let uses = |inst: Inst, mut each: &mut dyn FnMut(Value)| match &f.dfg.insts[inst] {
        InstData::IncRef { .. } | InstData::DecRef { .. } | InstData::Poll { .. } => {}
        data => data.for_each_operand(|v| {
            if is_ref(f, v) {
                (&mut each)(v)
            }
        }),
    };
    let succs = |b: Block| -> Vec<Block> { f.terminator(b).map(|t| f.dfg.insts[t].successors().map(|s| s.block).collect()).unwrap_or_default() };
    let mut live_in: HashMap<Block, HashSet<Value>> = f.layout.blocks.iter().map(|&b| (b, HashSet::default())).collect();
    let transfer = |b: Block, live_in: &HashMap<Block, HashSet<Value>>| -> Vec<HashSet<Value>> {
        let mut live: HashSet<Value> = succs(b).iter().flat_map(|s| live_in.get(s).into_iter().flatten().copied()).collect();
        let insts = &f.layout.insts[b];
        let mut after = vec![HashSet::default(); insts.len()];
        for (k, &inst) in insts.iter().enumerate().rev() {
            after[k] = live.clone();
            if let Some(r) = f.dfg.inst_result(inst) {
                live.remove(&r);
            }
            uses(inst, &mut |v| {
                live.insert(v);
            });
        }
        for p in f.dfg.block_params(b) {
            live.remove(p);
        }
        after.push(live);
        after
    };
    loop {
        let mut changed = false;
        for &b in f.layout.blocks.iter().rev() {
            let mut after = transfer(b, &live_in);
            let inn = after.pop().expect("live-in");
            if inn != live_in[&b] {
                live_in.insert(b, inn);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    f.layout
        .blocks
        .iter()
        .map(|&b| {
            let mut after = transfer(b, &live_in);
            after.pop();
            (b, after)
        })
        .collect()
}
