//! Lowering of `print(...)`: the arguments become one `print` instruction
//! whose pieces are literal text and converted values (`str`, `repr`,
//! f-string `format` specs, `%` conversions). Specs are validated here
//! against the value's static type, so the runtime never meets an invalid
//! one. `sep` and `end` must be string literals.

use super::{FnLower, R};
use crate::ast::*;
use crate::ir::{Conv, Piece, Type, Value};
use crate::pyfmt::{self, FmtValue, Kind, PercentPiece};

fn kind(t: Type) -> Kind {
    match t {
        Type::I64 => Kind::Int,
        Type::F64 => Kind::Float,
        Type::Bool => Kind::Bool,
        // Objects never reach formatting: `print` rejects them first.
        Type::None | Type::Ref(_) | Type::OptRef(_) => Kind::None,
    }
}

/// Append a piece, merging adjacent literals.
fn push(pieces: &mut Vec<Piece>, p: Piece) {
    if let (Some(Piece::Lit(a)), Piece::Lit(b)) = (pieces.last_mut(), &p) {
        a.push_str(b);
        return;
    }
    if !matches!(&p, Piece::Lit(s) if s.is_empty()) {
        pieces.push(p);
    }
}

impl FnLower<'_, '_> {
    pub(super) fn print(&mut self, args: &[Expr], keywords: &[Keyword], span: Span) -> R<()> {
        let mut sep = " ".to_string();
        let mut end = "\n".to_string();
        for k in keywords {
            match k.name.id.as_str() {
                "sep" | "end" => {
                    let s = match &k.value.kind {
                        ExprKind::Str(s) => s.clone(),
                        ExprKind::NoneLit => if k.name.id == "sep" { " ".into() } else { "\n".into() },
                        _ => return Err(self.err(k.value.span, format!("print's {}= must be a string literal in compiled code", k.name.id))),
                    };
                    if k.name.id == "sep" { sep = s } else { end = s }
                }
                "flush" => {
                    if crate::infer::const_in(self.cx.env, self.ft, &k.value).is_none() {
                        return Err(self.err(k.value.span, "print's flush= must be a constant"));
                    }
                }
                "file" => return Err(self.err_help(k.name.span, "print(file=...) is not supported in compiled code", "not supported", "compiled code prints to sys.stdout")),
                other => return Err(self.err(k.name.span, format!("'{other}' is an invalid keyword argument for print()"))),
            }
        }
        let mut pieces = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                push(&mut pieces, Piece::Lit(sep.clone()));
            }
            self.print_arg(a, &mut pieces)?;
        }
        push(&mut pieces, Piece::Lit(end));
        if pieces.iter().any(|p| matches!(p, Piece::Value(v, _) if self.not_printable(*v, p))) {
            return Err(self.err_help(
                span,
                "printing a compiled object is not supported",
                "object printed",
                "CPython prints `<... object at 0x...>`, an address; print its fields instead",
            ));
        }
        self.set_loc(span);
        self.b.print(pieces);
        Ok(())
    }

    /// The pieces of an exception message `str(m)` (`raise E(m)`,
    /// `assert t, m`).
    pub(super) fn message_pieces(&mut self, m: &Expr, pieces: &mut Vec<Piece>) -> R<()> {
        self.print_arg(m, pieces)?;
        if pieces.iter().any(|p| matches!(p, Piece::Value(v, _) if self.not_printable(*v, p))) {
            return Err(self.err_help(m.span, "an exception message cannot be a compiled object", "object in the message", "format its fields instead"));
        }
        Ok(())
    }

    /// Whether piece `p` (of value `v`) cannot be printed: a compiled
    /// object (CPython prints an address), or a list of them, or a list
    /// with a format spec.
    pub(super) fn not_printable(&self, v: Value, p: &Piece) -> bool {
        let t = self.b.ty(v);
        if !t.is_ref() {
            return false;
        }
        if self.cx.env.is_str(t) {
            return !matches!(p, Piece::Value(_, Conv::Str | Conv::Repr));
        }
        !(self.printable_list(t) && matches!(p, Piece::Value(_, Conv::Str | Conv::Repr)))
    }

    /// The handle of the caught exception bound to `e` (`except T as e`).
    pub(super) fn exc_name(&self, e: &Expr) -> Option<Value> {
        let ExprKind::Name(n) = &e.kind else { return None };
        self.handles.iter().rev().find(|(_, name)| name.as_deref() == Some(n.as_str())).map(|&(h, _)| h)
    }

    pub(super) fn print_arg(&mut self, a: &Expr, pieces: &mut Vec<Piece>) -> R<()> {
        if let Some(h) = self.exc_name(a) {
            push(pieces, Piece::Value(h, Conv::Exc));
            return Ok(());
        }
        match &a.kind {
            ExprKind::Str(s) => push(pieces, Piece::Lit(s.clone())),
            ExprKind::FString(parts) => {
                for p in parts {
                    match p {
                        FPart::Lit(s) => push(pieces, Piece::Lit(s.clone())),
                        FPart::Value { expr, conv, spec } => self.fstring_value(expr, *conv, spec.as_ref(), pieces)?,
                    }
                }
            }
            ExprKind::Binary { op: BinOp::Mod, left, right } if matches!(left.kind, ExprKind::Str(_)) => {
                let ExprKind::Str(fmt) = &left.kind else { return Ok(()) };
                self.percent(fmt, left.span, right, pieces)?;
            }
            _ => {
                let v = self.expr(a)?;
                push(pieces, Piece::Value(v, Conv::Str));
            }
        }
        Ok(())
    }

    fn fstring_value(&mut self, e: &Expr, conv: Option<char>, spec: Option<&(String, Span)>, pieces: &mut Vec<Piece>) -> R<()> {
        if let (Some(c), Some((_, sspan))) = (conv, spec) {
            return Err(self.err_help(*sspan, format!("a conversion (!{c}) together with a format spec is not supported"), "not supported", format!("convert first, then format the string: f'{{{}(x):SPEC}}'", if c == 'r' { "repr" } else { "str" })));
        }
        if let Some(h) = self.exc_name(e) {
            if conv.is_some() || spec.is_some() {
                return Err(self.err_help(e.span, "only `{e}` (str) of a caught exception is supported in an f-string", "not supported", "write f'{e}' for the message, or f'{str(e)!r}'-style formatting on str(e)"));
            }
            push(pieces, Piece::Value(h, Conv::Exc));
            return Ok(());
        }
        // A string literal inside an f-string is formatted now.
        if let ExprKind::Str(s) = &e.kind {
            let text = match (conv, spec) {
                (Some('r' | 'a'), _) => pyfmt::repr_of(FmtValue::Str(s)),
                (_, Some((spec, sspan))) => match pyfmt::format_value(FmtValue::Str(s), spec) {
                    Ok(t) => t,
                    Err(msg) => return Err(self.err(*sspan, msg)),
                },
                _ => s.clone(),
            };
            push(pieces, Piece::Lit(text));
            return Ok(());
        }
        let v = self.expr(e)?;
        let c = match (conv, spec) {
            (Some('r' | 'a'), _) => Conv::Repr,
            (_, Some((spec, sspan))) => {
                if let Err(msg) = pyfmt::check_format_spec(spec, kind(self.b.ty(v))) {
                    return Err(self.err(*sspan, format!("invalid format spec {spec:?} for {}: {msg}", self.b.ty(v).with_article())));
                }
                Conv::Format(spec.clone())
            }
            _ => Conv::Str,
        };
        push(pieces, Piece::Value(v, c));
        Ok(())
    }

    fn percent(&mut self, fmt: &str, fmt_span: Span, right: &Expr, pieces: &mut Vec<Piece>) -> R<()> {
        let parts = match pyfmt::parse_percent(fmt) {
            Ok(p) => p,
            Err(msg) => return Err(self.err(fmt_span, msg)),
        };
        let args: Vec<&Expr> = match &right.kind {
            ExprKind::Tuple(es) => es.iter().collect(),
            _ => vec![right],
        };
        let nconv = parts.iter().filter(|p| matches!(p, PercentPiece::Conv(_))).count();
        if nconv != args.len() {
            let msg = if nconv > args.len() { "not enough arguments for format string" } else { "not all arguments converted during string formatting" };
            return Err(self.err(right.span, msg));
        }
        let mut args = args.into_iter();
        for part in parts {
            match part {
                PercentPiece::Lit(s) => push(pieces, Piece::Lit(s)),
                PercentPiece::Conv(conv) => {
                    let Some(a) = args.next() else { return Ok(()) };
                    if let ExprKind::Str(s) = &a.kind {
                        match pyfmt::percent_value(FmtValue::Str(s), &conv) {
                            Ok(text) => push(pieces, Piece::Lit(text)),
                            Err((_, msg)) => return Err(self.err(a.span, msg)),
                        }
                        continue;
                    }
                    let v: Value = self.expr(a)?;
                    if self.cx.env.is_str(self.b.ty(v)) {
                        match conv.as_str() {
                            "%s" => push(pieces, Piece::Value(v, Conv::Str)),
                            "%r" | "%a" => push(pieces, Piece::Value(v, Conv::Repr)),
                            _ => return Err(self.err_help(a.span, format!("`{conv}` of a str value is not supported (only %s and %r)"), "a str", "format a str with %s (or %r), with a width if needed: %10s, %-10s")),
                        }
                        continue;
                    }
                    if let Err(msg) = pyfmt::check_percent(&conv, kind(self.b.ty(v))) {
                        return Err(self.err(a.span, msg));
                    }
                    push(pieces, Piece::Value(v, Conv::Percent(conv)));
                }
            }
        }
        Ok(())
    }
}
