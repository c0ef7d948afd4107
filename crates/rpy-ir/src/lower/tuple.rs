//! Lowering of tuples as values (`tuple[T1, T2, ...]`): a tuple is an
//! immutable instance of a type-table entry laid out as a class (one field
//! per item), so building one is `new` and `setfield`s, indexing by a
//! constant and unpacking are `getfield`s, and `==`, `<`, ... are the
//! runtime's field-wise comparison (`list.eq`/`list.lt`/`list.le` on a
//! tuple operand). Tuple displays unpacked at once (`a, b = b, a`) never
//! make a tuple (`tuple_values` in `mod.rs`).

use super::{FnLower, R};
use crate::ast::*;
use crate::ir::{Type, Value};

impl FnLower<'_, '_> {
    /// The item types of `t`, if it is a tuple type.
    pub(super) fn tuple_items(&self, t: Type) -> Option<Vec<Type>> {
        self.cx.env.tuple_items(t)
    }

    /// `(a, b, ...)` as a value; `want` (a tuple type) gives the item types
    /// where the place it goes declares them.
    pub(super) fn tuple_display(&mut self, elts: &[Expr], want: Option<Type>, span: Span) -> R<Value> {
        let want_items = want.and_then(|t| self.tuple_items(t)).filter(|i| i.len() == elts.len());
        let mut vals = Vec::with_capacity(elts.len());
        for (k, e) in elts.iter().enumerate() {
            let w = want_items.as_ref().map(|i| i[k]);
            let v = self.expr_as(e, w)?;
            let v = match w {
                Some(w) if self.b.ty(v) != w => match self.convert_ref(v, w) {
                    Some(v) => v,
                    None => {
                        let got = self.b.ty(v);
                        return Err(self.err(e.span, format!("item {k} of this tuple is {}, but {} is expected", self.art(got), self.art(w))));
                    }
                },
                _ => v,
            };
            let t = self.b.ty(v);
            if t == Type::None {
                return Err(self.err_help(e.span, "a tuple item cannot be None here", "None item", "annotate the variable with a `C | None` item type"));
            }
            self.no_array_here(t, e.span, "a tuple item")?;
            vals.push(v);
        }
        let tys: Vec<Type> = vals.iter().map(|&v| self.b.ty(v)).collect();
        let tt = self.cx.env.tuple_of(&tys);
        let Type::Ref(id) = tt else { unreachable!("tuple types are references") };
        self.set_loc(span);
        let t = self.b.new_object(id);
        for (k, v) in vals.into_iter().enumerate() {
            self.b.set_field(t, k as u32, v);
        }
        self.own(t);
        Ok(t)
    }

    /// Item `k` of tuple `t` (a reference item is owned, as a field read).
    pub(super) fn tuple_item(&mut self, t: Value, k: usize) -> Value {
        let items = self.tuple_items(self.b.ty(t)).expect("a tuple");
        let ty = items[k];
        let v = self.b.get_field(t, k as u32, ty);
        if ty.is_ref() {
            self.b.incref(v);
            self.own(v);
        }
        v
    }

    /// `t[k]` for a constant `k` (negative from the end).
    pub(super) fn tuple_subscript(&mut self, t: Value, index: &Expr) -> R<Value> {
        let n = self.tuple_items(self.b.ty(t)).expect("a tuple").len() as i64;
        let k = match crate::infer::const_in(self.cx.env, self.ft, index) {
            Some(crate::ConstValue::Int(k)) => k,
            Some(crate::ConstValue::Bool(b)) => i64::from(b),
            _ => {
                return Err(self.err_help(index.span, "a tuple can only be indexed by a constant", "not a constant", "tuple items may have different types; unpack it (`a, b = t`) or use a list"));
            }
        };
        let j = if k < 0 { k + n } else { k };
        if !(0..n).contains(&j) {
            return Err(self.err(index.span, "tuple index out of range"));
        }
        Ok(self.tuple_item(t, j as usize))
    }

    /// `t.count(x)` and `t.index(x)`: item by item, as `x in t`.
    pub(super) fn tuple_method(&mut self, t: Value, attr: &Name, args: &[Expr], keywords: &[Keyword], span: Span) -> R<Value> {
        if let Some(k) = keywords.first() {
            return Err(self.err(k.name.span, format!("tuple.{}() takes no keyword arguments", attr.id)));
        }
        let [a] = args else {
            return Err(self.err(span, format!("tuple.{}() takes exactly one argument in compiled code ({} given)", attr.id, args.len())));
        };
        let x = self.expr(a)?;
        let n = self.tuple_items(self.b.ty(t)).expect("a tuple").len();
        let mut eqs = Vec::with_capacity(n);
        for k in 0..n {
            let item = self.tuple_item(t, k);
            eqs.push(self.compare_values(CmpOp::Eq, x, item, span)?);
        }
        self.set_loc(span);
        if attr.id == "count" {
            let mut c = self.b.iconst(0);
            for e in eqs {
                let one = self.as_int(e);
                c = self.b.binary(crate::ir::Opcode::IntAddWrap, c, one);
            }
            return Ok(c);
        }
        // The first match: selects from the last item to the first.
        let mut r = self.b.iconst(-1);
        for (k, e) in eqs.into_iter().enumerate().rev() {
            let kv = self.b.iconst(k as i64);
            r = self.b.select(e, kv, r);
        }
        let zero = self.b.iconst(0);
        let missing = self.b.binary(crate::ir::Opcode::IntLt, r, zero);
        let (fail, ok) = (self.b.create_block(), self.b.create_block());
        self.brif(missing, fail, ok);
        self.enter_sealed(fail);
        self.b.raise(crate::ExcKind::ValueError, "tuple.index(x): x not in tuple");
        self.enter_sealed(ok);
        Ok(r)
    }
}
