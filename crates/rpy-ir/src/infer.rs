//! Type inference for the functions of a module.
//!
//! Every local variable keeps one type and every function returns one
//! type. Types flow from parameters, literals, constants, operators and
//! callee return types; a whole-module fixpoint handles recursion and
//! calls in any order (types only go from unknown to known, so it ends).
//! Conflicts (a variable that is an int on one assignment and a float on
//! another, two return types) are reported with a fix-it; everything else
//! that is ill-typed is reported by lowering, which sees the same rules
//! (`typing`).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::ir::Type;
use crate::ir::{EntityRef, TypeId};
use crate::resolve::{const_type, math_const, Global, ModuleEnv, Sig, BUILTINS, MATH_FUNCS};
use crate::typing::{binary_plan, builtin_type, math_type, unary_type};

/// The inferred type of one local variable.
#[derive(Clone, Debug)]
pub(crate) struct LocalTy {
    /// Its type, once known.
    pub(crate) ty: Option<Type>,
    /// Declared by an annotation (then assignments convert to it).
    pub(crate) declared: bool,
    /// Where it was first given its type.
    pub(crate) first: Option<(Span, Type)>,
    /// Whether it is a parameter.
    pub(crate) param: bool,
}

/// What inference knows about a function.
#[derive(Clone, Debug, Default)]
pub(crate) struct FuncTypes {
    /// Locals, parameters included.
    pub(crate) locals: HashMap<String, LocalTy>,
    /// Names declared `global`.
    pub(crate) globals: HashSet<String>,
    /// The return type, once known (`none` if the function never returns a
    /// value).
    pub(crate) ret: Option<Type>,
    /// Where the return type was first determined.
    ret_first: Option<(Span, Type)>,
    /// Whether the return type comes from an annotation.
    pub(crate) ret_declared: bool,
    /// Locals given two types (reported): their reads are not checked
    /// further, to avoid cascades.
    pub(crate) conflicted: HashSet<String>,
    /// The type of each list comprehension and display (by the offset
    /// where it starts), for lowering: a comprehension's list is made
    /// before its loop, and `[[1], []]` types its empty item.
    pub(crate) comps: HashMap<u32, Type>,
    /// The file of the unit the function is in (whose names it sees).
    pub(crate) file: u32,
    /// Names bound by rejected statements (`FuncDef::poisoned`): their
    /// uses are consequences of an error already reported.
    pub(crate) poisoned: HashSet<String>,
}

/// What a name means inside a function.
#[derive(Clone, Debug)]
pub(crate) enum NameRef {
    /// A local variable or parameter.
    Local,
    /// A module-level definition.
    Global(Global),
    /// A supported builtin.
    Builtin(&'static str),
    /// Nothing.
    Undefined,
}

impl FuncTypes {
    /// Resolve `name` as Python does: locals, then module globals, then
    /// builtins.
    pub(crate) fn resolve(&self, env: &ModuleEnv, name: &str) -> NameRef {
        if self.locals.contains_key(name) {
            return NameRef::Local;
        }
        if let Some(g) = env.get(self.file, name) {
            return NameRef::Global(g.clone());
        }
        match BUILTINS.iter().find(|b| **b == name) {
            Some(b) => NameRef::Builtin(b),
            None => NameRef::Undefined,
        }
    }

    /// What a name, or `module.name` of another file of the unit
    /// (`geometry.norm` after `import geometry`), means; `None` for any
    /// other expression.
    pub(crate) fn resolve_expr(&self, env: &ModuleEnv, e: &Expr) -> Option<NameRef> {
        match &e.kind {
            ExprKind::Name(n) => Some(self.resolve(env, n)),
            ExprKind::Attr { value, attr } => match &value.kind {
                ExprKind::Name(m) => match self.resolve(env, m) {
                    NameRef::Global(Global::Module(j)) => Some(NameRef::Global(env.get_in_module(j, &attr.id))),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }
}

/// What a call expression calls.
#[derive(Clone, Debug)]
pub(crate) enum Callee {
    /// A function of the module.
    Func(usize),
    /// A builtin.
    Builtin(&'static str),
    /// A `math` function.
    Math(&'static str),
    /// A compiled class: its constructor.
    Class(TypeId),
    /// `obj.m(...)`: a method, resolved from the type of `obj`.
    Method,
    /// `float("inf")`-style and other unsupported callees (reported by
    /// lowering with this message and help).
    Bad(crate::advice::Problem),
}

/// Resolve the callee of a call.
pub(crate) fn callee(env: &ModuleEnv, ft: &FuncTypes, func: &Expr) -> Callee {
    // A name, or a name of another file of the unit (`geometry.norm`).
    let named = match &func.kind {
        ExprKind::Name(n) => Some((ft.resolve(env, n), n.clone())),
        ExprKind::Attr { value, attr } => match &value.kind {
            ExprKind::Name(m) => match ft.resolve(env, m) {
                NameRef::Global(Global::MathModule) => return math_func(&attr.id),
                NameRef::Global(Global::Module(j)) => Some((NameRef::Global(env.get_in_module(j, &attr.id)), format!("{m}.{}", attr.id))),
                NameRef::Global(Global::Foreign(module)) => return Callee::Bad(crate::advice::foreign_module(&module)),
                _ => return Callee::Method,
            },
            _ => return Callee::Method,
        },
        _ => None,
    };
    let Some((r, n)) = named else {
        return Callee::Bad("only functions of this module, builtins and math functions can be called".into());
    };
    if matches!(r, NameRef::Local | NameRef::Undefined) && ft.poisoned.contains(&n) {
        return Callee::Bad(crate::advice::Problem::reported()); // reported where it was bound
    }
    match r {
        NameRef::Local => Callee::Bad(format!("'{n}' is a local variable, not a function").into()),
        NameRef::Global(Global::Func(i)) => Callee::Func(i),
        NameRef::Global(Global::MathName(m)) => math_func(&m),
        NameRef::Global(Global::Const(_)) => Callee::Bad(format!("'{n}' is a constant, not a function").into()),
        NameRef::Global(Global::NotConst) => Callee::Bad(crate::advice::Problem::new(
            format!("'{n}' is not a function compiled in this module; calling arbitrary Python objects is not supported"),
            format!("if '{n}' is a Python function, bind it with @rpy.bind() too (it then compiles with this one); otherwise call it in Python and pass its result in"),
        )),
        NameRef::Global(Global::MathModule | Global::Module(_)) => Callee::Bad("a module is not callable".into()),
        NameRef::Global(Global::Class(ci)) => match env.class_id(ci) {
            Some(id) => Callee::Class(id),
            None => Callee::Bad(format!("class '{n}' is not compiled").into()),
        },
        NameRef::Global(Global::Foreign(m)) => Callee::Bad(crate::advice::foreign_name(&m)),
        NameRef::Builtin(b) => Callee::Builtin(b),
        NameRef::Undefined => Callee::Bad(crate::advice::unresolved(&n, names_in_scope(env, ft))),
    }
}

/// The names a function sees (for "did you mean" suggestions): its
/// locals, its file's module-level names and the supported builtins.
pub(crate) fn names_in_scope<'a>(env: &'a ModuleEnv, ft: &'a FuncTypes) -> impl Iterator<Item = &'a str> + 'a {
    ft.locals.keys().map(String::as_str).chain(env.names_in(ft.file)).chain(BUILTINS.iter().copied())
}

fn math_func(name: &str) -> Callee {
    match MATH_FUNCS.iter().find(|f| f.0 == name) {
        Some(f) => Callee::Math(f.0),
        None if math_const(name).is_some() => Callee::Bad(format!("math.{name} is a constant, not a function").into()),
        None => Callee::Bad(crate::advice::math_unsupported(name)),
    }
}

/// Infer the types of every function in `funcs` (indices into the
/// module), reporting conflicts.
pub(crate) fn infer(m: &SourceModule, env: &ModuleEnv, sigs: &[Sig], funcs: &[usize], diags: &mut Vec<Diagnostic>) -> (Vec<FuncTypes>, Vec<Vec<LocalTy>>) {
    let mut types: Vec<FuncTypes> = m.funcs.iter().zip(sigs).map(|(f, s)| init(env, f, s)).collect();
    let mut fields: Vec<Vec<LocalTy>> = env
        .classes
        .values()
        .map(|c| c.fields.iter().map(|(_, t)| LocalTy { ty: *t, declared: t.is_some(), first: t.map(|t| (Span::default(), t)), param: false }).collect())
        .collect();
    // Fixpoint: each round may learn more types; types only grow (from
    // unknown to known, and from `C` or None to `C | None`), so it ends.
    loop {
        let mut changed = false;
        for &i in funcs {
            let mut w = Walker { env, all: &types, me: types[i].clone(), fields: &mut fields, changed: false, conflicts: None };
            w.block(&m.funcs[i].body);
            changed |= w.changed;
            types[i] = w.me;
        }
        if !changed {
            break;
        }
    }
    // Final round: report conflicts and settle procedures.
    for &i in funcs {
        let mut conflicts = Vec::new();
        let mut w = Walker { env, all: &types, me: types[i].clone(), fields: &mut fields, changed: false, conflicts: Some(&mut conflicts) };
        w.block(&m.funcs[i].body);
        let conflicted = std::mem::take(&mut w.me.conflicted);
        types[i].conflicted = conflicted;
        diags.extend(conflicts);
        if types[i].ret.is_none() && !has_value_return(&m.funcs[i].body) {
            types[i].ret = Some(Type::None);
        }
    }
    // Fields whose type is still unknown are reported by lowering where
    // they are read; one assigned only None has type None.
    (types, fields)
}

/// The type of `a or b or ...` (`and_` false) / `a and b and ...` over
/// references and None: `or` gives an operand that is not None, or the
/// last one; `and` gives one that is None, or the last one.
pub(crate) fn bool_op_type(and_: bool, tys: &[Type]) -> Option<Type> {
    let (last, init) = tys.split_last()?;
    let mut t = *last;
    for &x in init {
        let x = match (and_, x) {
            (false, Type::OptRef(c)) => Type::Ref(c),
            (false, Type::None) => continue,
            (true, Type::Ref(_) | Type::OptRef(_)) => Type::None,
            (_, x) => x,
        };
        t = join(t, x)?;
    }
    Some(t)
}

/// The least type holding both: `C` and None give `C | None`.
pub(crate) fn join(a: Type, b: Type) -> Option<Type> {
    match (a, b) {
        _ if a == b => Some(a),
        (Type::None, Type::Ref(c) | Type::OptRef(c)) | (Type::Ref(c) | Type::OptRef(c), Type::None) => Some(Type::OptRef(c)),
        (Type::Ref(c), Type::OptRef(d)) | (Type::OptRef(c), Type::Ref(d)) if c == d => Some(Type::OptRef(c)),
        _ => None,
    }
}

fn init(env: &ModuleEnv, f: &FuncDef, sig: &Sig) -> FuncTypes {
    let mut ft = FuncTypes { file: f.file, poisoned: f.poisoned.iter().cloned().collect(), ..FuncTypes::default() };
    collect_globals(&f.body, &mut ft.globals);
    for (name, ty) in &sig.params {
        // A parameter keeps its type: assigning another type to it is a
        // conflict (CPython would rebind it to a value of that type).
        let first = ty.map(|t| (Span::default(), t));
        ft.locals.insert(name.clone(), LocalTy { ty: *ty, declared: false, first, param: true });
    }
    let mut assigned = Vec::new();
    collect_assigned(&f.body, &mut assigned);
    for (n, ann) in assigned {
        if ft.globals.contains(&n.id) {
            continue;
        }
        let e = ft.locals.entry(n.id.clone()).or_insert(LocalTy { ty: None, declared: false, first: None, param: false });
        if let (Some(a), false) = (ann, e.declared) {
            e.ty = env.ann_type(a.ty);
            e.declared = true;
            e.first = e.ty.map(|t| (a.span, t));
        }
    }
    if let Some(r) = sig.ret_ann {
        ft.ret = Some(r);
        ft.ret_declared = true;
    }
    ft
}

fn collect_globals(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Global(names) => out.extend(names.iter().map(|n| n.id.clone())),
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                collect_globals(body, out);
                collect_globals(orelse, out);
            }
            k @ StmtKind::Try { .. } => k.try_blocks().into_iter().for_each(|b| collect_globals(b, out)),
            _ => {}
        }
    }
}

fn target_names(t: &Target, out: &mut Vec<(Name, Option<Annotation>)>) {
    match t {
        Target::Name(n) => out.push((n.clone(), None)),
        Target::Tuple(ts, _) => ts.iter().for_each(|t| target_names(t, out)),
        Target::Attr { .. } | Target::Subscript { .. } => {}
    }
}

/// The list comprehensions and displays in the expressions of `s` itself
/// (not of the statements nested in it), outermost first.
pub(crate) fn comprehensions(s: &Stmt) -> Vec<&Expr> {
    let mut out = Vec::new();
    fn visit<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
        if let ExprKind::ListComp { .. } | ExprKind::List(_) = e.kind {
            out.push(e);
        }
        match &e.kind {
            ExprKind::Attr { value, .. } => visit(value, out),
            ExprKind::Unary { operand, .. } => visit(operand, out),
            ExprKind::Binary { left, right, .. } => {
                visit(left, out);
                visit(right, out);
            }
            ExprKind::BoolOp { values, .. } | ExprKind::Tuple(values) | ExprKind::List(values) => values.iter().for_each(|v| visit(v, out)),
            ExprKind::Compare { left, comparators, .. } => {
                visit(left, out);
                comparators.iter().for_each(|c| visit(c, out));
            }
            ExprKind::IfExp { test, body, orelse } => [test, body, orelse].into_iter().for_each(|x| visit(x, out)),
            ExprKind::Call { func, args, keywords } => {
                visit(func, out);
                args.iter().for_each(|a| visit(a, out));
                keywords.iter().for_each(|k| visit(&k.value, out));
            }
            ExprKind::Subscript { value, index } => {
                visit(value, out);
                visit(index, out);
            }
            ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().for_each(|x| visit(x, out)),
            ExprKind::ListComp { elt, iter, ifs, .. } => {
                visit(iter, out);
                visit(elt, out);
                ifs.iter().for_each(|x| visit(x, out));
            }
            ExprKind::FString(parts) => {
                for p in parts {
                    if let FPart::Value { expr, .. } = p {
                        visit(expr, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut exprs: Vec<&Expr> = Vec::new();
    match &s.kind {
        StmtKind::Expr(x) | StmtKind::Return(Some(x)) | StmtKind::Raise { msg: Some(x), .. } => exprs.push(x),
        StmtKind::Assert { test, msg } => {
            exprs.push(test);
            exprs.extend(msg.iter());
        }
        StmtKind::Assign { value, .. } => exprs.push(value),
        StmtKind::AnnAssign { value: Some(v), .. } => exprs.push(v),
        StmtKind::AugAssign { value, .. } => exprs.push(value),
        StmtKind::If { test, .. } | StmtKind::While { test, .. } => exprs.push(test),
        StmtKind::For { iter, .. } => exprs.push(iter),
        _ => {}
    }
    for e in exprs {
        visit(e, &mut out);
    }
    out
}

/// The attributes assigned on `this` (`this.x = ...`, `this.x += ...`) in
/// `body`, in source order: the fields `__init__` defines.
pub(crate) fn collect_self_fields(body: &[Stmt], this: &str, out: &mut Vec<Name>) {
    fn target(t: &Target, this: &str, out: &mut Vec<Name>) {
        match t {
            Target::Attr { value, attr } if matches!(&value.kind, ExprKind::Name(n) if n == this) => out.push(attr.clone()),
            Target::Tuple(ts, _) => ts.iter().for_each(|t| target(t, this, out)),
            _ => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target(t, this, out)),
            StmtKind::AugAssign { target: t, .. } => target(t, this, out),
            StmtKind::For { body, orelse, .. } | StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                collect_self_fields(body, this, out);
                collect_self_fields(orelse, this, out);
            }
            k @ StmtKind::Try { .. } => k.try_blocks().into_iter().for_each(|b| collect_self_fields(b, this, out)),
            _ => {}
        }
    }
}

/// Every name assigned in `body` (with its annotation), in source order
/// (comprehension variables included).
pub(crate) fn collect_assigned(body: &[Stmt], out: &mut Vec<(Name, Option<Annotation>)>) {
    for s in body {
        for c in comprehensions(s) {
            if let ExprKind::ListComp { target, .. } = &c.kind {
                target_names(target, out);
            }
        }
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target_names(t, out)),
            StmtKind::AnnAssign { target, ann, .. } => out.push((target.clone(), Some(*ann))),
            StmtKind::AugAssign { target: Target::Name(target), .. } => out.push((target.clone(), None)),
            StmtKind::For { target, body, orelse, .. } => {
                target_names(target, out);
                collect_assigned(body, out);
                collect_assigned(orelse, out);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                collect_assigned(body, out);
                collect_assigned(orelse, out);
            }
            k @ StmtKind::Try { .. } => k.try_blocks().into_iter().for_each(|b| collect_assigned(b, out)),
            _ => {}
        }
    }
}

fn has_value_return(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Return(Some(_)) => true,
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => has_value_return(body) || has_value_return(orelse),
        k @ StmtKind::Try { .. } => k.try_blocks().into_iter().any(has_value_return),
        _ => false,
    })
}

/// The value of `e` inside a function if it is a constant expression
/// (no local variable in it: a local shadows a module constant).
pub(crate) fn const_in(env: &ModuleEnv, ft: &FuncTypes, e: &Expr) -> Option<crate::ConstValue> {
    fn mentions_local(ft: &FuncTypes, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(n) => ft.locals.contains_key(n),
            ExprKind::Unary { operand, .. } => mentions_local(ft, operand),
            ExprKind::Binary { left, right, .. } => mentions_local(ft, left) || mentions_local(ft, right),
            ExprKind::Attr { value, .. } => mentions_local(ft, value),
            _ => false,
        }
    }
    if mentions_local(ft, e) {
        None
    } else {
        env.const_eval(ft.file, e)
    }
}

/// Whether `e` is a negative int constant (`x ** -2` is a float).
pub(crate) fn is_negative_int_const(env: &ModuleEnv, ft: &FuncTypes, e: &Expr) -> bool {
    matches!(const_in(env, ft, e), Some(crate::ConstValue::Int(n)) if n < 0)
}

struct Walker<'a, 'd> {
    env: &'a ModuleEnv,
    all: &'a [FuncTypes],
    me: FuncTypes,
    /// The field types of every compiled class (by type id).
    fields: &'d mut Vec<Vec<LocalTy>>,
    changed: bool,
    /// Set in the final round: where conflicts are reported.
    conflicts: Option<&'d mut Vec<Diagnostic>>,
}

impl Walker<'_, '_> {
    fn block(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        for c in comprehensions(s) {
            if let ExprKind::ListComp { target, iter, .. } = &c.kind {
                self.bind_iter_target(target, iter);
            }
            if let Some(t) = self.ty(c) {
                if self.me.comps.insert(c.span.start, t) != Some(t) {
                    self.changed = true;
                }
            }
        }
        match &s.kind {
            // `xs = []` ... `xs.append(v)`: the first append (or extend,
            // or insert) types the list.
            StmtKind::Expr(Expr { kind: ExprKind::Call { func, args, .. }, .. }) => {
                if let ExprKind::Attr { value, attr } = &func.kind {
                    if let ExprKind::Name(n) = &value.kind {
                        let unknown = self.me.locals.get(n).is_some_and(|l| l.ty.is_none() && !l.param);
                        let lt = match (attr.id.as_str(), args.as_slice()) {
                            ("append", [v]) | ("insert", [_, v]) => self.ty(v).filter(|t| *t != Type::None).map(|t| self.env.list_of(t)),
                            ("extend", [v]) => self.ty(v).filter(|&t| self.env.list_elem(t).is_some()),
                            _ => None,
                        };
                        if let (true, Some(lt)) = (unknown, lt) {
                            self.assign(n, value.span, lt);
                        }
                    }
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.assign_target(t, value);
                }
            }
            StmtKind::AnnAssign { .. } | StmtKind::Expr(_) | StmtKind::Del(_) | StmtKind::Raise { .. } | StmtKind::Reraise | StmtKind::Assert { .. } | StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Global(_) => {}
            StmtKind::AugAssign { target, op, value } => {
                let cur = match target {
                    Target::Name(n) => self.me.locals.get(&n.id).and_then(|l| l.ty),
                    Target::Attr { value: obj, attr } => self.field_of(obj, &attr.id).and_then(|(c, i)| self.fields[c.index()][i].ty),
                    Target::Tuple(..) | Target::Subscript { .. } => None,
                };
                if let (Some(l), Some(r)) = (cur, self.ty(value)) {
                    let neg = is_negative_int_const(self.env, &self.me, value);
                    if let Ok(plan) = binary_plan(*op, l, r, neg) {
                        match target {
                            Target::Name(n) => self.assign(&n.id, s.span, plan.result_type()),
                            Target::Attr { value: obj, attr } => self.assign_field(obj, attr, plan.result_type()),
                            Target::Tuple(..) | Target::Subscript { .. } => {}
                        }
                    }
                }
            }
            StmtKind::Return(v) => {
                let t = match v {
                    Some(e) => self.ty(e),
                    None => Some(Type::None),
                };
                if let Some(t) = t {
                    self.ret(s.span, t);
                }
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                self.block(body);
                self.block(orelse);
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.bind_iter_target(target, iter);
                self.block(body);
                self.block(orelse);
            }
            k @ StmtKind::Try { .. } => k.try_blocks().into_iter().for_each(|b| self.block(b)),
        }
    }

    /// The builtin `iter` calls (`range`, `enumerate`, ...), if it is one.
    fn iter_builtin<'e>(&self, iter: &'e Expr) -> Option<(&'static str, &'e [Expr])> {
        let ExprKind::Call { func, args, .. } = &iter.kind else { return None };
        match callee(self.env, &self.me, func) {
            Callee::Builtin(b @ ("range" | "enumerate" | "zip" | "reversed")) => Some((b, args.as_slice())),
            _ => None,
        }
    }

    /// The item type of iterating `e` (a list).
    fn item_type(&self, e: &Expr) -> Option<Type> {
        let t = self.ty(e)?;
        if self.env.is_str(t) {
            return Some(t);
        }
        self.env.seq_elem(t)
    }

    /// Type the variables of `for target in iter` (also of a
    /// comprehension): ints for `range`, items for lists, (int, item) for
    /// `enumerate`, item pairs for `zip`.
    fn bind_iter_target(&mut self, target: &Target, iter: &Expr) {
        let tys: Vec<Option<Type>> = match self.iter_builtin(iter) {
            Some(("range", _)) => vec![Some(Type::I64)],
            Some(("reversed", [x])) => vec![self.item_type(x)],
            Some(("enumerate", [x, ..])) => vec![Some(Type::I64), self.item_type(x)],
            Some(("zip", xs)) => xs.iter().map(|x| self.item_type(x)).collect(),
            Some(_) => return,
            None => vec![self.item_type(iter)],
        };
        match (target, tys.as_slice()) {
            (t, [Some(ty)]) => self.assign_pattern(t, *ty),
            (Target::Tuple(ts, _), _) if ts.len() == tys.len() && tys.len() > 1 => {
                for (t, ty) in ts.iter().zip(tys) {
                    if let Some(ty) = ty {
                        self.assign_pattern(t, ty);
                    }
                }
            }
            _ => {}
        }
    }

    /// Type the names of `t` bound to a value of type `ty` (a tuple
    /// unpacked into a tuple target, recursively).
    fn assign_pattern(&mut self, t: &Target, ty: Type) {
        match t {
            Target::Name(n) => self.assign(&n.id, n.span, ty),
            Target::Tuple(ts, _) => {
                if let Some(items) = self.env.tuple_items(ty).filter(|i| i.len() == ts.len()) {
                    for (t, ty) in ts.iter().zip(items) {
                        self.assign_pattern(t, ty);
                    }
                }
            }
            _ => {}
        }
    }

    /// The class and field index of `obj.attr`, if `obj` is an instance
    /// of a compiled class with that field.
    fn field_of(&self, obj: &Expr, attr: &str) -> Option<(TypeId, usize)> {
        let c = self.ty(obj)?.heap_type()?;
        Some((c, self.env.class(c)?.field(attr)?))
    }

    fn assign_field(&mut self, obj: &Expr, attr: &Name, t: Type) {
        let Some((c, i)) = self.field_of(obj, &attr.id) else { return };
        let name = format!("{}.{}", self.env.classes[c].name, attr.id);
        let f = &mut self.fields[c.index()][i];
        if f.declared {
            return; // lowering converts or reports
        }
        match f.ty {
            None => {
                f.ty = Some(t);
                f.first = Some((attr.span, t));
                self.changed = true;
            }
            Some(cur) => match join(cur, t) {
                Some(j) if j == cur => {}
                Some(j) => {
                    f.ty = Some(j);
                    self.changed = true;
                }
                None => {
                    if let Some(c) = self.conflicts.as_deref_mut() {
                        let d = Diagnostic::new(attr.span, format!("field '{name}' is assigned {} here but it is {} elsewhere", self.env.with_article(t), self.env.with_article(cur)))
                            .label(format!("{} value", self.env.type_name(t)))
                            .help("a field keeps one type: convert the value (e.g. with float(...)), or annotate the field at class level");
                        c.push(d);
                    }
                }
            },
        }
    }

    fn assign_target(&mut self, t: &Target, value: &Expr) {
        match (t, &value.kind) {
            (Target::Attr { value: obj, attr }, _) => {
                if let Some(ty) = self.ty(value) {
                    self.assign_field(obj, attr, ty);
                }
            }
            (Target::Name(n), _) => {
                if let Some(ty) = self.ty(value) {
                    self.assign(&n.id, n.span, ty);
                }
            }
            (Target::Tuple(ts, _), ExprKind::Tuple(vs)) if ts.len() == vs.len() => {
                for (t, v) in ts.iter().zip(vs) {
                    self.assign_target(t, v);
                }
            }
            (Target::Tuple(..), _) if self.ty(value).is_some_and(|t| self.env.tuple_items(t).is_some()) => {
                let ty = self.ty(value).expect("checked");
                self.assign_pattern(t, ty);
            }
            (Target::Tuple(ts, _), ExprKind::Call { func, args, .. }) if ts.len() == 2 => {
                // q, r = divmod(a, b)
                if let Callee::Builtin("divmod") = callee(self.env, &self.me, func) {
                    let tys: Option<Vec<Type>> = args.iter().map(|a| self.ty(a)).collect();
                    if let Some([a, b]) = tys.as_deref() {
                        let t = if *a == Type::F64 || *b == Type::F64 { Type::F64 } else { Type::I64 };
                        for t2 in ts {
                            if let Target::Name(n) = t2 {
                                self.assign(&n.id, n.span, t);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn assign(&mut self, name: &str, span: Span, t: Type) {
        let Some(local) = self.me.locals.get_mut(name) else { return };
        if local.declared {
            return; // conversions to the declared type are checked by lowering
        }
        match local.first {
            None => {
                local.ty = Some(t);
                local.first = Some((span, t));
                self.changed = true;
            }
            Some((_, first_ty)) if first_ty != t && (local.param || join(local.ty.unwrap_or(first_ty), t).is_none()) => {
                let param = local.param;
                self.me.conflicted.insert(name.to_string());
                if let Some(c) = self.conflicts.as_deref_mut() {
                    c.push(if param { param_conflict(name, span, t, first_ty) } else { conflict(name, span, t, first_ty) });
                }
            }
            Some(_) => {
                // `C` and None join to `C | None`.
                if let Some(j) = local.ty.and_then(|cur| join(cur, t)) {
                    if Some(j) != local.ty {
                        local.ty = Some(j);
                        self.changed = true;
                    }
                }
            }
        }
    }

    fn ret(&mut self, span: Span, t: Type) {
        if self.me.ret_declared {
            return;
        }
        match self.me.ret_first {
            None => {
                self.me.ret = Some(t);
                self.me.ret_first = Some((span, t));
                self.changed = true;
            }
            Some((_, first)) if first != t && join(self.me.ret.unwrap_or(first), t).is_none() => {
                if let Some(c) = self.conflicts.as_deref_mut() {
                    let mut d = Diagnostic::new(span, format!("this function returns {} here but {} elsewhere", self.env.with_article(t), self.env.with_article(first)))
                        .label(format!("returns {}", self.env.type_name(t)));
                    d = if matches!((first, t), (Type::I64, Type::F64) | (Type::F64, Type::I64)) {
                        d.help("a function returns one type: convert with float(...) so every return is a float")
                    } else {
                        d.help("a function returns one type: make every return give the same type")
                    };
                    c.push(d);
                }
            }
            Some(_) => {
                if let Some(j) = self.me.ret.and_then(|cur| join(cur, t)) {
                    if Some(j) != self.me.ret {
                        self.me.ret = Some(j);
                        self.changed = true;
                    }
                }
            }
        }
    }

    /// The type of `e`, or `None` while unknown (or ill-typed: lowering
    /// reports it).
    fn ty(&self, e: &Expr) -> Option<Type> {
        match &e.kind {
            ExprKind::Int(_) => Some(Type::I64),
            ExprKind::Float(_) => Some(Type::F64),
            ExprKind::Bool(_) => Some(Type::Bool),
            ExprKind::NoneLit => Some(Type::None),
            ExprKind::Str(_) | ExprKind::FString(_) => Some(self.env.str_type()),
            ExprKind::Slice { .. } | ExprKind::Error => None,
            ExprKind::Tuple(elts) => {
                let items: Option<Vec<Type>> = elts.iter().map(|e| self.ty(e).filter(|t| *t != Type::None)).collect();
                Some(self.env.tuple_of(&items?))
            }
            ExprKind::List(elts) => {
                // Items of types that do not join (`[1, 2.5]`) leave the
                // type unknown; lowering reports them.
                let tys: Vec<Type> = elts.iter().filter_map(|e| self.ty(e)).collect();
                let mut t = *tys.first()?;
                for &u in &tys[1..] {
                    t = join(t, u)?;
                }
                (t != Type::None).then(|| self.env.list_of(t))
            }
            ExprKind::ListComp { elt, .. } => {
                let t = self.ty(elt).filter(|t| *t != Type::None)?;
                Some(self.env.list_of(t))
            }
            ExprKind::Subscript { value, index } => {
                let lt = self.ty(value)?;
                if self.env.is_str(lt) {
                    return Some(lt);
                }
                if let Some(items) = self.env.tuple_items(lt) {
                    let crate::ConstValue::Int(k) = const_in(self.env, &self.me, index)? else { return None };
                    let k = if k < 0 { k + items.len() as i64 } else { k };
                    return items.get(usize::try_from(k).ok()?).copied();
                }
                let e = self.env.seq_elem(lt)?;
                if matches!(index.kind, ExprKind::Slice { .. }) {
                    return self.env.list_elem(lt).map(|_| lt);
                }
                Some(e)
            }
            ExprKind::Name(n) => match self.me.resolve(self.env, n) {
                NameRef::Local => self.me.locals[n].ty,
                NameRef::Global(Global::Const(c)) => Some(const_type(c)),
                NameRef::Global(Global::MathName(m)) => math_const(&m).map(|_| Type::F64),
                _ => None,
            },
            ExprKind::Attr { value, attr } => {
                if let Some(c) = const_in(self.env, &self.me, e) {
                    return Some(const_type(c));
                }
                if let ExprKind::Name(n) = &value.kind {
                    if let NameRef::Global(Global::Class(ci)) = self.me.resolve(self.env, n) {
                        let c = self.env.class_id(ci)?;
                        return self.env.classes[c].constant(&attr.id).map(const_type);
                    }
                }
                let c = self.ty(value)?.heap_type()?;
                let class = self.env.class(c)?;
                match class.field(&attr.id) {
                    Some(i) => self.fields[c.index()][i].ty,
                    None => class.constant(&attr.id).map(const_type),
                }
            }
            ExprKind::Unary { op, operand } => unary_type(*op, self.ty(operand)?).ok(),
            ExprKind::Binary { op, left, right } => {
                if let (BinOp::Mod, ExprKind::Str(_)) = (op, &left.kind) {
                    return Some(self.env.str_type());
                }
                let (lt, rt) = (self.ty(left), self.ty(right));
                let is_str = |t: Option<Type>| t.is_some_and(|t| self.env.is_str(t));
                if (matches!(op, BinOp::Add) && is_str(lt) && is_str(rt)) || (matches!(op, BinOp::Mul) && (is_str(lt) || is_str(rt))) {
                    return Some(self.env.str_type());
                }
                let list = |t: Option<Type>| t.filter(|&t| self.env.list_elem(t).is_some());
                match (op, list(lt), list(rt)) {
                    (BinOp::Add, Some(l), _) => return Some(l),
                    (BinOp::Mul, Some(l), _) => return Some(l),
                    (BinOp::Mul, _, Some(r)) => return Some(r),
                    _ => {}
                }
                let plan = binary_plan(*op, self.ty(left)?, self.ty(right)?, is_negative_int_const(self.env, &self.me, right)).ok()?;
                Some(plan.result_type())
            }
            // Merges are optimistic: an operand whose type is not known yet
            // (recursion) takes the type of the others; lowering checks.
            ExprKind::BoolOp { values, and_ } => {
                let tys: Vec<Type> = values.iter().filter_map(|v| self.ty(v)).collect();
                let first = *tys.first()?;
                if tys.iter().any(|t| t.is_ref() || *t == Type::None) {
                    bool_op_type(*and_, &tys)
                } else {
                    Some(first)
                }
            }
            ExprKind::Compare { .. } => Some(Type::Bool),
            ExprKind::IfExp { body, orelse, .. } => match (self.ty(body), self.ty(orelse)) {
                (Some(a), Some(b)) => join(a, b).or(Some(a)),
                (a, b) => a.or(b),
            },
            ExprKind::Call { func, args, .. } => match callee(self.env, &self.me, func) {
                Callee::Func(i) => self.all[i].ret,
                Callee::Class(c) => Some(Type::Ref(c)),
                Callee::Method => {
                    let ExprKind::Attr { value, attr } = &func.kind else { return None };
                    let vt = self.ty(value)?;
                    if self.env.is_str(vt) {
                        return crate::typing::str_method_type(&attr.id, vt, self.env.list_of(vt));
                    }
                    if let Some(elem) = self.env.list_elem(vt) {
                        return crate::typing::list_method_type(&attr.id, vt, elem);
                    }
                    let c = vt.heap_type()?;
                    let &m = self.env.class(c)?.methods.get(&attr.id)?;
                    self.all[m].ret
                }
                Callee::Math(m) => Some(math_type(m)),
                Callee::Builtin("pow") if args.len() == 2 => {
                    let plan = binary_plan(BinOp::Pow, self.ty(&args[0])?, self.ty(&args[1])?, is_negative_int_const(self.env, &self.me, &args[1])).ok()?;
                    Some(plan.result_type())
                }
                Callee::Builtin("float") if matches!(args.first().map(|a| &a.kind), Some(ExprKind::Str(_))) => Some(Type::F64),
                Callee::Builtin("isinstance") => Some(Type::Bool),
                Callee::Builtin("str" | "repr" | "chr") => Some(self.env.str_type()),
                Callee::Builtin("ord") => Some(Type::I64),
                Callee::Builtin("int") if args.len() == 1 && self.ty(&args[0]).is_some_and(|t| self.env.is_str(t)) => Some(Type::I64),
                Callee::Builtin("list") => match args.as_slice() {
                    [a] if self.iter_builtin(a).is_some_and(|(b, _)| b == "range") => Some(self.env.list_of(Type::I64)),
                    [a] => self.ty(a).and_then(|t| if self.env.is_args(t) { self.env.seq_elem(t).map(|e| self.env.list_of(e)) } else { self.env.list_elem(t).map(|_| t) }),
                    _ => None,
                },
                Callee::Builtin(b) => {
                    let tys: Option<Vec<Type>> = args.iter().map(|a| self.ty(a)).collect();
                    let tys = tys?;
                    if let [t] = tys.as_slice() {
                        if let Some(elem) = self.env.list_elem(*t) {
                            return crate::typing::list_builtin_type(b, *t, elem);
                        }
                        if (self.env.tuple_items(*t).is_some() || self.env.is_str(*t)) && b == "len" {
                            return Some(Type::I64);
                        }
                        if let (Some(elem), true) = (self.env.seq_elem(*t), self.env.is_args(*t)) {
                            return crate::typing::list_builtin_type(b, self.env.list_of(elem), elem);
                        }
                        if let Some(elem) = self.env.seq_elem(*t) {
                            return matches!(b, "len" | "sum").then(|| if b == "len" { Type::I64 } else { elem });
                        }
                    }
                    builtin_type(b, &tys)
                }
                Callee::Bad(_) => None,
            },
        }
    }
}

fn conflict(name: &str, span: Span, t: Type, first: Type) -> Diagnostic {
    if t.is_ref() || first.is_ref() {
        return Diagnostic::new(span, format!("variable '{name}' is assigned a value of another type here than elsewhere ({} and {})", t, first))
            .label("other type")
            .help("a variable keeps one type; use a second variable for the other type");
    }
    let d = Diagnostic::new(span, format!("variable '{name}' is assigned {} here but it is {} elsewhere", t.with_article(), first.with_article()))
        .label(format!("{} value", t.python_name()));
    match (first, t) {
        (Type::I64, Type::F64) | (Type::F64, Type::I64) => d.help(format!(
            "a variable keeps one type; make it a float everywhere, e.g. initialise it with `{name} = 0.0` (or annotate `{name}: float = 0`)"
        )),
        _ => d.help("a variable keeps one type; use a second variable for the other type"),
    }
}

fn param_conflict(name: &str, span: Span, t: Type, param: Type) -> Diagnostic {
    let d = Diagnostic::new(span, format!("parameter '{name}' is {}, but it is assigned {} here", param.with_article(), t.with_article()))
        .label(format!("{} value", t.python_name()));
    match (param, t) {
        (Type::F64, Type::I64 | Type::Bool) => d.help(format!("a parameter keeps its type; assign a float (e.g. `{name} = 0.0` or `{name} = float(...)`)")),
        _ => d.help("a parameter keeps its type; use a new local variable for the other type"),
    }
}
