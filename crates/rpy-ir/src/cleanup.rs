//! The cleanup pass run after lowering: removes what SSA construction
//! leaves behind so the IR says only what the program does.
//!
//! 1. unreachable blocks (code after `return`/`break`, else-edges of
//!    `while True`), and blocks that only jump on, with one predecessor
//!    (the edge goes straight to the target);
//! 2. trivial block parameters (every incoming argument is the same value);
//! 3. `check.bound` of a flag that is the constant `true` (the local is
//!    bound on every path), and `incref`/`decref` of a `null` constant
//!    (the placeholder of a reference local before its first store);
//! 4. pure instructions whose result is unused;
//! 5. blocks whose only predecessor jumps to them unconditionally (merged
//!    into it);
//!
//! and finally renumbers blocks and values densely in layout order, so the
//! printed IR is stable and readable.
//!
//! Semantics are unchanged: nothing that can raise is removed unless it
//! provably cannot fire.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ir::{Block, Function, Inst, InstData, Value, ValueDef};

/// Run every step on `f`.
pub(crate) fn cleanup(f: &mut Function) {
    remove_unreachable(f);
    forward_jump_blocks(f);
    remove_unreachable(f);
    remove_trivial_params(f);
    let checks_went = remove_true_checks(f);
    remove_dead_code(f);
    if drop_idle_catches(f) || checks_went {
        // Handlers nothing reaches any more.
        remove_unreachable(f);
        remove_trivial_params(f);
        remove_dead_code(f);
    }
    merge_blocks(f);
    *f = compact(f);
}

/// Blocks reachable from the entry, in depth-first preorder.
pub(crate) fn reachable(f: &Function) -> Vec<Block> {
    let Some(entry) = f.layout.entry() else { return Vec::new() };
    let mut seen = HashSet::from_iter([entry]);
    let mut order = Vec::new();
    let mut stack = vec![entry];
    while let Some(b) = stack.pop() {
        order.push(b);
        if let Some(t) = f.terminator(b) {
            let succs: [Option<Block>; 2] = {
                let mut it = f.dfg.insts[t].successors().map(|s| s.block);
                [it.next(), it.next()]
            };
            for s in succs.into_iter().rev().flatten() {
                if seen.insert(s) {
                    stack.push(s);
                }
            }
        }
    }
    order
}

/// A block without parameters whose only instruction is `jump T(args)`
/// and whose only predecessor edge is a branch: the edge goes to `T(args)`
/// itself (the arguments dominate the block, so they dominate the edge).
fn forward_jump_blocks(f: &mut Function) {
    let entry = f.layout.entry();
    let preds = pred_edges(f);
    for b in f.layout.blocks.clone() {
        if Some(b) == entry || !f.dfg.blocks[b].params.is_empty() {
            continue;
        }
        let [only] = f.layout.insts[b][..] else { continue };
        let InstData::Jump { dest } = f.dfg.insts[only].clone() else { continue };
        if dest.block == b {
            continue;
        }
        let Some([(inst, succ)]) = preds.get(&b).map(Vec::as_slice) else { continue };
        // The edge may have moved to another forwarded block already.
        let edge = edge_args_call(f, *inst, *succ);
        if edge.block == b && edge.args.is_empty() {
            *edge = dest;
        }
    }
}

fn edge_args_call(f: &mut Function, inst: Inst, succ: usize) -> &mut crate::ir::BlockCall {
    f.dfg.insts[inst].successors_mut().nth(succ).expect("a branch edge")
}

fn remove_unreachable(f: &mut Function) {
    let live: HashSet<Block> = reachable(f).into_iter().collect();
    f.layout.blocks.retain(|b| live.contains(b));
}

/// Predecessor edges: (terminator, successor index) per block.
fn pred_edges(f: &Function) -> HashMap<Block, Vec<(Inst, usize)>> {
    let mut preds: HashMap<Block, Vec<(Inst, usize)>> = HashMap::default();
    for &b in &f.layout.blocks {
        if let Some(t) = f.terminator(b) {
            for (i, s) in f.dfg.insts[t].successors().enumerate() {
                preds.entry(s.block).or_default().push((t, i));
            }
        }
    }
    preds
}

fn edge_args(f: &mut Function, inst: Inst, succ: usize) -> &mut Vec<Value> {
    &mut edge_args_call(f, inst, succ).args
}

/// Replace every aliased operand of the laid-out instructions.
fn rewrite_all(f: &mut Function, aliases: &HashMap<Value, Value>) {
    let Function { dfg, layout, .. } = f;
    for &b in &layout.blocks {
        for &inst in &layout.insts[b] {
            dfg.insts[inst].rewrite_operands(|v| resolve(aliases, v));
        }
    }
}

pub(crate) fn resolve(aliases: &HashMap<Value, Value>, mut v: Value) -> Value {
    while let Some(&t) = aliases.get(&v) {
        v = t;
    }
    v
}

/// Remove block parameters that only ever receive one value from outside
/// themselves: single trivial parameters and whole strongly connected
/// groups of parameters that pass values among themselves (Braun et al.,
/// section 3.2), e.g. the loop-carried copies of a variable a loop never
/// assigns.
fn remove_trivial_params(f: &mut Function) {
    let mut aliases: HashMap<Value, Value> = HashMap::default();
    let entry = f.layout.entry();
    loop {
        let preds = pred_edges(f);
        // Each parameter's incoming values (resolved) and its position.
        let mut incoming: HashMap<Value, HashSet<Value>> = HashMap::default();
        let mut order = Vec::new();
        for &b in &f.layout.blocks {
            if Some(b) == entry {
                continue;
            }
            let edges = preds.get(&b).map_or(&[][..], Vec::as_slice);
            for (k, &p) in f.dfg.blocks[b].params.iter().enumerate() {
                let ins = edges.iter().map(|&(inst, succ)| resolve(&aliases, branch_args(f, inst, succ)[k])).collect();
                incoming.insert(p, ins);
                order.push(p);
            }
        }
        let mut removed = HashSet::default();
        for scc in sccs(&order, &incoming) {
            let members: HashSet<Value> = scc.iter().copied().collect();
            let outer: HashSet<Value> =
                scc.iter().flat_map(|p| incoming[p].iter().map(|&v| resolve(&aliases, v))).filter(|v| !members.contains(v)).collect();
            if outer.len() == 1 {
                let v = outer.into_iter().next().expect("one value");
                for p in scc {
                    aliases.insert(p, v);
                    removed.insert(p);
                }
            }
        }
        if removed.is_empty() {
            break;
        }
        for b in f.layout.blocks.clone() {
            let edges = preds.get(&b).cloned().unwrap_or_default();
            for k in (0..f.dfg.blocks[b].params.len()).rev() {
                if removed.contains(&f.dfg.blocks[b].params[k]) {
                    f.dfg.blocks[b].params.remove(k);
                    for &(inst, succ) in &edges {
                        edge_args(f, inst, succ).remove(k);
                    }
                }
            }
            let params = f.dfg.blocks[b].params.clone();
            for (i, p) in params.into_iter().enumerate() {
                f.dfg.values[p].def = ValueDef::Param(b, i);
            }
        }
    }
    if aliases.is_empty() {
        return;
    }
    rewrite_all(f, &aliases);
}

fn branch_args(f: &Function, inst: Inst, succ: usize) -> &[Value] {
    &f.dfg.insts[inst].successors().nth(succ).expect("edge exists").args
}

/// Strongly connected components of the "parameter receives parameter"
/// graph, dependencies first (Tarjan's algorithm, iterative).
fn sccs(nodes: &[Value], incoming: &HashMap<Value, HashSet<Value>>) -> Vec<Vec<Value>> {
    let mut index: HashMap<Value, usize> = HashMap::default();
    let mut low: HashMap<Value, usize> = HashMap::default();
    let mut on_stack = HashSet::default();
    let mut stack = Vec::new();
    let mut out = Vec::new();
    let succs = |v: Value| -> Vec<Value> {
        let mut s: Vec<Value> = incoming.get(&v).map(|i| i.iter().copied().filter(|w| incoming.contains_key(w)).collect()).unwrap_or_default();
        s.sort();
        s
    };
    for &root in nodes {
        if index.contains_key(&root) {
            continue;
        }
        let mut work: Vec<(Value, Vec<Value>, usize)> = vec![(root, succs(root), 0)];
        let n = index.len();
        index.insert(root, n);
        low.insert(root, n);
        stack.push(root);
        on_stack.insert(root);
        while let Some((v, ss, i)) = work.last_mut() {
            let v = *v;
            if *i < ss.len() {
                let w = ss[*i];
                *i += 1;
                if !index.contains_key(&w) {
                    let n = index.len();
                    index.insert(w, n);
                    low.insert(w, n);
                    stack.push(w);
                    on_stack.insert(w);
                    work.push((w, succs(w), 0));
                } else if on_stack.contains(&w) {
                    let lw = index[&w].min(low[&v]);
                    low.insert(v, lw);
                }
                continue;
            }
            work.pop();
            if let Some((parent, _, _)) = work.last() {
                let lp = low[parent].min(low[&v]);
                low.insert(*parent, lp);
            }
            if low[&v] == index[&v] {
                let mut comp = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack.remove(&w);
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                out.push(comp);
            }
        }
    }
    out
}

fn is_true(f: &Function, v: Value) -> bool {
    matches!(f.dfg.values[v].def, ValueDef::Result(i) if f.dfg.insts[i] == InstData::BConst(true))
}

fn is_null(f: &Function, v: Value) -> bool {
    matches!(f.dfg.values[v].def, ValueDef::Result(i) if matches!(f.dfg.insts[i], InstData::Null { .. }))
}

fn remove_true_checks(f: &mut Function) -> bool {
    let mut changed = false;
    for b in f.layout.blocks.clone() {
        // A `catch` covering a check that goes becomes a jump.
        let insts = &f.layout.insts[b];
        if let [.., check, last] = insts[..] {
            if let (InstData::CheckBound { flag, .. }, InstData::Catch { normal, .. }) = (&f.dfg.insts[check], &f.dfg.insts[last]) {
                if is_true(f, *flag) {
                    f.dfg.insts[last] = InstData::Jump { dest: normal.clone() };
                    changed = true;
                }
            }
        }
        let keep: Vec<Inst> = f.layout.insts[b]
            .iter()
            .copied()
            .filter(|&i| match f.dfg.insts[i] {
                InstData::CheckBound { flag, .. } => !is_true(f, flag),
                InstData::IncRef { arg } | InstData::DecRef { arg } => !is_null(f, arg),
                _ => true,
            })
            .collect();
        f.layout.insts[b] = keep;
    }
    changed
}

/// A `catch` with no instruction before it (its raising instruction
/// went) becomes a jump to its normal successor.
fn drop_idle_catches(f: &mut Function) -> bool {
    let mut changed = false;
    for &b in &f.layout.blocks {
        let insts = &f.layout.insts[b];
        let Some(&last) = insts.last() else { continue };
        let InstData::Catch { normal, .. } = &f.dfg.insts[last] else { continue };
        if insts.len() < 2 {
            f.dfg.insts[last] = InstData::Jump { dest: normal.clone() };
            changed = true;
        }
    }
    changed
}

fn is_pure(data: &InstData) -> bool {
    if let InstData::List { op, .. } = data {
        return op.is_read();
    }
    !data.can_raise() && !data.is_terminator() && !matches!(data, InstData::Print { .. } | InstData::Poll { .. } | InstData::ExcTake | InstData::ExcDrop { .. } | InstData::SetField { .. } | InstData::IncRef { .. } | InstData::DecRef { .. })
}

fn remove_dead_code(f: &mut Function) {
    loop {
        let mut used = HashSet::default();
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
    let mut home: HashMap<Inst, Block> = HashMap::default();
    for &b in &f.layout.blocks {
        if let Some(t) = f.terminator(b) {
            home.insert(t, b);
        }
    }
    let mut aliases: HashMap<Value, Value> = HashMap::default();
    let mut removed: HashSet<Block> = HashSet::default();
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
    rewrite_all(f, &aliases);
}

/// A copy of `f` with blocks, instructions and values numbered densely in
/// layout order (dropping everything no longer in the layout).
fn compact(f: &Function) -> Function {
    let mut out = f.header();
    let mut blocks: HashMap<Block, Block> = HashMap::default();
    for &b in &f.layout.blocks {
        let nb = out.dfg.blocks.push(Default::default());
        out.layout.blocks.push(nb);
        blocks.insert(b, nb);
    }
    let mut values: HashMap<Value, Value> = HashMap::default();
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
            for bc in data.successors_mut() {
                bc.block = blocks[&bc.block];
            }
            // Operands are defined before use in layout order except for
            // block arguments of back edges; map lazily.
            let ni = out.dfg.insts.push(InstData::NoneConst);
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
    for (_, data) in out.dfg.insts.iter_mut() {
        data.rewrite_operands(|v| values.get(&v).copied().unwrap_or(v));
    }
    out
}
