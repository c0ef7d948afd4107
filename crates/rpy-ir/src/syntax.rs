//! From ruff's AST to ours. This is the only module that touches
//! `ruff_python_parser`/`ruff_python_ast` (pinned exactly; their API is
//! unstable). It rejects every construct outside the subset with a
//! diagnostic naming the construct and, where one exists, the supported
//! alternative; it reports all of them in one run.
//!
//! Top level: `def`s, imports and `NAME = expr` assignments are kept;
//! everything else (`if __name__ == "__main__":`, calls, classes, ...) is
//! ignored, so ordinary scripts compile.

use ruff_python_ast as py;
use ruff_python_ast::PySourceType;
use ruff_text_size::{Ranged, TextRange};

use crate::ast::*;
use crate::diag::{Diagnostic, SourceFile};
use crate::exc::ExcKind;

/// Parse the files of a compile unit (the main file first) into one
/// subset AST. Syntax errors are appended to `diags`; constructs outside
/// the subset are kept with the function they are in
/// ([`FuncDef::errors`]), so only functions that are compiled report them.
///
/// Each file is parsed on its own, behind a run of newlines as long as
/// the files before it, so that ruff's offsets are already the unit's
/// (see [`crate::ast`]): one span then names one place in one file.
///
/// With `cells`, the files are the cells of one interactive session (a
/// REPL, a notebook), in the order they ran: they are one module, with
/// one namespace, so each sees the classes of all.
pub(crate) fn parse_unit(files: &[SourceFile], cells: bool, diags: &mut Vec<Diagnostic>) -> SourceModule {
    let mut parsed = Vec::with_capacity(files.len());
    let mut base = 0usize;
    let mut padded = String::new();
    for src in files {
        padded.truncate(0);
        padded.extend(std::iter::repeat_n('\n', base));
        padded.push_str(&src.text);
        let p = ruff_python_parser::parse_unchecked_source(&padded, PySourceType::Python);
        for e in p.errors() {
            diags.push(Diagnostic::new(span(e.location), format!("syntax error: {}", e.error)).label("here"));
        }
        parsed.push((base as u32, padded.clone(), p));
        base += src.text.len() + 1;
    }
    if !diags.is_empty() {
        return SourceModule::default();
    }
    let modules: Vec<String> = match files.first() {
        Some(first) if cells => vec![module_name(&first.name); files.len()],
        _ => files.iter().map(|f| module_name(&f.name)).collect(),
    };
    // Class names are known before any annotation is read (annotations
    // may name a class defined later, as `"Node"` forward references do,
    // or a class of another file of the unit).
    let mut own: Vec<rustc_hash::FxHashMap<String, u32>> = Vec::new();
    let mut count = 0u32;
    for (_, _, p) in &parsed {
        let mut classes = rustc_hash::FxHashMap::default();
        for stmt in &p.syntax().body {
            if let py::Stmt::ClassDef(c) = stmt {
                // The last definition of a name wins, as in Python.
                classes.insert(c.name.id.to_string(), count);
                count += 1;
            }
        }
        own.push(classes);
    }
    let visible = if cells {
        // One namespace: the last definition of a name in the session.
        let mut all = rustc_hash::FxHashMap::default();
        for classes in &own {
            all.extend(classes.iter().map(|(n, &i)| (n.clone(), i)));
        }
        vec![all; own.len()]
    } else {
        visible_classes(&parsed, &modules, &own)
    };
    let mut out = SourceModule::default();
    for (k, ((base, text, p), classes)) in parsed.iter().zip(visible).enumerate() {
        let imports = out.imports.len();
        let globals = out.globals.len();
        let mut cx = Cx { diags, text, file: k as u32, classes, class_count: out.classes.len() as u32, comp_count: 0, self_name: None, self_annotations: Vec::new(), tuple_anns: std::mem::take(&mut out.tuple_anns).into(), poisoned: Vec::new() };
        for stmt in &p.syntax().body {
            cx.top_level(stmt, &mut out);
        }
        out.tuple_anns = cx.tuple_anns.into_inner();
        out.files.push(UnitFile { module: modules[k].clone(), base: *base, imports: imports..out.imports.len(), globals: globals..out.globals.len() });
    }
    out
}

/// The module name of a file of the unit: its stem (`geometry` for
/// `src/geometry.py`).
pub(crate) fn module_name(file: &str) -> String {
    std::path::Path::new(file).file_stem().map_or_else(|| file.to_string(), |s| s.to_string_lossy().into_owned())
}

/// The class names each file's annotations may use: its own classes,
/// the classes it imports from other files of the unit (`from geometry
/// import Vec [as V]`, also re-exported ones), and `geometry.Vec` after
/// `import geometry [as g]`.
fn visible_classes(parsed: &[(u32, String, ruff_python_parser::Parsed<py::ModModule>)], modules: &[String], own: &[rustc_hash::FxHashMap<String, u32>]) -> Vec<rustc_hash::FxHashMap<String, u32>> {
    let mut visible = own.to_vec();
    // Imports of imports: repeat until nothing changes (cycles end too).
    loop {
        let mut changed = false;
        for (k, (_, _, p)) in parsed.iter().enumerate() {
            for stmt in &p.syntax().body {
                let mut add = |name: String, index: u32, visible: &mut Vec<rustc_hash::FxHashMap<String, u32>>| {
                    if visible[k].get(&name) != Some(&index) && !own[k].contains_key(&name) {
                        visible[k].insert(name, index);
                        changed = true;
                    }
                };
                match stmt {
                    py::Stmt::ImportFrom(imp) => {
                        let Some(j) = imp.module.as_ref().and_then(|m| modules.iter().position(|x| x == m.id.as_str())) else { continue };
                        for a in &imp.names {
                            if let Some(&index) = visible[j].get(a.name.id.as_str()) {
                                add(a.asname.as_ref().unwrap_or(&a.name).id.to_string(), index, &mut visible);
                            }
                        }
                    }
                    py::Stmt::Import(imp) => {
                        for a in &imp.names {
                            let Some(j) = modules.iter().position(|x| x == a.name.id.as_str()) else { continue };
                            let alias = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                            let classes: Vec<(String, u32)> = own[j].iter().map(|(n, &i)| (n.clone(), i)).collect();
                            for (n, i) in classes {
                                add(format!("{alias}.{n}"), i, &mut visible);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        if !changed {
            return visible;
        }
    }
}

/// The names a statement binds directly (not those of the statements in
/// its body): what a rejected statement leaves undefined.
fn bound_names(s: &py::Stmt, out: &mut Vec<String>) {
    fn target(e: &py::Expr, out: &mut Vec<String>) {
        match e {
            py::Expr::Name(n) => out.push(n.id.to_string()),
            py::Expr::Tuple(t) => t.elts.iter().for_each(|e| target(e, out)),
            py::Expr::List(l) => l.elts.iter().for_each(|e| target(e, out)),
            py::Expr::Starred(s) => target(&s.value, out),
            _ => {}
        }
    }
    match s {
        py::Stmt::Assign(a) => a.targets.iter().for_each(|t| target(t, out)),
        py::Stmt::AnnAssign(a) => target(&a.target, out),
        py::Stmt::AugAssign(a) => target(&a.target, out),
        py::Stmt::For(f) => target(&f.target, out),
        py::Stmt::With(w) => {
            w.items.iter().filter_map(|i| i.optional_vars.as_deref()).for_each(|t| target(t, out));
            // Its body is dropped with it: what the body binds is unbound.
            fn body(stmts: &[py::Stmt], out: &mut Vec<String>) {
                for s in stmts {
                    bound_names(s, out);
                    match s {
                        py::Stmt::If(i) => {
                            body(&i.body, out);
                            i.elif_else_clauses.iter().for_each(|c| body(&c.body, out));
                        }
                        py::Stmt::For(f) => body(&f.body, out),
                        py::Stmt::While(w) => body(&w.body, out),
                        py::Stmt::With(w) => body(&w.body, out),
                        py::Stmt::Try(t) => body(&t.body, out),
                        _ => {}
                    }
                }
            }
            body(&w.body, out);
        }
        py::Stmt::FunctionDef(f) => out.push(f.name.id.to_string()),
        py::Stmt::ClassDef(c) => out.push(c.name.id.to_string()),
        py::Stmt::Import(i) => out.extend(i.names.iter().map(|a| a.asname.as_ref().map_or_else(|| a.name.id.split('.').next().unwrap_or_default().to_string(), |n| n.id.to_string()))),
        py::Stmt::ImportFrom(i) => out.extend(i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).id.to_string())),
        _ => {}
    }
}

fn span(r: TextRange) -> Span {
    Span { start: r.start().to_u32(), end: r.end().to_u32() }
}

fn name(id: &py::Identifier) -> Name {
    Name { id: id.id.to_string(), span: span(id.range) }
}

struct Cx<'d> {
    diags: &'d mut Vec<Diagnostic>,
    /// The file's text behind its padding (for quoting it in messages).
    text: &'d str,
    /// The file of the unit being converted.
    file: u32,
    /// The class names this file sees (its own and those it imports from
    /// the unit) and the index of their last definition.
    classes: rustc_hash::FxHashMap<String, u32>,
    /// Classes seen so far.
    class_count: u32,
    /// List comprehensions seen so far (to rename their variables apart).
    comp_count: u32,
    /// In a method: the name of its `self` parameter, and the fields
    /// annotated where they are assigned (`self.x: list[int] = []`),
    /// which become the class's field annotations.
    self_name: Option<String>,
    self_annotations: Vec<(Name, Annotation)>,
    /// The item annotations of the `tuple[...]` annotations met.
    tuple_anns: std::cell::RefCell<Vec<Vec<AnnType>>>,
    /// In a function: the names bound by statements that were rejected
    /// (a nested `def`, `g = lambda ...`, `with ... as f`), whose later
    /// uses are consequences and are not reported again.
    poisoned: Vec<String>,
}

impl Cx<'_> {
    /// Reject a construct outside the subset. There is no variant without
    /// a help line: every rejection says what to write instead.
    fn err_help(&mut self, r: TextRange, msg: impl Into<String>, help: impl Into<String>) {
        self.diags.push(Diagnostic::new(span(r), msg).label("not supported").help(help));
    }

    fn top_level(&mut self, stmt: &py::Stmt, out: &mut SourceModule) {
        match stmt {
            py::Stmt::FunctionDef(f) => {
                let f = self.func_def(f, false);
                out.funcs.push(f);
            }
            py::Stmt::Import(imp) => {
                for a in &imp.names {
                    let module = a.name.id.to_string();
                    let alias = match &a.asname {
                        Some(asname) => name(asname),
                        None => {
                            let first = module.split('.').next().unwrap_or_default().to_string();
                            Name { id: first, span: span(a.name.range) }
                        }
                    };
                    out.imports.push(Import::Module { module, alias });
                }
            }
            py::Stmt::ImportFrom(imp) => {
                let module = imp.module.as_ref().map(|m| m.id.to_string()).unwrap_or_default();
                for a in &imp.names {
                    let alias = name(a.asname.as_ref().unwrap_or(&a.name));
                    out.imports.push(Import::From { module: module.clone(), name: a.name.id.to_string(), alias });
                }
            }
            py::Stmt::ClassDef(c) => self.class_def(c, out),
            py::Stmt::Assign(a) => {
                if let [py::Expr::Name(n)] = a.targets.as_slice() {
                    self.global(n, &a.value, out);
                }
            }
            py::Stmt::AnnAssign(a) => {
                if let (py::Expr::Name(n), Some(v)) = (&*a.target, &a.value) {
                    self.global(n, v, out);
                }
            }
            _ => {}
        }
    }

    /// A module-level assignment: kept as a constant candidate when its
    /// value is in the expression subset; diagnostics are only reported
    /// if a compiled function uses it (resolution does that).
    fn global(&mut self, n: &py::ExprName, value: &py::Expr, out: &mut SourceModule) {
        let mut quiet = Vec::new();
        let e = Cx { diags: &mut quiet, text: self.text, file: self.file, classes: self.classes.clone(), class_count: 0, comp_count: 0, self_name: None, self_annotations: Vec::new(), tuple_anns: Default::default(), poisoned: Vec::new() }.expr(value);
        let target = Name { id: n.id.to_string(), span: span(n.range) };
        let value = if quiet.is_empty() { e } else { Expr { kind: ExprKind::Name("<not a constant>".into()), span: span(value.range()) } };
        out.globals.push((target, value));
    }

    fn text_of(&self, r: TextRange) -> &str {
        self.text.get(r.start().to_usize()..r.end().to_usize()).unwrap_or("?")
    }

    /// A top-level class: its methods go to `out.funcs`; what is outside
    /// the subset is kept in [`ClassDef::errors`], reported only when the
    /// class is compiled.
    fn class_def(&mut self, c: &py::StmtClassDef, out: &mut SourceModule) {
        let n = self.diags.len();
        let index = self.class_count as usize;
        self.class_count += 1;
        let cname = c.name.id.to_string();
        if let Some(args) = &c.arguments {
            for b in args.args.iter() {
                if matches!(b, py::Expr::Name(n) if n.id.as_str() == "object") {
                    continue;
                }
                self.err_help(
                    b.range(),
                    format!("class '{cname}' has a base class `{}`: inheritance is not supported", self.text_of(b.range())),
                    "a compiled class stands alone: copy the fields and methods it needs, or hold an instance of the other class in a field",
                );
            }
            for k in args.keywords.iter() {
                self.err_help(k.range, format!("class keyword `{}` is not supported", self.text_of(k.range)), "a compiled class takes no metaclass or keywords: write `class C:`");
            }
        }
        if let Some(tp) = &c.type_params {
            self.err_help(tp.range, "type parameters are not supported", "drop the type parameters: compiled code is typed by its annotations (int, float, list[T], C)");
        }
        let mut param_types = Vec::new();
        for d in &c.decorator_list {
            match object_decorator(&d.expression) {
                Some(keywords) => {
                    for k in keywords {
                        let Some(arg) = &k.arg else {
                            self.err_help(k.range, "**kwargs in @rpy.object(...) is not supported", "name each __init__ parameter's type: @rpy.object(x=float, y=float)");
                            continue;
                        };
                        if let Some(a) = self.annotation(&k.value) {
                            param_types.push((arg.id.to_string(), a.ty));
                        }
                    }
                }
                None => {
                    let text = self.text_of(d.expression.range()).to_string();
                    self.err_help(d.range, format!("class decorator `@{text}` is not supported"), "only @rpy.object (or @rpy.object(field=type, ...)) is allowed on a compiled class");
                }
            }
        }
        let mut def = ClassDef { name: name(&c.name), annotations: Vec::new(), consts: Vec::new(), methods: Vec::new(), param_types, start: c.range.start().to_u32(), file: self.file, errors: Vec::new() };
        for stmt in &c.body {
            match stmt {
                py::Stmt::FunctionDef(f) => {
                    let mname = f.name.id.as_str();
                    if mname.starts_with("__") && mname.ends_with("__") && mname != "__init__" {
                        self.err_help(f.name.range, format!("special method `{mname}` is not supported"), "compiled classes support __init__ and plain methods; CPython's defaults apply for the rest (repr, identity equality)");
                    }
                    self.self_name = f.parameters.posonlyargs.iter().chain(&f.parameters.args).next().map(|p| p.parameter.name.id.to_string());
                    let mut fd = self.func_def(f, true);
                    self.self_name = None;
                    def.annotations.append(&mut self.self_annotations);
                    fd.class = Some(index);
                    def.methods.push(out.funcs.len());
                    out.funcs.push(fd);
                }
                py::Stmt::AnnAssign(a) => match (&*a.target, &a.value) {
                    (py::Expr::Name(t), None) => {
                        if let Some(ann) = self.annotation(&a.annotation) {
                            def.annotations.push((Name { id: t.id.to_string(), span: span(t.range) }, ann));
                        }
                    }
                    (py::Expr::Name(t), Some(v)) => {
                        let e = self.expr(v);
                        def.consts.push((Name { id: t.id.to_string(), span: span(t.range) }, e));
                    }
                    _ => self.err_help(a.range, "this statement is not supported in a class body", "a compiled class body holds methods, field annotations (`x: float`) and constants (`K = 3`); put other code in methods"),
                },
                py::Stmt::Assign(a) => match a.targets.as_slice() {
                    [py::Expr::Name(t)] if t.id.as_str() == "__slots__" => {
                        self.err_help(a.range, "__slots__ is not supported", "a compiled class already has a fixed layout: its fields are the attributes __init__ assigns");
                    }
                    [py::Expr::Name(t)] => {
                        let e = self.expr(&a.value);
                        def.consts.push((Name { id: t.id.to_string(), span: span(t.range) }, e));
                    }
                    _ => self.err_help(a.range, "this statement is not supported in a class body", "a compiled class body holds methods, field annotations (`x: float`) and constants (`K = 3`); put other code in methods"),
                },
                py::Stmt::Expr(e) if matches!(&*e.value, py::Expr::StringLiteral(_)) => {}
                py::Stmt::Pass(_) => {}
                py::Stmt::ClassDef(n) => self.err_help(n.range, "nested classes are not supported", "define the class at module level"),
                other => self.err_help(other.range(), "this statement is not supported in a class body", "a compiled class body holds methods, field annotations (`x: float`) and constants (`K = 3`); put other code in methods"),
            }
        }
        def.errors = self.diags.split_off(n);
        out.classes.push(def);
    }

    fn func_def(&mut self, f: &py::StmtFunctionDef, method: bool) -> FuncDef {
        let n = self.diags.len();
        let outer_poisoned = std::mem::take(&mut self.poisoned);
        for d in &f.decorator_list {
            if method {
                let text = self.text_of(d.expression.range()).to_string();
                let msg = match text.as_str() {
                    "property" => "properties are not supported".to_string(),
                    "staticmethod" | "classmethod" => format!("@{text} is not supported"),
                    _ => format!("decorator `@{text}` is not supported"),
                };
                self.err_help(d.range, msg, "compiled methods are plain methods; read fields directly, or use a module-level function");
                continue;
            }
            if !is_rpythonic_decorator(&d.expression) {
                let text = self.text.get(d.expression.range().start().to_usize()..d.expression.range().end().to_usize()).unwrap_or("?");
                self.err_help(
                    d.range,
                    format!("decorator `@{text}` is not supported"),
                    "compiled code calls the function itself, which would bypass the decorator; only @rpy.bind(...) is allowed",
                );
            }
        }
        if f.is_async {
            self.err_help(f.name.range, "async functions are not supported", "compiled functions are plain functions: drop `async`");
        }
        if let Some(tp) = &f.type_params {
            self.err_help(tp.range, "type parameters are not supported", "drop the type parameters: compiled code is typed by its annotations (int, float, list[T], C)");
        }
        let p = &f.parameters;
        let mut vararg_def = None;
        if let Some(v) = &p.vararg {
            match v.annotation.as_deref() {
                Some(a) => {
                    let annotation = self.annotation(a);
                    vararg_def = Some(ParamDef { name: name(&v.name), annotation, annotated: true, default: None });
                }
                None => self.err_help(v.range, format!("*{} needs an item type: `*{}: int`", v.name.id, v.name.id), "annotate it with the type of every extra argument (it is a tuple of that type)"),
            }
        }
        if let Some(k) = &p.kwarg {
            self.err_help(k.range, "**kwargs is not supported", "give the function a fixed number of parameters");
        }
        let mut params: Vec<ParamDef> = p.posonlyargs.iter().chain(&p.args).map(|pd| self.param(pd)).collect();
        let vararg = vararg_def.map(|d| {
            params.push(d);
            params.len() - 1
        });
        params.extend(p.kwonlyargs.iter().map(|pd| self.param(pd)));
        let returns = f.returns.as_deref().and_then(|r| self.annotation(r));
        let body = self.block(&f.body);
        // Located at the name: the line of the `def`, after any decorator.
        let def_span = span(f.name.range);
        let errors = self.diags.split_off(n);
        let poisoned = std::mem::replace(&mut self.poisoned, outer_poisoned);
        FuncDef { name: name(&f.name), params, positional_only: p.posonlyargs.len(), keyword_only: p.kwonlyargs.len(), vararg, returns, body, span: def_span, class: None, start: f.range.start().to_u32(), file: self.file, errors, poisoned }
    }

    fn param(&mut self, pd: &py::ParameterWithDefault) -> ParamDef {
        let annotation = pd.parameter.annotation.as_deref().and_then(|a| self.annotation(a));
        let default = pd.default.as_deref().map(|d| self.expr(d));
        ParamDef { name: name(&pd.parameter.name), annotation, annotated: pd.parameter.annotation.is_some(), default }
    }

    /// The type a name means in an annotation.
    fn named_type(&self, n: &str) -> Option<AnnType> {
        match n {
            "int" => Some(AnnType::Int),
            "float" => Some(AnnType::Float),
            "bool" => Some(AnnType::Bool),
            "None" => Some(AnnType::None),
            "str" => Some(AnnType::Str),
            _ => self.classes.get(n).map(|&index| AnnType::Class { index, optional: false }),
        }
    }

    /// `T | None` of a class type.
    fn optional(t: Option<AnnType>) -> Option<AnnType> {
        match t? {
            AnnType::Class { index, .. } => Some(AnnType::Class { index, optional: true }),
            _ => None,
        }
    }

    /// An annotation written as a string (a forward reference):
    /// `"Node"`, `"Node | None"`, `"Optional[Node]"`.
    fn string_type(&self, s: &str) -> Option<AnnType> {
        let s = s.trim();
        if let Some(inner) = s.strip_prefix("Optional[").or_else(|| s.strip_prefix("typing.Optional[")).and_then(|r| r.strip_suffix(']')) {
            return Self::optional(self.string_type(inner));
        }
        let parts: Vec<&str> = s.split('|').map(str::trim).collect();
        match parts.as_slice() {
            [one] => self.named_type(one),
            [a, "None"] | ["None", a] => Self::optional(self.named_type(a)),
            _ => None,
        }
    }

    fn ann_type(&self, e: &py::Expr) -> Option<AnnType> {
        match e {
            py::Expr::Name(n) => self.named_type(n.id.as_str()).filter(|t| *t != AnnType::None),
            // `geometry.Vec`: a class of another file of the unit.
            py::Expr::Attribute(a) => match &*a.value {
                py::Expr::Name(m) => self.classes.get(&format!("{}.{}", m.id, a.attr.id)).map(|&index| AnnType::Class { index, optional: false }),
                _ => None,
            },
            py::Expr::NoneLiteral(_) => Some(AnnType::None),
            py::Expr::StringLiteral(s) => self.string_type(s.value.to_str()),
            py::Expr::BinOp(b) if b.op == py::Operator::BitOr => match (&*b.left, &*b.right) {
                (x, py::Expr::NoneLiteral(_)) | (py::Expr::NoneLiteral(_), x) => Self::optional(self.ann_type(x)),
                _ => None,
            },
            py::Expr::Subscript(sub) if matches!(&*sub.slice, py::Expr::Slice(sl) if sl.lower.is_none() && sl.upper.is_none() && sl.step.is_none()) => {
                // `f64[:]`, `rpythonic.f64[:]`, `rpy.f64[:]`
                let n = match &*sub.value {
                    py::Expr::Name(n) => n.id.as_str(),
                    py::Expr::Attribute(a) => a.attr.id.as_str(),
                    _ => "",
                };
                crate::ir::ArrayElem::from_name(n).map(AnnType::Array)
            }
            py::Expr::Subscript(sub) => {
                let head = match &*sub.value {
                    py::Expr::Name(n) => n.id.as_str(),
                    py::Expr::Attribute(a) if matches!(&*a.value, py::Expr::Name(m) if m.id.as_str() == "typing") => a.attr.id.as_str(),
                    _ => "",
                };
                match head {
                    "Optional" => Self::optional(self.ann_type(&sub.slice)),
                    "list" | "List" => Self::list_of(self.ann_type(&sub.slice)),
                    "tuple" | "Tuple" => {
                        let items: Option<Vec<AnnType>> = match &*sub.slice {
                            py::Expr::Tuple(t) => t.elts.iter().map(|e| self.ann_type(e)).collect(),
                            one => self.ann_type(one).map(|t| vec![t]),
                        };
                        let items = items?;
                        if items.iter().any(|t| matches!(t, AnnType::None | AnnType::Array(_))) {
                            return None;
                        }
                        let mut anns = self.tuple_anns.borrow_mut();
                        anns.push(items);
                        Some(AnnType::Tuple(anns.len() as u32 - 1))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `list[t]`.
    fn list_of(t: Option<AnnType>) -> Option<AnnType> {
        Some(match t? {
            AnnType::Int => AnnType::List { depth: 1, elem: ElemAnn::Int },
            AnnType::Float => AnnType::List { depth: 1, elem: ElemAnn::Float },
            AnnType::Bool => AnnType::List { depth: 1, elem: ElemAnn::Bool },
            AnnType::Class { index, optional } => AnnType::List { depth: 1, elem: ElemAnn::Class { index, optional } },
            AnnType::List { depth, elem } => AnnType::List { depth: depth.checked_add(1)?, elem },
            AnnType::Tuple(i) => AnnType::List { depth: 1, elem: ElemAnn::Tuple(i) },
            AnnType::Str => AnnType::List { depth: 1, elem: ElemAnn::Str },
            AnnType::None | AnnType::Array(_) => return None,
        })
    }

    fn annotation(&mut self, e: &py::Expr) -> Option<Annotation> {
        let ty = self.ann_type(e);
        match ty {
            Some(ty) => Some(Annotation { ty, span: span(e.range()) }),
            None => {
                let text = self.text.get(e.range().start().to_usize()..e.range().end().to_usize()).unwrap_or("?");
                let msg = match text {
                    "list" | "List" => format!("type annotation `{text}` needs its item type: list[int], list[float], list[C], ..."),
                    "dict" | "set" | "tuple" => format!("type annotation `{text}` is not supported yet (containers are tier C)"),
                    _ => format!("type annotation `{text}` is not supported"),
                };
                self.err_help(e.range(), msg, "annotate with int, float, bool, a compiled class C, C | None, or list[T] of those");
                None
            }
        }
    }

    fn block(&mut self, stmts: &[py::Stmt]) -> Vec<Stmt> {
        stmts.iter().filter_map(|s| self.stmt(s)).collect()
    }

    fn target(&mut self, e: &py::Expr) -> Option<Target> {
        match e {
            py::Expr::Name(n) => Some(Target::Name(Name { id: n.id.to_string(), span: span(n.range) })),
            py::Expr::Tuple(t) => {
                let ts: Vec<_> = t.elts.iter().map(|e| self.target(e)).collect();
                ts.into_iter().collect::<Option<Vec<_>>>().map(|ts| Target::Tuple(ts, span(t.range)))
            }
            py::Expr::List(l) => {
                self.err_help(l.range, "list targets are not supported", "unpack into a tuple: a, b = ...");
                None
            }
            py::Expr::Starred(s) => {
                self.err_help(s.range, "starred assignment targets are not supported", "unpack into a fixed number of names, or slice the list: first, rest = xs[0], xs[1:]");
                None
            }
            py::Expr::Attribute(a) => Some(Target::Attr { value: self.boxed(&a.value), attr: name(&a.attr) }),
            py::Expr::Subscript(s) => Some(Target::Subscript { value: self.boxed(&s.value), index: Box::new(self.index(&s.slice)), span: span(s.range) }),
            other => {
                self.err_help(other.range(), "cannot assign to this expression", "assign to a name, a tuple of names, an item `xs[i]` or a field `obj.x`");
                None
            }
        }
    }

    fn local_name(&mut self, e: &py::Expr) -> Option<Name> {
        match self.target(e)? {
            Target::Name(n) => Some(n),
            Target::Attr { attr, .. } => {
                self.diags.push(Diagnostic::new(attr.span, "an annotated assignment to an attribute is not supported").label("not supported").help("annotate the field at class level (`x: float`) and assign it without annotation"));
                None
            }
            Target::Tuple(_, s) | Target::Subscript { span: s, .. } => {
                self.diags.push(Diagnostic::new(s, "this statement needs a single name as its target").label("not supported").help("annotate one name per statement: `x: int = 0`"));
                None
            }
        }
    }

    /// The index of a subscript: an expression or a slice.
    fn index(&mut self, e: &py::Expr) -> Expr {
        match e {
            py::Expr::Slice(sl) => {
                let kind = ExprKind::Slice { lower: sl.lower.as_deref().map(|x| self.boxed(x)), upper: sl.upper.as_deref().map(|x| self.boxed(x)), step: sl.step.as_deref().map(|x| self.boxed(x)) };
                Expr { kind, span: span(sl.range) }
            }
            other => self.expr(other),
        }
    }

    /// `[elt for target in iter if ...]`: the target's names are renamed
    /// (`x` to `x.N`) in the target, `elt` and the conditions, so they
    /// are locals of their own, as in Python 3.
    fn list_comp(&mut self, c: &py::ExprListComp) -> Option<ExprKind> {
        let [g] = c.generators.as_slice() else {
            self.err_help(c.range, "a list comprehension with more than one `for` is not supported", "use nested for loops, or a comprehension inside a comprehension");
            return None;
        };
        if g.is_async {
            self.err_help(g.range, "async comprehensions are not supported", "use a plain comprehension");
            return None;
        }
        let iter = self.boxed(&g.iter);
        let mut target = self.target(&g.target)?;
        let mut elt = self.expr(&c.elt);
        let mut ifs: Vec<Expr> = g.ifs.iter().map(|e| self.expr(e)).collect();
        self.comp_count += 1;
        let suffix = format!(".{}", self.comp_count);
        let mut names = Vec::new();
        rename_target(&mut target, &suffix, &mut names);
        rename_expr(&mut elt, &names, &suffix);
        ifs.iter_mut().for_each(|e| rename_expr(e, &names, &suffix));
        Some(ExprKind::ListComp { elt: Box::new(elt), target, iter, ifs })
    }

    fn stmt(&mut self, s: &py::Stmt) -> Option<Stmt> {
        let before = self.diags.len();
        let out = self.stmt_inner(s);
        if self.diags.len() > before {
            bound_names(s, &mut self.poisoned);
        }
        out
    }

    fn stmt_inner(&mut self, s: &py::Stmt) -> Option<Stmt> {
        let sp = span(s.range());
        let kind = match s {
            py::Stmt::Expr(e) => StmtKind::Expr(self.expr(&e.value)),
            py::Stmt::Assign(a) => {
                let targets: Vec<_> = a.targets.iter().map(|t| self.target(t)).collect();
                let value = self.expr(&a.value);
                StmtKind::Assign { targets: targets.into_iter().collect::<Option<_>>()?, value }
            }
            // `self.x: T = v` in a method: a field annotation, and the
            // assignment.
            py::Stmt::AnnAssign(a) if matches!((&*a.target, &self.self_name), (py::Expr::Attribute(at), Some(me)) if matches!(&*at.value, py::Expr::Name(n) if n.id.as_str() == me)) => {
                let py::Expr::Attribute(at) = &*a.target else { return None };
                let ann = self.annotation(&a.annotation)?;
                self.self_annotations.push((name(&at.attr), ann));
                match a.value.as_deref() {
                    Some(v) => {
                        let target = self.target(&a.target)?;
                        let value = self.expr(v);
                        StmtKind::Assign { targets: vec![target], value }
                    }
                    None => StmtKind::Pass,
                }
            }
            py::Stmt::AnnAssign(a) => {
                let target = self.local_name(&a.target);
                let ann = self.annotation(&a.annotation);
                let value = a.value.as_deref().map(|v| self.expr(v));
                StmtKind::AnnAssign { target: target?, ann: ann?, value }
            }
            py::Stmt::AugAssign(a) => {
                let target = match self.target(&a.target) {
                    Some(Target::Tuple(_, s)) => {
                        self.diags.push(Diagnostic::new(s, "an augmented assignment needs a single target").label("not supported").help("update each name on its own: `a += 1` then `b += 1`"));
                        None
                    }
                    t => t,
                };
                let op = self.binop(a.op, a.range);
                let value = self.expr(&a.value);
                StmtKind::AugAssign { target: target?, op: op?, value }
            }
            py::Stmt::Return(r) => StmtKind::Return(r.value.as_deref().map(|v| self.expr(v))),
            py::Stmt::If(i) => self.if_stmt(i),
            py::Stmt::While(w) => StmtKind::While { test: self.expr(&w.test), body: self.block(&w.body), orelse: self.block(&w.orelse) },
            py::Stmt::For(f) => {
                if f.is_async {
                    self.err_help(f.range, "async for is not supported", "use a plain for loop");
                }
                let target = self.target(&f.target);
                let iter = self.expr(&f.iter);
                StmtKind::For { target: target?, iter, body: self.block(&f.body), orelse: self.block(&f.orelse) }
            }
            py::Stmt::Raise(r) => self.raise(r)?,
            py::Stmt::Try(t) => self.try_stmt(t)?,
            py::Stmt::Assert(a) => StmtKind::Assert { test: self.expr(&a.test), msg: a.msg.as_deref().map(|m| self.expr(m)) },
            py::Stmt::Delete(d) => {
                let ts: Vec<Option<Target>> = d.targets.iter().map(|t| match t {
                    py::Expr::Subscript(_) => self.target(t),
                    other => {
                        self.err_help(other.range(), "del is supported only on list items and slices", "to drop a local, assign it another value");
                        None
                    }
                }).collect();
                StmtKind::Del(ts.into_iter().collect::<Option<_>>()?)
            }
            py::Stmt::Break(_) => StmtKind::Break,
            py::Stmt::Continue(_) => StmtKind::Continue,
            py::Stmt::Pass(_) => StmtKind::Pass,
            py::Stmt::Global(g) => StmtKind::Global(g.names.iter().map(name).collect()),
            other => {
                self.unsupported_stmt(other);
                return None;
            }
        };
        Some(Stmt { kind, span: sp })
    }

    fn if_stmt(&mut self, i: &py::StmtIf) -> StmtKind {
        let test = self.expr(&i.test);
        let body = self.block(&i.body);
        // elif/else clauses nest right to left.
        let mut orelse = Vec::new();
        for clause in i.elif_else_clauses.iter().rev() {
            let clause_body = self.block(&clause.body);
            orelse = match &clause.test {
                None => clause_body,
                Some(t) => {
                    let test = self.expr(t);
                    vec![Stmt { kind: StmtKind::If { test, body: clause_body, orelse }, span: span(clause.range) }]
                }
            };
        }
        StmtKind::If { test, body, orelse }
    }

    fn try_stmt(&mut self, t: &py::StmtTry) -> Option<StmtKind> {
        if t.is_star {
            self.err_help(t.range, "except* is not supported", "use `except E:` (exception groups are not in the subset)");
            return None;
        }
        let mut handlers = Vec::new();
        for h in &t.handlers {
            let py::ExceptHandler::ExceptHandler(h) = h;
            let kinds = match h.type_.as_deref() {
                None => ExcKind::caught_by("BaseException"),
                Some(py::Expr::Tuple(tu)) => {
                    let mut all = Vec::new();
                    for e in &tu.elts {
                        all.extend(self.caught_kinds(e)?);
                    }
                    Some(all)
                }
                Some(e) => self.caught_kinds(e),
            }?;
            handlers.push(ExceptClause { kinds, name: h.name.as_ref().map(name), body: self.block(&h.body), span: span(h.range) });
        }
        Some(StmtKind::Try { body: self.block(&t.body), handlers, orelse: self.block(&t.orelse), finalbody: self.block(&t.finalbody) })
    }

    /// The kinds `except e:` catches.
    fn caught_kinds(&mut self, e: &py::Expr) -> Option<Vec<ExcKind>> {
        let kinds = match e {
            py::Expr::Name(n) => ExcKind::caught_by(n.id.as_str()),
            _ => None,
        };
        if kinds.is_none() {
            self.err_help(e.range(), "only builtin exception types can be caught in compiled code", "catch one of the builtin types (ValueError, IndexError, ..., Exception), or a tuple of them");
        }
        kinds
    }

    /// `raise Kind`, `raise Kind()` or `raise Kind(msg)` of a builtin
    /// exception type.
    fn raise(&mut self, r: &py::StmtRaise) -> Option<StmtKind> {
        let Some(exc) = r.exc.as_deref() else {
            return Some(StmtKind::Reraise);
        };
        if let Some(c) = r.cause.as_deref() {
            self.err_help(c.range(), "`raise ... from ...` is not supported", "raise the exception without `from`");
            return None;
        }
        let (callee, call) = match exc {
            py::Expr::Call(c) => (&*c.func, Some(c)),
            other => (other, None),
        };
        let kind = match callee {
            py::Expr::Name(n) => ExcKind::raisable(n.id.as_str()),
            _ => None,
        };
        let Some(kind) = kind else {
            self.err_help(callee.range(), "only builtin exception types can be raised in compiled code", "raise one of ValueError, TypeError, IndexError, KeyError, LookupError, RuntimeError, ZeroDivisionError, OverflowError, ArithmeticError, AssertionError, AttributeError, NotImplementedError, RecursionError, MemoryError, KeyboardInterrupt or Exception");
            return None;
        };
        let msg = match call {
            None => None,
            Some(c) => {
                if let Some(k) = c.arguments.keywords.first() {
                    self.err_help(k.range, format!("{kind}() takes no keyword arguments"), "pass the message positionally: raise ValueError(\"...\")");
                    return None;
                }
                match &*c.arguments.args {
                    [] => None,
                    [one] => Some(self.expr(one)),
                    [_, second, ..] => {
                        self.err_help(second.range(), format!("{kind} with more than one argument is not supported"), "format one message: raise ValueError(f\"... {a} {b}\")");
                        return None;
                    }
                }
            }
        };
        Some(StmtKind::Raise { kind, msg })
    }

    fn unsupported_stmt(&mut self, s: &py::Stmt) {
        let r = s.range();
        match s {
            py::Stmt::FunctionDef(f) => self.err_help(f.range, "nested functions (closures) are not supported", "define the function at module level and pass what it needs as parameters"),
            py::Stmt::ClassDef(c) => self.err_help(c.range, "classes inside functions are not supported", "define the class at module level (and compile it with @rpy.object)"),
            py::Stmt::With(_) => self.err_help(r, "the with statement is not supported", "use try/finally for the cleanup, or do the work (files, locks) outside compiled code and pass the data in"),
            py::Stmt::Match(_) => self.err_help(r, "the match statement is not supported", "use if/elif/else"),
            py::Stmt::Nonlocal(_) => self.err_help(r, "nonlocal is not supported (closures are not supported)", "pass the value as a parameter and return the new value"),
            py::Stmt::Import(_) | py::Stmt::ImportFrom(_) => self.err_help(r, "import inside a function is not supported", "import math at module level"),
            py::Stmt::TypeAlias(_) => self.err_help(r, "type aliases are not supported", "write the type out in each annotation"),
            _ => self.err_help(r, "this statement is not supported", "see docs/LANGUAGE.md for the statements compiled code supports"),
        }
    }

    fn binop(&mut self, op: py::Operator, r: TextRange) -> Option<BinOp> {
        Some(match op {
            py::Operator::Add => BinOp::Add,
            py::Operator::Sub => BinOp::Sub,
            py::Operator::Mult => BinOp::Mul,
            py::Operator::Div => BinOp::Div,
            py::Operator::FloorDiv => BinOp::FloorDiv,
            py::Operator::Mod => BinOp::Mod,
            py::Operator::Pow => BinOp::Pow,
            py::Operator::LShift => BinOp::LShift,
            py::Operator::RShift => BinOp::RShift,
            py::Operator::BitAnd => BinOp::BitAnd,
            py::Operator::BitOr => BinOp::BitOr,
            py::Operator::BitXor => BinOp::BitXor,
            py::Operator::MatMult => {
                self.err_help(r, "the @ operator is not supported", "write the matrix product as loops over rpythonic.f64[:] arrays (or call numpy outside compiled code)");
                return None;
            }
        })
    }

    fn expr(&mut self, e: &py::Expr) -> Expr {
        let sp = span(e.range());
        let kind = self.expr_kind(e).unwrap_or(ExprKind::Error);
        Expr { kind, span: sp }
    }

    fn boxed(&mut self, e: &py::Expr) -> Box<Expr> {
        Box::new(self.expr(e))
    }

    fn expr_kind(&mut self, e: &py::Expr) -> Option<ExprKind> {
        let r = e.range();
        Some(match e {
            py::Expr::NumberLiteral(n) => match &n.value {
                py::Number::Int(i) => match i.as_i64() {
                    Some(v) => ExprKind::Int(v),
                    None => {
                        self.err_help(r, "integer literal too large: ints are 64-bit in compiled code", "use a float literal, or keep the value below 2**63");
                        return None;
                    }
                },
                py::Number::Float(x) => ExprKind::Float(*x),
                py::Number::Complex { .. } => {
                    self.err_help(r, "complex numbers are not supported", "use two floats (real and imaginary parts), or a compiled class with two float fields");
                    return None;
                }
            },
            py::Expr::BooleanLiteral(b) => ExprKind::Bool(b.value),
            py::Expr::NoneLiteral(_) => ExprKind::NoneLit,
            py::Expr::StringLiteral(s) => ExprKind::Str(s.value.to_str().to_string()),
            py::Expr::Name(n) => ExprKind::Name(n.id.to_string()),
            py::Expr::Attribute(a) => ExprKind::Attr { value: self.boxed(&a.value), attr: name(&a.attr) },
            py::Expr::UnaryOp(u) => self.unary(u)?,
            py::Expr::BinOp(b) => {
                let op = self.binop(b.op, b.range);
                let (left, right) = (self.boxed(&b.left), self.boxed(&b.right));
                ExprKind::Binary { op: op?, left, right }
            }
            py::Expr::BoolOp(b) => ExprKind::BoolOp { and_: b.op == py::BoolOp::And, values: b.values.iter().map(|v| self.expr(v)).collect() },
            py::Expr::Compare(c) => self.compare(c)?,
            py::Expr::If(i) => ExprKind::IfExp { test: self.boxed(&i.test), body: self.boxed(&i.body), orelse: self.boxed(&i.orelse) },
            py::Expr::Call(c) => self.call(c)?,
            py::Expr::Tuple(t) => ExprKind::Tuple(t.elts.iter().map(|e| self.expr(e)).collect()),
            py::Expr::List(l) => ExprKind::List(l.elts.iter().map(|e| self.expr(e)).collect()),
            py::Expr::Subscript(sub) => ExprKind::Subscript { value: self.boxed(&sub.value), index: Box::new(self.index(&sub.slice)) },
            py::Expr::ListComp(c) => self.list_comp(c)?,
            py::Expr::FString(f) => self.fstring(f)?,
            other => {
                self.unsupported_expr(other);
                return None;
            }
        })
    }

    fn unary(&mut self, u: &py::ExprUnaryOp) -> Option<ExprKind> {
        // `-9223372036854775808` is a valid int64 even though its operand
        // is not.
        if let (py::UnaryOp::USub, py::Expr::NumberLiteral(n)) = (u.op, &*u.operand) {
            if let py::Number::Int(i) = &n.value {
                if i.to_string() == "9223372036854775808" {
                    return Some(ExprKind::Int(i64::MIN));
                }
            }
        }
        let op = match u.op {
            py::UnaryOp::USub => UnaryOp::Neg,
            py::UnaryOp::UAdd => UnaryOp::Pos,
            py::UnaryOp::Not => UnaryOp::Not,
            py::UnaryOp::Invert => UnaryOp::Invert,
        };
        Some(ExprKind::Unary { op, operand: self.boxed(&u.operand) })
    }

    fn compare(&mut self, c: &py::ExprCompare) -> Option<ExprKind> {
        let mut ops = Vec::new();
        for op in c.ops.iter() {
            ops.push(match op {
                py::CmpOp::Eq => CmpOp::Eq,
                py::CmpOp::NotEq => CmpOp::Ne,
                py::CmpOp::Lt => CmpOp::Lt,
                py::CmpOp::LtE => CmpOp::Le,
                py::CmpOp::Gt => CmpOp::Gt,
                py::CmpOp::GtE => CmpOp::Ge,
                py::CmpOp::Is => CmpOp::Is,
                py::CmpOp::IsNot => CmpOp::IsNot,
                py::CmpOp::In => CmpOp::In,
                py::CmpOp::NotIn => CmpOp::NotIn,
            });
        }
        let left = self.boxed(&c.left);
        let comparators = c.comparators.iter().map(|e| self.expr(e)).collect();
        Some(ExprKind::Compare { left, ops, comparators })
    }

    fn call(&mut self, c: &py::ExprCall) -> Option<ExprKind> {
        let func = self.boxed(&c.func);
        let mut args = Vec::new();
        let mut ok = true;
        for a in c.arguments.args.iter() {
            if let py::Expr::Starred(s) = a {
                self.err_help(s.range, "star-arguments (*args) in a call are not supported", "pass the arguments one by one, or pass the list itself to a list[T] parameter");
                ok = false;
            } else {
                args.push(self.expr(a));
            }
        }
        let mut keywords = Vec::new();
        for k in &c.arguments.keywords {
            match &k.arg {
                Some(id) => keywords.push(Keyword { name: name(id), value: self.expr(&k.value) }),
                None => {
                    self.err_help(k.range, "double-star arguments (**kwargs) in a call are not supported", "pass the keyword arguments by name: f(a=1, b=2)");
                    ok = false;
                }
            }
        }
        ok.then_some(ExprKind::Call { func, args, keywords })
    }

    fn fstring(&mut self, f: &py::ExprFString) -> Option<ExprKind> {
        let mut parts = Vec::new();
        for part in f.value.iter() {
            match part {
                py::FStringPart::Literal(s) => parts.push(FPart::Lit(s.value.to_string())),
                py::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        parts.push(self.fstring_element(el)?);
                    }
                }
            }
        }
        Some(ExprKind::FString(parts))
    }

    fn fstring_element(&mut self, el: &py::InterpolatedStringElement) -> Option<FPart> {
        let i = match el {
            py::InterpolatedStringElement::Literal(l) => return Some(FPart::Lit(l.value.to_string())),
            py::InterpolatedStringElement::Interpolation(i) => i,
        };
        if i.debug_text.is_some() {
            self.err_help(i.range, "self-documenting f-string expressions (`{x=}`) are not supported", "write the name out: f\"x={x}\"");
            return None;
        }
        let conv = match i.conversion {
            py::ConversionFlag::None => None,
            py::ConversionFlag::Str => Some('s'),
            py::ConversionFlag::Repr => Some('r'),
            py::ConversionFlag::Ascii => Some('a'),
        };
        let mut spec = None;
        if let Some(fs) = &i.format_spec {
            let mut text = String::new();
            for e in fs.elements.iter() {
                match e {
                    py::InterpolatedStringElement::Literal(l) => text.push_str(&l.value),
                    py::InterpolatedStringElement::Interpolation(n) => {
                        self.err_help(n.range, "nested replacement fields in a format spec are not supported", "write the width and precision as literals: f\"{x:8.3f}\"");
                        return None;
                    }
                }
            }
            spec = Some((text, span(fs.range)));
        }
        Some(FPart::Value { expr: self.expr(&i.expression), conv, spec })
    }

    fn unsupported_expr(&mut self, e: &py::Expr) {
        let r = e.range();
        match e {
            py::Expr::Lambda(_) => self.err_help(r, "lambda is not supported", "define a function at module level"),
            py::Expr::Named(_) => self.err_help(r, "assignment expressions (:=) are not supported", "assign in a separate statement"),
            py::Expr::Dict(_) | py::Expr::DictComp(_) => self.err_help(r, "dicts are not supported yet (planned)", "use a list of tuples, parallel lists, or a compiled class with fields; dicts are planned"),
            py::Expr::Set(_) | py::Expr::SetComp(_) => self.err_help(r, "sets are not supported yet (planned)", "use a list and `in`, or a list of bools indexed by the value; sets are planned"),
            py::Expr::Generator(_) => self.err_help(r, "generator expressions are not supported", "use a for loop"),
            py::Expr::Yield(_) | py::Expr::YieldFrom(_) => self.err_help(r, "generators (yield) are not supported", "build and return a list instead"),
            py::Expr::Await(_) => self.err_help(r, "await is not supported", "compiled functions are plain functions: call them from async code outside"),
            py::Expr::Slice(_) => self.err_help(r, "a slice is only valid as a subscript index", "use the slice where it is written: xs[1:3]"),
            py::Expr::Starred(_) => self.err_help(r, "starred expressions are not supported", "list the items, or concatenate lists with +"),
            py::Expr::BytesLiteral(_) => self.err_help(r, "bytes literals are not supported", "use a str, or pass a bytearray to a rpythonic.u8[:] parameter"),
            py::Expr::TString(_) => self.err_help(r, "template strings are not supported", "use an f-string"),
            py::Expr::EllipsisLiteral(_) => self.err_help(r, "`...` is not supported", "use `pass` in an empty body"),
            _ => self.err_help(r, "this expression is not supported", "see docs/LANGUAGE.md for the expressions compiled code supports"),
        }
    }
}

/// Rename the names bound by a comprehension target (`x` to `x{suffix}`),
/// collecting the original names.
fn rename_target(t: &mut Target, suffix: &str, names: &mut Vec<String>) {
    match t {
        Target::Name(n) => {
            names.push(n.id.clone());
            n.id.push_str(suffix);
        }
        Target::Tuple(ts, _) => ts.iter_mut().for_each(|t| rename_target(t, suffix, names)),
        Target::Attr { value, .. } => rename_expr(value, names, suffix),
        Target::Subscript { value, index, .. } => {
            rename_expr(value, names, suffix);
            rename_expr(index, names, suffix);
        }
    }
}

/// Rename the reads of `names` in `e` (see [`rename_target`]).
fn rename_expr(e: &mut Expr, names: &[String], suffix: &str) {
    let mut go = |x: &mut Expr| rename_expr(x, names, suffix);
    match &mut e.kind {
        ExprKind::Name(n) => {
            if names.contains(n) {
                n.push_str(suffix);
            }
        }
        ExprKind::Attr { value, .. } => go(value),
        ExprKind::Unary { operand, .. } => go(operand),
        ExprKind::Binary { left, right, .. } => {
            go(left);
            go(right);
        }
        ExprKind::BoolOp { values, .. } | ExprKind::Tuple(values) | ExprKind::List(values) => values.iter_mut().for_each(go),
        ExprKind::Compare { left, comparators, .. } => {
            go(left);
            comparators.iter_mut().for_each(go);
        }
        ExprKind::IfExp { test, body, orelse } => {
            go(test);
            go(body);
            go(orelse);
        }
        ExprKind::Call { func, args, keywords } => {
            go(func);
            args.iter_mut().for_each(&mut go);
            keywords.iter_mut().for_each(|k| go(&mut k.value));
        }
        ExprKind::Subscript { value, index } => {
            go(value);
            go(index);
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().for_each(|x| go(x)),
        ExprKind::ListComp { elt, iter, ifs, target } => {
            // The inner target shadows: its own names were renamed already
            // and cannot clash (their suffix differs).
            let _ = target;
            go(iter);
            go(elt);
            ifs.iter_mut().for_each(go);
        }
        ExprKind::FString(parts) => {
            for p in parts {
                if let FPart::Value { expr, .. } = p {
                    go(expr);
                }
            }
        }
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::NoneLit | ExprKind::Str(_) | ExprKind::Error => {}
    }
}

/// `@rpy.object` / `@rpy.object(...)` (any object's `object`): the class
/// decorator; its keyword arguments, if any.
fn object_decorator(e: &py::Expr) -> Option<&[py::Keyword]> {
    match e {
        py::Expr::Call(c) if object_decorator(&c.func).is_some() => Some(&c.arguments.keywords),
        py::Expr::Attribute(a) if a.attr.id.as_str() == "object" => Some(&[]),
        _ => None,
    }
}

/// `@rpy.bind`, `@rpy.bind(...)`, `@bind(...)` (any object's `bind`): the
/// decorators that mark a function for compilation.
fn is_rpythonic_decorator(e: &py::Expr) -> bool {
    match e {
        py::Expr::Call(c) => is_rpythonic_decorator(&c.func),
        py::Expr::Attribute(a) => a.attr.id.as_str() == "bind",
        py::Expr::Name(n) => n.id.as_str() == "bind",
        _ => false,
    }
}
