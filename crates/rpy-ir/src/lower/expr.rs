//! Lowering of expressions: names, constants, operators with Python's
//! numeric tower, comparisons (chained, exact int/float), `and`/`or` with
//! value semantics and short-circuit, conditional expressions, truth.

use super::{FnLower, Reported, R};
use crate::ast::*;
use crate::infer::{is_negative_int_const, NameRef};
use crate::ir::{Opcode, Type, Value};
use crate::resolve::{math_const, Global};
use crate::typing::{binary_plan, compare_plan, unary_type, BinPlan, CmpPlan};
use crate::ConstValue;

impl FnLower<'_, '_> {
    pub(super) fn expr(&mut self, e: &Expr) -> R<Value> {
        let v = self.expr_inner(e)?;
        Ok(v)
    }

    fn expr_inner(&mut self, e: &Expr) -> R<Value> {
        self.set_loc(e.span);
        match &e.kind {
            ExprKind::Int(n) => Ok(self.b.iconst(*n)),
            ExprKind::Float(x) => Ok(self.b.fconst(*x)),
            ExprKind::Bool(v) => Ok(self.b.bconst(*v)),
            ExprKind::NoneLit => Ok(self.b.none()),
            ExprKind::Str(_) | ExprKind::FString(_) => self.str_value(e),
            ExprKind::Tuple(elts) => self.tuple_display(elts, None, e.span),
            ExprKind::Name(n) => self.name(n, e.span),
            ExprKind::Attr { value, attr } => self.attr(value, attr, e.span),
            ExprKind::Unary { op, operand } => self.unary(*op, operand, e.span),
            ExprKind::Binary { op, left, right } => {
                if let (BinOp::Mod, ExprKind::Str(_)) = (op, &left.kind) {
                    return self.str_value(e);
                }
                let l = self.expr(left)?;
                let r = self.expr(right)?;
                self.set_loc(e.span);
                self.binary(*op, l, r, right, e.span)
            }
            ExprKind::BoolOp { and_, values } => self.bool_op(*and_, values, e.span),
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators),
            ExprKind::IfExp { test, body, orelse } => self.if_exp(test, body, orelse, e.span),
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords, e.span),
            ExprKind::List(elts) => self.list_display(elts, None, e.span),
            ExprKind::ListComp { elt, target, iter, ifs } => self.list_comp(elt, target, iter, ifs, None, e.span),
            ExprKind::Subscript { value, index } => self.subscript(value, index, e.span),
            ExprKind::Slice { .. } => Err(self.err(e.span, "a slice is only valid as a subscript index")),
            ExprKind::Error => Err(Reported),
        }
    }

    pub(super) fn const_value(&mut self, c: ConstValue) -> Value {
        match c {
            ConstValue::Int(n) => self.b.iconst(n),
            ConstValue::Float(x) => self.b.fconst(x),
            ConstValue::Bool(v) => self.b.bconst(v),
            ConstValue::None => self.b.none(),
        }
    }

    fn name(&mut self, n: &str, span: Span) -> R<Value> {
        let r = self.ft.resolve(self.cx.env, n);
        self.name_value(r, n, span)
    }

    /// The value of name `n` (or `module.n`) that means `r`.
    fn name_value(&mut self, r: NameRef, n: &str, span: Span) -> R<Value> {
        if matches!(r, NameRef::Local | NameRef::Undefined) && self.ft.poisoned.contains(n) {
            return Err(Reported); // bound by a statement already reported
        }
        match r {
            NameRef::Local => self.read_local(n, span),
            NameRef::Global(Global::Const(c)) => Ok(self.const_value(c)),
            NameRef::Global(Global::MathName(m)) if math_const(&m).is_some() => Ok(self.b.fconst(math_const(&m).unwrap_or_default())),
            NameRef::Global(Global::MathName(m)) => Err(self.err(span, format!("math.{m} is a function; call it"))),
            NameRef::Global(Global::Func(_)) => Err(self.err_help(span, format!("function '{n}' used as a value"), "function value", "functions can only be called")),
            NameRef::Global(Global::NotConst) => Err(self.err_help(
                span,
                format!("global '{n}' is not an int, float or bool constant"),
                "not a constant",
                "compiled code can read module-level int/float/bool constants only; pass other values as parameters",
            )),
            NameRef::Global(Global::MathModule | Global::Module(_)) => Err(self.err(span, format!("module '{n}' used as a value"))),
            NameRef::Global(Global::Foreign(m)) if m.contains('.') => Err(self.problem(span, crate::advice::foreign_name(&m))),
            NameRef::Global(Global::Foreign(_)) => Err(self.err(span, format!("module '{n}' used as a value"))),
            NameRef::Global(Global::Class(_)) => Err(self.err_help(span, format!("class '{n}' used as a value"), "class value", "classes can be called to make instances, and their constants read (C.K)")),
            NameRef::Builtin(b) => Err(self.err(span, format!("builtin '{b}' used as a value; call it"))),
            NameRef::Undefined => {
                let p = crate::advice::unresolved(n, crate::infer::names_in_scope(self.cx.env, self.ft));
                Err(self.problem(span, p))
            }
        }
    }

    fn attr(&mut self, value: &Expr, attr: &Name, span: Span) -> R<Value> {
        if let ExprKind::Name(m) = &value.kind {
            match self.ft.resolve(self.cx.env, m) {
                NameRef::Global(Global::MathModule) => {
                    return match math_const(&attr.id) {
                        Some(x) => Ok(self.b.fconst(x)),
                        None if crate::resolve::MATH_FUNCS.iter().any(|f| f.0 == attr.id) => Err(self.err(span, format!("math.{} is a function; call it", attr.id))),
                        None => Err(self.problem(attr.span, crate::advice::math_unsupported(&attr.id))),
                    };
                }
                NameRef::Global(Global::Foreign(module)) => {
                    return Err(self.problem(span, crate::advice::foreign_module(&module)));
                }
                NameRef::Global(Global::Module(j)) => {
                    let r = NameRef::Global(self.cx.env.get_in_module(j, &attr.id));
                    return self.name_value(r, &format!("{m}.{}", attr.id), span);
                }
                _ => {}
            }
        }
        self.attr_value(value, attr, span)
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr, span: Span) -> R<Value> {
        if op == UnaryOp::Not {
            let t = self.truth_expr(operand)?;
            return Ok(self.b.unary(Opcode::BoolNot, t));
        }
        let v = self.expr(operand)?;
        self.set_loc(span);
        let ty = self.b.ty(v);
        if let Err(msg) = unary_type(op, ty) {
            return Err(self.err(span, msg));
        }
        Ok(match (op, ty) {
            (UnaryOp::Pos, Type::F64) => v,
            (UnaryOp::Neg, Type::F64) => self.b.unary(Opcode::FloatNeg, v),
            (UnaryOp::Pos, _) => self.as_int(v),
            (UnaryOp::Neg, _) => {
                let i = self.as_int(v);
                self.b.unary(Opcode::IntNeg, i)
            }
            _ => {
                let i = self.as_int(v);
                self.b.unary(Opcode::IntInvert, i)
            }
        })
    }

    /// `l op r` on lowered operands; `right` is the right operand's
    /// expression (a negative constant exponent makes `**` a float).
    pub(super) fn binary(&mut self, op: BinOp, l: Value, r: Value, right: &Expr, span: Span) -> R<Value> {
        if let Some(v) = self.str_binary(op, l, r, span) {
            return v;
        }
        if let Some(v) = self.list_binary(op, l, r, span) {
            return v;
        }
        let neg = is_negative_int_const(self.cx.env, self.ft, right);
        let (lt, rt) = (self.b.ty(l), self.b.ty(r));
        if lt.is_ref() || rt.is_ref() {
            return Err(self.err(span, format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), self.py_name(lt), self.py_name(rt))));
        }
        let plan = match binary_plan(op, lt, rt, neg) {
            Ok(p) => p,
            Err(msg) => return Err(self.err(span, msg)),
        };
        Ok(match plan {
            BinPlan::Int(opc) => {
                let (a, b) = (self.as_int(l), self.as_int(r));
                self.b.binary(opc, a, b)
            }
            BinPlan::Float(opc) => {
                let (a, b) = (self.as_float(l), self.as_float(r));
                self.b.binary(opc, a, b)
            }
            BinPlan::Bool(opc) => {
                let (a, b) = (self.as_int(l), self.as_int(r));
                let n = self.b.binary(opc, a, b);
                let zero = self.b.iconst(0);
                self.b.binary(Opcode::IntNe, n, zero)
            }
        })
    }

    pub(super) fn as_int(&mut self, v: Value) -> Value {
        match self.b.ty(v) {
            Type::Bool => self.b.unary(Opcode::BoolToInt, v),
            _ => v,
        }
    }

    pub(super) fn as_float(&mut self, v: Value) -> Value {
        match self.b.ty(v) {
            Type::F64 => v,
            _ => {
                let i = self.as_int(v);
                self.b.unary(Opcode::IntToFloat, i)
            }
        }
    }

    /// Python truth of a lowered value.
    pub(super) fn truth(&mut self, v: Value) -> Value {
        match self.b.ty(v) {
            Type::Bool => v,
            Type::I64 => {
                let z = self.b.iconst(0);
                self.b.binary(Opcode::IntNe, v, z)
            }
            Type::F64 => {
                let z = self.b.fconst(0.0);
                self.b.binary(Opcode::FloatNe, v, z)
            }
            Type::None => self.b.bconst(false),
            t @ Type::Ref(_) if self.tuple_items(t).is_some() => self.b.bconst(self.tuple_items(t).is_some_and(|i| !i.is_empty())),
            t @ Type::Ref(_) if self.seq_elem(t).is_some() || self.cx.env.is_str(t) => {
                let n = self.b.list_value(crate::ir::ListOp::Len, vec![v], Type::I64);
                let z = self.b.iconst(0);
                self.b.binary(Opcode::IntNe, n, z)
            }
            Type::Ref(_) | Type::OptRef(_) => self.ref_truth(v),
        }
    }

    /// The truth of `e` as a bool; `and`/`or` here need no common type.
    pub(super) fn truth_expr(&mut self, e: &Expr) -> R<Value> {
        match &e.kind {
            ExprKind::BoolOp { and_, values } => self.short_circuit(*and_, values, e.span, |lw, e| lw.truth_expr(e)),
            ExprKind::Unary { op: UnaryOp::Not, operand } => {
                let t = self.truth_expr(operand)?;
                self.set_loc(e.span);
                Ok(self.b.unary(Opcode::BoolNot, t))
            }
            _ => {
                let v = self.expr(e)?;
                Ok(self.truth(v))
            }
        }
    }

    /// `a and b and c` / `a or b or c`: evaluates operands left to right
    /// until one decides, giving that operand's value (as `operand`
    /// computes it). Operands of one scalar type give that type; compiled
    /// objects and None give the type `infer::bool_op_type` says (`a.next
    /// or a` is a `C`).
    fn short_circuit(&mut self, and_: bool, values: &[Expr], span: Span, mut operand: impl FnMut(&mut Self, &Expr) -> R<Value>) -> R<Value> {
        let exit = self.b.create_block();
        // Where each operand leaves the expression, with its value and
        // whether it is known true there.
        let mut outs: Vec<(crate::ir::Block, Value, bool, crate::ir::SrcLoc)> = Vec::new();
        for (i, e) in values.iter().enumerate() {
            let mark = self.owned.len();
            let v = operand(self, e)?;
            // A reference result is owned by the whole expression; what
            // each operand owned is released on its own path.
            let is_ref = self.b.ty(v).is_ref();
            if is_ref && !self.take_owned(v) {
                self.b.incref(v);
            }
            self.release_owned(mark);
            if i + 1 == values.len() {
                outs.push((self.cur(), v, false, self.b.loc()));
                break;
            }
            self.set_loc(span);
            let t = self.truth(v);
            let (out, next) = (self.b.create_block(), self.b.create_block());
            if and_ {
                self.brif(t, next, out);
            } else {
                self.brif(t, out, next);
            }
            outs.push((out, v, !and_, self.b.loc()));
            self.enter_sealed(next);
            if is_ref {
                // Not the result: this operand's reference is released.
                self.b.decref(v);
            }
        }
        let tys: Vec<Type> = outs.iter().map(|&(_, v, _, _)| self.b.ty(v)).collect();
        let mixed = |lw: &mut Self| {
            let names: Vec<String> = tys.iter().map(|&t| lw.tn(t)).collect();
            lw.err_help(
                span,
                format!("the operands of `{}` have different types ({})", if and_ { "and" } else { "or" }, names.join(" and ")),
                "mixed types",
                "the value of `and`/`or` is one of its operands, so they must have one type (in a condition they may differ)",
            )
        };
        let want = if tys.iter().all(|&t| t == tys[0]) {
            tys[0]
        } else if tys.iter().all(|t| t.is_ref() || *t == Type::None) {
            crate::infer::bool_op_type(and_, &tys).ok_or_else(|| mixed(self))?
        } else {
            return Err(mixed(self));
        };
        let var = self.temp(want);
        // The last operand's block is the current one; then each exit.
        let end = self.b.loc();
        for (k, &(blk, v, truthy, loc)) in outs.iter().enumerate().rev() {
            if k + 1 != outs.len() {
                self.enter_sealed(blk);
            }
            self.b.set_loc(loc);
            let c = self.coerce_result(v, want, truthy).ok_or_else(|| mixed(self))?;
            self.def_var(var, c);
            self.jump(exit);
        }
        self.enter_sealed(exit);
        self.b.set_loc(end);
        let v = self.use_var(var);
        self.own(v);
        Ok(v)
    }

    /// `v` as a value of `want`, the type of an `and`/`or` or conditional
    /// expression (`truthy`: `v` is known true here, so not None).
    fn coerce_result(&mut self, v: Value, want: Type, truthy: bool) -> Option<Value> {
        match (self.b.ty(v), want) {
            (a, b) if a == b => Some(v),
            (Type::OptRef(a), Type::Ref(b)) if a == b && truthy => Some(self.b.nonnull(v)),
            (Type::Ref(a), Type::OptRef(b)) if a == b => Some(self.b.to_opt(v)),
            (Type::None, Type::OptRef(_)) => Some(self.b.null(want)),
            // An operand `or` never yields (None is false): a placeholder.
            (Type::None, Type::Ref(_)) if truthy => Some(self.b.null(want)),
            _ => None,
        }
    }

    fn bool_op(&mut self, and_: bool, values: &[Expr], span: Span) -> R<Value> {
        self.short_circuit(and_, values, span, |lw, e| lw.expr(e))
    }

    /// `a < b < c`: each operand evaluated once, stops at the first false.
    fn compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> R<Value> {
        let mut l = self.expr(left)?;
        if let ([op], [right]) = (ops, comparators) {
            // `xs == []`: an empty display takes the other side's type.
            let want = Some(self.b.ty(l)).filter(|_| !matches!(op, CmpOp::In | CmpOp::NotIn));
            let r = self.expr_as(right, want)?;
            return self.compare_values(*op, l, r, right.span);
        }
        if self.b.ty(l).is_ref() || ops.iter().any(|o| matches!(o, CmpOp::Is | CmpOp::IsNot)) {
            return Err(self.err_help(left.span, "chained comparisons of lists, tuples, strings or objects are not supported", "chained", "split it: `a is b and b is c`"));
        }
        let exit = self.b.create_block();
        let result = self.temp(Type::Bool);
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            let r = self.expr(right)?;
            if self.b.ty(r).is_ref() {
                return Err(self.err_help(right.span, "chained comparisons of lists, tuples, strings or objects are not supported", "chained", "split it: `a < b and b < c`"));
            }
            let c = self.compare_values(*op, l, r, right.span)?;
            self.def_var(result, c);
            if i + 1 == ops.len() {
                self.jump(exit);
                break;
            }
            let next = self.b.create_block();
            self.brif(c, next, exit);
            self.enter_sealed(next);
            l = r;
        }
        self.enter_sealed(exit);
        Ok(self.use_var(result))
    }

    pub(super) fn compare_values(&mut self, op: CmpOp, l: Value, r: Value, span: Span) -> R<Value> {
        // `x in t` for a tuple: `x == t[0] or x == t[1] ...` (items of
        // other types are never equal), as CPython's tuple contains.
        if let (CmpOp::In | CmpOp::NotIn, Some(items)) = (op, self.tuple_items(self.b.ty(r))) {
            let mut any = self.b.bconst(false);
            for k in 0..items.len() {
                let item = self.tuple_item(r, k);
                let eq = self.compare_values(CmpOp::Eq, l, item, span)?;
                let t = self.b.bconst(true);
                any = self.b.select(any, t, eq);
            }
            return Ok(if op == CmpOp::NotIn { self.b.unary(Opcode::BoolNot, any) } else { any });
        }
        if let Some(v) = self.list_compare(op, l, r, span) {
            return v;
        }
        if let Some(v) = self.compare_refs(op, l, r, span) {
            return v;
        }
        let plan = match compare_plan(op, self.b.ty(l), self.b.ty(r)) {
            Ok(p) => p,
            Err(msg) => return Err(self.err(span, msg)),
        };
        Ok(match plan {
            CmpPlan::Int(opc) => {
                let (a, b) = (self.as_int(l), self.as_int(r));
                self.b.binary(opc, a, b)
            }
            CmpPlan::Float(opc) => self.b.binary(opc, l, r),
            CmpPlan::IntFloat(opc) => {
                let a = self.as_int(l);
                self.b.binary(opc, a, r)
            }
            CmpPlan::FloatInt(opc) => {
                let b = self.as_int(r);
                self.b.binary(opc, b, l)
            }
            CmpPlan::Const(c) => self.b.bconst(c),
        })
    }

    fn if_exp(&mut self, test: &Expr, body: &Expr, orelse: &Expr, span: Span) -> R<Value> {
        let c = self.truth_expr(test)?;
        let (then_b, else_b, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.brif(c, then_b, else_b);
        let mut outs = Vec::new();
        for (blk, e) in [(then_b, body), (else_b, orelse)] {
            self.enter_sealed(blk);
            let mark = self.owned.len();
            let v = self.expr(e)?;
            if self.b.ty(v).is_ref() && !self.take_owned(v) {
                self.b.incref(v);
            }
            self.release_owned(mark);
            // Left open until the type of the result is known.
            outs.push((self.cur(), v, self.b.loc()));
        }
        let (a, b) = (self.b.ty(outs[0].1), self.b.ty(outs[1].1));
        let end = self.b.loc();
        let mixed = |lw: &mut Self| {
            let (a, b) = (lw.tn(a), lw.tn(b));
            lw.err_help(
                span,
                format!("the two values of this conditional expression have different types ({a} and {b})"),
                "mixed types",
                "give both branches the same type, e.g. with float(...)",
            )
        };
        let want = crate::infer::join(a, b).ok_or_else(|| mixed(self))?;
        let var = self.temp(want);
        for &(blk, v, loc) in outs.iter() {
            self.b.switch_to_block(blk);
            self.b.set_loc(loc);
            let c = self.coerce_result(v, want, false).ok_or_else(|| mixed(self))?;
            self.def_var(var, c);
            self.jump(exit);
        }
        self.enter_sealed(exit);
        self.b.set_loc(end);
        let v = self.use_var(var);
        self.own(v);
        Ok(v)
    }

}
