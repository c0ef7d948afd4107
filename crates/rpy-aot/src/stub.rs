//! The texts shipped with a library built by `rpy build`: a Python stub
//! (`NAME.py`) that loads `NAME.rpy.so` with ctypes, and a C header
//! (`NAME.h`) of its plain exports.
//!
//! The stub imports neither rpythonic nor anything outside the standard
//! library, and is Python 3.8 syntax (string annotations, no `match`, no
//! `X | Y`), so any CPython from 3.8 (and PyPy) runs it. It is a fixed
//! runtime part (`stub_rt.py`: the descriptor check, errors, the print
//! hook, conversions, containers) and the module part generated here:
//! one wrapper per function with the source's signature (so CPython's own
//! argument errors are the source's), one class per compiled class with
//! a ctypes `Structure` of its layout (`o._pointer.contents`), and the
//! ctypes prototypes of the plain exports. Conversions and messages are
//! those of the rpythonic package (`rpy-python`): bool → int → float at
//! the boundary, lists copied in and reflected out, a returned instance
//! the same Python object as long as one is alive.
//!
//! **Invariant:** a wrapper tests the thread's error slot only after a
//! zero result (a failed plain export returns 0, 0.0 or NULL), so a
//! successful call with a nonzero result is one foreign call.

use std::fmt::Write as _;

use rpy_ir::ir::{ConstValue, Function, HeapType, Module, Type};

use crate::cstr::escape_ident;
use crate::emit::{c_type, export_ident};

/// The file name of the library of module `name`: `NAME.rpy.so`, not
/// `NAME.so`, which Python's import system would take for an extension
/// module and try before the stub `NAME.py` next to it.
pub fn library_file_name(name: &str) -> String {
    format!("{name}{LIBRARY_SUFFIX}")
}

/// The suffix of a bundled library's file name.
pub const LIBRARY_SUFFIX: &str = ".rpy.so";

const STUB_RT: &str = include_str!("stub_rt.py");

/// Why no stub can be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StubError(pub String);

impl std::fmt::Display for StubError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StubError {}

/// Whether `s` is a Python identifier the stub can define (ASCII).
fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c == '_' || c.is_ascii_alphabetic()) && cs.all(|c| c == '_' || c.is_ascii_alphanumeric()) && !KEYWORDS.contains(&s)
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// `s` as a Python string literal.
fn py_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A constant as a Python expression (`float("inf")` has no literal).
fn py_const(c: ConstValue) -> String {
    match c {
        ConstValue::Int(n) => n.to_string(),
        ConstValue::Float(x) if x.is_nan() => "_rpy_bi.float(\"nan\")".into(),
        ConstValue::Float(x) if x.is_infinite() => if x > 0.0 { "_rpy_bi.float(\"inf\")" } else { "_rpy_bi.float(\"-inf\")" }.into(),
        ConstValue::Float(x) => rpy_ir::pyfmt::float_repr(x),
        ConstValue::Bool(b) => if b { "True" } else { "False" }.into(),
        ConstValue::None => "None".into(),
    }
}

/// The last definition of each name (earlier ones get no plain export).
fn exported(m: &Module) -> Vec<(usize, &Function)> {
    let fs: Vec<&Function> = m.funcs.values().collect();
    (0..fs.len()).filter(|&i| !fs[i + 1..].iter().any(|g| g.name == fs[i].name)).map(|i| (i, fs[i])).collect()
}

/// The namespace of `module` in `list` (made on first use).
fn namespace<'l>(list: &'l mut Vec<(String, Vec<(String, String)>)>, module: &str) -> &'l mut Vec<(String, String)> {
    let i = match list.iter().position(|(m, _)| m == module) {
        Some(i) => i,
        None => {
            list.push((module.to_string(), Vec::new()));
            list.len() - 1
        }
    };
    &mut list[i].1
}

/// The classes of the type table: (type index, layout).
fn classes(m: &Module) -> Vec<(usize, &rpy_ir::ir::ClassLayout)> {
    m.types.iter().filter_map(|(id, t)| t.as_class().map(|c| (rpy_ir::ir::EntityRef::index(id), c))).collect()
}

fn heap(m: &Module, t: Type) -> Option<&HeapType> {
    m.types.get(t.heap_type()?)
}

/// The class instance type of `t` (`C` or `C | None`), if it is one.
fn class_name(m: &Module, t: Type) -> Option<&str> {
    heap(m, t).and_then(|h| h.as_class()).map(|c| c.name.as_str())
}

/// Whether a value of type `t` crosses without a call context: scalars
/// and instances.
fn plain(m: &Module, t: Type) -> bool {
    !t.is_ref() || class_name(m, t).is_some()
}

/// How [`signature`] writes a parameter.
#[derive(Clone, Copy, PartialEq)]
enum Sig {
    /// `x: float = 0.0`, with the annotations that 3.8 cannot evaluate
    /// (`list[int]`, class names) as strings: for a `def`.
    Def,
    /// `x: float = 0.0`, every type as written: for documentation.
    Doc,
}

/// The Python annotation of `t`.
fn annotation(m: &Module, t: Type, how: Sig) -> String {
    match t {
        // The builtins themselves, whatever the module defines.
        Type::I64 | Type::F64 | Type::Bool if how == Sig::Def => format!("_rpy_bi.{}", t.python_name()),
        Type::I64 | Type::F64 | Type::Bool | Type::None => t.python_name().to_string(),
        t if how == Sig::Def => py_str(&m.type_name(t)),
        t => m.type_name(t),
    }
}

/// The Python signature of `f`: `(a: int, /, b: float = 1.0, *args: int,
/// k: bool = True) -> int` (the first parameter of a method, `self`, is
/// not annotated).
fn signature(m: &Module, f: &Function, how: Sig) -> String {
    let typed = true;
    let n = f.params.len();
    let kw_start = n - f.keyword_only;
    let mut parts = Vec::new();
    for (i, p) in f.params.iter().enumerate() {
        if i == kw_start && f.keyword_only > 0 && f.vararg.is_none() {
            parts.push("*".to_string());
        }
        let first = i == 0 && typed && f.name.contains('.');
        let mut s = if Some(i) == f.vararg { format!("*{}", p.name) } else { p.name.clone() };
        if typed && !first {
            let ann = if Some(i) == f.vararg { heap(m, p.ty).and_then(|h| h.seq_elem()).map_or_else(|| annotation(m, p.ty, how), |e| annotation(m, e, how)) } else { annotation(m, p.ty, how) };
            let _ = write!(s, ": {ann}");
        }
        if let Some(d) = p.default {
            s.push_str(if typed { " = " } else { "=" });
            s.push_str(&py_const(d));
        }
        parts.push(s);
        if i + 1 == f.positional_only {
            parts.push("/".to_string());
        }
    }
    let mut s = format!("({})", parts.join(", "));
    if typed {
        let _ = write!(s, " -> {}", annotation(m, f.ret, how));
    }
    s
}

/// The converter objects of the module's types (`_rpy_T0 = ...`), made
/// on demand in dependency order.
struct Convs<'a> {
    m: &'a Module,
    names: Vec<(Type, String)>,
    defs: String,
}

impl<'a> Convs<'a> {
    fn of(&mut self, t: Type) -> Result<String, String> {
        let fixed = match t {
            Type::I64 => Some("_rpy_INT"),
            Type::F64 => Some("_rpy_FLOAT"),
            Type::Bool => Some("_rpy_BOOL"),
            Type::None => Some("_rpy_NONE"),
            _ if heap(self.m, t) == Some(&HeapType::Str) && !matches!(t, Type::OptRef(_)) => Some("_rpy_STR"),
            _ => None,
        };
        if let Some(f) = fixed {
            return Ok(f.to_string());
        }
        if let Some((_, n)) = self.names.iter().find(|(u, _)| *u == t) {
            return Ok(n.clone());
        }
        let m = self.m;
        let name = py_str(&m.type_name(t));
        let h = heap(m, t).ok_or_else(|| format!("type {t} is not in the type table"))?;
        let expr = match (t, h) {
            (Type::OptRef(c), _) => format!("_rpy_Opt({}, {name})", self.of(Type::Ref(c))?),
            (_, HeapType::Class(c)) => format!("_rpy_Obj(_rpy_K_{})", c.name),
            (_, HeapType::List { elem }) => format!("_rpy_List({}, {name})", self.of(*elem)?),
            (_, HeapType::Args { elem }) => format!("_rpy_Args({}, {name})", self.of(*elem)?),
            (_, HeapType::Tuple(c)) => {
                let items: Result<Vec<String>, String> = c.fields.iter().map(|f| self.of(f.ty)).collect();
                let tid = t.heap_type().map_or(0, rpy_ir::ir::EntityRef::index);
                format!("_rpy_Tuple({tid}, ({},), {name})", items?.join(", "))
            }
            (_, HeapType::Array { elem }) => format!("_rpy_Array({}, {name})", elem.code()),
            (_, HeapType::Str) => "_rpy_STR".to_string(),
        };
        let n = format!("_rpy_T{}", self.names.len());
        let _ = writeln!(self.defs, "{n} = {expr}");
        self.names.push((t, n.clone()));
        Ok(n)
    }
}

/// The ctypes type of a word of type `t` in a prototype.
fn ctype(t: Type) -> &'static str {
    match t {
        Type::F64 => "_rpy_F64",
        Type::I64 | Type::Bool | Type::None => "_rpy_I64",
        Type::Ref(_) | Type::OptRef(_) => "_rpy_PTR",
    }
}

/// How a wrapper ends: return the result, or (a constructor) adopt it.
#[derive(Clone, Copy, PartialEq)]
enum Ends {
    Return,
    Adopt,
}

/// The Python stub of `m` built as module `name` (the library is
/// `NAME.rpy.so` next to it): see the module documentation.
pub fn python_stub(m: &Module, name: &str) -> Result<String, StubError> {
    Stub::new(m, name).text().map_err(|e| StubError(format!("cannot write the Python stub of {name}: {e}")))
}

struct Stub<'a> {
    m: &'a Module,
    name: &'a str,
    convs: Convs<'a>,
    /// Index of each exported function's ctypes object (`_rpy_f_N`).
    protos: String,
}

impl<'a> Stub<'a> {
    fn new(m: &'a Module, name: &'a str) -> Self {
        Stub { m, name, convs: Convs { m, names: Vec::new(), defs: String::new() }, protos: String::new() }
    }

    fn text(mut self) -> Result<String, String> {
        let m = self.m;
        if !is_identifier(self.name) {
            return Err(format!("{:?} is not a Python module name (use letters, digits and _)", self.name));
        }
        let funcs = exported(m);
        let class_list = classes(m);
        for (_, f) in &funcs {
            for part in f.name.split('.') {
                check_name(part)?;
            }
            for p in &f.params {
                check_name(&p.name)?;
            }
        }
        for (_, c) in &class_list {
            check_name(&c.name)?;
            for f in &c.fields {
                check_name(&f.name)?;
                if f.name == "_pointer" {
                    return Err(format!("class {} has a field named _pointer, which the stub uses for the ctypes view", c.name));
                }
            }
        }
        // Prototypes of every exported function.
        for (i, f) in &funcs {
            let ret = if f.ret == Type::None { "None" } else { ctype(f.ret) };
            let args: String = f.params.iter().map(|p| format!(", {}", ctype(p.ty))).collect();
            let _ = writeln!(self.protos, "_rpy_f_{i} = _rpy_fn(\"rpyx_{}\", {ret}{args})", export_ident(&f.name));
        }
        let mut classes_text = String::new();
        for &(_, c) in &class_list {
            classes_text.push_str(&self.class(c, &funcs)?);
        }
        // A class's members are its constructor `[module.]C` and its
        // methods `[module.]C.m`; every other function is a function of
        // its module: the main module's at the top level of the stub, the
        // other modules' of the unit in a namespace named after theirs
        // (`stub.geometry.norm`).
        let qual = |c: &rpy_ir::ir::ClassLayout| match m.module_of(c.file) {
            Some(module) => format!("{module}.{}", c.name),
            None => c.name.clone(),
        };
        let member = |f: &Function| class_list.iter().any(|(_, c)| f.name == qual(c) || f.name.starts_with(&format!("{}.", qual(c))));
        let mut functions_text = String::new();
        let mut public = Vec::new();
        let mut namespaces: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for (i, f) in &funcs {
            if member(f) {
                continue;
            }
            functions_text.push('\n');
            match m.module_of(f.file) {
                None => {
                    functions_text.push_str(&self.function(*i, f, f, "", Ends::Return)?);
                    public.push(f.name.clone());
                }
                Some(module) => {
                    let short = f.name.rsplit('.').next().unwrap_or(&f.name).to_string();
                    let hidden = format!("_rpy_m_{module}_{short}");
                    functions_text.push_str(&self.function(*i, f, f, "", Ends::Return)?.replacen(&format!("def {short}("), &format!("def {hidden}("), 1));
                    namespace(&mut namespaces, &module).push((short, hidden));
                }
            }
        }
        for (_, c) in &class_list {
            match m.module_of(c.file) {
                None => public.push(c.name.clone()),
                Some(module) => namespace(&mut namespaces, &module).push((c.name.clone(), c.name.clone())),
            }
        }
        for (module, items) in &namespaces {
            check_name(module)?;
            let fields: Vec<String> = items.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let _ = writeln!(functions_text, "\n\n{module} = _rpy_namespace({}, {})", py_str(module), fields.join(", "));
            public.push(module.clone());
        }
        let mut out = String::new();
        let _ = writeln!(
            out,
            "\"\"\"{}: the compiled module `rpy build` made from {} (rpythonic {}).\n\nGenerated; do not edit. It loads {} (next to this file) with ctypes,\nchecks that the library was built from the same source (its IR hash), and\nneeds neither rpythonic nor a C compiler: any CPython from 3.8, or PyPy.\nFunctions and classes take the arguments of the source's, convert them as\nrpythonic does (bool -> int -> float; lists copied in and written back),\nand raise the source's exceptions with their messages.\n\"\"\"",
            self.name,
            m.file().replace('\\', "/").replace("\"\"\"", "'''"),
            rpy_ir::VERSION,
            library_file_name(self.name)
        );
        let _ = writeln!(out, "\n_rpy_LIBRARY = {}", py_str(&library_file_name(self.name)));
        let _ = writeln!(out, "_rpy_IR_HASH = {}", py_str(&rpy_ir::ir_hash(m)));
        let _ = writeln!(out, "_rpy_ABI_VERSION = {}\n", rpy_rt::ABI_VERSION);
        out.push_str(STUB_RT);
        let _ = writeln!(out, "\n# ---- module {} ----\n", self.name);
        out.push_str(&self.protos);
        out.push_str(&classes_text);
        if !self.convs.defs.is_empty() {
            out.push('\n');
            out.push_str(&self.convs.defs);
        }
        out.push_str(&functions_text);
        let names: Vec<String> = public.iter().map(|n| py_str(n)).collect();
        let _ = writeln!(out, "\n__all__ = [{}]", names.join(", "));
        Ok(out)
    }

    /// A compiled class: its ctypes layout, then a Python class with the
    /// constructor, the methods, the fields and the constants.
    fn class(&mut self, c: &rpy_ir::ir::ClassLayout, funcs: &[(usize, &Function)]) -> Result<String, String> {
        let cn = &c.name;
        let mut s = String::new();
        let _ = writeln!(s, "\n\nclass _rpy_S_{cn}(_rpy_ct.Structure):");
        let _ = writeln!(s, "    \"\"\"The C layout of a {cn} (`o._pointer.contents`): the object header,\n    then one 8-byte field each (bool as an int 0/1, references as addresses).\"\"\"\n");
        let mut fields = vec![format!("(\"_rpy_header\", _rpy_ct.c_byte * {})", rpy_ir::ir::OBJECT_HEADER_SIZE)];
        let mut at = rpy_ir::ir::OBJECT_HEADER_SIZE;
        let mut sorted: Vec<_> = c.fields.iter().collect();
        sorted.sort_by_key(|f| f.offset);
        for f in sorted {
            if f.offset > at {
                fields.push(format!("(\"_rpy_pad{at}\", _rpy_ct.c_byte * {})", f.offset - at));
            }
            fields.push(format!("({}, {})", py_str(&f.name), ctype(f.ty)));
            at = f.offset + 8;
        }
        let _ = writeln!(s, "    _fields_ = [{}]", fields.join(", "));
        let _ = writeln!(s, "\n\nclass {cn}(_rpy_bi.object):");
        let _ = writeln!(s, "    \"\"\"The compiled class {cn}: instances are C structs shared with compiled code.\"\"\"\n");
        let _ = writeln!(s, "    __slots__ = (\"_rpy_addr\", \"__weakref__\")");
        for (k, v) in &c.consts {
            let _ = writeln!(s, "    {k} = {}", py_const(*v));
        }
        // The constructor: the signature of __init__, the conversions of
        // the IR function `C`.
        let find = |n: &str| funcs.iter().find(|(_, f)| f.name == n).copied();
        // Members of a class of another file of the unit are named
        // `module.C`, `module.C.m`.
        let qn = match self.m.module_of(c.file) {
            Some(module) => format!("{module}.{cn}"),
            None => cn.clone(),
        };
        let ctor = find(&qn).ok_or_else(|| format!("class {cn} has no constructor"))?;
        let init = find(&format!("{qn}.__init__")).map(|(_, f)| f);
        s.push('\n');
        s.push_str(&self.function(ctor.0, ctor.1, init.unwrap_or(ctor.1), "    ", Ends::Adopt)?);
        let _ = writeln!(s, "\n    def __del__(self, _rpy_release=_rpy_release):\n        _rpy_release(self)");
        let _ = writeln!(s, "\n    def __init_subclass__(cls, **kwargs):\n        raise _rpy_bi.TypeError(\"compiled class {} cannot be subclassed (compiled classes have no inheritance)\")", py_str(cn).replace('"', "'"));
        let _ = writeln!(s, "\n    @_rpy_property\n    def _pointer(self):\n        \"\"\"A ctypes pointer to the instance's C struct.\"\"\"\n        return _rpy_ct.cast(self._rpy_addr, _rpy_ct.POINTER(_rpy_S_{cn}))");
        let prefix = format!("{qn}.");
        for (i, f) in funcs {
            let Some(meth) = f.name.strip_prefix(&prefix) else { continue };
            if meth == "__init__" {
                continue;
            }
            s.push('\n');
            s.push_str(&self.function(*i, f, f, "    ", Ends::Return)?);
        }
        for fl in &c.fields {
            s.push_str(&self.field(cn, fl)?);
        }
        // The wrappers name the class through an alias that no parameter
        // or later definition shadows.
        let _ = writeln!(s, "\n\n_rpy_K_{cn} = {cn}");
        Ok(s)
    }

    /// A field as a property: read and written through the exported
    /// getter and setter, converted as the package converts.
    fn field(&mut self, cn: &str, fl: &rpy_ir::ir::Field) -> Result<String, String> {
        let m = self.m;
        let (fname, what) = (&fl.name, py_str(&format!("{cn}.{}", fl.name)));
        let ident = format!("rpyx_{}__{{}}_{}", escape_ident(cn), escape_ident(fname));
        let get = ident.replace("{}", "get");
        let set = ident.replace("{}", "set");
        let g = format!("_rpy_get_{cn}_{fname}");
        let st = format!("_rpy_set_{cn}_{fname}");
        let _ = writeln!(self.protos, "{g} = _rpy_fn(\"{get}\", {}, _rpy_PTR)", ctype(fl.ty));
        let _ = writeln!(self.protos, "{st} = _rpy_fn(\"{set}\", None, _rpy_PTR, {})", ctype(fl.ty));
        let mut s = String::new();
        let _ = writeln!(s, "\n    @_rpy_property\n    def {fname}(self):");
        // The setter's body starts on its first line (indented by the
        // caller); later lines carry their own indentation.
        let conv_then_set = |t: Type| format!("{}        {st}(self._rpy_addr, v)", scalar_conv(t, "v", &what, "        ").unwrap_or_default().trim_start());
        let (getter, setter) = match fl.ty {
            Type::I64 | Type::F64 => (format!("return {g}(self._rpy_addr)"), conv_then_set(fl.ty)),
            Type::Bool => (format!("return {g}(self._rpy_addr) != 0"), conv_then_set(fl.ty)),
            Type::None => ("return None".to_string(), format!("_rpy_NONE.into(v, {what}, None)")),
            t if class_name(m, t).is_some() => {
                let k = class_name(m, t).unwrap_or_default();
                let opt = matches!(t, Type::OptRef(_));
                let want = if opt { format!("{k} or None") } else { k.to_string() };
                let none = if opt { format!("if v is None:\n            {st}(self._rpy_addr, None)\n            return\n        ") } else { String::new() };
                (
                    format!("w = {g}(self._rpy_addr)\n        return None if w is None else _rpy_wrap(w, _rpy_K_{k})"),
                    format!("{none}{st}(self._rpy_addr, _rpy_obj(v, _rpy_K_{k}, {what}, {}))", py_str(&want)),
                )
            }
            t => {
                let conv = self.convs.of(t)?;
                (format!("w = {g}(self._rpy_addr)\n        return None if w is None else {conv}.out(w, None)"), format!("_rpy_read_only({what})"))
            }
        };
        let _ = writeln!(s, "        {getter}");
        let _ = writeln!(s, "\n    @{fname}.setter\n    def {fname}(self, v):\n        {setter}");
        let _ = writeln!(s, "\n    @{fname}.deleter\n    def {fname}(self):\n        _rpy_no_delete({what})");
        Ok(s)
    }

    /// The wrapper of IR function `f` (export index `index`), with the
    /// Python signature of `sig` (for a constructor, its `__init__`).
    fn function(&mut self, index: usize, f: &Function, sig: &Function, ind: &str, ends: Ends) -> Result<String, String> {
        let m = self.m;
        let pyname = match ends {
            Ends::Adopt => "__init__",
            Ends::Return => f.name.rsplit('.').next().unwrap_or(&f.name),
        };
        let mut s = String::new();
        // A class without __init__: its constructor takes no arguments.
        let def = if ends == Ends::Adopt && std::ptr::eq(sig, f) { "(self) -> None".to_string() } else { signature(m, sig, Sig::Def) };
        let _ = writeln!(s, "{ind}def {pyname}{def}:");
        let _ = writeln!(s, "{ind}    \"\"\"{}{}\"\"\"", f.name, signature(m, f, Sig::Doc).replace('\\', "\\\\").replace('"', "\\\""));
        let b = format!("{ind}    ");
        if prints(m, f) {
            let _ = writeln!(s, "{b}_rpy_hooked()");
        }
        let simple = f.params.iter().all(|p| plain(m, p.ty)) && plain(m, f.ret) && f.vararg.is_none();
        // A constructor's self is the wrapper being made; a method's the
        // first parameter.
        let mut body = String::new();
        let mut args = Vec::new();
        let ib = if simple { b.clone() } else { format!("{b}    ") };
        for (i, p) in f.params.iter().enumerate() {
            let what = if Some(i) == f.vararg { py_str(&format!("{}() argument *{}", f.name, p.name)) } else { py_str(&format!("{}() argument '{}'", f.name, p.name)) };
            let pn = &p.name;
            if let Some(conv) = scalar_conv(p.ty, pn, &what, &ib) {
                body.push_str(&conv);
                args.push(pn.clone());
            } else if let Some(k) = class_name(m, p.ty) {
                let a = format!("_rpy_a{i}");
                let want = py_str(&m.type_name(p.ty));
                let take = format!("{pn}._rpy_addr if _rpy_type({pn}) is _rpy_K_{k} else _rpy_obj({pn}, _rpy_K_{k}, {what}, {want})");
                if matches!(p.ty, Type::OptRef(_)) {
                    let _ = writeln!(body, "{ib}{a} = None if {pn} is None else {take}");
                } else {
                    let _ = writeln!(body, "{ib}{a} = {take}");
                }
                args.push(a);
            } else if p.ty == Type::None {
                let _ = writeln!(body, "{ib}_rpy_NONE.into({pn}, {what}, None)");
                args.push("0".to_string());
            } else {
                let conv = self.convs.of(p.ty)?;
                let a = format!("_rpy_a{i}");
                let _ = writeln!(body, "{ib}{a} = {conv}.into({pn}, {what}, _rpy_cx)");
                args.push(a);
            }
        }
        let call = format!("_rpy_r = _rpy_f_{index}({})", args.join(", "));
        if simple {
            s.push_str(&body);
            if f.ret == Type::None && ends == Ends::Return {
                let _ = writeln!(s, "{b}{}", call.trim_start_matches("_rpy_r = "));
            } else {
                let _ = writeln!(s, "{b}{call}");
            }
            match (ends, f.ret) {
                (Ends::Adopt, _) => {
                    let _ = writeln!(s, "{b}if _rpy_r is None:\n{b}    _rpy_raise()\n{b}_rpy_adopt(self, _rpy_r)");
                }
                (_, Type::I64 | Type::F64) => {
                    let _ = writeln!(s, "{b}if _rpy_r == 0 and _rpy_err():\n{b}    _rpy_raise()\n{b}return _rpy_r");
                }
                (_, Type::Bool) => {
                    let _ = writeln!(s, "{b}if _rpy_r:\n{b}    return True\n{b}if _rpy_err():\n{b}    _rpy_raise()\n{b}return False");
                }
                (_, Type::None) => {
                    let _ = writeln!(s, "{b}if _rpy_err():\n{b}    _rpy_raise()");
                }
                (_, t) => {
                    let k = class_name(m, t).unwrap_or_default();
                    if matches!(t, Type::OptRef(_)) {
                        let _ = writeln!(s, "{b}if _rpy_r is None:\n{b}    if _rpy_err():\n{b}        _rpy_raise()\n{b}    return None\n{b}return _rpy_own(_rpy_r, _rpy_K_{k})");
                    } else {
                        let _ = writeln!(s, "{b}if _rpy_r is None:\n{b}    _rpy_raise()\n{b}return _rpy_own(_rpy_r, _rpy_K_{k})");
                    }
                }
            }
            return Ok(s);
        }
        // With containers: a call context releases what the conversions
        // made and writes the lists back, returned or raised.
        let _ = writeln!(s, "{b}_rpy_cx = _rpy_Call()\n{b}try:");
        s.push_str(&body);
        let _ = writeln!(s, "{ib}{call}");
        let ret_conv = if f.ret.is_ref() && ends == Ends::Return { Some(self.convs.of(f.ret)?) } else { None };
        if f.ret.is_ref() {
            let _ = writeln!(s, "{ib}if _rpy_r is None:\n{ib}    _rpy_e = _rpy_err()\n{ib}else:\n{ib}    _rpy_e = 0\n{ib}    _rpy_cx.temps.append(_rpy_r)");
        } else if f.ret == Type::None {
            let _ = writeln!(s, "{ib}_rpy_e = _rpy_err()");
        } else {
            let _ = writeln!(s, "{ib}_rpy_e = _rpy_r == 0 and _rpy_err()");
        }
        let _ = writeln!(s, "{ib}_rpy_cx.reflect()\n{ib}if _rpy_e:\n{ib}    _rpy_raise()");
        match (ends, f.ret) {
            (Ends::Adopt, _) => {
                let _ = writeln!(s, "{ib}if _rpy_r is None:\n{ib}    _rpy_raise()\n{ib}_rpy_incref(_rpy_r)\n{ib}_rpy_adopt(self, _rpy_r)");
            }
            (_, Type::Bool) => {
                let _ = writeln!(s, "{ib}return _rpy_r != 0");
            }
            (_, Type::None) => {}
            (_, t) if t.is_ref() => {
                let conv = ret_conv.unwrap_or_default();
                let _ = writeln!(s, "{ib}return None if _rpy_r is None else {conv}.out(_rpy_r, _rpy_cx)");
            }
            _ => {
                let _ = writeln!(s, "{ib}return _rpy_r");
            }
        }
        let _ = writeln!(s, "{b}finally:\n{b}    _rpy_cx.done()");
        Ok(s)
    }
}

/// The inline conversion of scalar parameter `pn` (rebinding it), or
/// `None` for other types.
fn scalar_conv(t: Type, pn: &str, what: &str, ind: &str) -> Option<String> {
    Some(match t {
        Type::I64 => format!("{ind}if _rpy_type({pn}) is not _rpy_int_t or not -9223372036854775808 <= {pn} <= 9223372036854775807:\n{ind}    {pn} = _rpy_int({pn}, {what})\n"),
        Type::F64 => format!("{ind}if _rpy_type({pn}) is not _rpy_float_t:\n{ind}    {pn} = _rpy_float({pn}, {what})\n"),
        Type::Bool => format!("{ind}if {pn} is not True and {pn} is not False:\n{ind}    {pn} = _rpy_bool({pn}, {what})\n"),
        _ => return None,
    })
}

/// A user name the stub can define without clashing with its runtime.
fn check_name(n: &str) -> Result<(), String> {
    if !is_identifier(n) && !(n.starts_with("__") && n.ends_with("__") && is_identifier(n.trim_matches('_'))) {
        return Err(format!("{n:?} is not an ASCII Python identifier"));
    }
    if n.starts_with("_rpy_") {
        return Err(format!("the name {n} is reserved (names starting with _rpy_ belong to the stub)"));
    }
    Ok(())
}

/// Whether `f` or a function it calls prints.
fn prints(m: &Module, f: &Function) -> bool {
    use rpy_ir::ir::InstData;
    let mut seen: Vec<*const Function> = vec![f];
    let mut work = vec![f];
    while let Some(g) = work.pop() {
        for &b in &g.layout.blocks {
            for &i in g.block_insts(b) {
                match &g.dfg.insts[i] {
                    InstData::Print { .. } => return true,
                    InstData::Call { func, .. } => {
                        let h = &m.funcs[*func];
                        if !seen.contains(&(h as *const Function)) {
                            seen.push(h);
                            work.push(h);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    false
}

/// `T name` (`void *name` for a pointer).
fn c_decl(ty: &str, name: &str) -> String {
    if ty.ends_with('*') { format!("{ty}{name}") } else { format!("{ty} {name}") }
}

/// A C parameter name: the Python name where it is a C identifier.
fn c_param(name: &str, i: usize) -> String {
    const C_KEYWORDS: &[&str] = &[
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
        "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool", "true", "false",
    ];
    if is_identifier(name) && !C_KEYWORDS.contains(&name) && !name.starts_with("rpy") {
        name.to_string()
    } else {
        format!("a{i}")
    }
}

/// The C header of `m` built as module `name`: the prototypes of its
/// plain exports, each with its Python signature, the error slot and
/// print hook, the class accessors, the container helpers and the
/// descriptor.
pub fn c_header(m: &Module, name: &str) -> String {
    let guard: String = format!("RPY_MODULE_{}_H", escape_ident(name).to_ascii_uppercase());
    let mut s = String::new();
    let _ = writeln!(
        s,
        "/* {name}.h: the C interface of {lib}, generated by rpythonic {ver}\n * (`rpy build`) from {file}. Link with the library ({lib}) or dlopen it.\n *",
        lib = library_file_name(name),
        ver = rpy_ir::VERSION,
        file = m.file().replace("*/", "*\\/")
    );
    s.push_str(HEADER_INTRO);
    let _ = writeln!(s, "#ifndef {guard}\n#define {guard}\n\n#include <stddef.h>\n#include <stdint.h>\n\n#ifdef __cplusplus\nextern \"C\" {{\n#endif\n");
    s.push_str(HEADER_COMMON);
    let class_list = classes(m);
    let funcs = exported(m);
    s.push_str("\n/* ---- functions ---- */\n");
    for (_, f) in &funcs {
        let is_ctor = class_list.iter().any(|(_, c)| c.name == f.name);
        let note = if is_ctor { " (a new instance: a new reference)" } else if f.ret.is_ref() { " (a new reference)" } else { "" };
        let py = format!("{}{}", f.name, signature(m, f, Sig::Doc));
        let _ = writeln!(s, "\n/* {}{note} */", py.replace("*/", "*\\/"));
        let ret = if f.ret == Type::None { "void" } else { c_type(f.ret) };
        let params: Vec<String> = f.params.iter().enumerate().map(|(i, p)| c_decl(c_type(p.ty), &c_param(&p.name, i))).collect();
        if let Some(v) = f.vararg {
            let kind = heap(m, f.params[v].ty).and_then(|h| h.new_kind()).unwrap_or(4);
            let _ = writeln!(s, "/* {}: an *args tuple, made by rpyx__list_new({kind}, n, items) */", c_param(&f.params[v].name, v));
        }
        let params = if params.is_empty() { "void".to_string() } else { params.join(", ") };
        let _ = writeln!(s, "{};", c_decl(ret, &format!("rpyx_{}({params})", export_ident(&f.name))));
    }
    if !class_list.is_empty() {
        s.push_str("\n/* ---- classes: reference counts and fields ---- */\n");
    }
    for (_, c) in &class_list {
        let cn = escape_ident(&c.name);
        let layout: Vec<String> = c.fields.iter().map(|f| format!("{}: {} at {}", f.name, m.type_name(f.ty), f.offset)).collect();
        let _ = writeln!(s, "\n/* class {}: {} bytes, the 24-byte object header then {} */", c.name, c.size(), if layout.is_empty() { "no fields".to_string() } else { layout.join(", ") });
        let _ = writeln!(s, "void rpyx_{cn}__incref(void *o);\nvoid rpyx_{cn}__decref(void *o);");
        for f in &c.fields {
            let (ty, fname) = (c_type(f.ty), escape_ident(&f.name));
            let _ = writeln!(s, "{};{}", c_decl(ty, &format!("rpyx_{cn}__get_{fname}(void *o)")), if f.ty.is_ref() { " /* borrowed */" } else { "" });
            let _ = writeln!(s, "void rpyx_{cn}__set_{fname}(void *o, {});", c_decl(ty, "v"));
        }
    }
    let tuples: Vec<String> = m.types.iter().filter(|(_, t)| t.tuple_items().is_some()).map(|(id, _)| format!("{} {}", rpy_ir::ir::EntityRef::index(id), m.type_name(Type::Ref(id)))).collect();
    let _ = writeln!(s, "\n/* The tuple types of rpyx__tuple_new: {}. */", if tuples.is_empty() { "none".to_string() } else { tuples.join("; ") });
    let _ = writeln!(s, "\n#ifdef __cplusplus\n}}\n#endif\n#endif");
    s
}

const HEADER_INTRO: &str = " * Each function makes its own call context: recursion limit 1000, no stack
 * check, no interrupt polling. A Python exception in compiled code is left
 * in a per-thread slot and the call returns 0 (0.0, NULL): after a zero
 * result, rpy_err_occurred() gives the exception code (RPY_E_*) and
 * rpy_take_error() its message (and clears it). print() writes through the
 * hook set by rpy_set_print_hook (per thread), else to stdout.
 * Instances, lists, strs and tuples are reference counted: a returned object
 * is a new reference (release it with rpyx__decref), arguments are borrowed.
 * Calls are not thread-safe on the same objects (counts are not atomic).
 */
";

const HEADER_COMMON: &str = "#ifndef RPY_RT_H
/* Exception codes (rpy_rt.h) */
enum {
    RPY_OK = 0, RPY_E_HOST_PENDING = 1, RPY_E_ZERO_DIVISION = 2, RPY_E_OVERFLOW = 3,
    RPY_E_VALUE = 4, RPY_E_RECURSION = 5, RPY_E_UNBOUND_LOCAL = 6, RPY_E_TYPE = 7,
    RPY_E_INDEX = 8, RPY_E_KEYBOARD_INTERRUPT = 9, RPY_E_ASSERTION = 10, RPY_E_RUNTIME = 11,
    RPY_E_MEMORY = 12, RPY_E_ARITHMETIC = 13, RPY_E_KEY = 14, RPY_E_NOT_IMPLEMENTED = 15,
    RPY_E_EXCEPTION = 16, RPY_E_ATTRIBUTE = 17, RPY_E_LOOKUP = 18
};
/* List item kinds (rpyx__list_new) and array item kinds (rpyx__array_view) */
enum { RPY_ELEM_INT = 0, RPY_ELEM_FLOAT = 1, RPY_ELEM_BOOL = 2, RPY_ELEM_REF = 3 };
enum { RPY_ARR_F64 = 0, RPY_ARR_I64 = 1, RPY_ARR_I32 = 2, RPY_ARR_F32 = 3, RPY_ARR_U8 = 4 };
#endif

/* ---- errors and print ---- */
/* The code of this thread's pending exception (0: none). */
int32_t rpy_err_occurred(void);
/* The pending exception's code; its message goes to buf (NUL-terminated,
 * cut to len - 1 bytes; 512 bytes always hold it). Clears the error. */
int32_t rpy_take_error(char *buf, size_t len);
/* Where this thread's print() output goes (NULL: stdout). The hook returns
 * 0, or nonzero to raise (RPY_E_HOST_PENDING: the host keeps its error). */
void rpy_set_print_hook(int32_t (*print)(void *data, const char *text, size_t len), void *data);

/* ---- heap values (layouts in rpy_rt.h: a 24-byte header, then a list's
 * len at 24 and item array at 40, a str's code point count at 24, byte
 * count at 32 and UTF-8 at 40, a tuple's items at 24 + 8 * i) ---- */
void rpyx__incref(void *o);
void rpyx__decref(void *o);
/* A new str of the n bytes of UTF-8 at data. */
void *rpyx__str_new(const char *data, int64_t n);
/* A new list of kind elem (RPY_ELEM_*; | 4: an *args tuple) of the n item
 * words at items (64 bits each: int64_t, double bits, 0/1, or a reference,
 * which the list increfs). */
void *rpyx__list_new(int64_t elem, int64_t n, const uint64_t *items);
/* A view of len items of kind elem (RPY_ARR_*) at data, for calls while
 * the memory stays valid (readonly: stores raise TypeError). */
void *rpyx__array_view(int64_t elem, void *data, int64_t len, int64_t readonly);
/* A new tuple of the module's tuple type `type` (below), items zero: store
 * them at 24 + 8 * i (a reference item is owned by the tuple). */
void *rpyx__tuple_new(int64_t type);
";
