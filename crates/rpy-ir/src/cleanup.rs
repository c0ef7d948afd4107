//! The cleanup pass run after lowering: removes what SSA construction
//! leaves behind so the IR says only what the program does.
//!
//! 1. unreachable blocks (code after `return`/`break`, else-edges of
//!    `while True`);
//! 2. trivial block parameters (every incoming argument is the same value);
//! 3. `check.bound` of a flag that is the constant `true` (the local is
//!    bound on every path);
//! 4. pure instructions whose result is unused;
//! 5. blocks whose only predecessor jumps to them unconditionally (merged
//!    into it);
//!
//! and finally renumbers blocks and values densely in layout order, so the
//! printed IR is stable and readable.
//!
//! Semantics are unchanged: nothing that can raise is removed unless it
//! provably cannot fire.

use std::collections::{HashMap, HashSet};

use crate::ir::{Block, Function, Inst, InstData, Value, ValueDef};

/// Run every step on `f`.
pub(crate) fn cleanup(f: &mut Function) {
    remove_unreachable(f);
    remove_trivial_params(f);
    remove_true_checks(f);
    remove_dead_code(f);
    merge_blocks(f);
    *f = compact(f);
}

/// Blocks reachable from the entry, in depth-first preorder.
pub(crate) fn reachable(f: &Function) -> Vec<Block> {
    let Some(entry) = f.layout.entry() else { return Vec::new() };
    let mut seen = HashSet::from([entry]);
    let mut order = Vec::new();
    let mut stack = vec![entry];
    while let Some(b) = stack.pop() {
        order.push(b);
        if let Some(t) = f.terminator(b) {
            for s in f.dfg.insts[t].successors().iter().rev() {
                if seen.insert(s.block) {
                    stack.push(s.block);
                }
            }
        }
    }
    order
}

fn remove_unreachable(f: &mut Function) {
    let live: HashSet<Block> = reachable(f).into_iter().collect();
    f.layout.blocks.retain(|b| live.contains(b));
}

/// Predecessor edges: (terminator, successor index) per block.
fn pred_edges(f: &Function) -> HashMap<Block, Vec<(Inst, usize)>> {
    let mut preds: HashMap<Block, Vec<(Inst, usize)>> = HashMap::new();
    for &b in &f.layout.blocks {
        if let Some(t) = f.terminator(b) {
            for (i, s) in f.dfg.insts[t].successors().iter().enumerate() {
                preds.entry(s.block).or_default().push((t, i));
            }
        }
    }
    preds
}

fn edge_args(f: &mut Function, inst: Inst, succ: usize) -> &mut Vec<Value> {
    match (&mut f.dfg.insts[inst], succ) {
        (InstData::Jump { dest }, _) => &mut dest.args,
        (InstData::Brif { then_dest, .. }, 0) => &mut then_dest.args,
        (InstData::Brif { else_dest, .. }, _) => &mut else_dest.args,
        _ => unreachable!("not a branch"),
    }
}

fn resolve(aliases: &HashMap<Value, Value>, mut v: Value) -> Value {
    while let Some(&t) = aliases.get(&v) {
        v = t;
    }
    v
}

fn remove_trivial_params(f: &mut Function) {
    let mut aliases: HashMap<Value, Value> = HashMap::new();
    let entry = f.layout.entry();
    loop {
        let preds = pred_edges(f);
        let mut changed = false;
        for b in f.layout.blocks.clone() {
            if Some(b) == entry {
                continue;
            }
            let edges = preds.get(&b).cloned().unwrap_or_default();
            for k in (0..f.dfg.blocks[b].params.len()).rev() {
                let p = f.dfg.blocks[b].params[k];
                let mut incoming = HashSet::new();
                for &(inst, succ) in &edges {
                    let a = resolve(&aliases, edge_args(f, inst, succ)[k]);
                    if a != p {
                        incoming.insert(a);
                    }
                }
                if incoming.len() != 1 {
                    continue;
                }
                let v = incoming.into_iter().next().expect("one value");
                aliases.insert(p, v);
                f.dfg.blocks[b].params.remove(k);
                for &(inst, succ) in &edges {
                    edge_args(f, inst, succ).remove(k);
                }
                changed = true;
            }
            let params = f.dfg.blocks[b].params.clone();
            for (i, p) in params.into_iter().enumerate() {
                f.dfg.values[p].def = ValueDef::Param(b, i);
            }
        }
        if !changed {
            break;
        }
    }
    if aliases.is_empty() {
        return;
    }
    for b in f.layout.blocks.clone() {
        for inst in f.layout.insts[b].clone() {
            let data = f.dfg.insts[inst].clone();
            f.dfg.insts[inst] = data.map_operands(|v| resolve(&aliases, v));
        }
    }
}

fn is_true(f: &Function, v: Value) -> bool {
    matches!(f.dfg.values[v].def, ValueDef::Result(i) if f.dfg.insts[i] == InstData::BConst(true))
}

fn remove_true_checks(f: &mut Function) {
    for b in f.layout.blocks.clone() {
        let keep: Vec<Inst> = f.layout.insts[b]
            .iter()
            .copied()
            .filter(|&i| !matches!(f.dfg.insts[i], InstData::CheckBound { flag, .. } if is_true(f, flag)))
            .collect();
        f.layout.insts[b] = keep;
    }
}

fn is_pure(data: &InstData) -> bool {
    !data.can_raise() && !data.is_terminator() && !matches!(data, InstData::Print { .. } | InstData::Poll)
}

fn remove_dead_code(f: &mut Function) {
    loop {
        let mut used = HashSet::new();
        for &b in &f.layout.blocks {
            for &i in &f.layout.insts[b] {
                f.dfg.insts[i].for_each_operand(|v| {
                    used.insert(v);
                });
            }
        }
        let mut changed = false;
        for b in f.layout.blocks.clone() {
            let before = f.layout.insts[b].len();
            let keep: Vec<Inst> = f.layout.insts[b]
                .iter()
                .copied()
                .filter(|&i| !is_pure(&f.dfg.insts[i]) || f.dfg.inst_result(i).is_some_and(|r| used.contains(&r)))
                .collect();
            changed |= keep.len() != before;
            f.layout.insts[b] = keep;
        }
        if !changed {
            break;
        }
    }
}

/// Merge each block into its predecessor when that predecessor is its only
/// one and ends with an unconditional jump to it.
fn merge_blocks(f: &mut Function) {
    let Some(entry) = f.layout.entry() else { return };
    let preds = pred_edges(f);
    // Where each terminator currently is (merging moves them).
    let mut home: HashMap<Inst, Block> = HashMap::new();
    for &b in &f.layout.blocks {
        if let Some(t) = f.terminator(b) {
            home.insert(t, b);
        }
    }
    let mut aliases: HashMap<Value, Value> = HashMap::new();
    let mut removed: HashSet<Block> = HashSet::new();
    for b in reachable(f) {
        if b == entry {
            continue;
        }
        let Some([(jump, _)]) = preds.get(&b).map(Vec::as_slice) else { continue };
        let InstData::Jump { dest } = &f.dfg.insts[*jump] else { continue };
        let Some(&p) = home.get(jump) else { continue };
        if p == b {
            continue;
        }
        for (&param, &arg) in f.dfg.blocks[b].params.iter().zip(&dest.args) {
            aliases.insert(param, arg);
        }
        f.dfg.blocks[b].params.clear();
        let moved = std::mem::take(&mut f.layout.insts[b]);
        if let Some(t) = moved.last() {
            home.insert(*t, p);
        }
        let pi = &mut f.layout.insts[p];
        pi.pop();
        pi.extend(moved);
        removed.insert(b);
    }
    f.layout.blocks.retain(|b| !removed.contains(b));
    for b in f.layout.blocks.clone() {
        for inst in f.layout.insts[b].clone() {
            let data = f.dfg.insts[inst].clone();
            f.dfg.insts[inst] = data.map_operands(|v| resolve(&aliases, v));
        }
    }
}

/// A copy of `f` with blocks, instructions and values numbered densely in
/// layout order (dropping everything no longer in the layout).
fn compact(f: &Function) -> Function {
    let mut out = Function::new(f.name.clone(), f.params.clone(), f.ret, f.loc);
    let mut blocks: HashMap<Block, Block> = HashMap::new();
    for &b in &f.layout.blocks {
        let nb = out.dfg.blocks.push(Default::default());
        out.layout.blocks.push(nb);
        blocks.insert(b, nb);
    }
    let mut values: HashMap<Value, Value> = HashMap::new();
    for &b in &f.layout.blocks {
        let nb = blocks[&b];
        for (i, &p) in f.dfg.block_params(b).iter().enumerate() {
            let v = out.dfg.values.push(crate::ir::ValueData { ty: f.dfg.value_type(p), def: ValueDef::Param(nb, i) });
            out.dfg.blocks[nb].params.push(v);
            values.insert(p, v);
        }
    }
    for &b in &f.layout.blocks {
        let nb = blocks[&b];
        for &inst in f.block_insts(b) {
            let mut data = f.dfg.insts[inst].clone();
            if let InstData::Jump { dest } = &mut data {
                dest.block = blocks[&dest.block];
            }
            if let InstData::Brif { then_dest, else_dest, .. } = &mut data {
                then_dest.block = blocks[&then_dest.block];
                else_dest.block = blocks[&else_dest.block];
            }
            // Operands are defined before use in layout order except for
            // block arguments of back edges; map lazily.
            let ni = out.dfg.insts.push(InstData::Poll);
            out.layout.insts[nb].push(ni);
            out.srclocs[ni] = f.srclocs[inst];
            if let Some(r) = f.dfg.inst_result(inst) {
                let v = out.dfg.values.push(crate::ir::ValueData { ty: f.dfg.value_type(r), def: ValueDef::Result(ni) });
                out.dfg.results[ni] = Some(v);
                values.insert(r, v);
            }
            out.dfg.insts[ni] = data;
        }
    }
    for &nb in &out.layout.blocks.clone() {
        for ni in out.layout.insts[nb].clone() {
            let data = out.dfg.insts[ni].clone();
            out.dfg.insts[ni] = data.map_operands(|v| values.get(&v).copied().unwrap_or(v));
        }
    }
    out
}
