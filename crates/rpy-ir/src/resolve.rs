//! Module-level name resolution: what each global name of the source
//! means (a function of the module, an int/float/bool constant, `math` or
//! a name imported from it, a builtin), and the signature of every
//! function (parameter types from annotation, caller, or default — in that
//! order — and constant default values).

use rustc_hash::FxHashMap as HashMap;

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::ir::{PrimaryMap, Type, TypeId};
use crate::{ConstValue, Options};

/// What a module-level name refers to.
#[derive(Clone, Debug)]
pub(crate) enum Global {
    /// A function of the module (index into `SourceModule::funcs`).
    Func(usize),
    /// An int/float/bool constant.
    Const(ConstValue),
    /// A module-level name whose value is not an int/float/bool constant.
    NotConst,
    /// The `math` module.
    MathModule,
    /// A name imported from `math`.
    MathName(String),
    /// Another file of the compile unit, imported as a module (index into
    /// `SourceModule::files`).
    Module(u32),
    /// A module outside the compile unit, or a name imported from one.
    Foreign(String),
    /// A class (index into `SourceModule::classes`).
    Class(usize),
}

/// A compiled class: what resolution knows before inference.
#[derive(Clone, Debug)]
pub(crate) struct ClassInfo {
    /// Index into `SourceModule::classes`.
    pub(crate) index: usize,
    /// The class name.
    pub(crate) name: String,
    /// Field names in layout order (the attributes `__init__` assigns, in
    /// the order of their first assignment), with the class-level
    /// annotation's type if there is one.
    pub(crate) fields: Vec<(Name, Option<Type>)>,
    /// Class-level constants.
    pub(crate) consts: Vec<(String, ConstValue)>,
    /// `__init__` (index into `SourceModule::funcs`).
    pub(crate) init: Option<usize>,
    /// Methods by name (the last definition wins, as in Python).
    pub(crate) methods: HashMap<String, usize>,
}

impl ClassInfo {
    /// The index of field `name`.
    pub(crate) fn field(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.0.id == name)
    }

    /// The value of class constant `name`.
    pub(crate) fn constant(&self, name: &str) -> Option<ConstValue> {
        self.consts.iter().rev().find(|c| c.0 == name).map(|c| c.1)
    }
}

/// The module-level namespaces of the compile unit's files.
pub(crate) struct ModuleEnv {
    /// Per file of the unit: what its module-level names mean.
    names: Vec<HashMap<String, Global>>,
    /// The compiled classes, by type id.
    pub(crate) classes: PrimaryMap<TypeId, ClassInfo>,
    /// The type id of each compiled class (by index into
    /// `SourceModule::classes`).
    class_ids: HashMap<usize, TypeId>,
    /// The list types met so far, interned: their item types, in id
    /// order (list ids follow the class ids). Inference and lowering add
    /// to it as they meet `list[T]` values.
    lists: std::cell::RefCell<Vec<crate::ir::HeapType>>,
    /// The source's `tuple[...]` annotations (`AnnType::Tuple` indexes it).
    tuple_anns: Vec<Vec<AnnType>>,
    /// The module name of each file of the unit.
    modules: Vec<String>,
}

/// The builtins the subset supports.
pub(crate) const BUILTINS: &[&str] = &["abs", "min", "max", "int", "float", "bool", "round", "divmod", "len", "range", "print", "pow", "sum", "sorted", "reversed", "enumerate", "zip", "list", "any", "all", "isinstance", "str", "repr", "ord", "chr"];

impl ModuleEnv {
    pub(crate) fn new(m: &SourceModule, opts: &Options) -> ModuleEnv {
        let module_of = |name: &str| m.files.iter().position(|f| f.module == name).map(|j| j as u32);
        // Per file, every module-level binding in source order: a later
        // one rebinds the name, as when Python runs the module.
        let mut events: Vec<Vec<(u32, String, Binding<'_>)>> = Vec::with_capacity(m.files.len());
        // Cells of a session are one module: file 0's namespace has the
        // bindings of all, in the order they ran; the others share it.
        let cells = m.files.len() > 1 && m.files.iter().all(|f| f.module == m.files[0].module);
        for (k, file) in m.files.iter().enumerate() {
            let mut ev: Vec<(u32, String, Binding<'_>)> = Vec::new();
            for (i, f) in m.funcs.iter().enumerate().filter(|(_, f)| f.file as usize == k && f.class.is_none()) {
                ev.push((f.span.start, f.name.id.clone(), Binding::Is(Global::Func(i))));
            }
            for (i, c) in m.classes.iter().enumerate().filter(|(_, c)| c.file as usize == k) {
                ev.push((c.name.span.start, c.name.id.clone(), Binding::Is(Global::Class(i))));
            }
            for imp in &m.imports[file.imports.clone()] {
                match imp {
                    Import::Module { module, alias } => {
                        let g = match module_of(module) {
                            _ if module == "math" => Global::MathModule,
                            Some(j) => Global::Module(j),
                            None => Global::Foreign(module.clone()),
                        };
                        ev.push((alias.span.start, alias.id.clone(), Binding::Is(g)));
                    }
                    Import::From { module, name, alias } if module == "math" && name == "*" => {
                        for n in MATH_CONSTS.iter().map(|c| c.0).chain(MATH_FUNCS.iter().map(|f| f.0)) {
                            ev.push((alias.span.start, n.to_string(), Binding::Is(Global::MathName(n.to_string()))));
                        }
                    }
                    Import::From { module, name, alias } if module == "math" => {
                        ev.push((alias.span.start, alias.id.clone(), Binding::Is(Global::MathName(name.clone()))));
                    }
                    Import::From { module, name, alias } => {
                        let b = match module_of(module) {
                            Some(j) => Binding::From(j, name),
                            None => Binding::Is(Global::Foreign(format!("{module}.{name}"))),
                        };
                        ev.push((alias.span.start, alias.id.clone(), b));
                    }
                }
            }
            for (name, value) in &m.globals[file.globals.clone()] {
                ev.push((name.span.start, name.id.clone(), Binding::Assign(value)));
            }
            ev.sort_by_key(|e| e.0);
            match events.first_mut() {
                Some(first) if cells => first.extend(ev),
                _ => events.push(ev),
            }
        }
        if cells {
            events.resize_with(m.files.len(), Vec::new);
        }
        let mut env = ModuleEnv {
            names: vec![HashMap::default(); m.files.len()],
            classes: PrimaryMap::default(),
            class_ids: HashMap::default(),
            lists: Default::default(),
            tuple_anns: m.tuple_anns.clone(),
            modules: m.files.iter().map(|f| f.module.clone()).collect(),
        };
        // Names imported from another file of the unit (possibly
        // re-exported, possibly constants computed from its imports) need
        // that file's namespace: run every file's bindings again until
        // nothing changes. Each round settles at least one more link of
        // every chain, so the number of files bounds the rounds.
        for _ in 0..=m.files.len() {
            let mut changed = false;
            for (k, ev) in events.iter().enumerate() {
                let old = std::mem::take(&mut env.names[k]);
                for (_, name, b) in ev {
                    let g = match b {
                        Binding::Is(g) => g.clone(),
                        Binding::From(j, n) => env.get_in_module_or(&old, k, *j, n),
                        Binding::Assign(value) => match env.const_eval(k as u32, value) {
                            Some(c) => Global::Const(c),
                            None => Global::NotConst,
                        },
                    };
                    env.names[k].insert(name.clone(), g);
                }
                if k == 0 {
                    for (n, c) in &opts.consts {
                        env.names[0].insert(n.clone(), Global::Const(*c));
                    }
                }
                changed |= format!("{:?}", sorted(&old)) != format!("{:?}", sorted(&env.names[k]));
            }
            if !changed {
                break;
            }
        }
        if cells {
            for k in 1..env.names.len() {
                env.names[k] = env.names[0].clone();
            }
        }
        env
    }

    /// What `from <file j> import name` binds in file `k`, while file
    /// `k`'s namespace is being rebuilt (`old` is its previous round).
    fn get_in_module_or(&self, old: &HashMap<String, Global>, k: usize, j: u32, name: &str) -> Global {
        let ns = if j as usize == k { old } else { &self.names[j as usize] };
        ns.get(name).cloned().unwrap_or_else(|| Global::Foreign(format!("{}.{name}", self.module_name(j))))
    }

    /// Make `classes` (indices into `SourceModule::classes`, in order) the
    /// compiled classes, reporting what in them is outside the subset.
    pub(crate) fn set_classes(&mut self, m: &SourceModule, classes: &[usize], diags: &mut Vec<Diagnostic>) {
        for &ci in classes {
            let c = &m.classes[ci];
            diags.extend(c.errors.iter().cloned());
            let mut methods = HashMap::default();
            for &f in &c.methods {
                methods.insert(m.funcs[f].name.id.clone(), f);
            }
            let init = methods.get("__init__").copied();
            let mut fields: Vec<(Name, Option<Type>)> = Vec::new();
            if let Some(i) = init {
                let f = &m.funcs[i];
                if let Some(this) = f.params.first() {
                    let mut names = Vec::new();
                    crate::infer::collect_self_fields(&f.body, &this.name.id, &mut names);
                    for n in names {
                        if !fields.iter().any(|f| f.0.id == n.id) {
                            fields.push((n, None));
                        }
                    }
                }
            }
            let mut consts = Vec::new();
            for (n, e) in &c.consts {
                match self.const_eval_in(c.file, e, &consts) {
                    Some(v) => consts.push((n.id.clone(), v)),
                    None => diags.push(
                        Diagnostic::new(e.span, format!("class attribute '{}' of '{}' is not an int, float or bool constant", n.id, c.name.id))
                            .label("not a constant")
                            .help("class attributes of a compiled class are constants; assign per-instance values in __init__"),
                    ),
                }
            }
            let id = self.classes.push(ClassInfo { index: ci, name: c.name.id.clone(), fields, consts, init, methods });
            self.class_ids.insert(ci, id);
        }
        // Field annotations may name any compiled class, so they are
        // resolved once every class has its id.
        for &ci in classes {
            let c = &m.classes[ci];
            let id = self.class_ids[&ci];
            for (n, a) in &c.annotations {
                let t = self.ann_type(a.ty);
                match self.classes[id].field(&n.id) {
                    Some(i) => self.classes[id].fields[i].1 = t,
                    None => diags.push(
                        Diagnostic::new(n.span, format!("field '{}' of '{}' is annotated but never assigned in __init__", n.id, c.name.id))
                            .label("no assignment in __init__")
                            .help(format!("assign it in __init__ (`self.{} = ...`): the fields of a compiled class are the attributes __init__ assigns", n.id)),
                    ),
                }
            }
        }
    }

    /// The type id of class `index` of the source, if it is compiled.
    pub(crate) fn class_id(&self, index: usize) -> Option<TypeId> {
        self.class_ids.get(&index).copied()
    }

    /// The IR type of an annotation (`None` for a class that is not
    /// compiled, which selection makes impossible).
    pub(crate) fn ann_type(&self, a: AnnType) -> Option<Type> {
        Some(match a {
            AnnType::Int => Type::I64,
            AnnType::Float => Type::F64,
            AnnType::Bool => Type::Bool,
            AnnType::None => Type::None,
            AnnType::Class { index, optional } => {
                let id = self.class_id(index as usize)?;
                if optional { Type::OptRef(id) } else { Type::Ref(id) }
            }
            AnnType::List { depth, elem } => {
                let mut t = match elem {
                    ElemAnn::Int => Type::I64,
                    ElemAnn::Float => Type::F64,
                    ElemAnn::Bool => Type::Bool,
                    ElemAnn::Class { index, optional } => self.ann_type(AnnType::Class { index, optional })?,
                    ElemAnn::Tuple(i) => self.ann_type(AnnType::Tuple(i))?,
                    ElemAnn::Str => self.str_type(),
                };
                for _ in 0..depth {
                    t = self.list_of(t);
                }
                t
            }
            AnnType::Array(e) => self.array_of(e),
            AnnType::Str => self.str_type(),
            AnnType::Tuple(i) => {
                let items: Option<Vec<Type>> = self.tuple_anns.get(i as usize)?.clone().into_iter().map(|a| self.ann_type(a)).collect();
                self.tuple_of(&items?)
            }
        })
    }

    /// The compiled class `id`, if it is one (not a list).
    pub(crate) fn class(&self, id: TypeId) -> Option<&ClassInfo> {
        self.classes.get(id)
    }

    /// The type `list[elem]`, interned.
    pub(crate) fn list_of(&self, elem: Type) -> Type {
        self.intern(crate::ir::HeapType::List { elem })
    }

    /// The type `f64[:]` (and friends), interned.
    pub(crate) fn array_of(&self, elem: crate::ir::ArrayElem) -> Type {
        self.intern(crate::ir::HeapType::Array { elem })
    }

    fn intern(&self, h: crate::ir::HeapType) -> Type {
        let mut lists = self.lists.borrow_mut();
        let k = match lists.iter().position(|e| *e == h) {
            Some(k) => k,
            None => {
                lists.push(h);
                lists.len() - 1
            }
        };
        Type::Ref(<TypeId as crate::ir::EntityRef>::new(self.classes.len() + k))
    }

    /// The type of `*args: elem`, interned.
    pub(crate) fn args_of(&self, elem: Type) -> Type {
        self.intern(crate::ir::HeapType::Args { elem })
    }

    /// Whether `t` is the type of an `*args`.
    pub(crate) fn is_args(&self, t: Type) -> bool {
        matches!(self.interned(t), Some(crate::ir::HeapType::Args { .. }))
    }

    /// The type `str`, interned.
    pub(crate) fn str_type(&self) -> Type {
        self.intern(crate::ir::HeapType::Str)
    }

    /// Whether `t` is `str`.
    pub(crate) fn is_str(&self, t: Type) -> bool {
        self.interned(t) == Some(crate::ir::HeapType::Str)
    }

    /// The type `tuple[items...]`, interned.
    pub(crate) fn tuple_of(&self, items: &[Type]) -> Type {
        self.intern(crate::ir::HeapType::tuple(items))
    }

    /// The item types of `t`, if it is a tuple type.
    pub(crate) fn tuple_items(&self, t: Type) -> Option<Vec<Type>> {
        self.interned(t)?.tuple_items()
    }

    /// The interned (non-class) heap type `t` refers to.
    fn interned(&self, t: Type) -> Option<crate::ir::HeapType> {
        let Type::Ref(id) = t else { return None };
        let k = crate::ir::EntityRef::index(id).checked_sub(self.classes.len())?;
        self.lists.borrow().get(k).cloned()
    }

    /// The item type of `t`, if it is a list type.
    pub(crate) fn list_elem(&self, t: Type) -> Option<Type> {
        self.interned(t)?.list_elem()
    }

    /// The memory item type of `t`, if it is an array type.
    pub(crate) fn array_elem(&self, t: Type) -> Option<crate::ir::ArrayElem> {
        self.interned(t)?.array_elem()
    }

    /// The item type of `t`, if it is a list or an array type.
    pub(crate) fn seq_elem(&self, t: Type) -> Option<Type> {
        self.interned(t)?.seq_elem()
    }

    /// The list and array types, in id order after the classes.
    pub(crate) fn list_types(&self) -> Vec<crate::ir::HeapType> {
        self.lists.borrow().clone()
    }

    /// The Python name of a type, with class names (`list[int]`).
    pub(crate) fn type_name(&self, t: Type) -> String {
        if let Some(e) = self.list_elem(t) {
            return format!("list[{}]", self.type_name(e));
        }
        if let Some(e) = self.array_elem(t) {
            return format!("{}[:]", e.name());
        }
        if self.is_str(t) {
            return "str".to_string();
        }
        if let Some(crate::ir::HeapType::Args { elem }) = self.interned(t) {
            return format!("tuple[{}, ...]", self.type_name(elem));
        }
        if let Some(items) = self.tuple_items(t) {
            let names: Vec<String> = items.iter().map(|&i| self.type_name(i)).collect();
            return format!("tuple[{}]", names.join(", "));
        }
        match t {
            Type::Ref(c) => self.classes.get(c).map_or("object".into(), |k| k.name.clone()),
            Type::OptRef(c) => format!("{} | None", self.classes.get(c).map_or("object", |k| k.name.as_str())),
            t => t.python_name().to_string(),
        }
    }

    /// The type with an article for messages: "an int", "a Vec3".
    pub(crate) fn with_article(&self, t: Type) -> String {
        match t {
            Type::Ref(_) | Type::OptRef(_) => {
                let n = self.type_name(t);
                let vowel = n.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']);
                format!("{} {n}", if vowel { "an" } else { "a" })
            }
            t => t.with_article().to_string(),
        }
    }

    /// The meaning of a module-level name of file `file` of the unit.
    /// The module-level names of file `file`.
    pub(crate) fn names_in(&self, file: u32) -> impl Iterator<Item = &str> {
        self.names.get(file as usize).into_iter().flat_map(|m| m.keys().map(String::as_str))
    }

    pub(crate) fn get(&self, file: u32, name: &str) -> Option<&Global> {
        self.names.get(file as usize)?.get(name)
    }

    /// The meaning of `module.name` where `module` is file `file` of the
    /// unit (`geometry.norm` after `import geometry`).
    pub(crate) fn get_in_module(&self, file: u32, name: &str) -> Global {
        self.get(file, name).cloned().unwrap_or_else(|| Global::Foreign(format!("{}.{name}", self.module_name(file))))
    }

    /// The module name of file `file` of the unit.
    pub(crate) fn module_name(&self, file: u32) -> &str {
        self.modules.get(file as usize).map_or("?", String::as_str)
    }

    /// Evaluate a constant expression of file `file`: literals, unary
    /// +/-/~/not, names of earlier constants, `math` constants, constants
    /// of other files of the unit. Arithmetic between constants is folded
    /// by the reference interpreter's semantics.
    pub(crate) fn const_eval(&self, file: u32, e: &Expr) -> Option<ConstValue> {
        self.const_eval_in(file, e, &[])
    }

    /// [`const_eval`](Self::const_eval) with the names of `scope` (a class
    /// body's earlier constants) in front of the module's.
    fn const_eval_in(&self, file: u32, e: &Expr, scope: &[(String, ConstValue)]) -> Option<ConstValue> {
        match &e.kind {
            ExprKind::Int(n) => Some(ConstValue::Int(*n)),
            ExprKind::Float(x) => Some(ConstValue::Float(*x)),
            ExprKind::Bool(b) => Some(ConstValue::Bool(*b)),
            ExprKind::NoneLit => Some(ConstValue::None),
            ExprKind::Name(n) if scope.iter().any(|(k, _)| k == n) => scope.iter().rev().find(|(k, _)| k == n).map(|(_, v)| *v),
            ExprKind::Name(n) => match self.get(file, n)? {
                Global::Const(c) => Some(*c),
                Global::MathName(m) => math_const(m).map(ConstValue::Float),
                _ => None,
            },
            ExprKind::Attr { value, attr } => match &value.kind {
                ExprKind::Name(n) => match self.get(file, n)? {
                    Global::MathModule => math_const(&attr.id).map(ConstValue::Float),
                    Global::Module(j) => match self.get(*j, &attr.id)? {
                        Global::Const(c) => Some(*c),
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            },
            ExprKind::Unary { op, operand } => {
                let v = self.const_eval_in(file, operand, scope)?;
                crate::consteval::unary(*op, v)
            }
            ExprKind::Binary { op, left, right } => {
                let (a, b) = (self.const_eval_in(file, left, scope)?, self.const_eval_in(file, right, scope)?);
                crate::consteval::binary(*op, a, b)
            }
            _ => None,
        }
    }
}

/// `math` constants.
pub(crate) const MATH_CONSTS: &[(&str, f64)] = &[
    ("pi", std::f64::consts::PI),
    ("e", std::f64::consts::E),
    ("tau", std::f64::consts::TAU),
    ("inf", f64::INFINITY),
    ("nan", f64::NAN),
];

/// The value of a `math` constant.
pub(crate) fn math_const(name: &str) -> Option<f64> {
    MATH_CONSTS.iter().find(|c| c.0 == name).map(|c| c.1)
}

/// `math` functions: name and arity (`log` takes 1 or 2).
pub(crate) const MATH_FUNCS: &[(&str, usize)] = &[
    ("sqrt", 1), ("exp", 1), ("log", 1), ("log2", 1), ("log10", 1),
    ("sin", 1), ("cos", 1), ("tan", 1), ("asin", 1), ("acos", 1), ("atan", 1),
    ("sinh", 1), ("cosh", 1), ("tanh", 1), ("fabs", 1), ("floor", 1), ("ceil", 1),
    ("trunc", 1), ("isnan", 1), ("isinf", 1), ("isfinite", 1),
    ("atan2", 2), ("hypot", 2), ("pow", 2), ("copysign", 2), ("fmod", 2),
];

/// A function's signature.
#[derive(Clone, Debug)]
pub(crate) struct Sig {
    /// Parameter names and types (`None`: no type could be found; an
    /// error has been reported).
    pub(crate) params: Vec<(String, Option<Type>)>,
    /// Constant default values.
    pub(crate) defaults: Vec<Option<ConstValue>>,
    /// The annotated return type, if any.
    pub(crate) ret_ann: Option<Type>,
    /// How many leading parameters are positional-only (before `/`).
    pub(crate) positional_only: usize,
    /// How many trailing parameters are keyword-only (after `*`).
    pub(crate) keyword_only: usize,
    /// The index of `*args`, if any.
    pub(crate) vararg: Option<usize>,
}

/// The type of a constant.
pub(crate) fn const_type(c: ConstValue) -> Type {
    c.ty()
}

/// The signature of `f`, reporting parameters without a type and
/// non-constant defaults.
pub(crate) fn signature(m: &SourceModule, env: &ModuleEnv, f: &FuncDef, opts: &Options, diags: &mut Vec<Diagnostic>) -> Sig {
    let mut params = Vec::new();
    let mut defaults = Vec::new();
    let qualname = qualname(m, f);
    let class = f.class.and_then(|c| env.class_id(c));
    if let (Some(_), None) = (class, f.params.first()) {
        diags.push(Diagnostic::new(f.name.span, format!("method '{qualname}' has no `self` parameter")).label("no self").help("a method's first parameter is the instance: def m(self, ...)"));
    }
    for (pi, p) in f.params.iter().enumerate() {
        if let (Some(c), 0) = (class, pi) {
            // `self`: the instance.
            if p.default.is_some() || p.annotated {
                diags.push(Diagnostic::new(p.name.span, format!("the `{}` parameter of '{qualname}' cannot have a default or an annotation", p.name.id)).label("self"));
            }
            params.push((p.name.id.clone(), Some(Type::Ref(c))));
            defaults.push(None);
            continue;
        }
        let default = p.default.as_ref().map(|d| (d, env.const_eval(f.file, d)));
        if let Some((d, None)) = default {
            diags.push(
                Diagnostic::new(d.span, format!("the default value of parameter '{}' is not an int, float or bool constant", p.name.id))
                    .label("not a constant")
                    .help("use a literal such as 0, 0.0 or False (or None for a parameter annotated `C | None`)"),
            );
        }
        let default = default.and_then(|d| d.1);
        let mut given = opts.param_types.iter().find(|(func, param, _)| *func == qualname && *param == p.name.id).map(|t| t.2);
        if let (Some(ci), "__init__") = (f.class, f.name.id.as_str()) {
            // @rpy.object(x=float) types __init__'s parameters.
            if let Some((_, a)) = m.classes[ci].param_types.iter().find(|(n, _)| *n == p.name.id) {
                given = given.or(env.ann_type(*a));
            }
        }
        let ty = p.annotation.and_then(|a| env.ann_type(a.ty)).or(given).or(default.map(const_type));
        // `*args: T`: a tuple of T.
        let ty = if f.vararg == Some(pi) { ty.filter(|t| *t != Type::None).map(|t| env.args_of(t)) } else { ty };
        match ty {
            Some(Type::None) => {
                diags.push(Diagnostic::new(p.name.span, format!("parameter '{}' cannot have type None", p.name.id)).label("None parameter"));
            }
            // An unsupported annotation was reported where it is written.
            None if p.annotated => {}
            None => diags.push(
                Diagnostic::new(p.name.span, format!("parameter '{}' of '{}' has no type", p.name.id, f.name.id))
                    .label("no annotation and no default")
                    .help(format!("annotate it (`{}: int`), give a default (`{}=0.0`), or pass its type to bind()", p.name.id, p.name.id)),
            ),
            Some(_) => {}
        }
        // A default keeps its type, as in CPython: `def f(x: float = 1)`
        // would bind the int 1.
        let default = match (default, ty) {
            (Some(d), Some(t)) if d.ty() != t && !(d == ConstValue::None && matches!(t, Type::OptRef(_))) => {
                let span = p.default.as_ref().map_or(p.name.span, |d| d.span);
                diags.push(
                    Diagnostic::new(span, format!("the default value of parameter '{}' is {}, but the parameter is {}", p.name.id, d.ty().with_article(), t.with_article()))
                        .label("wrong type")
                        .help(if t == Type::F64 { "write the default as a float literal, e.g. 1.0" } else { "give a default of the parameter's type" }),
                );
                None
            }
            (d, _) => d,
        };
        params.push((p.name.id.clone(), ty.filter(|t| *t != Type::None)));
        defaults.push(default);
    }
    Sig { params, defaults, ret_ann: f.returns.and_then(|a| env.ann_type(a.ty)), positional_only: f.positional_only, keyword_only: f.keyword_only, vararg: f.vararg }
}

/// The qualified name of a function: `f`, or `C.m` for a method, with
/// the module in front for a file of the unit other than the main one
/// (`geometry.norm`, `geometry.Vec.length`).
pub(crate) fn qualname(m: &SourceModule, f: &FuncDef) -> String {
    let name = match f.class {
        Some(c) => format!("{}.{}", m.classes[c].name.id, f.name.id),
        None => f.name.id.clone(),
    };
    module_prefixed(m, f.file, name)
}

/// `name` with the module of file `file` in front, unless it is the
/// main file (its names are the host's: `add`, `C.m`).
pub(crate) fn module_prefixed(m: &SourceModule, file: u32, name: String) -> String {
    match (m.files.get(file as usize), m.files.first()) {
        (Some(f), Some(main)) if f.module != main.module => format!("{}.{name}", f.module),
        _ => name,
    }
}

/// A module-level binding, before the fixpoint of [`ModuleEnv::new`].
enum Binding<'a> {
    /// A definition or an import whose meaning is known.
    Is(Global),
    /// `from <file of the unit> import name`.
    From(u32, &'a str),
    /// `NAME = expr`.
    Assign(&'a Expr),
}

/// A namespace in a stable order (to tell whether a round changed it).
fn sorted(ns: &HashMap<String, Global>) -> Vec<(&String, &Global)> {
    let mut v: Vec<_> = ns.iter().collect();
    v.sort_by(|a, b| a.0.cmp(b.0));
    v
}

