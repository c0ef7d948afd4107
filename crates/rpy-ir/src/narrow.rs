//! Narrowing of optional references: an `unwrap v` where `v` is known
//! not to be None becomes `nonnull v` (no check).
//!
//! `v` is known not None in a block when the block is entered only by
//! the edge of an `is v, None` test that says so (`while a is not None:`,
//! the rest of a function after `if a is None: return`), or when an
//! `unwrap v` dominates it (it would have raised). Facts flow down the
//! dominator tree. Lowering checks every attribute access through an
//! optional reference, so a list walk `a.val ... a.next` carries three
//! tests of `a` per step; this leaves the one the loop condition makes.

use rustc_hash::FxHashMap as HashMap;

use crate::ir::{Block, Function, InstData, Value, ValueDef};
use crate::verify::dominators;

/// Run narrowing on `f`.
pub(crate) fn narrow(f: &mut Function) {
    let has_unwrap = f.layout.blocks.iter().flat_map(|&b| &f.layout.insts[b]).any(|&i| matches!(f.dfg.insts[i], InstData::Unwrap { .. }));
    let Some(entry) = f.layout.entry() else { return };
    if !has_unwrap {
        return;
    }
    let idom = dominators(f);
    let mut children: HashMap<Block, Vec<Block>> = HashMap::default();
    let mut incoming: HashMap<Block, usize> = HashMap::default();
    for &b in &f.layout.blocks {
        if let Some(&d) = idom.get(&b) {
            if d != b {
                children.entry(d).or_default().push(b);
            }
        }
        if let Some(t) = f.terminator(b) {
            for s in f.dfg.insts[t].successors() {
                *incoming.entry(s.block).or_default() += 1;
            }
        }
    }
    // Depth-first over the dominator tree; each entry carries the facts
    // known at the end of its immediate dominator.
    let mut work: Vec<(Block, Vec<Value>)> = vec![(entry, Vec::new())];
    while let Some((b, mut known)) = work.pop() {
        if incoming.get(&b) == Some(&1) {
            if let Some(v) = edge_fact(f, idom[&b], b) {
                known.push(v);
            }
        }
        for k in 0..f.layout.insts[b].len() {
            let inst = f.layout.insts[b][k];
            if let InstData::Unwrap { arg, .. } = f.dfg.insts[inst] {
                if known.contains(&arg) {
                    f.dfg.insts[inst] = InstData::NonNull { arg };
                    // It cannot raise now: a `catch` covering it goes.
                    if let Some(&next) = f.layout.insts[b].get(k + 1) {
                        if let InstData::Catch { normal, .. } = &f.dfg.insts[next] {
                            f.dfg.insts[next] = InstData::Jump { dest: normal.clone() };
                        }
                    }
                } else {
                    known.push(arg);
                }
            }
        }
        for &c in children.get(&b).into_iter().flatten() {
            work.push((c, known.clone()));
        }
    }
}

/// The value that the edge `from -> to` proves not None, if `from` ends
/// with a two-way branch on an `is v, None` test (through any number of
/// `not`s) whose edge to `to` is the "not None" one.
fn edge_fact(f: &Function, from: Block, to: Block) -> Option<Value> {
    let t = f.terminator(from)?;
    let InstData::Brif { cond, then_dest, else_dest } = &f.dfg.insts[t] else { return None };
    if then_dest.block == else_dest.block {
        return None;
    }
    // `positive`: the branch is taken to `to` when `cond` is true.
    let mut positive = then_dest.block == to;
    let mut c = *cond;
    loop {
        let ValueDef::Result(i) = f.dfg.values[c].def else { return None };
        match &f.dfg.insts[i] {
            InstData::Unary { op: crate::ir::Opcode::BoolNot, arg } => {
                positive = !positive;
                c = *arg;
            }
            InstData::RefIs { args } => {
                let is_null = |v: Value| matches!(f.dfg.values[v].def, ValueDef::Result(j) if matches!(f.dfg.insts[j], InstData::Null { .. }));
                let v = match (is_null(args[0]), is_null(args[1])) {
                    (false, true) => args[0],
                    (true, false) => args[1],
                    _ => return None,
                };
                // `to` is reached when `v is None` is false.
                return (!positive).then_some(v);
            }
            _ => return None,
        }
    }
}
