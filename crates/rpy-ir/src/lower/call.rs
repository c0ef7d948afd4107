//! Lowering of calls: functions of the module (positional and keyword
//! arguments, defaults, conversion to the parameter types), builtins and
//! `math` functions, each with CPython's argument checking.

use super::{FnLower, R};
use crate::ast::*;
use crate::infer::{callee, Callee, NameRef};
use crate::resolve::Global;
use crate::ir::{Opcode, Type, Value};
use crate::typing::{builtin_type, py_type_name};
use crate::ExcKind;

/// What fills a method's `self` parameter.
#[derive(Copy, Clone)]
enum Recv {
    /// A plain function: no receiver.
    None,
    /// `obj.m(...)`: the instance.
    Value(Value),
    /// `C(...)`: a new instance of the class, allocated after the
    /// arguments are evaluated.
    New(crate::ir::TypeId),
}

/// The opcode of a one- or two-argument `math` function.
fn math_opcode(name: &str) -> Option<Opcode> {
    Opcode::ALL.iter().copied().find(|op| op.math_name() == Some(name))
}

impl FnLower<'_, '_> {
    pub(super) fn is_builtin(&self, func: &Expr, name: &str) -> bool {
        matches!(callee(self.cx.env, self.ft, func), Callee::Builtin(b) if b == name)
    }

    /// A call used as a statement (print is only valid here and as a
    /// value of type None).
    pub(super) fn expr_stmt(&mut self, e: &Expr) -> R<()> {
        if let ExprKind::Call { func, args, keywords } = &e.kind {
            if self.is_builtin(func, "print") {
                return self.print(args, keywords, e.span);
            }
        }
        self.expr(e).map(|_| ())
    }

    pub(super) fn call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword], span: Span) -> R<Value> {
        match callee(self.cx.env, self.ft, func) {
            Callee::Func(i) => self.call_func(i, args, keywords, span, Recv::None),
            Callee::Class(c) => self.construct(c, func, args, keywords, span),
            Callee::Method => {
                let ExprKind::Attr { value, attr } = &func.kind else { return Err(super::Reported) };
                self.call_method(value, attr, args, keywords, span)
            }
            Callee::Math(name) => {
                self.no_keywords(name, keywords)?;
                self.math(name, args, span)
            }
            Callee::Builtin("print") => {
                self.print(args, keywords, span)?;
                Ok(self.b.none())
            }
            Callee::Builtin(b @ ("str" | "repr")) => {
                self.no_keywords(b, keywords)?;
                self.str_call(b, args, span)
            }
            Callee::Builtin("isinstance") => {
                self.no_keywords("isinstance", keywords)?;
                self.isinstance(args, span)
            }
            Callee::Builtin(b) => {
                if let Some(v) = self.list_builtin(b, args, keywords, span) {
                    return v;
                }
                self.no_keywords(b, keywords)?;
                self.builtin(b, args, span)
            }
            // Empty: a consequence of an error reported where it began.
            Callee::Bad(p) if p.is_reported() => Err(super::Reported),
            Callee::Bad(p) => Err(self.problem(func.span, p)),
        }
    }

    /// `isinstance(x, T)` (or a tuple of types): decided from the static
    /// type of `x` (a `C | None` tests for None at run time). `bool` is an
    /// `int`, as in Python.
    fn isinstance(&mut self, args: &[Expr], span: Span) -> R<Value> {
        let [x, t] = args else {
            return Err(self.err(span, format!("isinstance expected 2 arguments, got {}", args.len())));
        };
        let v = self.expr(x)?;
        let ty = self.b.ty(v);
        let kinds: Vec<&Expr> = match &t.kind {
            ExprKind::Tuple(es) => es.iter().collect(),
            _ => vec![t],
        };
        let mut result: Option<bool> = Some(false);
        let mut none_test = false;
        for k in kinds {
            let ExprKind::Name(n) = &k.kind else {
                return Err(self.err(k.span, "isinstance() needs a type name (int, float, bool, list, a compiled class) or a tuple of them"));
            };
            let hit = match n.as_str() {
                "int" => matches!(ty, Type::I64 | Type::Bool),
                "float" => ty == Type::F64,
                "bool" => ty == Type::Bool,
                "list" => self.list_elem(ty).is_some(),
                "object" => true,
                "str" | "tuple" | "dict" | "set" | "bytes" | "complex" => false,
                _ => match self.ft.resolve(self.cx.env, n) {
                    NameRef::Global(Global::Class(ci)) => {
                        let c = self.cx.env.class_id(ci);
                        match ty {
                            Type::Ref(d) => Some(d) == c,
                            Type::OptRef(d) if Some(d) == c => {
                                none_test = true;
                                false
                            }
                            _ => false,
                        }
                    }
                    _ => return Err(self.err(k.span, format!("isinstance() of '{n}' is not supported: use int, float, bool, list, object or a compiled class"))),
                },
            };
            if hit {
                result = None;
            }
        }
        self.set_loc(span);
        Ok(match result {
            None => self.b.bconst(true),
            Some(_) if none_test => self.ref_truth(v),
            Some(_) => self.b.bconst(false),
        })
    }

    fn no_keywords(&mut self, name: &str, keywords: &[Keyword]) -> R<()> {
        match keywords.first() {
            Some(k) => Err(self.err(k.name.span, format!("{name}() takes no keyword arguments"))),
            None => Ok(()),
        }
    }

    /// `C(args)`: a new instance, initialised by `__init__`.
    fn construct(&mut self, c: crate::ir::TypeId, func: &Expr, args: &[Expr], keywords: &[Keyword], span: Span) -> R<Value> {
        match self.cx.env.classes[c].init {
            // `__init__` returns None; the call's value is the instance.
            Some(init) => self.call_func(init, args, keywords, span, Recv::New(c)),
            None => {
                if !args.is_empty() || !keywords.is_empty() {
                    let name = self.cx.env.classes[c].name.clone();
                    return Err(self.err(func.span, format!("{name}() takes no arguments")));
                }
                self.set_loc(span);
                let o = self.b.new_object(c);
                self.own(o);
                Ok(o)
            }
        }
    }

    /// `obj.m(args)`
    fn call_method(&mut self, value: &Expr, attr: &Name, args: &[Expr], keywords: &[Keyword], span: Span) -> R<Value> {
        let obj = self.expr(value)?;
        if self.list_elem(self.b.ty(obj)).is_some() {
            return self.list_method(obj, attr, args, keywords, span);
        }
        if self.cx.env.is_str(self.b.ty(obj)) {
            return self.str_method(obj, attr, args, keywords, span);
        }
        if self.tuple_items(self.b.ty(obj)).is_some() && matches!(attr.id.as_str(), "count" | "index") {
            return self.tuple_method(obj, attr, args, keywords, span);
        }
        let (obj, c) = self.instance(obj, attr, value.span)?;
        let class = &self.cx.env.classes[c];
        match class.methods.get(&attr.id) {
            Some(&m) => self.call_func(m, args, keywords, span, Recv::Value(obj)),
            None if class.field(&attr.id).is_some() => Err(self.err(span, format!("field '{}.{}' is not callable", class.name, attr.id))),
            None => {
                let msg = format!("'{}' object has no attribute '{}'", class.name, attr.id);
                Err(self.err_help(attr.span, msg, "no such method", "the methods of a compiled class are the functions defined in its body"))
            }
        }
    }

    fn call_func(&mut self, index: usize, args: &[Expr], keywords: &[Keyword], span: Span, recv: Recv) -> R<Value> {
        let sig = &self.cx.sigs[index];
        let def = &self.cx.module.funcs[index];
        let fname = crate::resolve::qualname(self.cx.module, def);
        // A method's receiver fills its first parameter.
        let skip = usize::from(!matches!(recv, Recv::None));
        let n = sig.params.len();
        let npos = n - sig.keyword_only;
        if args.len() + skip > npos && sig.vararg.is_none() {
            let required = sig.defaults[..npos].iter().filter(|d| d.is_none()).count();
            return Err(self.err(span, too_many_positional(&fname, required, npos, args.len() + skip)));
        }
        // Evaluate in source order: positional, then keywords.
        let mut slots: Vec<Option<Value>> = vec![None; n];
        let mut extra = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if sig.vararg.is_some_and(|k| i + skip >= k) {
                // Into `*args`: one item type, as a tuple of it.
                let k = sig.vararg.unwrap_or_default();
                let elem = sig.params[k].1.and_then(|t| self.seq_elem(t));
                let v = self.expr_as(a, elem)?;
                let v = match elem {
                    Some(e) if self.b.ty(v) != e => match self.convert_ref(v, e) {
                        Some(v) => v,
                        None => {
                            let got = self.b.ty(v);
                            return Err(self.err(a.span, format!("extra argument {} of {fname}() is {}, but *{} takes {}", i + skip - k, self.art(got), sig.params[k].0, self.art(e))));
                        }
                    },
                    _ => v,
                };
                extra.push(v);
                continue;
            }
            let want = sig.params.get(i + skip).and_then(|p| p.1);
            slots[i + skip] = Some(self.expr_as(a, want)?);
        }
        if let Some(k) = sig.vararg {
            let Some(t) = sig.params[k].1 else { return Err(super::Reported) };
            self.set_loc(span);
            let l = self.b.list_value(crate::ir::ListOp::New, extra, t);
            self.own(l);
            slots[k] = Some(l);
        }
        if skip == 1 {
            // Filled after the arguments are evaluated (CPython allocates
            // the instance when the class is called).
            slots[0] = Some(match recv {
                Recv::Value(v) => v,
                Recv::New(c) => {
                    self.set_loc(span);
                    let o = self.b.new_object(c);
                    self.own(o);
                    o
                }
                Recv::None => return Err(super::Reported),
            });
        }
        let sig = &self.cx.sigs[index];
        for k in keywords {
            if let Some(i) = sig.params.iter().take(sig.positional_only).position(|(p, _)| *p == k.name.id) {
                let name = &sig.params[i].0;
                return Err(self.err(k.name.span, format!("{fname}() got some positional-only arguments passed as keyword arguments: '{name}'")));
            }
            let Some(pos) = sig.params.iter().position(|(p, _)| *p == k.name.id).filter(|&p| Some(p) != sig.vararg) else {
                return Err(self.err(k.name.span, format!("{fname}() got an unexpected keyword argument '{}'", k.name.id)));
            };
            if slots[pos].is_some() {
                return Err(self.err(k.name.span, format!("{fname}() got multiple values for argument '{}'", k.name.id)));
            }
            let want = sig.params[pos].1;
            slots[pos] = Some(self.expr_as(&k.value, want)?);
        }
        let missing = |range: std::ops::Range<usize>| -> Vec<String> { range.filter(|&i| slots[i].is_none() && sig.defaults[i].is_none()).map(|i| format!("'{}'", sig.params[i].0)).collect() };
        let (pos_missing, kw_missing) = (missing(0..npos), missing(npos..n));
        if !pos_missing.is_empty() {
            return Err(self.err(span, missing_arguments(&fname, &pos_missing, false)));
        }
        if !kw_missing.is_empty() {
            return Err(self.err(span, missing_arguments(&fname, &kw_missing, true)));
        }
        self.set_loc(span);
        let mut vals = Vec::with_capacity(n);
        for i in 0..n {
            let v = match slots[i] {
                Some(v) => v,
                None => match sig.defaults[i] {
                    Some(c) => self.const_value(c),
                    None => return Err(super::Reported),
                },
            };
            let Some(want) = sig.params[i].1 else { return Err(super::Reported) };
            let v = if self.b.ty(v) != want { self.convert_ref(v, want).unwrap_or(v) } else { v };
            let got = self.b.ty(v);
            if got != want {
                // Between compiled functions an argument keeps its type, as
                // in CPython: no silent int → float conversion.
                let at = slots_span(args, keywords, &sig.params[i].0, i).unwrap_or(span);
                let help = match (got, want) {
                    (Type::I64 | Type::Bool, Type::F64) => "CPython would pass the int unchanged: pass a float (e.g. 1.0 or float(x))",
                    _ => "pass a value of the parameter's type",
                };
                let msg = format!("argument '{}' of {fname}() is {}, but the parameter is {}", sig.params[i].0, self.art(got), self.art(want));
                return Err(self.err_help(at, msg, format!("{} argument", self.tn(got)), help));
            }
            vals.push(v);
        }
        // An unknown return type is reported once, at the callee's def.
        let Some(ret) = self.cx.types[index].ret else { return Err(super::Reported) };
        let Some(&id) = self.cx.ids.get(&index) else {
            // Selection walks every expression for calls; a miss is a
            // compiler bug, reported rather than left as half-built IR.
            return Err(self.err(span, format!("internal compiler error: '{fname}' was not selected for compilation, please report")));
        };
        let first = vals.first().copied();
        let r = self.b.call(id, vals, ret);
        if let (Recv::New(_), Some(obj)) = (recv, first) {
            return Ok(obj);
        }
        // A returned reference is the caller's.
        self.own(r);
        Ok(r)
    }

    fn math(&mut self, name: &'static str, args: &[Expr], span: Span) -> R<Value> {
        let arity = crate::resolve::MATH_FUNCS.iter().find(|f| f.0 == name).map_or(1, |f| f.1);
        let ok = args.len() == arity || (name == "log" && args.len() == 2);
        if !ok {
            // CPython's wording for each arity.
            let msg = match (name, arity) {
                ("log", _) => format!("log expected 1 or 2 arguments, got {}", args.len()),
                (_, 1) => format!("math.{name}() takes exactly one argument ({} given)", args.len()),
                _ => format!("{name} expected {arity} arguments, got {}", args.len()),
            };
            return Err(self.err(span, msg));
        }
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            if !matches!(self.b.ty(v), Type::I64 | Type::F64 | Type::Bool) {
                return Err(self.err(a.span, format!("must be real number, not {}", py_type_name(self.b.ty(v)))));
            }
            vals.push(v);
        }
        self.set_loc(span);
        // floor/ceil/trunc of an int is the int itself.
        if matches!(name, "floor" | "ceil" | "trunc") && self.b.ty(vals[0]) != Type::F64 {
            return Ok(self.as_int(vals[0]));
        }
        let fl: Vec<Value> = vals.into_iter().map(|v| self.as_float(v)).collect();
        if name == "log" && fl.len() == 2 {
            // CPython: log(x) / log(base), with float division's error.
            let num = self.b.unary(Opcode::MathLog, fl[0]);
            let den = self.b.unary(Opcode::MathLog, fl[1]);
            return Ok(self.b.binary(Opcode::FloatDiv, num, den));
        }
        let Some(op) = math_opcode(name) else {
            return Err(self.problem(span, crate::advice::math_unsupported(name)));
        };
        Ok(match fl.as_slice() {
            [x] => self.b.unary(op, *x),
            [x, y] => self.b.binary(op, *x, *y),
            _ => return Err(super::Reported),
        })
    }

    fn builtin(&mut self, name: &'static str, args: &[Expr], span: Span) -> R<Value> {
        if name == "float" {
            if let [Expr { kind: ExprKind::Str(s), span: sspan }] = args {
                return match parse_float_literal(s) {
                    Some(x) => Ok(self.b.fconst(x)),
                    None => Err(self.err(*sspan, format!("could not convert string to float: {s:?}"))),
                };
            }
        }
        if let Some(msg) = builtin_arity_error(name, args.len()) {
            return Err(self.err(span, msg));
        }
        match name {
            "range" => return Err(self.err_help(span, "range() can only be used as the iterable of a for loop", "range value", "write `for i in range(...)`")),
            "divmod" => return Err(self.err_help(span, "divmod() gives a tuple; unpack it", "tuple value", "write `q, r = divmod(a, b)`")),
            _ => {}
        }
        let mut vals = Vec::new();
        for a in args {
            vals.push(self.expr(a)?);
        }
        self.set_loc(span);
        let tys: Vec<Type> = vals.iter().map(|v| self.b.ty(*v)).collect();
        if name == "pow" {
            return match (vals.as_slice(), args) {
                ([a, b], [_, right]) => self.binary(BinOp::Pow, *a, *b, right, span),
                _ => Err(self.err(span, format!("pow() takes 2 arguments in compiled code ({} given)", args.len()))),
            };
        }
        // int(s), ord(s), chr(i): the runtime's str operations.
        let str_t = self.cx.env.str_type();
        match (name, vals.as_slice(), tys.as_slice()) {
            ("int" | "ord", [v], [t]) if *t == str_t => {
                let op = if name == "int" { crate::ir::ListOp::StrToInt } else { crate::ir::ListOp::StrOrd };
                return Ok(self.b.list_value(op, vec![*v], Type::I64));
            }
            ("chr", [v], [Type::I64 | Type::Bool]) => {
                let i = self.as_int(*v);
                let c = self.b.list_value(crate::ir::ListOp::StrChr, vec![i], str_t);
                self.own(c);
                return Ok(c);
            }
            ("ord" | "chr", _, _) => {
                let want = if name == "ord" { "a str" } else { "an int" };
                return Err(self.err(span, format!("{name}() takes {want} in compiled code")));
            }
            _ => {}
        }
        let Some(ret) = builtin_type(name, &tys) else {
            return Err(self.bad_builtin(name, &tys, span));
        };
        Ok(match (name, vals.as_slice()) {
            ("abs", [v]) if ret == Type::F64 => self.b.unary(Opcode::FloatAbs, *v),
            ("abs", [v]) => {
                let i = self.as_int(*v);
                self.b.unary(Opcode::IntAbs, i)
            }
            ("min" | "max", [first, rest @ ..]) => {
                // CPython keeps the first of equal items: replace only when
                // strictly smaller (min) or greater (max).
                let mut acc = *first;
                for &v in rest {
                    let op = match (name, ret) {
                        ("min", Type::F64) => Opcode::FloatLt,
                        ("max", Type::F64) => Opcode::FloatGt,
                        ("min", _) => Opcode::IntLt,
                        _ => Opcode::IntGt,
                    };
                    let (a, b) = if ret == Type::F64 { (v, acc) } else { (self.as_int(v), self.as_int(acc)) };
                    let better = self.b.binary(op, a, b);
                    acc = self.b.select(better, v, acc);
                }
                acc
            }
            ("int", []) => self.b.iconst(0),
            ("float", []) => self.b.fconst(0.0),
            ("bool", []) => self.b.bconst(false),
            ("int", [v]) if tys[0] == Type::F64 => self.b.unary(Opcode::FloatToInt, *v),
            ("int", [v]) | ("round", [v]) if tys[0] != Type::F64 => self.as_int(*v),
            ("float", [v]) => self.as_float(*v),
            ("bool", [v]) => self.truth(*v),
            ("round", [v]) => self.b.unary(Opcode::FloatRound, *v),
            ("round", [v, n]) if tys[0] == Type::F64 => {
                let n = self.as_int(*n);
                self.b.binary(Opcode::FloatRoundDigits, *v, n)
            }
            ("round", [v, n]) => {
                let (v, n) = (self.as_int(*v), self.as_int(*n));
                self.b.binary(Opcode::IntRoundDigits, v, n)
            }
            _ => return Err(self.bad_builtin(name, &tys, span)),
        })
    }

    fn bad_builtin(&mut self, name: &str, tys: &[Type], span: Span) -> super::Reported {
        let names: Vec<&str> = tys.iter().map(|t| py_type_name(*t)).collect();
        let msg = match (name, tys) {
            ("min" | "max", [_]) => format!("{name}() of a single value needs an iterable, and containers are not supported yet (tier C)"),
            ("min" | "max", [_, ..]) => format!("{name}() arguments have different types ({}): the result type would depend on the values", names.join(", ")),
            _ => format!("{name}() does not accept ({}) in compiled code", names.join(", ")),
        };
        let help = if matches!(name, "min" | "max") && tys.len() > 1 { "convert the arguments to one type, e.g. with float(...)" } else { "see LANGUAGE.md for the supported builtins" };
        self.err_help(span, msg, "unsupported call", help)
    }

    /// `q, r = divmod(a, b)`: CPython's `//` and `%` with divmod's own
    /// message for a float zero divisor.
    pub(super) fn divmod(&mut self, args: &[Expr], keywords: &[Keyword], span: Span) -> R<(Value, Value)> {
        self.no_keywords("divmod", keywords)?;
        let [a, b] = args else {
            return Err(self.err(span, format!("divmod expected 2 arguments, got {}", args.len())));
        };
        let (x, y) = (self.expr(a)?, self.expr(b)?);
        self.set_loc(span);
        let float = self.b.ty(x) == Type::F64 || self.b.ty(y) == Type::F64;
        if !float {
            let ok = |t: Type| matches!(t, Type::I64 | Type::Bool);
            if !ok(self.b.ty(x)) || !ok(self.b.ty(y)) {
                let (p, q) = (py_type_name(self.b.ty(x)), py_type_name(self.b.ty(y)));
                return Err(self.err(span, format!("unsupported operand type(s) for divmod(): '{p}' and '{q}'")));
            }
            let (x, y) = (self.as_int(x), self.as_int(y));
            let q = self.b.binary(Opcode::IntFloorDiv, x, y);
            let r = self.b.binary(Opcode::IntMod, x, y);
            return Ok((q, r));
        }
        let (x, y) = (self.as_float(x), self.as_float(y));
        let zero = self.b.fconst(0.0);
        let is_zero = self.b.binary(Opcode::FloatEq, y, zero);
        let (raise_b, ok_b) = (self.b.create_block(), self.b.create_block());
        self.brif(is_zero, raise_b, ok_b);
        self.enter_sealed(raise_b);
        self.b.raise(ExcKind::ZeroDivisionError, "float divmod()");
        self.enter_sealed(ok_b);
        let q = self.b.binary(Opcode::FloatFloorDiv, x, y);
        let r = self.b.binary(Opcode::FloatMod, x, y);
        Ok((q, r))
    }
}

/// `float("...")` of a literal, as CPython parses it (surrounding
/// whitespace, `inf`/`infinity`/`nan` in any case, underscores between
/// digits).
pub(crate) fn parse_float_literal(s: &str) -> Option<f64> {
    let t = s.trim();
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    let valid_underscores = !body.starts_with('_') && !body.ends_with('_') && !body.contains("__");
    let cleaned: String = body.chars().filter(|c| *c != '_').collect();
    if !valid_underscores || cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')) {
        return None;
    }
    cleaned.parse::<f64>().ok().map(|x| sign * x)
}


/// CPython's message for a builtin called with a wrong number of arguments.
fn builtin_arity_error(name: &str, n: usize) -> Option<String> {
    let (lo, hi) = match name {
        "abs" | "len" => (1, 1),
        "int" | "float" | "bool" => (0, 1),
        "round" => (1, 2),
        "divmod" => (2, 2),
        "pow" => (2, 3),
        "range" => (1, 3),
        "min" | "max" => (1, usize::MAX),
        _ => return None,
    };
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    Some(match name {
        _ if (lo..=hi).contains(&n) => return None,
        "abs" | "len" => format!("{name}() takes exactly one argument ({n} given)"),
        "round" => format!("round() takes at most 2 arguments ({n} given)"),
        _ if lo == hi => format!("{name} expected {lo} {}, got {n}", plural(lo)),
        _ if n < lo => format!("{name} expected at least {lo} {}, got {n}", plural(lo)),
        _ => format!("{name} expected at most {hi} {}, got {n}", plural(hi)),
    })
}

/// The span of the argument that fills parameter `name` (position `i`).
fn slots_span(args: &[Expr], keywords: &[Keyword], name: &str, i: usize) -> Option<Span> {
    args.get(i).map(|a| a.span).or_else(|| keywords.iter().find(|k| k.name.id == name).map(|k| k.value.span))
}

/// CPython's TypeError message for required arguments a call left out
/// (`names` quoted; positional ones are reported before keyword-only ones).
pub fn missing_arguments(fname: &str, names: &[String], keyword_only: bool) -> String {
    let list = match names {
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
        [] => String::new(),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    let what = if keyword_only { "keyword-only" } else { "positional" };
    format!("{fname}() missing {} required {what} argument{s}: {list}", names.len())
}

/// CPython's TypeError message for a call with too many positional
/// arguments (`required` of `n` positional parameters have no default).
pub fn too_many_positional(fname: &str, required: usize, n: usize, given: usize) -> String {
    let was = if given == 1 { "was" } else { "were" };
    if required < n {
        format!("{fname}() takes from {required} to {n} positional arguments but {given} {was} given")
    } else {
        format!("{fname}() takes {n} positional argument{} but {given} {was} given", if n == 1 { "" } else { "s" })
    }
}
