//! SSA construction for local variables, after Braun et al., "Simple and
//! Efficient Construction of Static Single Assignment Form" (CC 2013), with
//! block parameters in place of phis (as Cranelift's frontend does).
//!
//! A variable read in a block without a local definition asks the
//! predecessors; in a block whose predecessors are not all known yet
//! (unsealed) it gets a block parameter that is completed when the block
//! is sealed. Trivial parameters (all arguments equal) are removed later by
//! `cleanup`.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ir::{Block, Function, Inst, Type, Value, ValueData, ValueDef};

/// A local variable of the SSA builder.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub(crate) struct Var(u32);

#[derive(Default)]
pub(crate) struct Ssa {
    types: Vec<Type>,
    defs: HashMap<(Block, Var), Value>,
    sealed: HashSet<Block>,
    /// Predecessor edges of each block: the predecessor, its terminator
    /// and which of the terminator's successors is the edge.
    preds: HashMap<Block, Vec<(Block, Inst, usize)>>,
    incomplete: HashMap<Block, Vec<(Var, Value)>>,
}

impl Ssa {
    pub(crate) fn declare(&mut self, ty: Type) -> Var {
        self.types.push(ty);
        Var(self.types.len() as u32 - 1)
    }

    pub(crate) fn def(&mut self, var: Var, block: Block, v: Value) {
        self.defs.insert((block, var), v);
    }

    /// Record that `inst`, the terminator of `pred`, jumps to `block`
    /// through its successor number `succ`.
    pub(crate) fn add_pred(&mut self, block: Block, pred: Block, inst: Inst, succ: usize) {
        debug_assert!(!self.sealed.contains(&block), "jump to sealed {block}");
        self.preds.entry(block).or_default().push((pred, inst, succ));
    }

    pub(crate) fn use_var(&mut self, f: &mut Function, var: Var, block: Block) -> Value {
        if let Some(&v) = self.defs.get(&(block, var)) {
            return v;
        }
        let ty = self.types[var.0 as usize];
        let v = if !self.sealed.contains(&block) {
            let p = add_param(f, block, ty);
            self.incomplete.entry(block).or_default().push((var, p));
            p
        } else if let [(pred, _, _)] = self.preds.get(&block).map_or(&[][..], Vec::as_slice) {
            let pred = *pred;
            self.use_var(f, var, pred)
        } else {
            let p = add_param(f, block, ty);
            // Define before recursing so that loops find the parameter.
            self.defs.insert((block, var), p);
            self.add_args(f, var, block);
            p
        };
        self.defs.insert((block, var), v);
        v
    }

    fn add_args(&mut self, f: &mut Function, var: Var, block: Block) {
        let preds = self.preds.get(&block).cloned().unwrap_or_default();
        for (pred, inst, succ) in preds {
            let v = self.use_var(f, var, pred);
            push_arg(f, inst, succ, v);
        }
    }

    /// All predecessors of `block` are known: complete its parameters.
    pub(crate) fn seal(&mut self, f: &mut Function, block: Block) {
        if !self.sealed.insert(block) {
            return;
        }
        for (var, _) in self.incomplete.remove(&block).unwrap_or_default() {
            self.add_args(f, var, block);
        }
    }
}

fn add_param(f: &mut Function, block: Block, ty: Type) -> Value {
    let n = f.dfg.blocks[block].params.len();
    let v = f.dfg.values.push(ValueData { ty, def: ValueDef::Param(block, n) });
    f.dfg.blocks[block].params.push(v);
    v
}

fn push_arg(f: &mut Function, inst: Inst, succ: usize, v: Value) {
    match f.dfg.insts[inst].successors_mut().nth(succ) {
        Some(bc) => bc.args.push(v),
        None => unreachable!("predecessor edge is not a branch"),
    }
}
