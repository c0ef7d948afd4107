//! Lowering of `str` values: literals, f-strings, `%`-formatting,
//! `str(x)` and `repr(x)` are `str.build` of the same pieces `print`
//! writes (so formatting is the one of `print`, CPython's); operators,
//! indexing, slicing and methods are `str.*` / `list.*` instructions on a
//! str operand, implemented once in the runtime (`rpy_list_op`'s str
//! cases, by code point over UTF-8). Every operation making a str returns
//! an owned reference.

use super::{FnLower, R};
use crate::ast::*;
use crate::ir::{ListOp, Opcode, Piece, Type, Value};

impl FnLower<'_, '_> {
    /// The module's `str` type.
    pub(super) fn str_type(&self) -> Type {
        self.cx.env.str_type()
    }

    fn is_str_t(&self, t: Type) -> bool {
        self.cx.env.is_str(t)
    }

    /// A str made of `pieces` (owned).
    fn build_str(&mut self, pieces: Vec<Piece>, span: Span) -> R<Value> {
        if pieces.iter().any(|p| matches!(p, Piece::Value(v, _) if self.not_printable(*v, p))) {
            return Err(self.err_help(span, "this value cannot be formatted into a str", "object", "format its fields (CPython would write an address)"));
        }
        self.set_loc(span);
        let t = self.str_type();
        let s = self.b.str_build(pieces, t);
        self.own(s);
        Ok(s)
    }

    /// A string literal, f-string or `"..." % args` as a value.
    pub(super) fn str_value(&mut self, e: &Expr) -> R<Value> {
        let mut pieces = Vec::new();
        self.print_arg(e, &mut pieces)?;
        self.build_str(pieces, e.span)
    }

    /// `str(x)` and `repr(x)`.
    pub(super) fn str_call(&mut self, name: &str, args: &[Expr], span: Span) -> R<Value> {
        match args {
            [] if name == "str" => self.build_str(vec![Piece::Lit(String::new())], span),
            [a] => {
                let mut pieces = Vec::new();
                if name == "str" {
                    self.print_arg(a, &mut pieces)?;
                } else {
                    let v = self.expr(a)?;
                    pieces.push(Piece::Value(v, crate::ir::Conv::Repr));
                }
                self.build_str(pieces, span)
            }
            _ => Err(self.err(span, format!("{name}() takes exactly one argument ({} given)", args.len()))),
        }
    }

    /// `s + t`, `s * n`, `n * s`; `None` if no str is involved.
    pub(super) fn str_binary(&mut self, op: BinOp, l: Value, r: Value, span: Span) -> Option<R<Value>> {
        let (lt, rt) = (self.b.ty(l), self.b.ty(r));
        let (ls, rs) = (self.is_str_t(lt), self.is_str_t(rt));
        if !ls && !rs {
            return None;
        }
        let t = self.str_type();
        Some((|| {
            let v = match op {
                BinOp::Add if ls && rs => self.b.list_value(ListOp::Concat, vec![l, r], t),
                BinOp::Mul if ls != rs && matches!(if ls { rt } else { lt }, Type::I64 | Type::Bool) => {
                    let (s, n) = if ls { (l, r) } else { (r, l) };
                    let n = self.as_int(n);
                    self.b.list_value(ListOp::Repeat, vec![s, n], t)
                }
                BinOp::Add if ls => return Err(self.err(span, format!("can only concatenate str (not \"{}\") to str", self.py_name(rt)))),
                BinOp::Mod if ls => return Err(self.err_help(span, "'%' formatting of a str value is not supported", "not a literal", "write the format as a string literal: \"%d\" % x")),
                _ => return Err(self.err(span, format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), self.py_name(lt), self.py_name(rt)))),
            };
            self.own(v);
            Ok(v)
        })())
    }

    /// Comparisons of strs (by code point) and `sub in s`; `None` if no
    /// str is involved.
    pub(super) fn str_compare(&mut self, op: CmpOp, l: Value, r: Value, span: Span) -> Option<R<Value>> {
        let (lt, rt) = (self.b.ty(l), self.b.ty(r));
        let (ls, rs) = (self.is_str_t(lt), self.is_str_t(rt));
        if !ls && !rs || matches!(op, CmpOp::Is | CmpOp::IsNot) || (matches!(op, CmpOp::In | CmpOp::NotIn) && !rs) {
            return None;
        }
        Some((|| {
            if matches!(op, CmpOp::In | CmpOp::NotIn) {
                if !(ls && rs) {
                    return Err(self.err(span, format!("'in <string>' requires string as left operand, not {}", self.py_name(lt))));
                }
                let c = self.b.list_value(ListOp::Contains, vec![r, l], Type::Bool);
                return Ok(if op == CmpOp::NotIn { self.b.unary(Opcode::BoolNot, c) } else { c });
            }
            if !(ls && rs) {
                return match op {
                    CmpOp::Eq => Ok(self.b.bconst(false)),
                    CmpOp::Ne => Ok(self.b.bconst(true)),
                    _ => Err(self.err(span, format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), self.py_name(lt), self.py_name(rt)))),
                };
            }
            Ok(self.runtime_compare(op, l, r))
        })())
    }

    /// `s[i]` (a 1-character str) and `s[a:b:c]`.
    pub(super) fn str_subscript(&mut self, s: Value, index: &Expr, span: Span) -> R<Value> {
        let t = self.str_type();
        let v = if let ExprKind::Slice { lower, upper, step } = &index.kind {
            let mut args = vec![s];
            args.extend(self.slice_operands(lower, upper, step)?);
            self.set_loc(span);
            self.b.list_value(ListOp::Slice, args, t)
        } else {
            let i = self.expr(index)?;
            let i = match self.b.ty(i) {
                Type::I64 | Type::Bool => self.as_int(i),
                other => return Err(self.err(index.span, format!("string indices must be integers, not '{}'", self.py_name(other)))),
            };
            self.set_loc(span);
            self.b.list_value(ListOp::StrAt, vec![s, i], t)
        };
        self.own(v);
        Ok(v)
    }

    /// `s.m(args)`
    pub(super) fn str_method(&mut self, s: Value, attr: &Name, args: &[Expr], keywords: &[Keyword], span: Span) -> R<Value> {
        if let Some(k) = keywords.first() {
            return Err(self.err(k.name.span, format!("str.{}() takes no keyword arguments in compiled code", attr.id)));
        }
        let t = self.str_type();
        let m = attr.id.as_str();
        let mut strs = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            strs.push((v, a.span));
        }
        let want = |lw: &mut Self, n: usize| -> R<()> {
            if strs.len() != n {
                return Err(lw.err(span, format!("str.{m}() takes {n} argument{} in compiled code ({} given)", if n == 1 { "" } else { "s" }, strs.len())));
            }
            Ok(())
        };
        let str_arg = |lw: &mut Self, k: usize| -> R<Value> {
            let (v, sp) = strs[k];
            if lw.is_str_t(lw.b.ty(v)) {
                Ok(v)
            } else {
                let ty = lw.b.ty(v);
                Err(lw.err(sp, format!("str.{m}() needs a str argument, not {}", lw.art(ty))))
            }
        };
        self.set_loc(span);
        let (v, owned) = match m {
            "join" => {
                want(self, 1)?;
                let (xs, sp) = strs[0];
                let lt = self.b.ty(xs);
                if self.list_elem(lt) != Some(t) {
                    return Err(self.err(sp, format!("str.join() needs a list[str], not {}", self.art(lt))));
                }
                (self.b.list_value(ListOp::StrJoin, vec![s, xs], t), true)
            }
            "split" => {
                let sep = match strs.len() {
                    0 => self.b.null(Type::OptRef(match t {
                        Type::Ref(c) => c,
                        _ => return Err(super::Reported),
                    })),
                    1 => str_arg(self, 0)?,
                    _ => return Err(self.err(span, "str.split() takes at most one argument in compiled code")),
                };
                let lt = self.cx.env.list_of(t);
                (self.b.list_value(ListOp::StrSplit, vec![s, sep], lt), true)
            }
            "strip" | "lstrip" | "rstrip" => {
                want(self, 0)?;
                let which = self.b.iconst(match m {
                    "lstrip" => 1,
                    "rstrip" => 2,
                    _ => 3,
                });
                (self.b.list_value(ListOp::StrStrip, vec![s, which], t), true)
            }
            "upper" | "lower" => {
                want(self, 0)?;
                let up = self.b.iconst(i64::from(m == "upper"));
                (self.b.list_value(ListOp::StrCase, vec![s, up], t), true)
            }
            "startswith" | "endswith" => {
                want(self, 1)?;
                let p = str_arg(self, 0)?;
                (self.b.list_value(if m == "startswith" { ListOp::StrStarts } else { ListOp::StrEnds }, vec![s, p], Type::Bool), false)
            }
            "find" | "count" => {
                want(self, 1)?;
                let p = str_arg(self, 0)?;
                (self.b.list_value(if m == "find" { ListOp::StrFind } else { ListOp::Count }, vec![s, p], Type::I64), false)
            }
            "isdigit" | "isalpha" | "isspace" | "isalnum" | "isupper" | "islower" => {
                want(self, 0)?;
                let which = ["isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower"].iter().position(|n| *n == m).unwrap_or(0);
                let w = self.b.iconst(which as i64);
                (self.b.list_value(ListOp::StrIs, vec![s, w], Type::Bool), false)
            }
            "replace" => {
                want(self, 2)?;
                let (a, b) = (str_arg(self, 0)?, str_arg(self, 1)?);
                (self.b.list_value(ListOp::StrReplace, vec![s, a, b], t), true)
            }
            _ => {
                return Err(self.err_help(attr.span, format!("str method '{m}' is not supported in compiled code"), "not supported", "supported: join, split, strip, lstrip, rstrip, startswith, endswith, find, count, replace, upper, lower, isdigit, isalpha, isspace, isalnum, isupper, islower"));
            }
        };
        if owned {
            self.own(v);
        }
        Ok(v)
    }
}
