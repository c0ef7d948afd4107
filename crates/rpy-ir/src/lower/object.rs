//! Lowering of compiled classes: field reads and writes, `is`, truth of
//! references, and the reference counting of locals and temporaries.
//!
//! **Ownership.** Every reference a local variable holds is owned by it
//! (a store increfs the new value, or takes over a temporary's reference,
//! and releases the old one; the frame releases its locals at `return`).
//! Results of calls, constructors and reference field reads are owned
//! temporaries of the statement ([`FnLower::owned`]), released at its end
//! unless a store or the return took them over. Parameters the body never
//! rebinds are borrowed from the caller. Field stores take their own
//! reference (`setfield` increfs). A Python exception propagating out of a
//! frame does not release what the frame owned (LANGUAGE.md).

use super::{FnLower, Reported, R};
use crate::ast::*;
use crate::infer::NameRef;
use crate::ir::{EntityRef, Type, TypeId, Value};
use crate::resolve::Global;

impl FnLower<'_, '_> {
    /// The Python name of `t` (class names included).
    pub(super) fn tn(&self, t: Type) -> String {
        self.cx.env.type_name(t)
    }

    /// Python's name of the type of a value of `t` (`NoneType`, `Vec3`).
    pub(super) fn py_name(&self, t: Type) -> String {
        let env = self.cx.env;
        match t {
            Type::None => "NoneType".into(),
            Type::OptRef(_) => "object".into(),
            t if env.list_elem(t).is_some() => "list".into(),
            t if env.tuple_items(t).is_some() || env.is_args(t) => "tuple".into(),
            t => self.tn(t),
        }
    }

    /// `t` with an article: "an int", "a Vec3".
    pub(super) fn art(&self, t: Type) -> String {
        self.cx.env.with_article(t)
    }

    /// Record `v` (a new reference) as owned by the current statement.
    pub(super) fn own(&mut self, v: Value) {
        if self.b.ty(v).is_ref() {
            self.owned.push(v);
        }
    }

    /// Take over the statement's reference to `v`, if it owns one.
    pub(super) fn take_owned(&mut self, v: Value) -> bool {
        match self.owned.iter().rposition(|&o| o == v) {
            Some(i) => {
                self.owned.remove(i);
                true
            }
            None => false,
        }
    }

    /// Release the references owned since `mark`.
    pub(super) fn release_owned(&mut self, mark: usize) {
        while self.owned.len() > mark {
            let v = self.owned.pop().expect("len > mark");
            self.b.decref(v);
        }
    }

    /// Before a return: release the statement's references and every
    /// reference the frame's locals own.
    pub(super) fn release_frame(&mut self) {
        self.release_owned(0);
        let mut names: Vec<(String, super::LocalVars)> =
            self.locals.iter().filter(|(n, lv)| lv.ty.is_ref() && !self.borrowed.contains(*n)).map(|(n, lv)| (n.clone(), *lv)).collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, lv) in names {
            let v = self.use_var(lv.value);
            self.b.decref(v);
        }
    }

    /// `v` as a value of reference type `to`: a `C` or None where a
    /// `C | None` is expected (the same object; no conversion in Python).
    pub(super) fn convert_ref(&mut self, v: Value, to: Type) -> Option<Value> {
        match (self.b.ty(v), to) {
            (Type::Ref(a), Type::OptRef(b)) if a == b => Some(self.b.to_opt(v)),
            (Type::None, Type::OptRef(_)) => Some(self.b.null(to)),
            // A `C | None` where a `C` is declared: checked (CPython would
            // carry the None on, to fail at its first use).
            (Type::OptRef(a), Type::Ref(b)) if a == b => {
                let name = self.tn(to);
                Some(self.b.unwrap_or_raise(v, crate::ExcKind::TypeError, format!("expected {name}, got None (the annotation says {name}, not {name} | None)")))
            }
            _ => None,
        }
    }

    /// The class of a compiled instance `v`, unwrapping a `C | None`
    /// (AttributeError on None, as CPython: `'NoneType' object has no
    /// attribute 'attr'`). Reports a value that is not an instance.
    pub(super) fn instance(&mut self, v: Value, attr: &Name, span: Span) -> R<(Value, TypeId)> {
        if self.list_elem(self.b.ty(v)).is_some() {
            return Err(self.err_help(attr.span, format!("'list' object has no attribute '{}'", attr.id), "no such attribute", "lists have methods (append, pop, ...) but no other attributes"));
        }
        if self.is_array(self.b.ty(v)) {
            return Err(self.err_help(attr.span, format!("attribute '{}' of an array is not supported", attr.id), "no such attribute", "arrays support indexing, len(), sum() and for loops"));
        }
        // Every other heap type that is not a compiled class (tuples,
        // str, *args) has no attributes compiled code can use here.
        if let Some(c) = self.b.ty(v).heap_type().filter(|&c| self.cx.env.class(c).is_none()) {
            let t = self.py_name(Type::Ref(c));
            return Err(self.err(attr.span, format!("'{t}' object has no attribute '{}'", attr.id)));
        }
        match self.b.ty(v) {
            Type::Ref(c) => Ok((v, c)),
            Type::OptRef(c) => {
                self.set_loc(attr.span);
                let r = self.b.unwrap_ref(v, &attr.id);
                Ok((r, c))
            }
            Type::None => Err(self.err(span, format!("'NoneType' object has no attribute '{}'", attr.id))),
            t => {
                let tn = self.py_name(t);
                Err(self.err_help(
                    attr.span,
                    format!("'{tn}' attributes and methods are not supported in compiled code ('{tn}.{}')", attr.id),
                    "not supported",
                    "int, float and bool values have no attributes or methods in compiled code: use operators and builtins (abs, round, int, float, divmod, pow, ...)",
                ))
            }
        }
    }

    fn no_attribute(&mut self, c: TypeId, attr: &Name, store: bool) -> Reported {
        let class = &self.cx.env.classes[c];
        let msg = format!("'{}' object has no attribute '{}'", class.name, attr.id);
        let help = if store {
            "the fields of a compiled class are the attributes its __init__ assigns; assign it there first"
        } else {
            "the attributes of a compiled instance are its fields (assigned in __init__), methods and class constants"
        };
        self.err_help(attr.span, msg, "no such attribute", help)
    }

    /// `obj.attr` where `obj` is not a module: a class constant (`C.K`),
    /// or a field or constant of an instance.
    pub(super) fn attr_value(&mut self, value: &Expr, attr: &Name, span: Span) -> R<Value> {
        if let ExprKind::Name(n) = &value.kind {
            if let NameRef::Global(Global::Class(ci)) = self.ft.resolve(self.cx.env, n) {
                let Some(c) = self.cx.env.class_id(ci) else { return Err(Reported) };
                return match self.cx.env.classes[c].constant(&attr.id) {
                    Some(k) => Ok(self.const_value(k)),
                    None if self.cx.env.classes[c].methods.contains_key(&attr.id) => {
                        Err(self.err(span, format!("'{n}.{}' is a method; call it on an instance", attr.id)))
                    }
                    None => Err(self.err(attr.span, format!("type object '{n}' has no attribute '{}'", attr.id))),
                };
            }
        }
        let obj = self.expr(value)?;
        let (obj, c) = self.instance(obj, attr, span)?;
        self.set_loc(span);
        let class = &self.cx.env.classes[c];
        if let Some(i) = class.field(&attr.id) {
            let ty = self.cx.table[c].class().fields[i].ty;
            let v = self.b.get_field(obj, i as u32, ty);
            if ty.is_ref() {
                // Read references are owned: the field may be rebound
                // while the value is in use.
                self.b.incref(v);
                self.own(v);
            }
            return Ok(v);
        }
        if let Some(k) = class.constant(&attr.id) {
            return Ok(self.const_value(k));
        }
        if class.methods.contains_key(&attr.id) {
            return Err(self.err_help(span, format!("method '{}.{}' used as a value", class.name, attr.id), "bound method", "methods can only be called"));
        }
        Err(self.no_attribute(c, attr, false))
    }

    /// The object and field index of an assignment target `obj.attr`.
    fn field_target(&mut self, obj: &Expr, attr: &Name) -> R<(Value, TypeId, usize)> {
        let o = self.expr(obj)?;
        let (o, c) = self.instance(o, attr, obj.span)?;
        match self.cx.env.classes[c].field(&attr.id) {
            Some(i) => Ok((o, c, i)),
            None if self.cx.env.classes[c].constant(&attr.id).is_some() => Err(self.err_help(
                attr.span,
                format!("cannot assign to class constant '{}.{}' through an instance", self.cx.env.classes[c].name, attr.id),
                "class constant",
                "class attributes of a compiled class are constants; make it a field by assigning it in __init__",
            )),
            None => Err(self.no_attribute(c, attr, true)),
        }
    }

    /// Store `v` into field `i` of `o`, converting it as the field's type
    /// allows (an annotated field converts bool → int → float).
    fn set_field(&mut self, o: Value, c: TypeId, i: usize, v: Value, attr: &Name) -> R<()> {
        self.no_array_here(self.b.ty(v), attr.span, "stored in a field")?;
        let want = self.cx.table[c].class().fields[i].ty;
        let declared = self.cx.fields[c.index()][i].declared;
        let got = self.b.ty(v);
        let conv = if got == want {
            Some(v)
        } else if declared {
            self.convert(v, want)
        } else {
            self.convert_ref(v, want)
        };
        let Some(v) = conv else {
            if !declared && !want.is_ref() && !got.is_ref() {
                return Err(Reported); // a conflict inference reported
            }
            let name = format!("{}.{}", self.cx.env.classes[c].name, attr.id);
            return Err(self.err_help(
                attr.span,
                format!("cannot assign {} to field '{name}', which is {}", self.art(got), self.art(want)),
                format!("{} value", self.tn(got)),
                "a field keeps one type; convert the value explicitly",
            ));
        };
        self.set_loc(attr.span);
        self.b.set_field(o, i as u32, v);
        Ok(())
    }

    /// `obj.attr = v`
    pub(super) fn store_field(&mut self, obj: &Expr, attr: &Name, v: Value) -> R<()> {
        let (o, c, i) = self.field_target(obj, attr)?;
        self.set_field(o, c, i, v, attr)
    }

    /// `obj.attr op= value`: `obj` evaluated once.
    pub(super) fn aug_assign_field(&mut self, obj: &Expr, attr: &Name, op: BinOp, value: &Expr, span: Span) -> R<()> {
        let (o, c, i) = self.field_target(obj, attr)?;
        let ty = self.cx.table[c].class().fields[i].ty;
        self.set_loc(span);
        let cur = self.b.get_field(o, i as u32, ty);
        let r = self.expr(value)?;
        self.set_loc(span);
        let v = self.binary(op, cur, r, value, span)?;
        self.set_field(o, c, i, v, attr)
    }

    /// `l is r`, `l is not r`, and `==`/`!=` between instances (identity,
    /// CPython's default `__eq__`). `None` if the operands are not
    /// references or None (the caller compares numbers).
    pub(super) fn compare_refs(&mut self, op: CmpOp, l: Value, r: Value, span: Span) -> Option<R<Value>> {
        let (lt, rt) = (self.b.ty(l), self.b.ty(r));
        let refish = |t: Type| t.is_ref() || t == Type::None;
        let identity = matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::Eq | CmpOp::Ne);
        let negate = matches!(op, CmpOp::IsNot | CmpOp::Ne);
        if !(lt.is_ref() || rt.is_ref() || matches!(op, CmpOp::Is | CmpOp::IsNot)) {
            return None;
        }
        if !identity {
            let sym = op.symbol();
            return Some(Err(self.err(span, format!("'{sym}' not supported between instances of '{}' and '{}'", self.py_name(lt), self.py_name(rt)))));
        }
        if !(refish(lt) && refish(rt)) {
            // `x is None` for a number: never; `is` between numbers is not
            // portable Python.
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (lt == Type::None || rt == Type::None) {
                return Some(Ok(self.b.bconst(negate)));
            }
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                // An instance is never equal to a number.
                return Some(Ok(self.b.bconst(negate)));
            }
            return Some(Err(self.err_help(
                span,
                format!("`{}` between {} and {} is not supported", op.symbol(), self.art(lt), self.art(rt)),
                "identity of values",
                "compare numbers and bools with == and !=",
            )));
        }
        let same = match (lt, rt) {
            (Type::None, Type::None) => self.b.bconst(true),
            (Type::Ref(_), Type::None) | (Type::None, Type::Ref(_)) => self.b.bconst(false),
            (Type::None, t) | (t, Type::None) => {
                let x = if lt == Type::None { r } else { l };
                let n = self.b.null(t);
                self.b.ref_is(x, n)
            }
            _ => self.b.ref_is(l, r),
        };
        Some(Ok(if negate { self.b.unary(crate::ir::Opcode::BoolNot, same) } else { same }))
    }

    /// Truth of a reference: an instance is true, None false.
    pub(super) fn ref_truth(&mut self, v: Value) -> Value {
        match self.b.ty(v) {
            Type::OptRef(_) => {
                let n = self.b.null(self.b.ty(v));
                let is_none = self.b.ref_is(v, n);
                self.b.unary(crate::ir::Opcode::BoolNot, is_none)
            }
            _ => self.b.bconst(true),
        }
    }
}
