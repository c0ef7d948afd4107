//! The front end's entry point: source fragment → verified IR module.
//!
//! ```text
//! syntax::parse → resolve (module names, signatures) → infer → lower
//!              → cleanup → verify
//! ```
//!
//! The same entry point serves the CLI, the Python package and Rust hosts:
//! the caller gives the source (with its file name and line offset), the
//! constants it knows (a Python module's globals), parameter types (from
//! `bind(a=float)`) and which functions to compile.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ast::*;
use crate::diag::{CompileError, Diagnostic, SourceFile};
use crate::infer::{callee, infer, Callee, FuncTypes};
use crate::ir::{Builder, ClassLayout, EntityRef, FuncId, Function, HeapType, InstData, Module, Param, PrimaryMap, SrcLoc, Type, TypeId, Value};
use crate::lower::{lower_function, LineIndex, ModuleCx, FALLTHROUGH_MSG};
use crate::resolve::{signature, Global, ModuleEnv};
pub use crate::ir::ConstValue;

/// What the caller knows beyond the source text.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Module-level constants, overriding the source's own assignments
    /// (a Python host passes the module's real globals).
    pub consts: Vec<(String, ConstValue)>,
    /// Parameter types given by the caller: (function, parameter, type).
    /// An annotation in the source takes precedence.
    pub param_types: Vec<(String, String, crate::ir::Type)>,
    /// Compile only these functions and those they call; `None` compiles
    /// every function of the source.
    pub roots: Option<Vec<String>>,
    /// For roots defined more than once in the source: the line where the
    /// wanted definition starts (its first decorator or `def`, Python's
    /// `co_firstlineno`). Roots not listed use the name's last definition.
    pub root_lines: Vec<(String, u32)>,
    /// Functions (qualified names) whose item reads and stores skip the
    /// index check (`bind(boundscheck=False)`: unsafe, an index out of
    /// range is undefined behaviour).
    pub no_boundscheck: Vec<String>,
    /// With `roots` of `None`: every function of the first `root_files`
    /// files of the unit is a root (`rpy build a.py b.py` gives 2), not
    /// only those of the main file (0 and 1 both mean the main file).
    /// The other files contribute what the roots use.
    pub root_files: usize,
    /// The files are the cells of one interactive session (a REPL, a
    /// notebook), in the order they ran: one module with one namespace,
    /// where a later cell's definition of a name wins, as when they ran.
    /// Roots are then located by name only.
    pub cells: bool,
    /// Leave out the optimisation passes (range analysis): the IR as
    /// lowered and cleaned up, for golden before/after tests and for
    /// telling a pass's bug from the front end's.
    pub no_optimize: bool,
}

/// The names of the top-level functions of `src` (no checking).
pub fn function_names(src: &SourceFile) -> Vec<String> {
    let mut diags = Vec::new();
    crate::syntax::parse_unit(std::slice::from_ref(src), false, &mut diags).funcs.iter().filter(|f| f.class.is_none()).map(|f| f.name.id.clone()).collect()
}

/// The modules `src` imports at its top level (`import a.b` gives `a.b`,
/// `from c import d` gives `c`), in source order, without duplicates and
/// without `math`: what a host looks for to make the compile unit.
pub fn imported_modules(src: &SourceFile) -> Vec<String> {
    let mut diags = Vec::new();
    let m = crate::syntax::parse_unit(std::slice::from_ref(src), false, &mut diags);
    let mut out: Vec<String> = Vec::new();
    for imp in &m.imports {
        let (Import::Module { module, .. } | Import::From { module, .. }) = imp;
        if module != "math" && !module.is_empty() && !out.contains(module) {
            out.push(module.clone());
        }
    }
    out
}

/// The module name a file has in a compile unit: its stem
/// (`geometry` for `src/geometry.py`).
pub fn module_name(file: &str) -> String {
    crate::syntax::module_name(file)
}

/// Compile `src` to a verified IR module, or report every problem found.
pub fn compile(src: &SourceFile, opts: &Options) -> Result<Module, CompileError> {
    compile_unit(std::slice::from_ref(src), opts)
}

/// Compile a unit of several files to one verified IR module, or report
/// every problem found. The first file is the main one: the roots and
/// `opts.consts` are its names, and its functions keep their plain
/// names; a function of another file is named after its module
/// (`geometry.norm`). A file imports another of the unit by its module
/// name ([`module_name`]): `import geometry`, `from geometry import norm`.
pub fn compile_unit(files: &[SourceFile], opts: &Options) -> Result<Module, CompileError> {
    let fail = |diagnostics: Vec<Diagnostic>| {
        let mut diagnostics = diagnostics;
        diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
        diagnostics.dedup();
        CompileError { sources: files.to_vec(), diagnostics: Diagnostic::group(diagnostics) }
    };
    let mut diags = Vec::new();
    if files.is_empty() {
        return Err(fail(vec![Diagnostic::new(Span::default(), "a compile unit needs at least one file")]));
    }
    let m = crate::syntax::parse_unit(files, opts.cells, &mut diags);
    if !diags.is_empty() {
        return Err(fail(diags));
    }
    if !opts.cells {
        duplicate_modules(&m, &mut diags);
    }
    let mut env = ModuleEnv::new(&m, opts);
    let lines = LineIndex::new(files);
    let (selected, classes) = select(&m, &env, opts, &lines, &mut diags);
    if !diags.is_empty() {
        return Err(fail(diags));
    }
    // Problems of the classes are reported with those of the functions.
    env.set_classes(&m, &classes, &mut diags);
    // Constructs outside the subset are reported by lowering, which goes on
    // checking the rest of the function (an unsupported expression has an
    // unknown type and causes no further report).
    let mut sig_diags = Vec::new();
    let sigs: Vec<_> = m.funcs.iter().map(|f| signature(&m, &env, f, opts, &mut sig_diags)).collect();
    // Only the selected functions' signature problems matter.
    let selected_spans: Vec<Span> = selected.iter().map(|&i| func_extent(&m.funcs[i])).collect();
    diags.extend(sig_diags.into_iter().filter(|d| selected_spans.iter().any(|s| s.start <= d.span.start && d.span.start <= s.end)));
    let (types, fields) = infer(&m, &env, &sigs, &selected, &mut diags);
    let ids: HashMap<usize, FuncId> = selected.iter().enumerate().map(|(n, &i)| (i, FuncId::new_index(n))).collect();
    let table = type_table(&m, &env, &fields, &lines, &mut diags);
    let any_errors = !diags.is_empty() || selected.iter().any(|&i| !m.funcs[i].errors.is_empty());
    let cx = ModuleCx { module: &m, env: &env, sigs: &sigs, types: &types, ids: &ids, lines: &lines, any_errors, table: &table, fields: &fields, no_boundscheck: &opts.no_boundscheck };
    let mut module = Module { files: files.iter().map(|f| f.name.clone()).collect(), types: table.clone(), funcs: Default::default() };
    for &i in &selected {
        match lower_function(&cx, i) {
            Ok(f) => {
                module.funcs.push(f);
            }
            Err(ds) => {
                diags.extend(ds);
                module.funcs.push(crate::ir::Function::new("<error>", Vec::new(), crate::ir::Type::None, Default::default()));
            }
        }
    }
    if !diags.is_empty() {
        return Err(fail(diags));
    }
    // The list and array types inference and lowering met, after the
    // classes.
    for h in env.list_types() {
        module.types.push(h);
    }
    // One constructor per class, after the functions: `C(args)` from a
    // host allocates the instance and runs `__init__`.
    for (c, info) in env.classes.iter() {
        let init = info.init.map(|i| (ids[&i], &module.funcs[ids[&i]]));
        let line = lines.loc(m.classes[info.index].start).line;
        let loc = lines.loc(m.classes[info.index].name.span.start);
        let class = &m.classes[info.index];
        let mut ctor = constructor(c, &crate::resolve::module_prefixed(&m, class.file, info.name.clone()), init, loc, line);
        ctor.file = class.file;
        module.funcs.push(ctor);
    }
    // The verifier runs after every pass in debug builds and tests; a
    // release build trusts the passes it has been tested with.
    if cfg!(debug_assertions) {
        verify_or_report(&module).map_err(|d| fail(vec![d]))?;
    }
    for f in module.funcs.values_mut().skip(selected.len()) {
        crate::cleanup::cleanup(f);
    }
    for (f, &i) in module.funcs.values_mut().zip(&selected) {
        crate::cleanup::cleanup(f);
        if falls_through(f) {
            let def = &m.funcs[i];
            let ret = f.ret.with_article();
            diags.push(
                Diagnostic::new(def.name.span, format!("'{}' returns {ret} but can reach its end without a return (where it would return None)", def.name.id))
                    .label("may return None")
                    .help(format!("add a return of {ret} at the end of the function")),
            );
        }
    }
    if !diags.is_empty() {
        return Err(fail(diags));
    }
    let Module { types, funcs, .. } = &mut module;
    for f in funcs.values_mut() {
        crate::narrow::narrow(f);
        if !opts.no_optimize {
            crate::range::ranges(f, types);
        }
    }
    crate::borrow::borrow(&mut module);
    if cfg!(debug_assertions) {
        verify_or_report(&module).map_err(|d| fail(vec![d]))?;
    }
    Ok(module)
}

/// Verify `module`; a failure is a compiler bug, reported as an internal
/// error rather than a panic in the host.
fn verify_or_report(module: &Module) -> Result<(), Diagnostic> {
    if let Err(errors) = crate::verify::verify_module(module) {
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        // A verifier failure is a compiler bug: report it loudly but as an
        // error, never a panic in the host.
        return Err(Diagnostic::new(Span::default(), format!("internal compiler error (IR verifier), please report: {}", text.join("; "))));
    }
    Ok(())
}

/// Whether cleanup left the "fell off the end" placeholder reachable.
fn falls_through(f: &crate::ir::Function) -> bool {
    f.layout.blocks.iter().any(|&b| f.block_insts(b).iter().any(|&i| matches!(&f.dfg.insts[i], InstData::Raise { msg, .. } if msg == FALLTHROUGH_MSG)))
}

/// The source extent of a function (from `def` to its last statement).
fn func_extent(f: &FuncDef) -> Span {
    fn last_end(body: &[Stmt]) -> u32 {
        body.last().map_or(0, |s| s.span.end)
    }
    Span { start: f.span.start, end: last_end(&f.body).max(f.span.end) }
}

/// The functions and classes to compile: the roots (or every function
/// currently bound to its name), everything they call, every class they
/// mention with all its methods, in source order.
fn select(m: &SourceModule, env: &ModuleEnv, opts: &Options, lines: &LineIndex<'_>, diags: &mut Vec<Diagnostic>) -> (Vec<usize>, Vec<usize>) {
    let current = |i: usize| matches!(env.get(m.funcs[i].file, &m.funcs[i].name.id), Some(Global::Func(j)) if *j == i);
    let mut classes: Vec<usize> = Vec::new();
    let mut work: Vec<usize> = match &opts.roots {
        None => {
            // Every function and class of the root files, as bound at the
            // end of the module (methods come with their class).
            let root_file = |file: u32| (file as usize) < opts.root_files.max(1);
            classes.extend((0..m.classes.len()).filter(|&c| root_file(m.classes[c].file) && matches!(env.get(m.classes[c].file, &m.classes[c].name.id), Some(Global::Class(k)) if *k == c)));
            (0..m.funcs.len()).filter(|&i| root_file(m.funcs[i].file) && current(i)).collect()
        }
        Some(roots) => {
            let mut out = Vec::new();
            // Definitions given by their first line, then roots by name.
            for (r, line) in &opts.root_lines {
                if let Some(i) = m.funcs.iter().position(|f| f.file == 0 && f.class.is_none() && f.name.id == *r && lines.loc(f.start).line == *line) {
                    out.push(i);
                }
                if let Some(ci) = m.classes.iter().position(|c| c.file == 0 && c.name.id == *r && lines.loc(c.start).line == *line) {
                    classes.push(ci);
                }
            }
            for r in roots {
                if out.iter().any(|&i| m.funcs[i].file == 0 && m.funcs[i].name.id == *r) || classes.iter().any(|&c| m.classes[c].file == 0 && m.classes[c].name.id == *r) {
                    continue;
                }
                // `geometry.norm`: a root of another file of the unit.
                let other = r.split_once('.').and_then(|(module, name)| Some((m.files.iter().skip(1).position(|f| f.module == module)? as u32 + 1, name)));
                let g = match other {
                    Some((j, name)) => env.get(j, name),
                    None => env.get(0, r),
                };
                match g {
                    Some(Global::Func(i)) => out.push(*i),
                    Some(Global::Class(c)) => classes.push(*c),
                    // `C = rpy.object(C)` rebinds the name at module level:
                    // the last class definition of that name is meant.
                    _ if m.classes.iter().any(|c| c.file == 0 && c.name.id == *r) => {
                        classes.push(m.classes.iter().rposition(|c| c.file == 0 && c.name.id == *r).unwrap_or(0));
                    }
                    _ if m.funcs.iter().any(|f| f.file == 0 && f.class.is_none() && f.name.id == *r) => {
                        out.push(m.funcs.iter().rposition(|f| f.file == 0 && f.class.is_none() && f.name.id == *r).unwrap_or(0));
                    }
                    _ => diags.push(Diagnostic::new(Span::default(), format!("no function or class named '{r}' in {}", "this source")).label("entry not found")),
                }
            }
            out
        }
    };
    let mut seen: HashSet<usize> = work.iter().copied().collect();
    let mut seen_classes: HashSet<usize> = HashSet::default();
    let mut class_work = classes;
    loop {
        while let Some(ci) = class_work.pop() {
            if !seen_classes.insert(ci) {
                continue;
            }
            let c = &m.classes[ci];
            for &f in &c.methods {
                if seen.insert(f) {
                    work.push(f);
                }
            }
            for (_, a) in &c.annotations {
                if let AnnType::Class { index, .. } = a.ty {
                    class_work.push(index as usize);
                }
            }
            for (_, a) in &c.param_types {
                if let AnnType::Class { index, .. } = a {
                    class_work.push(*index as usize);
                }
            }
        }
        let Some(i) = work.pop() else { break };
        let f = &m.funcs[i];
        let ft = locals_only(f);
        let mut calls = Vec::new();
        collect_calls(&f.body, &mut calls);
        for p in &f.params {
            if let Some(d) = &p.default {
                collect_calls_expr(d, &mut calls);
            }
        }
        for c in calls {
            if let Callee::Func(j) = callee(env, &ft, c) {
                if seen.insert(j) {
                    work.push(j);
                }
            }
        }
        let mut anns: Vec<AnnType> = f.params.iter().filter_map(|p| p.annotation.map(|a| a.ty)).chain(f.returns.map(|a| a.ty)).collect();
        let mut refs = Vec::new();
        crate::ast::walk_body(&f.body, &mut |e| {
            if let Some(crate::infer::NameRef::Global(Global::Class(ci))) = ft.resolve_expr(env, e) {
                refs.push(ci);
            }
        }, &mut |a| anns.push(a.ty));
        if let Some(ci) = f.class {
            class_work.push(ci);
        }
        class_work.extend(refs);
        for a in anns {
            if let AnnType::Class { index, .. } = a {
                class_work.push(index as usize);
            }
        }
    }
    let mut out: Vec<usize> = seen.into_iter().collect();
    out.sort_unstable();
    let mut classes: Vec<usize> = seen_classes.into_iter().collect();
    classes.sort_unstable();
    (out, classes)
}

/// Two files of a unit with the same module name could not import each
/// other apart.
fn duplicate_modules(m: &SourceModule, diags: &mut Vec<Diagnostic>) {
    for (k, f) in m.files.iter().enumerate() {
        if m.files[..k].iter().any(|g| g.module == f.module) {
            diags.push(Diagnostic::new(Span { start: f.base, end: f.base }, format!("two files of the compile unit are module '{}'", f.module)).label("module name taken").help("the files of a unit are imported by their stem: give them different names"));
        }
    }
}

/// The type table: the layout of every compiled class, from the field
/// types inference found. A field whose type is unknown is reported.
fn type_table(m: &SourceModule, env: &ModuleEnv, fields: &[Vec<crate::infer::LocalTy>], lines: &LineIndex<'_>, diags: &mut Vec<Diagnostic>) -> PrimaryMap<TypeId, HeapType> {
    let mut table = PrimaryMap::default();
    for (c, info) in env.classes.iter() {
        let mut fs = Vec::new();
        for ((name, _), t) in info.fields.iter().zip(&fields[c.index()]) {
            let ty = match t.ty {
                Some(t) => t,
                None => {
                    diags.push(
                        Diagnostic::new(name.span, format!("cannot infer the type of field '{}' of '{}'", name.id, info.name))
                            .label("type unknown")
                            .help(format!("annotate it at class level (`{}: float`) or assign it a typed value in __init__", name.id)),
                    );
                    Type::None
                }
            };
            fs.push((name.id.clone(), ty));
        }
        let class = &m.classes[info.index];
        let line = lines.loc(class.start).line;
        // Exports and the ctypes stub name a class by its name alone.
        let module_of = |file: u32| &m.files[file as usize].module;
        if let Some((_, other)) = env.classes.iter().take(c.index()).find(|(_, o)| o.name == info.name && module_of(m.classes[o.index].file) != module_of(class.file)) {
            let there = &m.files[m.classes[other.index].file as usize].module;
            diags.push(
                Diagnostic::new(class.name.span, format!("a compiled class named '{}' is already in the compile unit (in module '{there}')", info.name))
                    .label("name taken")
                    .help("the compiled classes of a unit need distinct names: rename one of them"),
            );
        }
        let mut layout = ClassLayout::new(info.name.clone(), fs, info.consts.clone(), line);
        layout.file = class.file;
        table.push(HeapType::Class(layout));
    }
    table
}

/// The constructor of class `c`: `C(args)` → a new instance, initialised
/// by `__init__` (whose parameters after `self` it takes).
fn constructor(c: TypeId, name: &str, init: Option<(FuncId, &Function)>, loc: SrcLoc, line: u32) -> Function {
    let params: Vec<Param> = init.map(|(_, f)| f.params.iter().skip(1).cloned().collect()).unwrap_or_default();
    let mut f = Function::new(name, params.clone(), Type::Ref(c), loc);
    f.first_line = line;
    f.positional_only = init.map_or(0, |(_, i)| i.positional_only.saturating_sub(1));
    f.keyword_only = init.map_or(0, |(_, i)| i.keyword_only);
    f.vararg = init.and_then(|(_, i)| i.vararg.map(|k| k - 1));
    let mut b = Builder::new(&mut f);
    let entry = b.create_block();
    b.switch_to_block(entry);
    b.set_loc(loc);
    let args: Vec<Value> = params.iter().map(|p| b.append_block_param(entry, p.ty)).collect();
    let obj = b.new_object(c);
    if let Some((id, _)) = init {
        let mut all = vec![obj];
        all.extend(args);
        b.call(id, all, Type::None);
    }
    b.ret(obj);
    f
}

/// Just enough of a function's types to resolve names (which are locals).
fn locals_only(f: &FuncDef) -> FuncTypes {
    let mut ft = FuncTypes::default();
    ft.file = f.file;
    ft.poisoned = f.poisoned.iter().cloned().collect();
    let mut assigned = Vec::new();
    crate::infer::collect_assigned(&f.body, &mut assigned);
    for (n, _) in assigned.into_iter().chain(f.params.iter().map(|p| (p.name.clone(), None))) {
        ft.locals.insert(n.id, crate::infer::LocalTy { ty: None, declared: false, first: None, param: false });
    }
    ft
}

fn collect_calls<'a>(body: &'a [Stmt], out: &mut Vec<&'a Expr>) {
    for s in body {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) | StmtKind::Raise { msg: Some(e), .. } => collect_calls_expr(e, out),
            StmtKind::Assert { test, msg } => {
                collect_calls_expr(test, out);
                if let Some(m) = msg {
                    collect_calls_expr(m, out);
                }
            }
            StmtKind::Assign { value, targets } => {
                collect_calls_expr(value, out);
                targets.iter().for_each(|t| collect_calls_target(t, out));
            }
            StmtKind::AugAssign { value, target, .. } => {
                collect_calls_expr(value, out);
                collect_calls_target(target, out);
            }
            StmtKind::Del(targets) => targets.iter().for_each(|t| collect_calls_target(t, out)),
            StmtKind::AnnAssign { value: Some(value), .. } => collect_calls_expr(value, out),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                collect_calls_expr(test, out);
                collect_calls(body, out);
                collect_calls(orelse, out);
            }
            StmtKind::For { iter, body, orelse, target } => {
                collect_calls_expr(iter, out);
                collect_calls_target(target, out);
                collect_calls(body, out);
                collect_calls(orelse, out);
            }
            k @ StmtKind::Try { .. } => k.try_blocks().into_iter().for_each(|b| collect_calls(b, out)),
            _ => {}
        }
    }
}

/// The calls in the expressions of an assignment target.
fn collect_calls_target<'a>(t: &'a Target, out: &mut Vec<&'a Expr>) {
    match t {
        Target::Name(_) => {}
        Target::Tuple(ts, _) => ts.iter().for_each(|t| collect_calls_target(t, out)),
        Target::Attr { value, .. } => collect_calls_expr(value, out),
        Target::Subscript { value, index, .. } => {
            collect_calls_expr(value, out);
            collect_calls_expr(index, out);
        }
    }
}

fn collect_calls_expr<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::Call { func, args, keywords } => {
            out.push(func);
            if let ExprKind::Attr { value, .. } = &func.kind {
                collect_calls_expr(value, out);
            }
            args.iter().for_each(|a| collect_calls_expr(a, out));
            keywords.iter().for_each(|k| collect_calls_expr(&k.value, out));
        }
        ExprKind::Unary { operand, .. } => collect_calls_expr(operand, out),
        ExprKind::Attr { value, .. } => collect_calls_expr(value, out),
        ExprKind::Binary { left, right, .. } => {
            collect_calls_expr(left, out);
            collect_calls_expr(right, out);
        }
        ExprKind::BoolOp { values, .. } | ExprKind::Tuple(values) | ExprKind::List(values) => values.iter().for_each(|v| collect_calls_expr(v, out)),
        ExprKind::Subscript { value, index } => {
            collect_calls_expr(value, out);
            collect_calls_expr(index, out);
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().for_each(|v| collect_calls_expr(v, out)),
        ExprKind::ListComp { elt, iter, ifs, target } => {
            collect_calls_expr(iter, out);
            collect_calls_expr(elt, out);
            ifs.iter().for_each(|v| collect_calls_expr(v, out));
            collect_calls_target(target, out);
        }
        ExprKind::Compare { left, comparators, .. } => {
            collect_calls_expr(left, out);
            comparators.iter().for_each(|c| collect_calls_expr(c, out));
        }
        ExprKind::IfExp { test, body, orelse } => {
            collect_calls_expr(test, out);
            collect_calls_expr(body, out);
            collect_calls_expr(orelse, out);
        }
        ExprKind::FString(parts) => {
            for p in parts {
                if let FPart::Value { expr, .. } = p {
                    collect_calls_expr(expr, out);
                }
            }
        }
        _ => {}
    }
}

/// The cache key of a module's IR: blake3 of the compiler version and the
/// canonical IR text (which includes the file name, every source location
/// and every captured constant).
///
/// The hash is of the content, not of where it lives: the file names of
/// the unit (the `; file` lines of the text) are left out, so the same
/// code in another directory, in a notebook cell of another kernel or on
/// another machine (a bundled module) has the same hash. Everything that
/// changes what the code does, line numbers included, is in it.
pub fn ir_hash(m: &Module) -> String {
    let mut h = blake3::Hasher::new();
    h.update(b"rpythonic-ir\0");
    h.update(crate::VERSION.as_bytes());
    h.update(b"\0");
    for line in m.to_string().lines().filter(|l| !l.starts_with("; file")) {
        h.update(line.as_bytes());
        h.update(b"\n");
    }
    h.finalize().to_hex().to_string()
}
