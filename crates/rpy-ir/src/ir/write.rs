//! The IR text format. Stable: golden tests and the IR hash are built on
//! it, so a change here is a change of every snapshot and every cache key.
//!
//! ```text
//! fn0 @fib(n: i64) -> i64 {                  ; line 1
//! block0(v0: i64):
//!     v1 = iconst 2                          @2:8
//!     v2 = int.lt v0, v1
//!     brif v2, block1, block2
//! ...
//! }
//! ```
//!
//! An instruction's source location is printed (`@line:col`) when it
//! differs from the previous instruction's.

use std::fmt::{self, Write};

use super::entities::{FuncId, Inst};
use super::function::{BlockCall, Conv, Function, InstData, Module, Piece, SrcLoc};

/// Print a whole module.
pub fn write_module(w: &mut dyn Write, m: &Module) -> fmt::Result {
    writeln!(w, "; file: {}", m.file())?;
    for (k, f) in m.files.iter().enumerate().skip(1) {
        writeln!(w, "; file {k}: {f}")?;
    }
    for (id, t) in m.types.iter() {
        match t {
            super::types::HeapType::Class(c) => {
                write!(w, "class {id} @{} size {} {{  ; line {}", c.name, c.size(), c.line)?;
                if c.file != 0 {
                    write!(w, " of file {}", c.file)?;
                }
                writeln!(w)?;
                for fl in &c.fields {
                    writeln!(w, "    {}: {} @{}", fl.name, fl.ty, fl.offset)?;
                }
                for (k, v) in &c.consts {
                    writeln!(w, "    const {k} = {v}")?;
                }
                writeln!(w, "}}")?;
            }
            super::types::HeapType::List { elem } => writeln!(w, "list {id} = list[{elem}]")?,
            super::types::HeapType::Str => writeln!(w, "str {id}")?,
            super::types::HeapType::Args { elem } => writeln!(w, "args {id} = tuple[{elem}, ...]")?,
            super::types::HeapType::Tuple(c) => {
                let items: Vec<String> = c.fields.iter().map(|f| f.ty.to_string()).collect();
                writeln!(w, "tuple {id} = tuple[{}]", items.join(", "))?
            }
            super::types::HeapType::Array { elem } => writeln!(w, "array {id} = {}[:]", elem.name())?,
        }
    }
    for (id, f) in m.funcs.iter() {
        writeln!(w)?;
        write_function(w, f, id, Some(m))?;
    }
    Ok(())
}

/// Print one function. `module` (if given) supplies callee names.
pub fn write_function(w: &mut dyn Write, f: &Function, id: FuncId, module: Option<&Module>) -> fmt::Result {
    write!(w, "{id} @{}(", f.name)?;
    for (i, p) in f.params.iter().enumerate() {
        if i > 0 {
            write!(w, ", ")?;
        }
        if f.keyword_only > 0 && i + f.keyword_only == f.params.len() {
            write!(w, "*, ")?;
        }
        write!(w, "{}: {}", p.name, p.ty)?;
        if let Some(d) = p.default {
            write!(w, " = {d}")?;
        }
        if i + 1 == f.positional_only {
            write!(w, ", /")?;
        }
    }
    write!(w, ") -> {} {{  ; line {}", f.ret, f.loc.line)?;
    if f.file != 0 {
        write!(w, " of file {}", f.file)?;
    }
    // Decorators: where the definition starts (it tells redefinitions
    // apart, so it is part of the text and of the hash).
    if f.first_line != f.loc.line {
        write!(w, ", from line {}", f.first_line)?;
    }
    writeln!(w)?;
    let mut last = SrcLoc::default();
    for &block in &f.layout.blocks {
        write!(w, "{block}")?;
        let params = f.dfg.block_params(block);
        if !params.is_empty() {
            write!(w, "(")?;
            for (i, &p) in params.iter().enumerate() {
                if i > 0 {
                    write!(w, ", ")?;
                }
                write!(w, "{p}: {}", f.dfg.value_type(p))?;
            }
            write!(w, ")")?;
        }
        writeln!(w, ":")?;
        for &inst in f.block_insts(block) {
            let mut line = String::new();
            write_inst(&mut line, f, inst, module)?;
            let loc = f.srclocs[inst];
            if loc != last && loc.line != 0 {
                writeln!(w, "    {line:<40} @{}:{}", loc.line, loc.col)?;
                last = loc;
            } else {
                writeln!(w, "    {line}")?;
            }
        }
    }
    writeln!(w, "}}")
}

fn write_call(w: &mut dyn Write, bc: &BlockCall) -> fmt::Result {
    write!(w, "{}", bc.block)?;
    if !bc.args.is_empty() {
        write!(w, "(")?;
        write_list(w, &bc.args)?;
        write!(w, ")")?;
    }
    Ok(())
}

fn write_list<T: fmt::Display>(w: &mut dyn Write, xs: &[T]) -> fmt::Result {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            write!(w, ", ")?;
        }
        write!(w, "{x}")?;
    }
    Ok(())
}

/// `"lit", str(v1), ...`, after `first` (before the first piece).
fn write_pieces(w: &mut dyn Write, pieces: &[Piece], first: &str) -> fmt::Result {
    for (i, p) in pieces.iter().enumerate() {
        write!(w, "{}", if i == 0 { first } else { ", " })?;
        match p {
            Piece::Lit(s) => write!(w, "{s:?}")?,
            Piece::Value(v, Conv::Str) => write!(w, "str({v})")?,
            Piece::Value(v, Conv::Repr) => write!(w, "repr({v})")?,
            Piece::Value(v, Conv::Format(spec)) => write!(w, "format({v}, {spec:?})")?,
            Piece::Value(v, Conv::Percent(spec)) => write!(w, "percent({v}, {spec:?})")?,
            Piece::Value(v, Conv::Exc) => write!(w, "exc({v})")?,
        }
    }
    Ok(())
}

/// Print one instruction (without location), e.g. `v3 = int.add v1, v2`.
pub fn write_inst(w: &mut dyn Write, f: &Function, inst: Inst, module: Option<&Module>) -> fmt::Result {
    if let Some(v) = f.dfg.inst_result(inst) {
        write!(w, "{v} = ")?;
    }
    match &f.dfg.insts[inst] {
        InstData::IConst(n) => write!(w, "iconst {n}"),
        InstData::FConst(x) => write!(w, "fconst {x:?}"),
        InstData::BConst(b) => write!(w, "bconst {b}"),
        InstData::NoneConst => write!(w, "none"),
        InstData::Unary { op, arg } => write!(w, "{} {arg}", op.name()),
        InstData::Binary { op, args } => write!(w, "{} {}, {}", op.name(), args[0], args[1]),
        InstData::Select { cond, then_val, else_val } => write!(w, "select {cond}, {then_val}, {else_val}"),
        InstData::Call { func, args } => {
            match module.and_then(|m| m.funcs.get(*func)) {
                Some(callee) => write!(w, "call {func} @{}(", callee.name)?,
                None => write!(w, "call {func}(")?,
            }
            write_list(w, args)?;
            write!(w, ")")
        }
        InstData::Print { pieces } => {
            write!(w, "print")?;
            write_pieces(w, pieces, " ")
        }
        InstData::RaiseMsg { kind, pieces, handler } => {
            write!(w, "raise.msg {kind}")?;
            write_pieces(w, pieces, ", ")?;
            if let Some(h) = handler {
                write!(w, " to ")?;
                write_call(w, h)?;
            }
            Ok(())
        }
        InstData::Catch { normal, handler } => {
            write!(w, "catch ")?;
            write_call(w, normal)?;
            write!(w, ", ")?;
            write_call(w, handler)
        }
        InstData::ExcTake => write!(w, "exc.take"),
        InstData::ExcCode { exc } => write!(w, "exc.code {exc}"),
        InstData::ExcDrop { exc } => write!(w, "exc.drop {exc}"),
        InstData::ExcRethrow { exc, handler } | InstData::ExcReraise { exc, handler } => {
            let op = if matches!(&f.dfg.insts[inst], InstData::ExcReraise { .. }) { "exc.reraise" } else { "exc.rethrow" };
            write!(w, "{op} {exc}")?;
            if let Some(h) = handler {
                write!(w, " to ")?;
                write_call(w, h)?;
            }
            Ok(())
        }
        InstData::CheckBound { flag, name } => write!(w, "check.bound {flag}, {name:?}"),
        InstData::Poll { keep, weight } => {
            write!(w, "poll")?;
            if let Some(n) = weight {
                write!(w, " weight {n}")?;
            }
            if !keep.is_empty() {
                write!(w, " keep ")?;
                write_list(w, keep)?;
            }
            Ok(())
        }
        InstData::Jump { dest } => {
            write!(w, "jump ")?;
            write_call(w, dest)
        }
        InstData::Brif { cond, then_dest, else_dest } => {
            write!(w, "brif {cond}, ")?;
            write_call(w, then_dest)?;
            write!(w, ", ")?;
            write_call(w, else_dest)
        }
        InstData::Return { value } => write!(w, "return {value}"),
        InstData::Raise { kind, msg } => write!(w, "raise {kind} {msg:?}"),
        InstData::StrBuild { pieces } => {
            write!(w, "str.build")?;
            write_pieces(w, pieces, " ")
        }
        InstData::List { op, args } if args.is_empty() => write!(w, "{}", op.name()),
        InstData::List { op, args } => {
            write!(w, "{} ", op.name())?;
            write_list(w, args)
        }
        InstData::New { class } => write!(w, "new {class}"),
        InstData::GetField { obj, field } => write!(w, "getfield {obj}, {field}"),
        InstData::SetField { obj, field, value } => write!(w, "setfield {obj}, {field}, {value}"),
        InstData::IncRef { arg } => write!(w, "incref {arg}"),
        InstData::DecRef { arg } => write!(w, "decref {arg}"),
        InstData::Unwrap { arg, kind, msg } => write!(w, "unwrap {arg}, {kind} {msg:?}"),
        InstData::NonNull { arg } => write!(w, "nonnull {arg}"),
        InstData::ToOpt { arg } => write!(w, "opt {arg}"),
        InstData::Null { ty } => write!(w, "null {ty}"),
        InstData::RefIs { args } => write!(w, "is {}, {}", args[0], args[1]),
    }
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_module(f, self)
    }
}
