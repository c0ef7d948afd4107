//! Loop versioning: an innermost `range()` loop whose index checks, or
//! checked arithmetic of loop-invariant operands, the range pass could
//! not remove gets a second, fast copy without them. One test in front
//! of the loop decides which copy runs: it proves, for every value the
//! loop index can take, that every such index is within its sequence
//! and that no such operation overflows. When the test fails the
//! original loop runs, unchanged, and raises where it would have raised.
//!
//! What the fast copy loses:
//! * `list.get` / `list.set` of a stable sequence made before the loop
//!   (see [`range`](crate::range)) at an index `i`, `i + a`, `a + i`,
//!   `i - a` or `a`, for the loop index `i` and an invariant `a`, become
//!   `list.item` / `list.set_item` (and the `+`/`-` its wrapping form);
//! * checked `+ - *` of invariant operands (`i * n` inside the loop over
//!   `j`) are computed once in front of the loop, in their wrapping form;
//! * its polls: a `poll weight w` in front of it counts its `w` possible
//!   iterations at once (each block of an innermost loop runs at most
//!   once an iteration).
//!
//! The test needs no check itself: the index's start and stop and every
//! offset are first tested to lie within `[-2**62, 2**62)` (a factor of
//! a product within `[-2**31, 2**31)`, less by the other factor's bits
//! when that is a constant), so the sums the test computes cannot wrap.
//! The range pass runs again after this one and folds what of the test
//! it decides.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ir::{Block, BlockCall, Function, HeapType, Inst, InstData, ListOp, Opcode, PrimaryMap, SrcLoc, Type, TypeId, Value, ValueData, ValueDef};
use crate::verify::dominators;

/// Loops versioned at most per function, and the largest loop copied
/// (instructions).
const MAX_LOOPS: usize = 32;
const MAX_BODY: usize = 400;

/// Version the loops of `f` that gain from it; whether any was.
pub(crate) fn version(f: &mut Function, types: &PrimaryMap<TypeId, HeapType>) -> bool {
    let stable = crate::range::stable_sequences(f, types);
    let mut done: HashSet<Block> = HashSet::default();
    let mut changed = false;
    for _ in 0..MAX_LOOPS {
        let idom = dominators(f);
        let preds = crate::range::predecessors(f);
        let loops = crate::range::innermost_loops(f, &idom, &preds);
        let mut bodies: Vec<(Block, Block, Vec<Block>)> = Vec::new();
        for &b in &f.layout.blocks {
            let Some(&(h, e)) = loops.get(&b) else { continue };
            match bodies.iter_mut().find(|l| l.0 == h) {
                Some(l) => l.2.push(b),
                None => bodies.push((h, e, vec![b])),
            }
        }
        let mut any = false;
        for (h, e, body) in bodies {
            // Only loops of reachable blocks (cleanup ran before).
            if !done.insert(h) || body.iter().any(|b| !idom.contains_key(b)) {
                continue;
            }
            if let Some(plan) = Plan::find(f, &stable, h, e, &body) {
                let fast_header = plan.apply(f);
                done.insert(fast_header);
                changed = true;
                any = true;
                break;
            }
        }
        if !any {
            break;
        }
    }
    changed
}

/// How an index depends on the loop index `i`.
#[derive(Copy, Clone)]
enum Index {
    /// An invariant `a`.
    Fixed(Value),
    /// `i + a` (`plus`), `i - a`, or `i` (`None`).
    Offset(Option<(Value, bool)>),
}

struct Plan {
    h: Block,
    e: Block,
    body: Vec<Block>,
    /// The instructions of those blocks.
    body_insts: HashSet<Inst>,
    /// The index parameter of the header, its stop, and whether it goes up.
    param: usize,
    stop: Value,
    up: bool,
    /// The checks to drop: (instruction, sequence, index).
    checks: Vec<(Inst, Value, Index)>,
    /// The `+`/`-` of an index to make wrapping.
    wrap: HashSet<Inst>,
    /// Invariant arithmetic to compute in front of the loop (a loop is
    /// copied for its index checks and its checked products only: a copy
    /// for the overflow branch of one `+` would rarely pay).
    hoist: Vec<Inst>,
    polls: Vec<Inst>,
    loc: SrcLoc,
}

impl Plan {
    fn find(f: &Function, stable: &HashSet<Value>, h: Block, e: Block, body: &[Block]) -> Option<Plan> {
        let in_body: HashSet<Block> = body.iter().copied().collect();
        let size: usize = body.iter().map(|&b| f.layout.insts[b].len()).sum();
        if size > MAX_BODY {
            return None;
        }
        let et = f.terminator(e)?;
        if !matches!(f.dfg.insts[et], InstData::Jump { .. } | InstData::Brif { .. }) || f.dfg.insts[et].successors().filter(|s| s.block == h).count() != 1 {
            return None;
        }
        let body_insts: HashSet<Inst> = body.iter().flat_map(|&b| f.layout.insts[b].iter().copied()).collect();
        let inside = |v: Value| match f.dfg.values[v].def {
            ValueDef::Param(b, _) => in_body.contains(&b),
            ValueDef::Result(i) => body_insts.contains(&i),
        };
        // No value of the loop is used after it other than through the
        // arguments of its exits (the copies would need merging).
        for &b in &f.layout.blocks {
            if in_body.contains(&b) {
                continue;
            }
            for &i in &f.layout.insts[b] {
                let mut escapes = false;
                f.dfg.insts[i].for_each_operand(|v| escapes |= inside(v));
                if escapes {
                    return None;
                }
            }
        }
        let back: Vec<Block> = body.iter().copied().filter(|&b| f.terminator(b).is_some_and(|t| f.dfg.insts[t].successors().any(|s| s.block == h))).collect();
        let (param, stop, up) = (0..f.dfg.blocks[h].params.len()).find_map(|k| range_counter(f, h, k, &back, &inside))?;
        let p = f.dfg.blocks[h].params[param];
        // Invariant: defined before the loop, a constant, or `+ - *` of
        // invariants.
        fn invariant(f: &Function, v: Value, inside: &dyn Fn(Value) -> bool, depth: u32) -> bool {
            if !inside(v) || iconst(f, v).is_some() {
                return true;
            }
            let ValueDef::Result(i) = f.dfg.values[v].def else { return false };
            match f.dfg.insts[i] {
                InstData::Binary { op, args: [a, b] } if arith(op).is_some() && depth < 8 => invariant(f, a, inside, depth + 1) && invariant(f, b, inside, depth + 1),
                _ => false,
            }
        }
        let inv = |v: Value| invariant(f, v, &inside, 0);
        let mut plan = Plan { h, e, body: body.to_vec(), body_insts: body_insts.clone(), param, stop, up, checks: Vec::new(), wrap: HashSet::default(), hoist: Vec::new(), polls: Vec::new(), loc: f.srclocs[et] };
        let mut gain = false;
        for &b in body {
            let insts = &f.layout.insts[b];
            for (k, &i) in insts.iter().enumerate() {
                let in_try = insts.get(k + 1).is_some_and(|&n| matches!(f.dfg.insts[n], InstData::Catch { .. }));
                match &f.dfg.insts[i] {
                    InstData::List { op: ListOp::Get | ListOp::Set, args } if stable.contains(&args[0]) && !inside(args[0]) => {
                        let x = args[1];
                        let index = if x == p {
                            Some(Index::Offset(None))
                        } else if inv(x) {
                            Some(Index::Fixed(x))
                        } else {
                            match f.dfg.values[x].def {
                                ValueDef::Result(xi) => match f.dfg.insts[xi] {
                                    InstData::Binary { op: Opcode::IntAdd | Opcode::IntAddWrap, args: [l, r] } if l == p && inv(r) => Some(Index::Offset(Some((r, true)))),
                                    InstData::Binary { op: Opcode::IntAdd | Opcode::IntAddWrap, args: [l, r] } if r == p && inv(l) => Some(Index::Offset(Some((l, true)))),
                                    InstData::Binary { op: Opcode::IntSub | Opcode::IntSubWrap, args: [l, r] } if l == p && inv(r) => Some(Index::Offset(Some((r, false)))),
                                    _ => None,
                                }
                                .inspect(|_| {
                                    plan.wrap.insert(xi);
                                }),
                                ValueDef::Param(..) => None,
                            }
                        };
                        if let Some(index) = index {
                            plan.checks.push((i, args[0], index));
                            gain = true;
                        }
                    }
                    InstData::Binary { op, args: [a, b] } if arith(*op).is_some() && inv(*a) && inv(*b) => {
                        plan.hoist.push(i);
                        // A checked product costs a multiply with an
                        // overflow branch an iteration.
                        gain |= *op == Opcode::IntMul;
                    }
                    InstData::Poll { weight: None, .. } if !in_try => plan.polls.push(i),
                    _ => {}
                }
            }
        }
        gain.then_some(plan)
    }

    /// Make the test, the fast copy and the edges; the fast copy's header.
    fn apply(self, f: &mut Function) -> Block {
        let Plan { h, e, body, body_insts, param, stop, up, checks, wrap, hoist, polls, loc } = self;
        // The test block, entered instead of the header (its one
        // predecessor): the header's arguments are in scope there.
        let g = f.dfg.blocks.push(Default::default());
        let et = f.terminator(e).expect("checked");
        let mut gp: Vec<Value> = Vec::new();
        for s in f.dfg.insts[et].successors_mut() {
            if s.block == h {
                s.block = g;
                gp = std::mem::take(&mut s.args);
            }
        }
        let mut t = Test { f, block: g, loc, body: body_insts, conds: Vec::new(), asked: HashSet::default(), made: HashMap::default(), consts: HashMap::default(), hoisted: HashMap::default(), lens: HashMap::default(), impossible: false };
        let init = gp[param];
        let stop = t.value(stop);
        t.fits(init, 62);
        t.fits(stop, 62);
        if up {
            t.cmp(Opcode::IntLt, init, stop);
        } else {
            t.cmp(Opcode::IntLt, stop, init);
        }
        let mut wrapped_hoist: HashMap<Value, Value> = HashMap::default();
        for &i in &hoist {
            if let Some(r) = t.f.dfg.inst_result(i) {
                let v = t.value(r);
                wrapped_hoist.insert(r, v);
            }
        }
        for &(_, s, index) in &checks {
            let len = t.len(s);
            match index {
                Index::Fixed(a) => {
                    let a = t.value(a);
                    let zero = t.iconst(0);
                    t.cmp(Opcode::IntLe, zero, a);
                    t.cmp(Opcode::IntLt, a, len);
                }
                Index::Offset(off) => {
                    // The lowest and the highest index, exact.
                    let at = |t: &mut Test, x: Value| match off {
                        None => x,
                        Some((a, plus)) => {
                            let a = t.value(a);
                            t.fits(a, 62);
                            t.binary(if plus { Opcode::IntAddWrap } else { Opcode::IntSubWrap }, x, a)
                        }
                    };
                    let (lo, hi) = if up { (at(&mut t, init), at(&mut t, stop)) } else { (at(&mut t, stop), at(&mut t, init)) };
                    if up {
                        // lo >= 0, hi <= len (the index stays below stop).
                        let zero = t.iconst(0);
                        t.cmp(Opcode::IntLe, zero, lo);
                        t.cmp(Opcode::IntLe, hi, len);
                    } else {
                        // The index stays above stop: lo + 1 >= 0, hi < len.
                        let m1 = t.iconst(-1);
                        t.cmp(Opcode::IntLe, m1, lo);
                        t.cmp(Opcode::IntLt, hi, len);
                    }
                }
            }
        }
        let weight = (!polls.is_empty()).then(|| if up { t.binary(Opcode::IntSubWrap, stop, init) } else { t.binary(Opcode::IntSubWrap, init, stop) });
        let guard = t.guard();
        let f = t.f;
        // The fast copy.
        let mut blocks: HashMap<Block, Block> = HashMap::default();
        let mut values: HashMap<Value, Value> = wrapped_hoist;
        for &b in &body {
            let nb = f.dfg.blocks.push(Default::default());
            blocks.insert(b, nb);
            for (n, v) in f.dfg.blocks[b].params.clone().into_iter().enumerate() {
                let ty = f.dfg.value_type(v);
                let w = f.dfg.values.push(ValueData { ty, def: ValueDef::Param(nb, n) });
                f.dfg.blocks[nb].params.push(w);
                values.insert(v, w);
            }
        }
        let dropped: HashSet<Inst> = hoist.iter().chain(&polls).copied().collect();
        let checked: HashSet<Inst> = checks.iter().map(|c| c.0).collect();
        let mut copies: Vec<Inst> = Vec::new();
        for &b in &body {
            let nb = blocks[&b];
            let mut out: Vec<Inst> = Vec::new();
            let mut prev_cannot_raise = false;
            for &i in &f.layout.insts[b].clone() {
                if dropped.contains(&i) {
                    prev_cannot_raise = true;
                    continue;
                }
                let mut data = f.dfg.insts[i].clone();
                if checked.contains(&i) {
                    if let InstData::List { op, .. } = &mut data {
                        *op = if *op == ListOp::Get { ListOp::Item } else { ListOp::SetItem };
                    }
                }
                if wrap.contains(&i) {
                    if let InstData::Binary { op, .. } = &mut data {
                        *op = arith(*op).expect("an index add");
                    }
                }
                if let (true, InstData::Catch { normal, .. }) = (prev_cannot_raise, &data) {
                    data = InstData::Jump { dest: normal.clone() };
                }
                prev_cannot_raise = !data.can_raise();
                let ni = f.dfg.insts.push(data);
                f.srclocs[ni] = f.srclocs[i];
                if let Some(r) = f.dfg.inst_result(i) {
                    let ty = f.dfg.value_type(r);
                    let w = f.dfg.values.push(ValueData { ty, def: ValueDef::Result(ni) });
                    f.dfg.results[ni] = Some(w);
                    values.insert(r, w);
                }
                out.push(ni);
            }
            copies.extend(&out);
            f.layout.insts[nb] = out;
        }
        for &ni in &copies {
            let data = &mut f.dfg.insts[ni];
            data.rewrite_operands(|v| values.get(&v).copied().unwrap_or(v));
            for s in data.successors_mut() {
                if let Some(&nb) = blocks.get(&s.block) {
                    s.block = nb;
                }
            }
        }
        let fast = blocks[&h];
        // The entry of the fast copy: the weighted poll, then the loop.
        let fb = f.dfg.blocks.push(Default::default());
        let mut entry = Vec::new();
        if let Some(w) = weight {
            let poll = f.dfg.insts.push(InstData::Poll { keep: Vec::new(), weight: Some(w) });
            f.srclocs[poll] = loc;
            entry.push(poll);
        }
        let jump = f.dfg.insts.push(InstData::Jump { dest: BlockCall { block: fast, args: gp.clone() } });
        f.srclocs[jump] = loc;
        entry.push(jump);
        f.layout.insts[fb] = entry;
        let br = f.dfg.insts.push(InstData::Brif { cond: guard, then_dest: BlockCall { block: fb, args: Vec::new() }, else_dest: BlockCall { block: h, args: gp } });
        f.srclocs[br] = loc;
        f.layout.insts[g].push(br);
        let at = f.layout.blocks.iter().position(|&b| b == h).expect("the header is laid out");
        let new: Vec<Block> = [g, fb].into_iter().chain(body.iter().map(|b| blocks[b])).collect();
        f.layout.blocks.splice(at..at, new);
        fast
    }
}

/// The test in front of a loop, built in block `block`: constants are
/// computed as it is built, so a part known to hold is left out.
struct Test<'f> {
    f: &'f mut Function,
    block: Block,
    loc: SrcLoc,
    /// The instructions of the loop.
    body: HashSet<Inst>,
    conds: Vec<Value>,
    /// The parts made (no part twice).
    asked: HashSet<(Value, u32, Opcode, Value)>,
    /// The constants made.
    consts: HashMap<i64, Value>,
    /// The ops made.
    made: HashMap<(Opcode, Value, Value), Value>,
    hoisted: HashMap<Value, Value>,
    lens: HashMap<Value, Value>,
    /// A part is known to fail: the fast copy never runs.
    impossible: bool,
}

impl Test<'_> {
    fn push(&mut self, data: InstData, ty: Type) -> Value {
        let i = self.f.dfg.insts.push(data);
        let v = self.f.dfg.values.push(ValueData { ty, def: ValueDef::Result(i) });
        self.f.dfg.results[i] = Some(v);
        self.f.srclocs[i] = self.loc;
        self.f.layout.insts[self.block].push(i);
        v
    }

    fn iconst(&mut self, k: i64) -> Value {
        if let Some(&v) = self.consts.get(&k) {
            return v;
        }
        let v = self.push(InstData::IConst(k), Type::I64);
        self.consts.insert(k, v);
        v
    }

    /// A wrapping `+ - *`.
    fn binary(&mut self, op: Opcode, a: Value, b: Value) -> Value {
        match (op, iconst(self.f, a), iconst(self.f, b)) {
            (_, Some(x), Some(y)) => {
                let k = match op {
                    Opcode::IntAddWrap => x.wrapping_add(y),
                    Opcode::IntSubWrap => x.wrapping_sub(y),
                    _ => x.wrapping_mul(y),
                };
                self.iconst(k)
            }
            (Opcode::IntAddWrap | Opcode::IntSubWrap, _, Some(0)) => a,
            (Opcode::IntAddWrap, Some(0), _) => b,
            _ => {
                if let Some(&v) = self.made.get(&(op, a, b)) {
                    return v;
                }
                let v = self.push(InstData::Binary { op, args: [a, b] }, Type::I64);
                self.made.insert((op, a, b), v);
                v
            }
        }
    }

    /// The value of invariant `v` here: `v` itself when it is defined
    /// before the loop, else a constant or the wrapping op computed again
    /// (a checked one only under the test that it does not overflow).
    fn value(&mut self, v: Value) -> Value {
        if let Some(&w) = self.hoisted.get(&v) {
            return w;
        }
        let ValueDef::Result(i) = self.f.dfg.values[v].def else { return v };
        if !self.body.contains(&i) {
            return v;
        }
        let w = match self.f.dfg.insts[i].clone() {
            InstData::IConst(k) => self.iconst(k),
            InstData::Binary { op, args: [a, b] } if arith(op).is_some() => {
                let (a, b) = (self.value(a), self.value(b));
                if op.can_raise() {
                    self.no_overflow(op, a, b);
                }
                self.binary(arith(op).expect("checked"), a, b)
            }
            _ => v,
        };
        self.hoisted.insert(v, w);
        w
    }

    fn no_overflow(&mut self, op: Opcode, a: Value, b: Value) {
        match op {
            Opcode::IntMul => {
                let bits = |k: i64| 64 - k.unsigned_abs().leading_zeros();
                // |k| < 2**bits(k), so |k * x| < 2**62 for |x| <= 2**(62 - bits(k)).
                match (iconst(self.f, a), iconst(self.f, b)) {
                    (Some(x), Some(y)) => self.impossible |= x.checked_mul(y).is_none(),
                    (Some(k), None) | (None, Some(k)) if bits(k) > 62 => self.impossible = true,
                    (Some(k), None) => self.fits(b, 62 - bits(k)),
                    (None, Some(k)) => self.fits(a, 62 - bits(k)),
                    (None, None) => {
                        self.fits(a, 31);
                        self.fits(b, 31);
                    }
                }
            }
            _ => {
                self.fits(a, 62);
                self.fits(b, 62);
            }
        }
    }

    /// `-2**k <= x < 2**k`.
    fn fits(&mut self, x: Value, k: u32) {
        if !self.asked.insert((x, k, Opcode::IntUgt, x)) {
            return;
        }
        if let Some(c) = iconst(self.f, x) {
            let c = i128::from(c);
            if !(-(1i128 << k) <= c && c < 1i128 << k) {
                self.impossible = true;
            }
            return;
        }
        let lo = self.iconst(1i64 << k);
        let span = self.iconst((1u64 << (k + 1)) as i64);
        let shifted = self.binary(Opcode::IntAddWrap, x, lo);
        let c = self.push(InstData::Binary { op: Opcode::IntUgt, args: [span, shifted] }, Type::Bool);
        self.conds.push(c);
    }

    fn cmp(&mut self, op: Opcode, a: Value, b: Value) {
        if !self.asked.insert((a, 0, op, b)) {
            return;
        }
        if let (Some(x), Some(y)) = (iconst(self.f, a), iconst(self.f, b)) {
            let holds = match op {
                Opcode::IntLt => x < y,
                _ => x <= y,
            };
            self.impossible |= !holds;
            return;
        }
        let c = self.push(InstData::Binary { op, args: [a, b] }, Type::Bool);
        self.conds.push(c);
    }

    fn len(&mut self, s: Value) -> Value {
        if let Some(&n) = self.lens.get(&s) {
            return n;
        }
        let n = self.push(InstData::List { op: ListOp::Len, args: vec![s] }, Type::I64);
        self.lens.insert(s, n);
        n
    }

    /// All parts at once (`select`s; `false` when a part is known to fail).
    fn guard(&mut self) -> Value {
        if self.impossible {
            return self.push(InstData::BConst(false), Type::Bool);
        }
        let mut conds = std::mem::take(&mut self.conds).into_iter();
        let Some(mut all) = conds.next() else { return self.push(InstData::BConst(true), Type::Bool) };
        let no = self.push(InstData::BConst(false), Type::Bool);
        for c in conds {
            all = self.push(InstData::Select { cond: all, then_val: c, else_val: no }, Type::Bool);
        }
        all
    }
}

fn iconst(f: &Function, v: Value) -> Option<i64> {
    match f.dfg.values[v].def {
        ValueDef::Result(i) => match f.dfg.insts[i] {
            InstData::IConst(k) => Some(k),
            _ => None,
        },
        ValueDef::Param(..) => None,
    }
}

/// The wrapping form of an int `+ - *` (itself for a wrapping one).
fn arith(op: Opcode) -> Option<Opcode> {
    match op {
        Opcode::IntAdd | Opcode::IntAddWrap => Some(Opcode::IntAddWrap),
        Opcode::IntSub | Opcode::IntSubWrap => Some(Opcode::IntSubWrap),
        Opcode::IntMul | Opcode::IntMulWrap => Some(Opcode::IntMulWrap),
        _ => None,
    }
}

/// `Some((k, stop, up))` if parameter `k` of header `h` is a `range()`
/// index with a constant step: every back edge passes `p + step`
/// (wrapping) while `stop - p` (`p - stop` going down) exceeds `|step|`,
/// unsigned, and `stop` is invariant.
fn range_counter(f: &Function, h: Block, k: usize, back: &[Block], inside: &dyn Fn(Value) -> bool) -> Option<(usize, Value, bool)> {
    let p = f.dfg.blocks[h].params[k];
    if f.dfg.value_type(p) != Type::I64 || back.is_empty() {
        return None;
    }
    let binary = |v: Value| match f.dfg.values[v].def {
        ValueDef::Result(i) => match f.dfg.insts[i] {
            InstData::Binary { op, args } => Some((op, args)),
            _ => None,
        },
        ValueDef::Param(..) => None,
    };
    let mut found: Option<(Value, bool)> = None;
    for &b in back {
        let t = f.terminator(b)?;
        let InstData::Brif { cond, then_dest, else_dest } = &f.dfg.insts[t] else { return None };
        if then_dest.block != h || else_dest.block == h {
            return None;
        }
        let (Opcode::IntAddWrap, [x, step]) = binary(*then_dest.args.get(k)?)? else { return None };
        let step = iconst(f, step)?;
        let (Opcode::IntUgt, [gap, bound]) = binary(*cond)? else { return None };
        let (Opcode::IntSubWrap, [g0, g1]) = binary(gap)? else { return None };
        let bound = iconst(f, bound)?;
        let this = if x != p {
            return None;
        } else if step > 0 && g1 == p && bound == step {
            (g0, true)
        } else if step < 0 && g0 == p && i128::from(bound) == -i128::from(step) {
            (g1, false)
        } else {
            return None;
        };
        if inside(this.0) || found.is_some_and(|f| f != this) {
            return None;
        }
        found = Some(this);
    }
    found.map(|(stop, up)| (k, stop, up))
}
