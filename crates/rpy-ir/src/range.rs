//! Range analysis: removes the checks it proves cannot fire.
//!
//! * `int.add`, `int.sub` and `int.mul` whose result provably fits in 64
//!   bits become `int.add.wrap`, `int.sub.wrap` and `int.mul.wrap` (no
//!   overflow branch);
//! * `list.get` and `list.set` whose index is provably in `0..len` become
//!   `list.item` and `list.set_item` (no index check), for sequences whose
//!   length nothing can change while the function runs;
//! * ops of constants that do not raise become their value (constant
//!   folding, by the interpreter's implementation of each op);
//! * int comparisons the facts decide become constants, and so do the
//!   `select`s and branches on them (a `range()` with a step known to be
//!   positive loses its sign test and its zero-step check).
//!
//! **Facts** are difference constraints `a <= b + c` between *nodes*: the
//! constant 0, an int SSA value, and the length of a sequence whose length
//! is stable. A query `a <= b + c` is a shortest path from `a` to `b`
//! (Bellman-Ford over the facts in scope); the upper bound of a value is
//! the shortest path to any node plus that node's own bound (0 for the
//! zero node, [`MAX_LEN`] for a length, `2**63 - 1` for a value).
//!
//! Where facts come from, each sound on its own:
//! * a constant is the zero node plus an offset (`term`);
//! * `r = a + k`, `r = a - k` that did not overflow (a checked op that was
//!   passed, or one proved): `r` is `a` plus or minus `k` exactly;
//! * a branch edge of an int comparison, in the blocks it alone enters;
//! * induction variables, at the loop header: a `range()` loop's hidden
//!   index lies in `[start, stop)` (or `(stop, start]` for a negative
//!   step), by induction over its back edge, which lowering emits as
//!   "continue while `stop - i` (unsigned) exceeds `step`"; a variable
//!   that only decreases (`j -= 1`) stays at most its entry value, one that
//!   only increases at least it;
//! * lengths: every length is in `[0, MAX_LEN]`; `[x, ...] * n` has at
//!   least `n` items, a display of `k` items exactly `k`; the side of a
//!   square that did not overflow (or is the count of a list) is bounded
//!   by its square root.
//!
//! A length is *stable* for an array (its buffer is held, and no exporter
//! resizes a buffer with an export), an `*args` tuple (immutable), and a
//! list made in this function that never escapes it (only read, stored
//! into by index, counted, released or returned: never resized, passed
//! to a call, stored in a field or in another list, or sent along a
//! branch), so no other code, not even a Python signal handler run by a
//! poll, can reach it.
//!
//! Facts flow down the dominator tree: an SSA value's facts hold
//! wherever it is in scope. A block entered through the handler of a
//! `catch` does not get the facts of the instruction the `catch` covers.
//! The pass runs twice, because the first run's folding (a step's sign)
//! uncovers the second run's induction variables.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ir::{Block, Function, HeapType, Inst, InstData, ListOp, Opcode, PrimaryMap, TypeId, Value, ValueDef};
use crate::cleanup::resolve;
use crate::verify::{dominates, dominators};

/// An upper bound of every length: no list, tuple or array buffer has
/// more items than the 2**57 bytes of the largest x86-64 or AArch64
/// address space (5-level paging) can hold.
pub(crate) const MAX_LEN: i128 = 1 << 57;

/// Facts kept in scope at most (the oldest are kept): keeps a query, and
/// so the pass, linear in the function's size however long it is.
const MAX_FACTS: usize = 128;

const I64_MIN: i128 = i64::MIN as i128;
const I64_MAX: i128 = i64::MAX as i128;

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
enum Node {
    Zero,
    Val(Value),
    Len(Value),
}

impl Node {
    fn bounds(self) -> (i128, i128) {
        match self {
            Node::Zero => (0, 0),
            Node::Len(_) => (0, MAX_LEN),
            Node::Val(_) => (I64_MIN, I64_MAX),
        }
    }
}

/// `a <= b + c`
#[derive(Copy, Clone, Debug)]
struct Fact {
    a: Node,
    b: Node,
    c: i128,
}

/// Run the analysis on every function of a module (twice, see above).
pub(crate) fn ranges(f: &mut Function, types: &PrimaryMap<TypeId, HeapType>) {
    // Instruction ids stay put between the runs (no cleanup in between:
    // the dominator tree covers only what folded branches still reach).
    let mut proven = HashSet::default();
    let mut changed = false;
    for _ in 0..2 {
        if !Pass::run(f, types, &mut proven) {
            break;
        }
        changed = true;
    }
    if changed {
        crate::cleanup::cleanup(f);
    }
    // Loops whose checks the facts left get a fast copy behind a test
    // (on the cleaned-up function: no unreachable block in a loop body);
    // one more run folds what it decides of the test. Cleanup renumbered
    // the instructions, so that run starts with no proven op.
    if crate::version::version(f, types) {
        Pass::run(f, types, &mut HashSet::default());
        crate::cleanup::cleanup(f);
    }
}

struct Pass<'a> {
    f: &'a mut Function,
    stable: HashSet<Value>,
    facts: Vec<Fact>,
    aliases: HashMap<Value, Value>,
    /// Checked ops that were proved not to overflow (exact, like a checked
    /// op that was passed), unlike the `.wrap` ops lowering makes.
    proven: &'a mut HashSet<Inst>,
    /// `n -> n * n` for the exact squares seen (flat 2-D indexing).
    squares: HashMap<Value, Value>,
    changed: bool,
    idom: HashMap<Block, Block>,
    /// Each block of an innermost loop: the loop's header and the one
    /// block that enters it from outside, when it has one.
    innermost: HashMap<Block, (Block, Block)>,
    preds: HashMap<Block, Vec<Block>>,
    /// The block of each instruction.
    inst_block: HashMap<Inst, Block>,
    /// The loops whose poll went in front of them.
    hoisted: HashSet<Block>,
}

impl<'a> Pass<'a> {
    /// One run; whether it changed anything.
    fn run(f: &'a mut Function, types: &PrimaryMap<TypeId, HeapType>, proven: &'a mut HashSet<Inst>) -> bool {
        let Some(entry) = f.layout.entry() else { return false };
        let stable = stable_sequences(f, types);
        let mut pass = Pass { f, stable, facts: Vec::new(), aliases: HashMap::default(), proven, squares: HashMap::default(), changed: false, idom: HashMap::default(), innermost: HashMap::default(), preds: HashMap::default(), inst_block: HashMap::default(), hoisted: HashSet::default() };
        pass.thread_jumps();
        let idom = dominators(pass.f);
        let mut children: HashMap<Block, Vec<Block>> = HashMap::default();
        for &b in &pass.f.layout.blocks {
            if let Some(&d) = idom.get(&b) {
                if d != b {
                    children.entry(d).or_default().push(b);
                }
            }
        }
        let preds = predecessors(pass.f);
        pass.innermost = innermost_loops(pass.f, &idom, &preds);
        pass.inst_block = pass.f.layout.blocks.iter().flat_map(|&b| pass.f.layout.insts[b].iter().map(move |&i| (i, b))).collect();
        pass.preds = preds.clone();
        pass.idom = idom.clone();
        // Depth-first over the dominator tree. `Enter(b, n)`: visit `b`
        // with the first `n` facts in scope.
        enum Step {
            Enter(Block, usize),
        }
        let mut work = vec![Step::Enter(entry, 0)];
        while let Some(Step::Enter(b, n)) = work.pop() {
            pass.facts.truncate(n);
            if let Some(&d) = idom.get(&b).filter(|&&d| d != b) {
                let single = preds.get(&b).is_some_and(|p| p.len() == 1);
                if single {
                    pass.edge_facts(d, b);
                } else {
                    pass.induction_facts(b, &preds, &idom);
                }
            }
            let (before_last, at_end) = pass.visit_block(b);
            let catch_normal = pass.f.terminator(b).and_then(|t| match &pass.f.dfg.insts[t] {
                InstData::Catch { normal, .. } => Some(normal.block),
                _ => None,
            });
            for &c in children.get(&b).into_iter().flatten() {
                // Only the normal successor of a `catch` knows the covered
                // instruction completed.
                let keep = match catch_normal {
                    Some(nb) if nb != c => before_last,
                    _ => at_end,
                };
                work.push(Step::Enter(c, keep));
            }
        }
        let aliases = std::mem::take(&mut pass.aliases);
        if !aliases.is_empty() {
            let Function { dfg, layout, .. } = &mut *pass.f;
            for &b in &layout.blocks {
                for &inst in &layout.insts[b] {
                    dfg.insts[inst].rewrite_operands(|v| resolve(&aliases, v));
                }
            }
        }
        pass.changed
    }

    // ---- facts ---------------------------------------------------------

    /// `v` as a node plus a constant.
    fn term(&self, v: Value) -> (Node, i128) {
        if let ValueDef::Result(i) = self.f.dfg.values[v].def {
            match &self.f.dfg.insts[i] {
                InstData::IConst(k) => return (Node::Zero, i128::from(*k)),
                InstData::List { op: ListOp::Len, args } if self.stable.contains(&args[0]) => return (Node::Len(args[0]), 0),
                _ => {}
            }
        }
        (Node::Val(v), 0)
    }

    /// Record `x <= y + c` for nodes.
    fn fact(&mut self, a: Node, b: Node, c: i128) {
        if self.facts.len() < MAX_FACTS && a != b {
            self.facts.push(Fact { a, b, c });
        }
    }

    /// Record `x <= y + c` for values.
    fn le(&mut self, x: Value, y: Value, c: i128) {
        let ((a, ka), (b, kb)) = (self.term(x), self.term(y));
        self.fact(a, b, c + kb - ka);
    }

    /// Record `lo <= x <= hi`.
    fn within(&mut self, x: Value, lo: i128, hi: i128) {
        let (lo, hi) = (lo.clamp(I64_MIN, I64_MAX), hi.clamp(I64_MIN, I64_MAX));
        let (a, k) = self.term(x);
        self.fact(a, Node::Zero, hi - k);
        self.fact(Node::Zero, a, k - lo);
    }

    /// Shortest distances from `s` along the facts (`forward`: `s <= n +
    /// d`), or to `s` against them (`n <= s + d`).
    fn dists(&self, s: Node, forward: bool) -> HashMap<Node, i128> {
        let mut d: HashMap<Node, i128> = HashMap::default();
        d.insert(s, 0);
        for _ in 0..=self.facts.len() {
            let mut changed = false;
            for f in &self.facts {
                let (from, to) = if forward { (f.a, f.b) } else { (f.b, f.a) };
                if let Some(&dx) = d.get(&from) {
                    let nd = dx.saturating_add(f.c);
                    if d.get(&to).is_none_or(|&dt| nd < dt) {
                        d.insert(to, nd);
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        d
    }

    fn upper_node(&self, n: Node) -> i128 {
        self.dists(n, true).into_iter().map(|(m, d)| d.saturating_add(m.bounds().1)).min().unwrap_or(I64_MAX)
    }

    fn lower_node(&self, n: Node) -> i128 {
        self.dists(n, false).into_iter().map(|(m, d)| m.bounds().0.saturating_sub(d)).max().unwrap_or(I64_MIN)
    }

    /// Bounds of the int value `v`.
    fn interval(&self, v: Value) -> (i128, i128) {
        let (n, k) = self.term(v);
        if n == Node::Zero {
            return (k, k);
        }
        // Clamped to 64 bits: contradictory facts (code no execution
        // reaches) give negative cycles, whose bounds must not compound.
        let lo = (self.lower_node(n).max(n.bounds().0) + k).clamp(I64_MIN, I64_MAX);
        let hi = (self.upper_node(n).min(n.bounds().1) + k).clamp(I64_MIN, I64_MAX);
        (lo, hi)
    }

    /// Whether `x <= y + c` is proved.
    fn proves_le(&self, x: Value, y: Value, c: i128) -> bool {
        let ((a, ka), (b, kb)) = (self.term(x), self.term(y));
        self.proves_node_le(a, b, c + kb - ka)
    }

    fn proves_node_le(&self, a: Node, b: Node, c: i128) -> bool {
        if a == b {
            return c >= 0;
        }
        let d = self.dists(a, true);
        if d.get(&b).is_some_and(|&w| w <= c) {
            return true;
        }
        let ub = d.into_iter().map(|(m, w)| w.saturating_add(m.bounds().1)).min().unwrap_or(I64_MAX);
        ub <= self.lower_node(b).saturating_add(c)
    }

    /// The facts a branch edge `from -> to` gives (`to` has no other
    /// predecessor).
    fn edge_facts(&mut self, from: Block, to: Block) {
        let Some(t) = self.f.terminator(from) else { return };
        let InstData::Brif { cond, then_dest, else_dest } = &self.f.dfg.insts[t] else { return };
        if then_dest.block == else_dest.block {
            return;
        }
        let taken = then_dest.block == to;
        self.cond_facts(*cond, taken);
    }

    /// The facts of `cond` being `truth`.
    fn cond_facts(&mut self, cond: Value, truth: bool) {
        let ValueDef::Result(i) = self.f.dfg.values[cond].def else { return };
        match self.f.dfg.insts[i].clone() {
            InstData::Unary { op: Opcode::BoolNot, arg } => self.cond_facts(arg, !truth),
            InstData::Binary { op, args: [a, b] } => {
                let (lt, x, y) = match (op, truth) {
                    // x < y  or  x <= y
                    (Opcode::IntLt, true) | (Opcode::IntGe, false) => (true, a, b),
                    (Opcode::IntGt, true) | (Opcode::IntLe, false) => (true, b, a),
                    (Opcode::IntLe, true) | (Opcode::IntGt, false) => (false, a, b),
                    (Opcode::IntGe, true) | (Opcode::IntLt, false) => (false, b, a),
                    (Opcode::IntEq, true) | (Opcode::IntNe, false) => {
                        self.le(a, b, 0);
                        self.le(b, a, 0);
                        return;
                    }
                    _ => return,
                };
                self.le(x, y, if lt { -1 } else { 0 });
            }
            _ => {}
        }
    }

    /// Facts of the parameters of loop header `h` (see the module doc).
    fn induction_facts(&mut self, h: Block, preds: &HashMap<Block, Vec<Block>>, idom: &HashMap<Block, Block>) {
        let Some(ps) = preds.get(&h) else { return };
        let (back, entry): (Vec<Block>, Vec<Block>) = ps.iter().partition(|&&p| dominates(idom, h, p));
        let ([e], false) = (entry.as_slice(), back.is_empty()) else { return };
        if idom.get(&h) != Some(e) {
            return;
        }
        let e = *e;
        let params = self.f.dfg.blocks[h].params.clone();
        let mut out: Vec<(Value, Value, i128)> = Vec::new();
        let mut out_ranges: Vec<(Value, i128, i128)> = Vec::new();
        for (k, &p) in params.iter().enumerate() {
            if self.f.dfg.value_type(p) != crate::ir::Type::I64 {
                continue;
            }
            let Some(init) = edge_arg(self.f, e, h, k) else { continue };
            let args: Option<Vec<(Block, Value)>> = back.iter().map(|&b| edge_arg(self.f, b, h, k).map(|a| (b, a))).collect();
            let Some(args) = args else { continue };
            if let Some((stop, up)) = self.range_step(h, p, &args) {
                // Entry: `init` on the guarded edge into the loop.
                let n = self.facts.len();
                self.edge_facts(e, h);
                let ok = if up { self.proves_le(init, stop, -1) } else { self.proves_le(stop, init, -1) };
                self.facts.truncate(n);
                if ok {
                    if up {
                        out.push((init, p, 0));
                        out.push((p, stop, -1));
                    } else {
                        out.push((p, init, 0));
                        out.push((stop, p, -1));
                    }
                }
            } else if let Some((lo, hi)) = std::iter::once(init).chain(args.iter().map(|a| a.1)).map(|v| self.intrinsic(v)).reduce(|a, b| Some((a?.0.min(b?.0), a?.1.max(b?.1)))).flatten() {
                // Every value the parameter takes has a range of its own.
                out_ranges.push((p, lo, hi));
            } else if let Some(down) = self.monotone(p, &args) {
                if down {
                    out.push((p, init, 0));
                } else {
                    out.push((init, p, 0));
                }
            }
        }
        for (x, y, c) in out {
            self.le(x, y, c);
        }
        for (x, lo, hi) in out_ranges {
            self.within(x, lo, hi);
        }
    }

    /// The range of `v` that follows from its definition alone (whatever
    /// its operands): a constant, `x % k`, `x & m`, a bool as an int, a
    /// length.
    fn intrinsic(&self, v: Value) -> Option<(i128, i128)> {
        let ValueDef::Result(i) = self.f.dfg.values[v].def else { return None };
        let konst = |w: Value| match self.term(w) {
            (Node::Zero, k) => Some(k),
            _ => None,
        };
        match &self.f.dfg.insts[i] {
            InstData::IConst(k) => Some((i128::from(*k), i128::from(*k))),
            InstData::Binary { op: Opcode::IntMod, args: [_, m] } => match konst(*m)? {
                k if k > 0 => Some((0, k - 1)),
                k if k < 0 => Some((k + 1, 0)),
                _ => None,
            },
            InstData::Binary { op: Opcode::IntAnd, args: [a, b] } => {
                let m = konst(*b).or_else(|| konst(*a))?;
                (m >= 0).then_some((0, m))
            }
            InstData::Unary { op: Opcode::BoolToInt, .. } => Some((0, 1)),
            InstData::List { op: ListOp::Len, .. } => Some((0, MAX_LEN)),
            _ => None,
        }
    }

    /// `Some((stop, up))` if every back edge of `p` is a `range()` step:
    /// `p + step` taken while `stop - p` (`p - stop` going down) exceeds
    /// `|step|`, unsigned, with the step's sign known.
    fn range_step(&self, h: Block, p: Value, args: &[(Block, Value)]) -> Option<(Value, bool)> {
        let mut found: Option<(Value, bool)> = None;
        for &(b, a) in args {
            let (op, [x, step]) = self.binary(a)?;
            if op != Opcode::IntAddWrap || x != p {
                return None;
            }
            let t = self.f.terminator(b)?;
            let InstData::Brif { cond, then_dest, else_dest } = &self.f.dfg.insts[t] else { return None };
            if then_dest.block == else_dest.block || then_dest.block != h {
                return None;
            }
            let (Opcode::IntUgt, [gap, bound]) = self.binary(*cond)? else { return None };
            let (Opcode::IntSubWrap, [g0, g1]) = self.binary(gap)? else { return None };
            let (lo, hi) = self.interval(step);
            let this = if g1 == p && bound == step && lo >= 1 {
                (g0, true)
            } else if g0 == p && hi <= -1 {
                // bound == 0 - step (folded when the step is a constant).
                let negated = match (self.binary(bound), self.term(bound), self.term(step)) {
                    (Some((Opcode::IntSubWrap, [z, s])), _, _) => s == step && self.term(z) == (Node::Zero, 0),
                    (_, (Node::Zero, kb), (Node::Zero, ks)) => i64::try_from(ks).is_ok_and(|ks| i128::from(ks.wrapping_neg()) == kb),
                    _ => false,
                };
                if !negated {
                    return None;
                }
                (g1, false)
            } else {
                return None;
            };
            if found.is_some_and(|f| f != this) {
                return None;
            }
            found = Some(this);
        }
        found
    }

    /// `Some(true)` if every back edge of `p` is `p - k` (exact, `k >=
    /// 0`), `Some(false)` if every one is `p + k`.
    fn monotone(&self, p: Value, args: &[(Block, Value)]) -> Option<bool> {
        let mut dir: Option<bool> = None;
        for &(_, a) in args {
            let ValueDef::Result(i) = self.f.dfg.values[a].def else { return None };
            let InstData::Binary { op, args: [x, k] } = self.f.dfg.insts[i] else { return None };
            let exact = matches!(op, Opcode::IntAdd | Opcode::IntSub) || self.proven.contains(&i);
            let (n, c) = self.term(k);
            if !exact || x != p || n != Node::Zero {
                return None;
            }
            let down = match op {
                Opcode::IntSub | Opcode::IntSubWrap => c >= 0,
                Opcode::IntAdd | Opcode::IntAddWrap => c <= 0,
                _ => return None,
            };
            if dir.is_some_and(|d| d != down) {
                return None;
            }
            dir = Some(down);
        }
        dir
    }

    fn binary(&self, v: Value) -> Option<(Opcode, [Value; 2])> {
        let ValueDef::Result(i) = self.f.dfg.values[v].def else { return None };
        match self.f.dfg.insts[i] {
            InstData::Binary { op, args } => Some((op, args)),
            _ => None,
        }
    }

    // ---- rewriting -----------------------------------------------------

    /// Visit the instructions of `b`; returns the number of facts before
    /// its last instruction other than the terminator, and at its end.
    fn visit_block(&mut self, b: Block) -> (usize, usize) {
        let insts = self.f.layout.insts[b].clone();
        let mut before_last = self.facts.len();
        for (k, &inst) in insts.iter().enumerate() {
            if !self.aliases.is_empty() {
                let aliases = &self.aliases;
                self.f.dfg.insts[inst].rewrite_operands(|v| resolve(aliases, v));
            }
            if !self.f.dfg.insts[inst].is_terminator() {
                before_last = self.facts.len();
            }
            let raised_before = self.f.dfg.insts[inst].can_raise();
            self.visit(inst);
            if raised_before && !self.f.dfg.insts[inst].can_raise() {
                // It cannot raise now: a `catch` covering it goes.
                if let Some(&next) = insts.get(k + 1) {
                    if let InstData::Catch { normal, .. } = &self.f.dfg.insts[next] {
                        self.f.dfg.insts[next] = InstData::Jump { dest: normal.clone() };
                    }
                }
            }
        }
        (before_last, self.facts.len())
    }

    fn visit(&mut self, inst: Inst) {
        let r = self.f.dfg.inst_result(inst);
        if self.fold(inst) {
            return;
        }
        match self.f.dfg.insts[inst].clone() {
            InstData::Binary { op, args: [a, b] } => self.binary_op(inst, op, a, b, r),
            InstData::Select { cond, then_val, else_val } => {
                if let (Some(c), Some(r)) = (self.bconst(cond), r) {
                    self.aliases.insert(r, if c { then_val } else { else_val });
                    self.changed = true;
                } else if let (Some(true), Some(false), Some(r)) = (self.bconst(then_val), self.bconst(else_val), r) {
                    // `c and true`
                    self.aliases.insert(r, cond);
                    self.changed = true;
                }
            }
            InstData::Brif { cond, then_dest, else_dest } => {
                if let Some(c) = self.bconst(cond) {
                    self.f.dfg.insts[inst] = InstData::Jump { dest: if c { then_dest } else { else_dest } };
                    self.changed = true;
                }
            }
            InstData::List { op, args } => self.list_op(inst, op, &args, r),
            InstData::Poll { weight: None, .. } => self.hoist_poll(inst),
            _ => {}
        }
    }

    /// A poll in an innermost loop whose iterations the facts bound by
    /// the length of a sequence made before the loop (plus a little) goes
    /// in front of the loop, weighted by that length: the countdown then
    /// goes down by as many iterations as the loop can make, and the loop
    /// runs without the poll's decrement and branch. A loop counter `p`
    /// that changes by a nonzero step on every back edge (a `range()`
    /// step, or `p + k` / `p - k` with a small constant `k`), and is
    /// within `[-SLACK, len(s) + SLACK]` wherever the poll is (the poll
    /// dominating the back edges), takes a new value on each iteration,
    /// so the loop makes at most `len(s) + 2 * SLACK + 1` of them. A
    /// counter going up from an `init >= -SLACK` needs only the upper
    /// bound at the poll, one going down to at least `-SLACK` only an
    /// `init` below the length. (The polls of the loops around it stay,
    /// so Ctrl-C waits at most one run of such a loop.)
    fn hoist_poll(&mut self, inst: Inst) {
        const SLACK: i128 = 1 << 16;
        let Some(b) = self.block_of(inst) else { return };
        let Some(&(h, e)) = self.innermost.get(&b) else { return };
        // Not in `try` (the moved poll would need the same handler), and
        // room in front of the entering block's branch.
        let insts = &self.f.layout.insts[b];
        let pos = insts.iter().position(|&i| i == inst);
        if pos.and_then(|k| insts.get(k + 1)).is_some_and(|&n| matches!(self.f.dfg.insts[n], InstData::Catch { .. })) {
            return;
        }
        let Some(et) = self.f.terminator(e) else { return };
        if !matches!(self.f.dfg.insts[et], InstData::Jump { .. } | InstData::Brif { .. }) {
            return;
        }
        let back: Vec<Block> = self.preds.get(&h).into_iter().flatten().copied().filter(|&p| p != e).collect();
        // The poll is on every iteration's way to the back edges, so what
        // holds of the counter there holds when it steps.
        if !back.iter().all(|&l| dominates(&self.idom, b, l)) {
            return;
        }
        let params = self.f.dfg.blocks[h].params.clone();
        for (k, &p) in params.iter().enumerate() {
            if self.f.dfg.value_type(p) != crate::ir::Type::I64 {
                continue;
            }
            let args: Option<Vec<(Block, Value)>> = back.iter().map(|&bb| edge_arg(self.f, bb, h, k).map(|a| (bb, a))).collect();
            let (Some(args), Some(init)) = (args.filter(|a| !a.is_empty()), edge_arg(self.f, e, h, k)) else { continue };
            let Some(up) = self.range_step(h, p, &args).map(|(_, up)| up).or_else(|| self.strict_monotone(p, &args)) else { continue };
            // Within the bounds here, the counter cannot wrap as it steps:
            // it goes on from `init` in one direction.
            let low = |v: Value| self.interval(v).0 >= -SLACK;
            if !(low(p) || up && low(init)) {
                continue;
            }
            let below_len = |v: Value| {
                let (n, kv) = self.term(v);
                self.dists(n, true).into_iter().find_map(|(m, d)| match m {
                    Node::Len(s) if d.saturating_add(kv) <= SLACK && self.defined_before(s, h) => Some(s),
                    _ => None,
                })
            };
            let bound = below_len(p).or_else(|| if up { None } else { below_len(init) });
            let Some(s) = bound else { continue };
            self.f.layout.insts[b].retain(|&i| i != inst);
            self.changed = true;
            if !self.hoisted.insert(h) {
                return;
            }
            let loc = self.f.srclocs[inst];
            let mut new = Vec::new();
            // The length the entering block measured already (a stable
            // length: the same value), or a new measure.
            let known = self.f.layout.insts[e].iter().find_map(|&i| match &self.f.dfg.insts[i] {
                InstData::List { op: ListOp::Len, args } if args[0] == s => self.f.dfg.inst_result(i),
                _ => None,
            });
            let n = known.unwrap_or_else(|| {
                let len = self.f.dfg.insts.push(InstData::List { op: ListOp::Len, args: vec![s] });
                let n = self.f.dfg.values.push(crate::ir::ValueData { ty: crate::ir::Type::I64, def: ValueDef::Result(len) });
                self.f.dfg.results[len] = Some(n);
                self.f.srclocs[len] = loc;
                new.push(len);
                n
            });
            let poll = self.f.dfg.insts.push(InstData::Poll { keep: Vec::new(), weight: Some(n) });
            self.f.srclocs[poll] = loc;
            new.push(poll);
            let at = self.f.layout.insts[e].len() - 1;
            self.f.layout.insts[e].splice(at..at, new);
            return;
        }
    }

    /// Whether every back edge of `p` is `p + k` (or every one `p - k`)
    /// with a constant `0 < k <= 2**16`. A wrapping op is as good as an
    /// exact one here: `p` is within `2**16` of `[0, MAX_LEN]` wherever
    /// the poll that asks is, so `p ± k` cannot wrap.
    fn strict_monotone(&self, p: Value, args: &[(Block, Value)]) -> Option<bool> {
        let mut dir: Option<bool> = None;
        for &(_, a) in args {
            let (op, [x, k]) = self.binary(a)?;
            let (Node::Zero, c) = self.term(k) else { return None };
            let up = match op {
                Opcode::IntAdd | Opcode::IntAddWrap => c > 0,
                Opcode::IntSub | Opcode::IntSubWrap => c < 0,
                _ => return None,
            };
            if x != p || c == 0 || c.abs() > 1 << 16 || dir.is_some_and(|d| d != up) {
                return None;
            }
            dir = Some(up);
        }
        dir
    }

    /// Whether sequence `s` is defined in a block that strictly dominates
    /// `h` (so it is the same sequence on every iteration of the loop).
    fn defined_before(&self, s: Value, h: Block) -> bool {
        let d = match self.f.dfg.values[s].def {
            ValueDef::Param(b, _) => b,
            ValueDef::Result(i) => match self.block_of(i) {
                Some(b) => b,
                None => return false,
            },
        };
        d != h && dominates(&self.idom, d, h)
    }

    fn block_of(&self, inst: Inst) -> Option<Block> {
        self.inst_block.get(&inst).copied()
    }

    /// Constant folding: an op of constants that does not raise becomes
    /// its value, computed by the interpreter's own implementation (the
    /// semantic oracle). Ops whose value comes from the platform's libm
    /// at run time are left alone.
    fn fold(&mut self, inst: Inst) -> bool {
        use crate::interp::Val;
        let konst = |v: Value| match self.f.dfg.values[v].def {
            ValueDef::Result(i) => match self.f.dfg.insts[i] {
                InstData::IConst(k) => Some(Val::Int(k)),
                InstData::FConst(x) => Some(Val::Float(x)),
                InstData::BConst(b) => Some(Val::Bool(b)),
                _ => None,
            },
            ValueDef::Param(..) => None,
        };
        let value = match self.f.dfg.insts[inst] {
            InstData::Unary { op, arg } if foldable(op) => konst(arg).and_then(|a| crate::interp::eval_unary(op, a).ok()),
            InstData::Binary { op, args: [a, b] } if foldable(op) => konst(a).zip(konst(b)).and_then(|(a, b)| crate::interp::eval_binary(op, a, b).ok()),
            _ => None,
        };
        let data = match value {
            Some(Val::Int(k)) => InstData::IConst(k),
            Some(Val::Float(x)) => InstData::FConst(x),
            Some(Val::Bool(b)) => InstData::BConst(b),
            _ => return false,
        };
        self.f.dfg.insts[inst] = data;
        self.changed = true;
        true
    }

    fn bconst(&self, v: Value) -> Option<bool> {
        let ValueDef::Result(i) = self.f.dfg.values[v].def else { return None };
        match self.f.dfg.insts[i] {
            InstData::BConst(c) => Some(c),
            _ => None,
        }
    }

    fn binary_op(&mut self, inst: Inst, op: Opcode, a: Value, b: Value, r: Option<Value>) {
        let Some(r) = r else { return };
        if let Some((lo, hi)) = self.intrinsic(r) {
            if !matches!(op, Opcode::IntMod | Opcode::IntAnd) || lo != hi {
                self.within(r, lo, hi);
            }
        }
        match op {
            Opcode::IntAdd | Opcode::IntSub | Opcode::IntMul => {
                let ((la, ua), (lb, ub)) = (self.interval(a), self.interval(b));
                let (lo, hi) = result_interval(op, (la, ua), (lb, ub));
                if lo > I64_MIN || hi < I64_MAX {
                    self.within(r, lo.max(I64_MIN), hi.min(I64_MAX));
                }
                if lo >= I64_MIN && hi <= I64_MAX {
                    let wrap = match op {
                        Opcode::IntAdd => Opcode::IntAddWrap,
                        Opcode::IntSub => Opcode::IntSubWrap,
                        _ => Opcode::IntMulWrap,
                    };
                    self.f.dfg.insts[inst] = InstData::Binary { op: wrap, args: [a, b] };
                    self.proven.insert(inst);
                    self.changed = true;
                }
                // Checked or proved: `r` is exact from here on.
                self.exact_facts(op, r, a, b, (lb, ub));
            }
            Opcode::IntAddWrap | Opcode::IntSubWrap | Opcode::IntMulWrap if self.proven.contains(&inst) => {
                let checked = match op {
                    Opcode::IntAddWrap => Opcode::IntAdd,
                    Opcode::IntSubWrap => Opcode::IntSub,
                    _ => Opcode::IntMul,
                };
                let ((la, ua), (lb, ub)) = (self.interval(a), self.interval(b));
                let (lo, hi) = result_interval(checked, (la, ua), (lb, ub));
                self.within(r, lo.max(I64_MIN), hi.min(I64_MAX));
                self.exact_facts(checked, r, a, b, (lb, ub));
            }
            Opcode::IntLt | Opcode::IntLe | Opcode::IntGt | Opcode::IntGe | Opcode::IntEq | Opcode::IntNe => {
                let (x, y, strict) = match op {
                    Opcode::IntLt | Opcode::IntGe => (a, b, true),
                    Opcode::IntGt | Opcode::IntLe => (b, a, true),
                    _ => (a, b, false),
                };
                // `lt`: whether x < y (for IntLt/IntGt), x <= y (IntLe/IntGe,
                // as not y < x).
                let decided = if strict {
                    if self.proves_le(x, y, -1) {
                        Some(true)
                    } else if self.proves_le(y, x, 0) {
                        Some(false)
                    } else {
                        None
                    }
                } else if self.proves_le(x, y, 0) && self.proves_le(y, x, 0) {
                    Some(true)
                } else if self.proves_le(x, y, -1) || self.proves_le(y, x, -1) {
                    Some(false)
                } else {
                    None
                };
                let value = match (op, decided) {
                    (_, None) => return,
                    (Opcode::IntLt | Opcode::IntGt | Opcode::IntEq, Some(d)) => d,
                    (_, Some(d)) => !d,
                };
                self.f.dfg.insts[inst] = InstData::BConst(value);
                self.changed = true;
            }
            _ => {}
        }
    }

    /// Facts of `r = a op b` once it is known not to have overflowed.
    fn exact_facts(&mut self, op: Opcode, r: Value, a: Value, b: Value, (lb, ub): (i128, i128)) {
        let (nb, kb) = self.term(b);
        match op {
            Opcode::IntAdd | Opcode::IntSub if nb == Node::Zero => {
                let k = if op == Opcode::IntAdd { kb } else { -kb };
                self.le(r, a, k);
                self.le(a, r, -k);
            }
            Opcode::IntAdd => {
                let (na, ka) = self.term(a);
                if na == Node::Zero {
                    self.le(r, b, ka);
                    self.le(b, r, -ka);
                } else {
                    if lb >= 0 {
                        self.le(a, r, 0);
                    }
                    if ub <= 0 {
                        self.le(r, a, 0);
                    }
                    self.flat_index(r, a, b);
                }
            }
            Opcode::IntSub => {
                if lb >= 0 {
                    self.le(r, a, 0);
                }
                if ub <= 0 {
                    self.le(a, r, 0);
                }
            }
            Opcode::IntMul if a == b => {
                // A square: non-negative, and its root is bounded by the
                // root of its bound.
                let hi = self.interval(r).1;
                self.within(r, 0, hi);
                let root = isqrt(hi);
                self.within(a, -root, root);
                if self.interval(a).0 >= 0 {
                    // x <= x * x for an int x >= 0.
                    self.le(a, r, 0);
                }
                match self.squares.get(&a) {
                    // Two squares of one value are equal.
                    Some(&other) if other != r => {
                        self.le(r, other, 0);
                        self.le(other, r, 0);
                    }
                    _ => {
                        self.squares.insert(a, r);
                    }
                }
            }
            _ => {}
        }
    }

    /// `r = x * n + y` with `0 <= x < n` and `0 <= y < n`, and `sq = n *
    /// n` exact somewhere: `r < sq` (a row-major index of an n-by-n
    /// matrix is below its size).
    fn flat_index(&mut self, r: Value, m: Value, y: Value) {
        let Some((Opcode::IntMul | Opcode::IntMulWrap, [p, q])) = self.binary(m) else { return };
        let ValueDef::Result(mi) = self.f.dfg.values[m].def else { return };
        if self.f.dfg.insts[mi] != (InstData::Binary { op: Opcode::IntMul, args: [p, q] }) && !self.proven.contains(&mi) {
            return;
        }
        for (x, n) in [(p, q), (q, p)] {
            let Some(&sq) = self.squares.get(&n) else { continue };
            let below = |pass: &Self, v: Value| pass.interval(v).0 >= 0 && pass.proves_le(v, n, -1);
            if below(self, x) && below(self, y) {
                self.le(r, sq, -1);
                return;
            }
        }
    }

    fn list_op(&mut self, inst: Inst, op: ListOp, args: &[Value], r: Option<Value>) {
        match op {
            ListOp::Get | ListOp::Set => {
                let (l, i) = (args[0], args[1]);
                if self.stable.contains(&l) && self.interval(i).0 >= 0 && self.proves_node_le(self.term(i).0, Node::Len(l), -1 - self.term(i).1) {
                    let new = if op == ListOp::Get { ListOp::Item } else { ListOp::SetItem };
                    self.f.dfg.insts[inst] = InstData::List { op: new, args: args.to_vec() };
                    self.changed = true;
                }
            }
            ListOp::Len => {
                if let Some(r) = r {
                    if !self.stable.contains(&args[0]) {
                        self.within(r, 0, MAX_LEN);
                    }
                }
            }
            ListOp::New => {
                if let Some(r) = r.filter(|r| self.stable.contains(r)) {
                    let k = args.len() as i128;
                    self.fact(Node::Len(r), Node::Zero, k);
                    self.fact(Node::Zero, Node::Len(r), -k);
                }
            }
            ListOp::Repeat => {
                let Some(r) = r.filter(|r| self.stable.contains(r)) else { return };
                let (src, count) = (args[0], args[1]);
                let display = matches!(self.f.dfg.values[src].def, ValueDef::Result(i) if matches!(&self.f.dfg.insts[i], InstData::List { op: ListOp::New, args } if !args.is_empty()));
                if display {
                    // len(r) = k * max(count, 0) >= count for k >= 1.
                    let (n, k) = self.term(count);
                    self.fact(n, Node::Len(r), -k);
                    if let Some((Opcode::IntMul | Opcode::IntMulWrap, [x, y])) = self.binary(count) {
                        if x == y {
                            let root = isqrt(MAX_LEN);
                            self.within(x, -root, root);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// Jump threading for short-circuit conditions: a block that only
    /// branches on its own parameter, entered by an edge whose argument is
    /// known there (a constant, or the condition of the branch that takes
    /// the edge), is skipped by that edge. `while j >= 0 and xs[j] > v`
    /// then enters its body only from the block where both tests passed.
    fn thread_jumps(&mut self) {
        let f = &mut *self.f;
        let mut uses: HashMap<Value, usize> = HashMap::default();
        for &b in &f.layout.blocks {
            for &i in &f.layout.insts[b] {
                f.dfg.insts[i].for_each_operand(|v| *uses.entry(v).or_default() += 1);
            }
        }
        let targets: HashMap<Block, (usize, crate::ir::BlockCall, crate::ir::BlockCall)> = f
            .layout
            .blocks
            .iter()
            .filter_map(|&b| {
                let [only] = f.layout.insts[b][..] else { return None };
                let InstData::Brif { cond, then_dest, else_dest } = &f.dfg.insts[only] else { return None };
                let k = f.dfg.blocks[b].params.iter().position(|&p| p == *cond)?;
                // The parameters are used by the branch alone (a skipped
                // block must not define what others use).
                let own = |v: &Value| then_dest.args.contains(v) || else_dest.args.contains(v);
                if f.dfg.blocks[b].params.iter().any(|p| own(p) || uses.get(p).copied().unwrap_or(0) != usize::from(p == cond)) {
                    return None;
                }
                if then_dest.block == b || else_dest.block == b {
                    return None;
                }
                Some((b, (k, then_dest.clone(), else_dest.clone())))
            })
            .collect();
        if targets.is_empty() {
            return;
        }
        for &b in &f.layout.blocks.clone() {
            let Some(t) = f.terminator(b) else { continue };
            let data = f.dfg.insts[t].clone();
            let InstData::Brif { cond, then_dest, else_dest } = &data else { continue };
            let distinct = then_dest.block != else_dest.block;
            let mut new = data.clone();
            let mut moved = false;
            if let InstData::Brif { then_dest: nt, else_dest: ne, .. } = &mut new {
                for (edge, truth) in [(nt, true), (ne, false)] {
                    let Some((k, yes, no)) = targets.get(&edge.block) else { continue };
                    let arg = edge.args[*k];
                    let known = match &f.dfg.values[arg].def {
                        ValueDef::Result(i) => match f.dfg.insts[*i] {
                            InstData::BConst(c) => Some(c),
                            _ => None,
                        },
                        _ => None,
                    }
                    .or((distinct && arg == *cond).then_some(truth));
                    if let Some(c) = known {
                        *edge = if c { yes.clone() } else { no.clone() };
                        moved = true;
                    }
                }
            }
            if moved {
                f.dfg.insts[t] = new;
                self.changed = true;
            }
        }
    }
}

/// The predecessors of each block (one entry per edge, in layout order).
pub(crate) fn predecessors(f: &Function) -> HashMap<Block, Vec<Block>> {
    let mut preds: HashMap<Block, Vec<Block>> = HashMap::default();
    for &b in &f.layout.blocks {
        if let Some(t) = f.terminator(b) {
            for s in f.dfg.insts[t].successors() {
                preds.entry(s.block).or_default().push(b);
            }
        }
    }
    preds
}

/// Each block of an innermost natural loop (one that holds no other
/// loop's header): its header, and the header's one predecessor outside
/// the loop (the loop's only entry), for the loops that have one.
pub(crate) fn innermost_loops(f: &Function, idom: &HashMap<Block, Block>, preds: &HashMap<Block, Vec<Block>>) -> HashMap<Block, (Block, Block)> {
    let mut bodies: Vec<(Block, HashSet<Block>)> = Vec::new();
    for &h in &f.layout.blocks {
        let Some(ps) = preds.get(&h) else { continue };
        let back: Vec<Block> = ps.iter().copied().filter(|&p| idom.contains_key(&p) && dominates(idom, h, p)).collect();
        if back.is_empty() {
            continue;
        }
        let mut body: HashSet<Block> = HashSet::default();
        body.insert(h);
        let mut work = back;
        while let Some(b) = work.pop() {
            if body.insert(b) {
                work.extend(preds.get(&b).into_iter().flatten().copied());
            }
        }
        bodies.push((h, body));
    }
    let headers: HashSet<Block> = bodies.iter().map(|(h, _)| *h).collect();
    let mut out = HashMap::default();
    for (h, body) in &bodies {
        if body.iter().any(|b| b != h && headers.contains(b)) {
            continue;
        }
        let outside: Vec<Block> = preds[h].iter().copied().filter(|p| !body.contains(p)).collect();
        let [e] = outside.as_slice() else { continue };
        if idom.get(h) != Some(e) {
            continue;
        }
        for &b in body {
            out.insert(b, (*h, *e));
        }
    }
    out
}

/// The argument an edge `from -> to` passes to parameter `k` (one edge
/// only: a branch with both edges to `to` gives none).
fn edge_arg(f: &Function, from: Block, to: Block, k: usize) -> Option<Value> {
    let t = f.terminator(from)?;
    let mut it = f.dfg.insts[t].successors().filter(|s| s.block == to);
    let call = it.next()?;
    if it.next().is_some() {
        return None;
    }
    call.args.get(k).copied()
}

/// The bounds of `a op b` (`op` an int `add`, `sub` or `mul`) for
/// operands within 64 bits (products fit in i128).
fn result_interval(op: Opcode, (la, ua): (i128, i128), (lb, ub): (i128, i128)) -> (i128, i128) {
    match op {
        Opcode::IntAdd => (la + lb, ua + ub),
        Opcode::IntSub => (la - ub, ua - lb),
        _ => {
            let c = [la * lb, la * ub, ua * lb, ua * ub];
            (c.iter().copied().min().unwrap_or(I64_MIN), c.iter().copied().max().unwrap_or(I64_MAX))
        }
    }
}

/// Whether constant folding may evaluate `op` at compile time: not the
/// `math` functions and `**` of floats, whose results come from the
/// platform's libm where the program runs.
fn foldable(op: Opcode) -> bool {
    !op.name().starts_with("math.") && !matches!(op, Opcode::FloatPow | Opcode::FloatRoundDigits)
}

/// `floor(sqrt(n))` for `n >= 0` (0 below).
fn isqrt(n: i128) -> i128 {
    if n <= 0 {
        return 0;
    }
    let mut x = (n as f64).sqrt() as i128;
    while x * x > n {
        x -= 1;
    }
    while (x + 1) * (x + 1) <= n {
        x += 1;
    }
    x
}

/// The stable sequences (lists and arrays) whose length and item buffer
/// the native tiers read once, where they are defined: those defined by
/// an instruction or as a parameter of an entry block no branch enters,
/// and read or stored by index or measured (`len`, `item`, `get`, `set`,
/// `set_item`). Every use of such a value is dominated by its
/// definition, so a copy made there is valid at each use; it lets a loop
/// keep the buffer in a register, where a load through the object would
/// be repeated after every call that might write memory (the poll's
/// included).
pub fn fixed_buffers(f: &Function, types: &PrimaryMap<TypeId, HeapType>) -> HashSet<Value> {
    let entry = f.layout.entry();
    let entered = f.layout.blocks.iter().any(|&b| f.layout.insts[b].iter().any(|&i| f.dfg.insts[i].successors().any(|bc| Some(bc.block) == entry)));
    let mut used: HashSet<Value> = HashSet::default();
    for &b in &f.layout.blocks {
        for &i in &f.layout.insts[b] {
            if let InstData::List { op: ListOp::Len | ListOp::Item | ListOp::Get | ListOp::Set | ListOp::SetItem, args } = &f.dfg.insts[i] {
                used.insert(args[0]);
            }
        }
    }
    stable_sequences(f, types)
        .into_iter()
        .filter(|v| used.contains(v))
        .filter(|&v| match f.dfg.values[v].def {
            ValueDef::Result(_) => true,
            ValueDef::Param(b, _) => Some(b) == entry && !entered,
        })
        .filter(|&v| matches!(f.dfg.value_type(v).heap_type().and_then(|c| types.get(c)), Some(HeapType::List { .. } | HeapType::Array { .. })))
        .collect()
}

/// The sequences of `f` whose length cannot change while it runs (see
/// the module doc): nothing resizes them, so their item buffer does not
/// move either.
pub(crate) fn stable_sequences(f: &Function, types: &PrimaryMap<TypeId, HeapType>) -> HashSet<Value> {
    let heap = |v: Value| f.dfg.value_type(v).heap_type().and_then(|c| types.get(c));
    let mut stable: HashSet<Value> = HashSet::default();
    for (v, data) in f.dfg.values.iter() {
        match heap(v) {
            Some(HeapType::Array { .. } | HeapType::Args { .. }) => {
                stable.insert(v);
            }
            Some(HeapType::List { .. }) => {
                if let ValueDef::Result(i) = data.def {
                    if matches!(f.dfg.insts[i], InstData::List { op: ListOp::New | ListOp::Repeat | ListOp::Copy | ListOp::Concat | ListOp::Slice | ListOp::Range, .. }) {
                        stable.insert(v);
                    }
                }
            }
            _ => {}
        }
    }
    for &b in &f.layout.blocks {
        for &i in &f.layout.insts[b] {
            let data = &f.dfg.insts[i];
            let mut escapes: Vec<Value> = Vec::new();
            match data {
                InstData::List { op, args } => {
                    for (k, &a) in args.iter().enumerate() {
                        let ok = match (k, op) {
                            (
                                0,
                                ListOp::Len
                                | ListOp::Get
                                | ListOp::Set
                                | ListOp::Item
                                | ListOp::SetItem
                                | ListOp::Index
                                | ListOp::Count
                                | ListOp::Contains
                                | ListOp::Eq
                                | ListOp::Lt
                                | ListOp::Le
                                | ListOp::Copy
                                | ListOp::Slice
                                | ListOp::Concat
                                | ListOp::Repeat
                                | ListOp::Reverse
                                | ListOp::Sort
                                | ListOp::Sum
                                | ListOp::Min
                                | ListOp::Max
                                | ListOp::Any
                                | ListOp::All,
                            ) => true,
                            (1, ListOp::Concat | ListOp::Eq | ListOp::Lt | ListOp::Le | ListOp::Extend) => true,
                            _ => false,
                        };
                        if !ok {
                            escapes.push(a);
                        }
                    }
                }
                InstData::IncRef { .. } | InstData::DecRef { .. } | InstData::Print { .. } | InstData::StrBuild { .. } | InstData::Return { .. } | InstData::RefIs { .. } => {}
                other => other.for_each_operand(|v| escapes.push(v)),
            }
            for v in escapes {
                if matches!(heap(v), Some(HeapType::List { .. })) {
                    stable.remove(&v);
                }
            }
        }
    }
    stable
}
