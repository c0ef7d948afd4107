//! Lowering of `list[T]`: displays, comprehensions, subscripts and slices,
//! methods, the builtins that take a list, operators, and `for` loops
//! over lists (`enumerate`, `zip`, `reversed`).
//!
//! Every operation is one `list.*` instruction (see [`ListOp`]): the
//! runtime's `rpy_list_op` implements it once for every tier. Lists are
//! references: results that make a list (and items read from a list of
//! references) are owned by the statement, as for instances (see
//! `object.rs`).
//!
//! **Item types.** A list has one item type. A display takes it from the
//! place it is stored in when that has a declared type (an annotated
//! variable, a parameter, a field, a return, an enclosing list), so
//! `xs: list[C | None] = [None] * n` and `ys: list[int] = []` work;
//! otherwise from its items, which must agree. Items are never converted
//! between number types (`[1, 2.0]`, or an int stored into a
//! `list[float]`, is a CompileError): CPython would keep the int, which
//! prints and divides differently.

use super::{Block, FnLower, Reported, R};
use crate::ast::*;
use crate::ir::{ListOp, Opcode, Type, Value};

/// `RPY_SLICE_*` flags of rpy_rt.h.
const SLICE_START: i64 = 1;
const SLICE_STOP: i64 = 2;
const SLICE_STEP: i64 = 4;

impl FnLower<'_, '_> {
    /// The item type of `t`, if it is a list type.
    pub(super) fn list_elem(&self, t: Type) -> Option<Type> {
        self.cx.env.list_elem(t)
    }

    /// The item type of `t`, if it is a list or an array.
    pub(super) fn seq_elem(&self, t: Type) -> Option<Type> {
        self.cx.env.seq_elem(t)
    }

    /// Whether `t` is an array type.
    pub(super) fn is_array(&self, t: Type) -> bool {
        self.cx.env.array_elem(t).is_some()
    }

    /// Reports an array going where only a call's own code may hold it
    /// (an array is a view of the caller's buffer, valid for the call).
    pub(super) fn no_array_here(&mut self, t: Type, span: Span, where_: &str) -> R<()> {
        if self.is_array(t) {
            return Err(self.err_help(
                span,
                format!("an array ({}) cannot be {where_}", self.tn(t)),
                "array view",
                "an array is a view of the caller's buffer for the duration of the call: read and write it, or copy what you need into a list",
            ));
        }
        Ok(())
    }

    /// `l[i]` for a checked read, or, under `boundscheck=False`, without
    /// the range check (negative indices still count from the end).
    fn get_op(&mut self, l: Value, i: Value, elem: Type) -> Value {
        if self.boundscheck {
            return self.b.list_value(ListOp::Get, vec![l, i], elem);
        }
        let i = self.wrap_index(l, i);
        self.b.list_value(ListOp::Item, vec![l, i], elem)
    }

    /// `l[i] = v`, checked or (`boundscheck=False`) not.
    fn set_op(&mut self, l: Value, i: Value, v: Value) {
        if self.boundscheck {
            return self.b.list_effect(ListOp::Set, vec![l, i, v]);
        }
        let i = self.wrap_index(l, i);
        self.b.list_effect(ListOp::SetItem, vec![l, i, v]);
    }

    /// `i + len(l)` if `i < 0`, else `i`.
    fn wrap_index(&mut self, l: Value, i: Value) -> Value {
        let n = self.b.list_value(ListOp::Len, vec![l], Type::I64);
        let zero = self.b.iconst(0);
        let neg = self.b.binary(Opcode::IntLt, i, zero);
        let w = self.b.binary(Opcode::IntAddWrap, i, n);
        self.b.select(neg, w, i)
    }

    /// `v` stored into an array of items read as `elem`: numbers convert
    /// as the buffer's owner converts them (an int into a float array).
    fn as_array_item(&mut self, v: Value, elem: Type, span: Span) -> R<Value> {
        let got = self.b.ty(v);
        match (got, elem) {
            (Type::I64 | Type::Bool, Type::F64) => Ok(self.as_float(v)),
            (Type::Bool, Type::I64) => Ok(self.as_int(v)),
            (a, b) if a == b => Ok(v),
            _ => Err(self.err(span, format!("an array of {}s cannot hold {}", self.tn(elem), self.art(got)))),
        }
    }

    /// Whether `t` is a list whose items print without addresses (numbers,
    /// bools and lists of them).
    pub(super) fn printable_list(&self, t: Type) -> bool {
        if self.cx.env.is_str(t) {
            return true;
        }
        if self.cx.env.is_args(t) {
            return self.seq_elem(t).is_some_and(|e| !e.is_ref() || self.printable_list(e));
        }
        if let Some(items) = self.tuple_items(t) {
            return items.iter().all(|&i| !i.is_ref() || self.printable_list(i));
        }
        match self.list_elem(t) {
            Some(e) if e.is_ref() => self.printable_list(e),
            Some(_) => true,
            None => false,
        }
    }

    /// `e` lowered where a value of type `want` is expected: displays,
    /// comprehensions and `[x] * n` take their item type from it; other
    /// values come as they are (the caller converts or reports).
    pub(super) fn expr_as(&mut self, e: &Expr, want: Option<Type>) -> R<Value> {
        let Some(want) = want.filter(|&t| self.list_elem(t).is_some() || self.tuple_items(t).is_some()) else { return self.expr(e) };
        if let ExprKind::Tuple(elts) = &e.kind {
            return self.tuple_display(elts, Some(want), e.span);
        }
        if self.list_elem(want).is_none() {
            return self.expr(e);
        }
        match &e.kind {
            ExprKind::List(elts) => self.list_display(elts, Some(want), e.span),
            ExprKind::ListComp { elt, target, iter, ifs } => self.list_comp(elt, target, iter, ifs, Some(want), e.span),
            ExprKind::Binary { op: BinOp::Mul, left, right } if matches!(left.kind, ExprKind::List(_) | ExprKind::ListComp { .. }) => {
                let l = self.expr_as(left, Some(want))?;
                let n = self.expr(right)?;
                self.set_loc(e.span);
                self.list_repeat(l, n, right.span)
            }
            ExprKind::Binary { op: BinOp::Mul, left, right } if matches!(right.kind, ExprKind::List(_) | ExprKind::ListComp { .. }) => {
                let n = self.expr(left)?;
                let l = self.expr_as(right, Some(want))?;
                self.set_loc(e.span);
                self.list_repeat(l, n, left.span)
            }
            _ => self.expr(e),
        }
    }

    /// `v` as an item of a list of `elem`: the same type, or `C` or None
    /// for a `C | None`. No number conversion: CPython would keep an int
    /// in a list of floats, and print and divide it as an int.
    fn as_item(&mut self, v: Value, elem: Type, span: Span) -> R<Value> {
        let got = self.b.ty(v);
        if got == elem {
            return Ok(v);
        }
        if let Some(v) = self.convert_ref(v, elem) {
            return Ok(v);
        }
        let help = match (got, elem) {
            (Type::I64 | Type::Bool, Type::F64) => "CPython would keep the int in the list (it prints as 1, not 1.0): write a float (1.0) or convert it (float(x))",
            (Type::Bool, Type::I64) => "CPython would keep the bool in the list: convert it (int(b))",
            _ => "a list has one item type; convert the value, or use a list of the other type",
        };
        Err(self.err_help(span, format!("a list[{}] cannot hold {}", self.tn(elem), self.art(got)), format!("{} value", self.tn(got)), help))
    }

    /// `[a, b, ...]`
    pub(super) fn list_display(&mut self, elts: &[Expr], want: Option<Type>, span: Span) -> R<Value> {
        let inferred = self.ft.comps.get(&span.start).copied();
        let want_elem = want.or(inferred).and_then(|t| self.list_elem(t));
        let mut vals = Vec::with_capacity(elts.len());
        for e in elts {
            vals.push((self.expr_as(e, want_elem)?, e.span));
        }
        let elem = match want_elem {
            Some(t) => t,
            None => {
                let tys: Vec<Type> = vals.iter().map(|&(v, _)| self.b.ty(v)).collect();
                let Some(&first) = tys.iter().find(|t| **t != Type::None) else {
                    return Err(self.err_help(
                        span,
                        if elts.is_empty() { "cannot infer the item type of an empty list".to_string() } else { "cannot infer the item type of a list of None".to_string() },
                        "item type unknown",
                        "annotate the variable it is assigned to, e.g. `xs: list[int] = []`, or append to it first",
                    ));
                };
                let mut t = first;
                for &u in &tys {
                    match crate::infer::join(t, u) {
                        Some(j) => t = j,
                        None => {
                            let (a, b) = (self.tn(first), self.tn(u));
                            return Err(self.err_help(
                                span,
                                format!("the items of this list have different types ({a} and {b})"),
                                "mixed item types",
                                "a compiled list has one item type: write them all as one type (e.g. 1.0), or annotate the variable (`xs: list[float] = ...`)",
                            ));
                        }
                    }
                }
                t
            }
        };
        self.no_array_here(elem, span, "a list item")?;
        let mut items = Vec::with_capacity(vals.len());
        for (v, s) in vals {
            items.push(self.as_item(v, elem, s)?);
        }
        self.set_loc(span);
        let lt = self.cx.env.list_of(elem);
        let l = self.b.list_value(ListOp::New, items, lt);
        self.own(l);
        Ok(l)
    }

    /// A new empty list of type `lt`.
    fn empty_list(&mut self, lt: Type) -> Value {
        let l = self.b.list_value(ListOp::New, Vec::new(), lt);
        self.own(l);
        l
    }

    /// `l * n` (a new list; `n <= 0` gives an empty one).
    fn list_repeat(&mut self, l: Value, n: Value, nspan: Span) -> R<Value> {
        let n = self.list_index(n, nspan, "can't multiply sequence by non-int of type")?;
        let lt = self.b.ty(l);
        let r = self.b.list_value(ListOp::Repeat, vec![l, n], lt);
        self.own(r);
        Ok(r)
    }

    /// An index or count operand: an int or a bool (as an int).
    fn list_index(&mut self, v: Value, span: Span, what: &str) -> R<Value> {
        match self.b.ty(v) {
            Type::I64 | Type::Bool => Ok(self.as_int(v)),
            t => {
                let name = crate::typing::py_type_name(t);
                let msg = if what.ends_with("type") { format!("{what} '{name}'") } else { format!("{what}, not {name}") };
                Err(self.err(span, msg))
            }
        }
    }

    /// The list `e` evaluates to, with its type and item type; reports a
    /// value that is not a list (`what` names the operation).
    fn list_operand(&mut self, e: &Expr, what: &str) -> R<(Value, Type, Type)> {
        let v = self.expr(e)?;
        let t = self.b.ty(v);
        match self.list_elem(t) {
            Some(elem) => Ok((v, t, elem)),
            None => Err(self.err(e.span, format!("{what} needs a list, not {}", self.art(t)))),
        }
    }

    /// A list or an array (for item reads and stores, `len`, `sum`).
    fn seq_operand(&mut self, e: &Expr, what: &str) -> R<(Value, Type, Type)> {
        let v = self.expr(e)?;
        let t = self.b.ty(v);
        match self.seq_elem(t) {
            Some(elem) => Ok((v, t, elem)),
            None => Err(self.err(e.span, format!("{what} needs a list, not {}", self.art(t)))),
        }
    }

    /// `[elt for target in iter if ...]`
    pub(super) fn list_comp(&mut self, elt: &Expr, target: &Target, iter: &Expr, ifs: &[Expr], want: Option<Type>, span: Span) -> R<Value> {
        let lt = match want.or_else(|| self.ft.comps.get(&span.start).copied()) {
            Some(t) if self.list_elem(t).is_some() => t,
            _ => {
                if self.cx.any_errors || !self.diags.is_empty() {
                    return Err(Reported);
                }
                return Err(self.err_help(span, "cannot infer the item type of this comprehension", "item type unknown", "annotate the variable it is assigned to (`xs: list[float] = [...]`)"));
            }
        };
        let elem = self.list_elem(lt).expect("a list type");
        self.set_loc(span);
        let result = self.empty_list(lt);
        let mut body = |lw: &mut Self, latch: Block, _exit: Block| -> R<()> {
            let mark = lw.owned.len();
            for c in ifs {
                let m = lw.owned.len();
                let t = lw.truth_expr(c)?;
                // What the condition made is released on both edges.
                lw.release_owned(m);
                let next = lw.b.create_block();
                lw.brif(t, next, latch);
                lw.enter_sealed(next);
            }
            let v = lw.expr_as(elt, Some(elem))?;
            let v = lw.as_item(v, elem, elt.span)?;
            lw.set_loc(elt.span);
            lw.b.list_effect(ListOp::Append, vec![result, v]);
            lw.release_owned(mark);
            lw.jump(latch);
            Ok(())
        };
        self.for_each(target, iter, &mut body, &[])?;
        Ok(result)
    }

    /// `value[index]`: an item (IndexError) or a slice.
    pub(super) fn subscript(&mut self, value: &Expr, index: &Expr, span: Span) -> R<Value> {
        let v = self.expr(value)?;
        let lt = self.b.ty(v);
        if self.tuple_items(lt).is_some() {
            return self.tuple_subscript(v, index);
        }
        if self.cx.env.is_str(lt) {
            return self.str_subscript(v, index, span);
        }
        let Some(elem) = self.seq_elem(lt) else {
            return Err(self.err(value.span, format!("'{}' object is not subscriptable", self.py_name(lt))));
        };
        if let (ExprKind::Slice { .. }, true) = (&index.kind, self.is_array(lt)) {
            return Err(self.err_help(index.span, "slicing an array is not supported", "array slice", "index it, or loop over a range of indices"));
        }
        if let ExprKind::Slice { lower, upper, step } = &index.kind {
            let mut args = vec![v];
            args.extend(self.slice_operands(lower, upper, step)?);
            self.set_loc(span);
            let r = self.b.list_value(ListOp::Slice, args, lt);
            self.own(r);
            return Ok(r);
        }
        let i = self.expr(index)?;
        let i = self.list_index(i, index.span, "list indices must be integers or slices")?;
        self.set_loc(span);
        let r = self.get_op(v, i, elem);
        if elem.is_ref() {
            // Owned, as a field read: the item may be replaced while the
            // value is in use.
            self.b.incref(r);
            self.own(r);
        }
        Ok(r)
    }

    /// The start, stop, step and flags operands of a slice.
    pub(super) fn slice_operands(&mut self, lower: &Option<Box<Expr>>, upper: &Option<Box<Expr>>, step: &Option<Box<Expr>>) -> R<Vec<Value>> {
        let mut out = Vec::with_capacity(4);
        let mut flags = 0;
        for (part, flag) in [(lower, SLICE_START), (upper, SLICE_STOP), (step, SLICE_STEP)] {
            match part {
                Some(e) if !matches!(e.kind, ExprKind::NoneLit) => {
                    let v = self.expr(e)?;
                    out.push(self.list_index(v, e.span, "slice indices must be integers or None or have an __index__ method")?);
                    flags |= flag;
                }
                _ => out.push(self.b.iconst(0)),
            }
        }
        out.push(self.b.iconst(flags));
        Ok(out)
    }

    /// `value[index] = v` and `value[a:b] = v`.
    pub(super) fn store_subscript(&mut self, value: &Expr, index: &Expr, v: Value, vspan: Span, span: Span) -> R<()> {
        let (l, lt, elem) = self.seq_operand(value, "item assignment")?;
        if self.cx.env.is_args(lt) {
            return Err(self.err_help(span, "'tuple' object does not support item assignment", "a tuple", "tuples are immutable: build a new tuple, or use a list[T] for values that change"));
        }
        if self.is_array(lt) {
            if matches!(index.kind, ExprKind::Slice { .. }) {
                return Err(self.err_help(index.span, "slice assignment to an array is not supported", "not supported", "an array keeps its length: assign item by item, `for i in range(n): a[lo + i] = v[i]`"));
            }
            let i = self.expr(index)?;
            let i = self.list_index(i, index.span, "array indices must be integers")?;
            let v = self.as_array_item(v, elem, vspan)?;
            self.set_loc(span);
            self.set_op(l, i, v);
            return Ok(());
        }
        if let ExprKind::Slice { lower, upper, step } = &index.kind {
            if self.b.ty(v) != lt {
                let got = self.b.ty(v);
                return Err(self.err(vspan, format!("a slice of a {} can only be assigned a {}, not {}", self.tn(lt), self.tn(lt), self.art(got))));
            }
            let mut args = vec![l];
            args.extend(self.slice_operands(lower, upper, step)?);
            args.push(v);
            self.set_loc(span);
            self.b.list_effect(ListOp::SetSlice, args);
            return Ok(());
        }
        let i = self.expr(index)?;
        let i = self.list_index(i, index.span, "list indices must be integers or slices")?;
        let v = self.as_item(v, elem, vspan)?;
        self.set_loc(span);
        self.set_op(l, i, v);
        Ok(())
    }

    /// `value[index] op= r`: the list and the index evaluated once.
    pub(super) fn aug_assign_subscript(&mut self, value: &Expr, index: &Expr, op: BinOp, r: &Expr, span: Span) -> R<()> {
        if matches!(index.kind, ExprKind::Slice { .. }) {
            return Err(self.err_help(index.span, "augmented assignment to a slice is not supported", "not supported", "write the assignment out: `xs[a:b] = xs[a:b] + ys`"));
        }
        let (l, lt, elem) = self.seq_operand(value, "item assignment")?;
        if self.cx.env.is_args(lt) {
            return Err(self.err_help(span, "'tuple' object does not support item assignment", "a tuple", "tuples are immutable: build a new tuple, or use a list[T] for values that change"));
        }
        let i = self.expr(index)?;
        let i = self.list_index(i, index.span, "list indices must be integers or slices")?;
        self.set_loc(span);
        let i = if self.boundscheck { i } else { self.wrap_index(l, i) };
        let cur = if self.boundscheck { self.b.list_value(ListOp::Get, vec![l, i], elem) } else { self.b.list_value(ListOp::Item, vec![l, i], elem) };
        if elem.is_ref() {
            self.b.incref(cur);
            self.own(cur);
        }
        let rv = self.expr(r)?;
        self.set_loc(span);
        let nv = match self.aug_list(cur, op, rv, r.span)? {
            Some(()) => return Ok(()),
            None => self.binary(op, cur, rv, r, span)?,
        };
        let nv = if self.is_array(lt) { self.as_array_item(nv, elem, span)? } else { self.as_item(nv, elem, span)? };
        self.set_loc(span);
        // Unchecked only without bounds checks (the index was wrapped):
        // the read's check does not cover the store, which may see a
        // negative index, or a list the right-hand side shrank (as in
        // CPython, the store then raises IndexError). The range pass
        // drops the check where it proves the index in range.
        self.b.list_effect(if self.boundscheck { ListOp::Set } else { ListOp::SetItem }, vec![l, i, nv]);
        Ok(())
    }

    /// `cur += r` / `cur *= r` on a list: in place (the object stays the
    /// same, as CPython's `list.__iadd__`). `None` if `cur` is not a list.
    pub(super) fn aug_list(&mut self, cur: Value, op: BinOp, r: Value, rspan: Span) -> R<Option<()>> {
        let lt = self.b.ty(cur);
        if self.list_elem(lt).is_none() {
            return Ok(None);
        }
        match op {
            BinOp::Add if self.b.ty(r) == lt => self.b.list_effect(ListOp::Extend, vec![cur, r]),
            BinOp::Mul => {
                let n = self.list_index(r, rspan, "can't multiply sequence by non-int of type")?;
                let rep = self.b.list_value(ListOp::Repeat, vec![cur, n], lt);
                let zero = self.b.iconst(0);
                self.b.list_effect(ListOp::SetSlice, vec![cur, zero, zero, zero, zero, rep]);
                self.b.decref(rep);
            }
            _ => {
                let rt = self.b.ty(r);
                return Err(self.err(rspan, format!("unsupported operand type(s) for {}=: '{}' and '{}'", op.symbol(), self.tn(lt), self.tn(rt))));
            }
        }
        Ok(Some(()))
    }

    /// `del value[index]`, `del value[a:b]`.
    pub(super) fn del_subscript(&mut self, value: &Expr, index: &Expr, span: Span) -> R<()> {
        let (l, _, _) = self.list_operand(value, "del")?;
        if let ExprKind::Slice { lower, upper, step } = &index.kind {
            let mut args = vec![l];
            args.extend(self.slice_operands(lower, upper, step)?);
            self.set_loc(span);
            self.b.list_effect(ListOp::DelSlice, args);
            return Ok(());
        }
        let i = self.expr(index)?;
        let i = self.list_index(i, index.span, "list indices must be integers or slices")?;
        self.set_loc(span);
        self.b.list_effect(ListOp::Del, vec![l, i]);
        Ok(())
    }

    /// `l op r` where an operand is a list: `+` (same list type), `*` by
    /// an int. `None` if neither operand is a list.
    pub(super) fn list_binary(&mut self, op: BinOp, l: Value, r: Value, span: Span) -> Option<R<Value>> {
        let (lt, rt) = (self.b.ty(l), self.b.ty(r));
        let (ll, rl) = (self.list_elem(lt).is_some(), self.list_elem(rt).is_some());
        if !ll && !rl {
            return None;
        }
        Some(match op {
            BinOp::Add if lt == rt => {
                let v = self.b.list_value(ListOp::Concat, vec![l, r], lt);
                self.own(v);
                Ok(v)
            }
            BinOp::Add if ll && rl => Err(self.err_help(span, format!("cannot concatenate {} and {}", self.tn(lt), self.tn(rt)), "different item types", "a compiled list has one item type")),
            BinOp::Add if ll => Err(self.err(span, format!("can only concatenate list (not \"{}\") to list", self.py_name(rt)))),
            BinOp::Mul if ll && !rl => self.list_repeat(l, r, span),
            BinOp::Mul if rl && !ll => self.list_repeat(r, l, span),
            _ => Err(self.err(span, format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), self.py_name(lt), self.py_name(rt)))),
        })
    }

    /// Comparisons with a list operand: `==`, `!=`, `<`, `<=`, `>`, `>=`
    /// (lexicographic) between lists of one type, `x in l`, `x not in l`.
    /// `None` if no list is involved (or for `is`).
    pub(super) fn list_compare(&mut self, op: CmpOp, l: Value, r: Value, span: Span) -> Option<R<Value>> {
        let (lt, rt) = (self.b.ty(l), self.b.ty(r));
        if let Some(v) = self.str_compare(op, l, r, span) {
            return Some(v);
        }
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            let elem = self.list_elem(rt)?;
            return Some((|| {
                let x = match (self.b.ty(l), elem) {
                    (Type::F64, Type::I64 | Type::Bool) => {
                        return Err(self.err_help(span, format!("`in` of a float in a {} is not supported", self.tn(rt)), "float in an int list", "compare with ints, e.g. `int(x) in xs` when x is integral"));
                    }
                    _ => self.as_item(l, elem, span)?,
                };
                let c = self.b.list_value(ListOp::Contains, vec![r, x], Type::Bool);
                Ok(if op == CmpOp::NotIn { self.b.unary(Opcode::BoolNot, c) } else { c })
            })());
        }
        if matches!(op, CmpOp::Is | CmpOp::IsNot) {
            return None;
        }
        if let (Some(_), true) = (self.tuple_items(lt), lt == rt) {
            if matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge) && !self.orderable(lt) {
                return Some(Err(self.err_help(span, format!("'{}' not supported between tuples with items of compiled classes", op.symbol()), "not orderable", "compare the fields that order them, or tuples of those fields")));
            }
            return Some(Ok(self.runtime_compare(op, l, r)));
        }
        if self.tuple_items(lt).is_some() && self.tuple_items(rt).is_some() {
            return Some(Err(self.err_help(span, format!("comparison of {} and {} is not supported", self.tn(lt), self.tn(rt)), "different tuple types", "compare tuples of the same shape and item types (convert the items first, e.g. float(x))")));
        }
        if self.tuple_items(lt).is_some() != self.tuple_items(rt).is_some() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
            // A tuple is never equal to a value of another type.
            return Some(Ok(self.b.bconst(op == CmpOp::Ne)));
        }
        let (ll, rl) = (self.list_elem(lt).is_some(), self.list_elem(rt).is_some());
        if !ll && !rl {
            return None;
        }
        if lt != rt {
            if ll && rl {
                return Some(Err(self.err_help(span, format!("comparison of {} and {} is not supported", self.tn(lt), self.tn(rt)), "different item types", "compare lists of one item type")));
            }
            // A list is never equal to a number or an instance.
            return Some(match op {
                CmpOp::Eq => Ok(self.b.bconst(false)),
                CmpOp::Ne => Ok(self.b.bconst(true)),
                _ => Err(self.err(span, format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), self.py_name(lt), self.py_name(rt)))),
            });
        }
        let elem = self.list_elem(lt).expect("a list");
        if matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge) && !self.orderable(elem) {
            let e = self.py_name(elem);
            return Some(Err(self.err(span, format!("'{}' not supported between instances of '{e}' and '{e}' (the items of these lists)", op.symbol()))));
        }
        Some(Ok(self.runtime_compare(op, l, r)))
    }

    /// `l op r` (`==`, `!=`, `<`, `<=`, `>`, `>=`) of two lists, tuples or
    /// strs of one type, by the runtime: `list.eq`, `list.lt`, `list.le`
    /// with the operands swapped for `>`/`>=` and a `not` for `!=`.
    pub(super) fn runtime_compare(&mut self, op: CmpOp, l: Value, r: Value) -> Value {
        let (op2, a, b, negate) = match op {
            CmpOp::Eq => (ListOp::Eq, l, r, false),
            CmpOp::Ne => (ListOp::Eq, l, r, true),
            CmpOp::Lt => (ListOp::Lt, l, r, false),
            CmpOp::Le => (ListOp::Le, l, r, false),
            CmpOp::Gt => (ListOp::Lt, r, l, false),
            _ => (ListOp::Le, r, l, false),
        };
        let c = self.b.list_value(op2, vec![a, b], Type::Bool);
        if negate { self.b.unary(Opcode::BoolNot, c) } else { c }
    }

    /// Whether items of type `t` can be ordered with `<` (numbers, bools,
    /// lists of those).
    fn orderable(&self, t: Type) -> bool {
        if self.cx.env.is_str(t) {
            return true;
        }
        if let Some(items) = self.tuple_items(t) {
            return items.iter().all(|&i| self.orderable(i));
        }
        match self.list_elem(t) {
            Some(e) => self.orderable(e),
            None => matches!(t, Type::I64 | Type::F64 | Type::Bool),
        }
    }

    /// `l.m(args)`
    pub(super) fn list_method(&mut self, l: Value, attr: &Name, args: &[Expr], keywords: &[Keyword], span: Span) -> R<Value> {
        let lt = self.b.ty(l);
        let elem = self.list_elem(lt).expect("a list");
        let m = attr.id.as_str();
        let arity = |lo: usize, hi: usize| -> Option<String> {
            let n = args.len();
            if (lo..=hi).contains(&n) {
                return None;
            }
            Some(match (lo, hi) {
                (0, 0) => format!("list.{m}() takes no arguments ({n} given)"),
                (1, 1) => format!("list.{m}() takes exactly one argument ({n} given)"),
                (lo, hi) if lo == hi => format!("{m} expected {lo} arguments, got {n}"),
                (_, hi) if n > hi => format!("{m} expected at most {hi} argument{}, got {n}", if hi == 1 { "" } else { "s" }),
                _ => format!("{m} expected at least {lo} arguments, got {n}"),
            })
        };
        let (lo, hi) = match m {
            "append" | "extend" | "count" | "remove" => (1, 1),
            "index" => (1, 1),
            "pop" => (0, 1),
            "insert" => (2, 2),
            "clear" | "copy" | "reverse" | "sort" => (0, 0),
            _ => {
                return Err(self.err_help(attr.span, format!("'list' object has no attribute '{m}'"), "no such method", "lists have append, pop, insert, extend, clear, copy, index, count, remove, reverse and sort"));
            }
        };
        if let Some(msg) = arity(lo, hi) {
            return Err(self.err(span, msg));
        }
        if m != "sort" {
            if let Some(k) = keywords.first() {
                return Err(self.err(k.name.span, format!("list.{m}() takes no keyword arguments")));
            }
        }
        let none = |lw: &mut Self| lw.b.none();
        match m {
            "append" => {
                let v = self.expr_as(&args[0], Some(elem))?;
                let v = self.as_item(v, elem, args[0].span)?;
                self.set_loc(span);
                self.b.list_effect(ListOp::Append, vec![l, v]);
                Ok(none(self))
            }
            "insert" => {
                let i = self.expr(&args[0])?;
                let i = self.list_index(i, args[0].span, "'float' object cannot be interpreted as an integer")?;
                let v = self.expr_as(&args[1], Some(elem))?;
                let v = self.as_item(v, elem, args[1].span)?;
                self.set_loc(span);
                self.b.list_effect(ListOp::Insert, vec![l, i, v]);
                Ok(none(self))
            }
            "extend" => {
                let o = self.expr_as(&args[0], Some(lt))?;
                if self.b.ty(o) != lt {
                    let got = self.b.ty(o);
                    return Err(self.err(args[0].span, format!("{}.extend() needs a {}, not {}", self.tn(lt), self.tn(lt), self.art(got))));
                }
                self.set_loc(span);
                self.b.list_effect(ListOp::Extend, vec![l, o]);
                Ok(none(self))
            }
            "pop" => {
                let i = match args.first() {
                    Some(a) => {
                        let i = self.expr(a)?;
                        self.list_index(i, a.span, "'float' object cannot be interpreted as an integer")?
                    }
                    None => self.b.iconst(-1),
                };
                self.set_loc(span);
                let r = self.b.list_value(ListOp::Pop, vec![l, i], elem);
                self.own(r);
                Ok(r)
            }
            "index" | "count" | "remove" => {
                let x = self.expr(&args[0])?;
                if self.b.ty(x) == Type::F64 && matches!(elem, Type::I64 | Type::Bool) {
                    return Err(self.err_help(args[0].span, format!("list.{m}() of a float in a {} is not supported", self.tn(lt)), "a float", "convert it first: int(x), after checking x.is_integer() if it may not be whole"));
                }
                let x = self.as_item(x, elem, args[0].span)?;
                self.set_loc(span);
                Ok(match m {
                    "index" => self.b.list_value(ListOp::Index, vec![l, x], Type::I64),
                    "count" => self.b.list_value(ListOp::Count, vec![l, x], Type::I64),
                    _ => {
                        self.b.list_effect(ListOp::Remove, vec![l, x]);
                        none(self)
                    }
                })
            }
            "clear" | "reverse" => {
                self.set_loc(span);
                self.b.list_effect(if m == "clear" { ListOp::Clear } else { ListOp::Reverse }, vec![l]);
                Ok(none(self))
            }
            "copy" => {
                self.set_loc(span);
                let r = self.b.list_value(ListOp::Copy, vec![l], lt);
                self.own(r);
                Ok(r)
            }
            _ => {
                let rev = self.sort_reverse(keywords, elem, span)?;
                self.set_loc(span);
                self.b.list_effect(ListOp::Sort, vec![l, rev]);
                Ok(none(self))
            }
        }
    }

    /// The `reverse=` keyword of `sort`/`sorted` (false if absent); other
    /// keywords and unorderable items are reported.
    fn sort_reverse(&mut self, keywords: &[Keyword], elem: Type, span: Span) -> R<Value> {
        if !self.orderable(elem) {
            let e = self.py_name(elem);
            return Err(self.err(span, format!("'<' not supported between instances of '{e}' and '{e}': only lists of numbers, bools and lists of those can be sorted")));
        }
        let mut rev = None;
        for k in keywords {
            match k.name.id.as_str() {
                "reverse" => {
                    let v = self.expr(&k.value)?;
                    rev = Some(self.truth(v));
                }
                "key" => return Err(self.err_help(k.name.span, "sort(key=...) is not supported", "key function", "functions cannot be passed as values; sort a list of values that order as you need")),
                other => return Err(self.err(k.name.span, format!("'{other}' is an invalid keyword argument for sort()"))),
            }
        }
        Ok(match rev {
            Some(r) => self.as_int(r),
            None => self.b.iconst(0),
        })
    }

    /// Builtins over a list: `len`, `sum`, `min`, `max`, `sorted`, `any`,
    /// `all`, `list`; `None` when `name` with these arguments is not one.
    pub(super) fn list_builtin(&mut self, name: &'static str, args: &[Expr], keywords: &[Keyword], span: Span) -> Option<R<Value>> {
        if !matches!(name, "len" | "sum" | "sorted" | "any" | "all" | "list" | "min" | "max" | "reversed" | "enumerate" | "zip") {
            return None;
        }
        if matches!(name, "min" | "max") && args.len() != 1 {
            return None;
        }
        Some(self.list_builtin_inner(name, args, keywords, span))
    }

    fn list_builtin_inner(&mut self, name: &'static str, args: &[Expr], keywords: &[Keyword], span: Span) -> R<Value> {
        if matches!(name, "reversed" | "enumerate" | "zip") {
            return Err(self.err_help(span, format!("{name}() can only be used as the iterable of a for loop or comprehension"), format!("{name} value"), format!("write `for ... in {name}(...)`")));
        }
        if name != "sorted" {
            if let Some(k) = keywords.first() {
                return Err(self.err(k.name.span, format!("{name}() takes no keyword arguments")));
            }
        }
        if name == "list" {
            match args {
                [] => return Err(self.err_help(span, "list() needs an argument in compiled code", "item type unknown", "write `xs: list[int] = []`")),
                [a] if self.is_range_call(a) => {
                    let (start, stop, step, _) = self.range_args(a)?;
                    self.set_loc(span);
                    let lt = self.cx.env.list_of(Type::I64);
                    let r = self.b.list_value(ListOp::Range, vec![start, stop, step], lt);
                    self.own(r);
                    return Ok(r);
                }
                _ => {}
            }
        }
        let [a] = args else {
            return Err(self.err(span, format!("{name}() takes exactly one argument ({} given)", args.len())));
        };
        if name == "len" {
            let v = self.expr(a)?;
            if let Some(items) = self.tuple_items(self.b.ty(v)) {
                return Ok(self.b.iconst(items.len() as i64));
            }
            let t = self.b.ty(v);
            if self.seq_elem(t).is_none() && !self.cx.env.is_str(t) {
                return Err(self.err(a.span, format!("object of type '{}' has no len()", self.py_name(t))));
            }
            self.set_loc(span);
            return Ok(self.b.list_value(ListOp::Len, vec![v], Type::I64));
        }
        let (l, lt, elem) = self.seq_operand(a, &format!("{name}()"))?;
        if self.is_array(lt) {
            self.set_loc(span);
            return match name {
                "len" => Ok(self.b.list_value(ListOp::Len, vec![l], Type::I64)),
                "sum" => Ok(self.b.list_value(ListOp::Sum, vec![l], elem)),
                _ => Err(self.err_help(span, format!("{name}() of an array is not supported (len and sum are)"), "not supported", "loop over the array (`for x in a:`), or copy it into a list first: `[x for x in a]`")),
            };
        }
        self.set_loc(span);
        let numeric = matches!(elem, Type::I64 | Type::F64 | Type::Bool);
        Ok(match name {
            "len" => self.b.list_value(ListOp::Len, vec![l], Type::I64),
            "sum" if numeric => {
                let t = if elem == Type::F64 { Type::F64 } else { Type::I64 };
                self.b.list_value(ListOp::Sum, vec![l], t)
            }
            "min" | "max" if self.orderable(elem) => {
                let r = self.b.list_value(if name == "min" { ListOp::Min } else { ListOp::Max }, vec![l], elem);
                if elem.is_ref() {
                    self.b.incref(r);
                    self.own(r);
                }
                r
            }
            "any" | "all" => self.b.list_value(if name == "any" { ListOp::Any } else { ListOp::All }, vec![l], Type::Bool),
            "list" => self.list_copy(l, lt, elem),
            "sorted" => {
                let rev = self.sort_reverse(keywords, elem, span)?;
                self.set_loc(span);
                let r = self.list_copy(l, lt, elem);
                self.b.list_effect(ListOp::Sort, vec![r, rev]);
                r
            }
            _ => return Err(self.err_help(span, format!("{name}() of a {} is not supported", self.tn(lt)), "not supported", "LANGUAGE.md lists the builtins each type supports")),
        })
    }

    /// A new `list` with the items of `l` (a list or an `*args` tuple).
    fn list_copy(&mut self, l: Value, lt: Type, elem: Type) -> Value {
        if !self.cx.env.is_args(lt) {
            let r = self.b.list_value(ListOp::Copy, vec![l], lt);
            self.own(r);
            return r;
        }
        let t = self.cx.env.list_of(elem);
        let r = self.empty_list(t);
        self.b.list_effect(ListOp::Extend, vec![r, l]);
        r
    }

    /// Whether `e` is a call of the builtin `range`.
    pub(super) fn is_range_call(&self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Call { func, .. } if self.is_builtin(func, "range"))
    }

    /// The loop over a list (`for x in xs`), `enumerate(xs[, start])`,
    /// `zip(xs, ys, ...)` or `reversed(xs)`: an index loop that reads the
    /// length each iteration (a list changed by the body is seen, as with
    /// CPython's list iterator). The lists are held (a new reference) for
    /// the whole loop.
    pub(super) fn list_loop(&mut self, target: &Target, iter: &Expr, body: &mut dyn FnMut(&mut Self, Block, Block) -> R<()>, orelse: &[Stmt]) -> R<()> {
        let (kind, args, keywords): (&str, &[Expr], &[Keyword]) = match &iter.kind {
            ExprKind::Call { func, args, keywords } if self.is_builtin(func, "enumerate") => ("enumerate", args, keywords),
            ExprKind::Call { func, args, keywords } if self.is_builtin(func, "zip") => ("zip", args, keywords),
            ExprKind::Call { func, args, keywords } if self.is_builtin(func, "reversed") => ("reversed", args, keywords),
            _ => ("", std::slice::from_ref(iter), &[]),
        };
        let mut start = None;
        for k in keywords {
            if kind == "enumerate" && k.name.id == "start" {
                let v = self.expr(&k.value)?;
                start = Some(self.list_index(v, k.value.span, "'float' object cannot be interpreted as an integer")?);
            } else {
                return Err(self.err(k.name.span, format!("{kind}() got an unexpected keyword argument '{}'", k.name.id)));
            }
        }
        let lists_args: &[Expr] = match (kind, args) {
            ("enumerate", [a]) | ("reversed", [a]) | ("", [a]) => std::slice::from_ref(a),
            ("enumerate", [a, s]) => {
                let v = self.expr(s)?;
                start = Some(self.list_index(v, s.span, "'float' object cannot be interpreted as an integer")?);
                std::slice::from_ref(a)
            }
            ("zip", xs) if !xs.is_empty() => xs,
            _ => return Err(self.err(iter.span, format!("{kind}() takes {} in compiled code", if kind == "zip" { "one or more lists" } else { "one list" }))),
        };
        let mut lists = Vec::new();
        for a in lists_args {
            let l = self.expr(a)?;
            let str_t = Some(self.b.ty(l)).filter(|&t| self.cx.env.is_str(t));
            let Some(elem) = str_t.or_else(|| self.seq_elem(self.b.ty(l))) else {
                if kind.is_empty() {
                    return Err(self.not_iterable(a));
                }
                let t = self.b.ty(l);
                return Err(self.err(a.span, format!("{kind}() needs a list, not {}", self.art(t))));
            };
            // Held for the loop: the body may rebind the variable.
            if !self.take_owned(l) {
                self.b.incref(l);
            }
            self.owned.push(l);
            lists.push((l, elem));
        }
        // The names the loop binds, one per produced value.
        let targets: Vec<&Target> = match (kind, target) {
            ("enumerate", Target::Tuple(ts, _)) if ts.len() == 2 => ts.iter().collect(),
            ("zip", Target::Tuple(ts, _)) if ts.len() == lists.len() => ts.iter().collect(),
            ("enumerate" | "zip", t) => {
                let span = match t {
                    Target::Name(n) => n.span,
                    Target::Tuple(_, s) | Target::Subscript { span: s, .. } => *s,
                    Target::Attr { attr, .. } => attr.span,
                };
                let n = if kind == "zip" { lists.len() } else { 2 };
                return Err(self.err_help(span, format!("{kind}() gives tuples of {n}; unpack them into {n} names"), "not unpacked", "tuples as values are not supported yet"));
            }
            (_, t) => vec![t],
        };
        let reverse = kind == "reversed";
        let (l0, _) = lists[0];
        self.set_loc(iter.span);
        let i_var = self.temp(Type::I64);
        let init = if reverse {
            let n = self.b.list_value(ListOp::Len, vec![l0], Type::I64);
            let one = self.b.iconst(1);
            self.b.binary(Opcode::IntSubWrap, n, one)
        } else {
            self.b.iconst(0)
        };
        self.def_var(i_var, init);
        let count_var = start.map(|s| {
            let v = self.temp(Type::I64);
            self.def_var(v, s);
            v
        });
        let header = self.b.create_block();
        let (body_b, latch, else_b, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.jump(header);
        self.b.switch_to_block(header);
        let i = self.use_var(i_var);
        let mut cond: Option<Value> = None;
        if reverse {
            let zero = self.b.iconst(0);
            cond = Some(self.b.binary(Opcode::IntGe, i, zero));
        }
        for &(l, _) in &lists {
            let n = self.b.list_value(ListOp::Len, vec![l], Type::I64);
            let c = self.b.binary(Opcode::IntLt, i, n);
            cond = Some(match cond {
                None => c,
                Some(p) => {
                    let f = self.b.bconst(false);
                    self.b.select(p, c, f)
                }
            });
        }
        self.brif(cond.expect("at least one list"), body_b, else_b);
        self.enter_sealed(body_b);
        // What binding makes (characters of a str, items of unpacked
        // tuples) is the iteration's own.
        let mark = self.owned.len();
        let mut vals = Vec::new();
        if kind == "enumerate" {
            vals.push(match count_var {
                Some(cv) => self.use_var(cv),
                None => i,
            });
        }
        for &(l, elem) in &lists {
            if self.cx.env.is_str(self.b.ty(l)) {
                // A character is a new str.
                let c = self.b.list_value(ListOp::StrItem, vec![l, i], elem);
                self.own(c);
                vals.push(c);
            } else {
                vals.push(self.b.list_value(ListOp::Item, vec![l, i], elem));
            }
        }
        for (t, v) in targets.iter().zip(vals) {
            match t {
                Target::Name(n) => self.store_local(n, v)?,
                Target::Attr { value: obj, attr } => self.store_field(obj, attr, v)?,
                Target::Subscript { value, index, span } => self.store_subscript(value, index, v, *span, *span)?,
                Target::Tuple(ts, span) => {
                    let inner = self.unpack_value(v, ts.len(), *span, *span)?;
                    self.store_tuple(ts, inner)?;
                }
            }
        }
        self.release_owned(mark);
        body(self, latch, exit)?;
        self.enter_sealed(latch);
        self.set_loc(iter.span);
        self.b.poll();
        let i = self.use_var(i_var);
        let one = self.b.iconst(1);
        let next = self.b.binary(if reverse { Opcode::IntSubWrap } else { Opcode::IntAddWrap }, i, one);
        self.def_var(i_var, next);
        if let Some(cv) = count_var {
            let c = self.use_var(cv);
            // enumerate's count is a Python int: past 2**63 it overflows.
            let c1 = self.b.binary(Opcode::IntAdd, c, one);
            self.def_var(cv, c1);
        }
        self.jump(header);
        self.seal(header);
        self.enter_sealed(else_b);
        self.block_then(orelse, exit);
        self.enter_sealed(exit);
        Ok(())
    }

    fn not_iterable(&mut self, iter: &Expr) -> Reported {
        self.err_help(iter.span, "for loops can iterate over range(...), lists, enumerate(...), zip(...) and reversed(...) in compiled code", "not iterable", "iterate over a list or a range")
    }
}
