//! The front end's own small AST of the supported subset. `syntax` builds
//! it from ruff's AST (the only module that sees ruff types), rejecting
//! everything outside the subset with a diagnostic, so the later passes
//! (`infer`, `lower`) never meet an unsupported construct.
//!
//! Spans are byte offsets into the compile unit: the unit's files laid
//! end to end, each followed by one newline (see [`SourceModule::files`]),
//! so one offset names one place in one file.

/// A byte range in the compile unit.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

/// An identifier with its span.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Name {
    /// The identifier.
    pub id: String,
    /// Where it is written.
    pub span: Span,
}

/// A parsed source fragment: the parts the compiler cares about.
#[derive(Clone, Debug, Default)]
pub struct SourceModule {
    /// Top-level functions, in source order.
    pub funcs: Vec<FuncDef>,
    /// Top-level `NAME = expr` assignments (candidates for constants), in
    /// source order; the last one of a name wins.
    pub globals: Vec<(Name, Expr)>,
    /// Top-level imports.
    pub imports: Vec<Import>,
    /// Top-level classes, in source order (their methods are in
    /// `funcs`, with [`FuncDef::class`] set).
    pub classes: Vec<ClassDef>,
    /// The item annotations of every `tuple[...]` annotation
    /// ([`AnnType::Tuple`] indexes it, so annotations stay `Copy`).
    pub tuple_anns: Vec<Vec<AnnType>>,
    /// The files of the compile unit, the main file first. Every
    /// function, class, import and global belongs to one of them.
    pub files: Vec<UnitFile>,
}

/// One file of a compile unit.
#[derive(Clone, Debug, Default)]
pub struct UnitFile {
    /// Its module name (`geometry` for `geometry.py`), what other files
    /// of the unit import it as.
    pub module: String,
    /// Where its text starts in the unit's offsets.
    pub base: u32,
    /// Its imports (a range of [`SourceModule::imports`]).
    pub imports: std::ops::Range<usize>,
    /// Its module-level assignments (a range of [`SourceModule::globals`]).
    pub globals: std::ops::Range<usize>,
}

/// A top-level `class`.
#[derive(Clone, Debug)]
pub struct ClassDef {
    /// The class name.
    pub name: Name,
    /// Class-level annotations (`x: float`): field types.
    pub annotations: Vec<(Name, Annotation)>,
    /// Class-level `K = expr` assignments (constants).
    pub consts: Vec<(Name, Expr)>,
    /// Its methods (indices into [`SourceModule::funcs`]), in order.
    pub methods: Vec<usize>,
    /// `@rpy.object(x=float)`: types of `__init__` parameters.
    pub param_types: Vec<(String, AnnType)>,
    /// Where the statement starts (first decorator or `class`).
    pub start: u32,
    /// The file of the unit it is in (index into [`SourceModule::files`]).
    pub file: u32,
    /// Constructs outside the subset (inheritance, properties, ...),
    /// reported when the class is compiled.
    pub errors: Vec<crate::diag::Diagnostic>,
}

/// A top-level import.
#[derive(Clone, Debug)]
pub enum Import {
    /// `import MODULE [as ALIAS]`: binds `alias` to the module.
    Module {
        /// The module imported (e.g. `math`).
        module: String,
        /// The local name bound.
        alias: Name,
    },
    /// `from MODULE import NAME [as ALIAS]`.
    From {
        /// The module.
        module: String,
        /// The imported name.
        name: String,
        /// The local name bound.
        alias: Name,
    },
}

/// A type written in an annotation or given by the caller.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AnnType {
    /// `int`
    Int,
    /// `float`
    Float,
    /// `bool`
    Bool,
    /// `None`
    None,
    /// A compiled class (index into [`SourceModule::classes`]), or with
    /// `optional` `C | None` (`Optional[C]`).
    Class {
        /// The class.
        index: u32,
        /// `C | None`.
        optional: bool,
    },
    /// `list[T]` (`List[T]`, `typing.List[T]`), nested `depth` times:
    /// `list[list[float]]` is depth 2 over `float`.
    List {
        /// How many `list[...]` wrap the item type.
        depth: u8,
        /// The innermost item type.
        elem: ElemAnn,
    },
    /// `rpythonic.f64[:]`, `f64[:]` (and `i64`, `i32`, `f32`, `u8`): a
    /// one-dimensional view of a host buffer.
    Array(crate::ir::ArrayElem),
    /// `tuple[T1, T2, ...]` (`Tuple[...]`): index into
    /// [`SourceModule::tuple_anns`].
    Tuple(u32),
    /// `str`
    Str,
}

/// The innermost item type of a `list[...]` annotation.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ElemAnn {
    /// `int`
    Int,
    /// `float`
    Float,
    /// `bool`
    Bool,
    /// A compiled class, or `C | None`.
    Class {
        /// The class.
        index: u32,
        /// `C | None`.
        optional: bool,
    },
    /// A tuple (index into [`SourceModule::tuple_anns`]).
    Tuple(u32),
    /// `str`
    Str,
}

/// An annotation with its span.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Annotation {
    /// The type.
    pub ty: AnnType,
    /// Where it is written.
    pub span: Span,
}

/// A `def` at the top level.
#[derive(Clone, Debug)]
pub struct FuncDef {
    /// The function name.
    pub name: Name,
    /// Parameters.
    pub params: Vec<ParamDef>,
    /// How many leading parameters are positional-only (before `/`).
    pub positional_only: usize,
    /// How many trailing parameters are keyword-only (after `*`).
    pub keyword_only: usize,
    /// The index in `params` of `*args: T`, if any (its annotation is the
    /// item type).
    pub vararg: Option<usize>,
    /// The return annotation.
    pub returns: Option<Annotation>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The function name's span (the function's location).
    pub span: Span,
    /// For a method, its class (index into [`SourceModule::classes`]).
    pub class: Option<usize>,
    /// Where the statement starts: its first decorator, or `def` (the
    /// line Python reports as `co_firstlineno`).
    pub start: u32,
    /// The file of the unit it is in (index into [`SourceModule::files`]).
    pub file: u32,
    /// Constructs outside the subset found in this function; a function
    /// with errors is reported, not compiled.
    pub errors: Vec<crate::diag::Diagnostic>,
    /// Names bound by the rejected statements of `errors` (a nested
    /// `def`, `g = lambda ...`): their uses are not reported again.
    pub poisoned: Vec<String>,
}

/// A function parameter.
#[derive(Clone, Debug)]
pub struct ParamDef {
    /// Its name.
    pub name: Name,
    /// Its annotation.
    pub annotation: Option<Annotation>,
    /// Whether an annotation is written (even an unsupported one, which
    /// was reported and left `annotation` empty).
    pub annotated: bool,
    /// Its default value.
    pub default: Option<Expr>,
}

/// A statement.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// What it is.
    pub kind: StmtKind,
    /// Where.
    pub span: Span,
}

/// An assignment target.
#[derive(Clone, Debug)]
pub enum Target {
    /// A local name.
    Name(Name),
    /// `a, b` (possibly nested).
    Tuple(Vec<Target>, Span),
    /// `obj.attr` (a field of a compiled instance).
    Attr {
        /// The object.
        value: Box<Expr>,
        /// The field.
        attr: Name,
    },
    /// `xs[i]` or `xs[a:b:c]` (the index is an [`ExprKind::Slice`]).
    Subscript {
        /// The list.
        value: Box<Expr>,
        /// The index.
        index: Box<Expr>,
        /// The whole target.
        span: Span,
    },
}

/// Statement kinds of the subset.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// An expression evaluated for its effect (calls, print, docstrings).
    Expr(Expr),
    /// `t1 = t2 = value`
    Assign {
        /// Targets, assigned left to right.
        targets: Vec<Target>,
        /// The value.
        value: Expr,
    },
    /// `name: ann [= value]`
    AnnAssign {
        /// The local declared.
        target: Name,
        /// Its declared type.
        ann: Annotation,
        /// The value, if any.
        value: Option<Expr>,
    },
    /// `target op= value` (a local or a field)
    AugAssign {
        /// The local or field updated.
        target: Target,
        /// The operator.
        op: BinOp,
        /// The right operand.
        value: Expr,
    },
    /// `return [value]`
    Return(Option<Expr>),
    /// `if test: body else: orelse` (`elif` nests in `orelse`).
    If {
        /// Condition.
        test: Expr,
        /// Then branch.
        body: Vec<Stmt>,
        /// Else branch.
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`
    While {
        /// Condition.
        test: Expr,
        /// Loop body.
        body: Vec<Stmt>,
        /// Runs when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `for target in range(...): body else: orelse`
    For {
        /// Loop variable(s).
        target: Target,
        /// The iterable (a `range(...)` call).
        iter: Expr,
        /// Loop body.
        body: Vec<Stmt>,
        /// Runs when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `raise Kind`, `raise Kind()`, `raise Kind(msg)`: `msg` is formatted
    /// as `str(msg)` (a string literal, an f-string, `"..." % x` or any
    /// printable value).
    Raise {
        /// The exception type.
        kind: crate::exc::ExcKind,
        /// The message argument, if any.
        msg: Option<Expr>,
    },
    /// `try: body except ...: ... else: orelse finally: finalbody`
    Try {
        /// The protected statements.
        body: Vec<Stmt>,
        /// The `except` clauses, in order.
        handlers: Vec<ExceptClause>,
        /// Runs when `body` completes without an exception.
        orelse: Vec<Stmt>,
        /// Runs on every way out.
        finalbody: Vec<Stmt>,
    },
    /// A bare `raise` in an `except` clause: the caught exception again.
    Reraise,
    /// `assert test[, msg]` (always checked: compiled code has no `-O`).
    Assert {
        /// The condition.
        test: Expr,
        /// The message, evaluated only when the test fails.
        msg: Option<Expr>,
    },
    /// `del t1, t2` (subscripts and slices of lists).
    Del(Vec<Target>),
    /// `break`
    Break,
    /// `continue`
    Continue,
    /// `pass`
    Pass,
    /// `global a, b` (reading module constants).
    Global(Vec<Name>),
}

impl StmtKind {
    /// The statement lists of a `try` (body, handlers, else, finally), in
    /// source order; empty for other statements.
    pub fn try_blocks(&self) -> Vec<&[Stmt]> {
        match self {
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let mut v: Vec<&[Stmt]> = vec![body];
                v.extend(handlers.iter().map(|h| h.body.as_slice()));
                v.push(orelse);
                v.push(finalbody);
                v
            }
            _ => Vec::new(),
        }
    }
}

/// One `except` clause.
#[derive(Clone, Debug)]
pub struct ExceptClause {
    /// The exception kinds it catches (the named types and their
    /// subclasses); every kind for a bare `except:`.
    pub kinds: Vec<crate::exc::ExcKind>,
    /// `as name`: the caught exception, usable as `str(name)` in `print`,
    /// f-strings and exception messages.
    pub name: Option<Name>,
    /// Its statements.
    pub body: Vec<Stmt>,
    /// Where it is written.
    pub span: Span,
}

/// An expression.
#[derive(Clone, Debug)]
pub struct Expr {
    /// What it is.
    pub kind: ExprKind,
    /// Where.
    pub span: Span,
}

/// Binary operators.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
}

impl BinOp {
    /// The Python spelling.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

/// Unary operators.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    /// `-`
    Neg,
    /// `+`
    Pos,
    /// `not`
    Not,
    /// `~`
    Invert,
}

/// Comparison operators.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

impl CmpOp {
    /// The operator with swapped operands (`a < b` ⇔ `b > a`).
    pub fn swap(self) -> CmpOp {
        match self {
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            CmpOp::Is => CmpOp::Is,
            CmpOp::IsNot => CmpOp::IsNot,
            // Not symmetric; callers never swap membership tests.
            CmpOp::In => CmpOp::In,
            CmpOp::NotIn => CmpOp::NotIn,
        }
    }

    /// The Python spelling.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// A keyword argument.
#[derive(Clone, Debug)]
pub struct Keyword {
    /// The parameter name.
    pub name: Name,
    /// The value.
    pub value: Expr,
}

/// A part of an f-string.
#[derive(Clone, Debug)]
pub enum FPart {
    /// Literal text.
    Lit(String),
    /// `{expr!conv:spec}`
    Value {
        /// The expression.
        expr: Expr,
        /// `!r`, `!s` or `!a`.
        conv: Option<char>,
        /// The (literal) format spec.
        spec: Option<(String, Span)>,
    },
}

/// Expression kinds of the subset.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// An int literal that fits in 64 bits (negative literals are folded).
    Int(i64),
    /// A float literal.
    Float(f64),
    /// `True` / `False`
    Bool(bool),
    /// `None`
    NoneLit,
    /// A string literal (only valid in print-like positions).
    Str(String),
    /// A name.
    Name(String),
    /// `value.attr` (module attributes such as `math.pi`).
    Attr {
        /// The object.
        value: Box<Expr>,
        /// The attribute.
        attr: Name,
    },
    /// `op operand`
    Unary {
        /// Operator.
        op: UnaryOp,
        /// Operand.
        operand: Box<Expr>,
    },
    /// `left op right`
    Binary {
        /// Operator.
        op: BinOp,
        /// Left operand.
        left: Box<Expr>,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `a and b and c` (`and_ = true`) or `a or b or c`.
    BoolOp {
        /// True for `and`, false for `or`.
        and_: bool,
        /// Operands (two or more).
        values: Vec<Expr>,
    },
    /// `left op1 c1 op2 c2 ...`
    Compare {
        /// First operand.
        left: Box<Expr>,
        /// Operators.
        ops: Vec<CmpOp>,
        /// Right operands.
        comparators: Vec<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        /// Condition.
        test: Box<Expr>,
        /// Value if true.
        body: Box<Expr>,
        /// Value if false.
        orelse: Box<Expr>,
    },
    /// `func(args, kw=value)`
    Call {
        /// The callee.
        func: Box<Expr>,
        /// Positional arguments.
        args: Vec<Expr>,
        /// Keyword arguments.
        keywords: Vec<Keyword>,
    },
    /// `(a, b)`
    Tuple(Vec<Expr>),
    /// `[a, b]`
    List(Vec<Expr>),
    /// `value[index]`
    Subscript {
        /// The list.
        value: Box<Expr>,
        /// The index (a [`ExprKind::Slice`] for `value[a:b]`).
        index: Box<Expr>,
    },
    /// `lower:upper:step`, only as the index of a subscript.
    Slice {
        /// Start, if given.
        lower: Option<Box<Expr>>,
        /// Stop, if given.
        upper: Option<Box<Expr>>,
        /// Step, if given.
        step: Option<Box<Expr>>,
    },
    /// `[elt for target in iter if cond ...]` (one `for`; the target's
    /// names are renamed apart from the function's locals, as Python 3
    /// scopes them to the comprehension).
    ListComp {
        /// The item expression.
        elt: Box<Expr>,
        /// The loop variable(s).
        target: Target,
        /// What is iterated.
        iter: Box<Expr>,
        /// The `if` conditions.
        ifs: Vec<Expr>,
    },
    /// `f"..."`
    FString(Vec<FPart>),
    /// A construct outside the subset, already reported; later passes
    /// treat it as an expression of unknown type and report nothing more.
    Error,
}

/// Visit every expression of `body` (sub-expressions included, targets'
/// objects too) and every annotation written in it.
pub(crate) fn walk_body(body: &[Stmt], e: &mut impl FnMut(&Expr), a: &mut impl FnMut(&Annotation)) {
    fn target(t: &Target, e: &mut impl FnMut(&Expr)) {
        match t {
            Target::Name(_) => {}
            Target::Tuple(ts, _) => ts.iter().for_each(|t| target(t, e)),
            Target::Attr { value, .. } => walk_expr(value, e),
            Target::Subscript { value, index, .. } => {
                walk_expr(value, e);
                walk_expr(index, e);
            }
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Expr(x) | StmtKind::Return(Some(x)) | StmtKind::Raise { msg: Some(x), .. } => walk_expr(x, e),
            StmtKind::Assert { test, msg } => {
                walk_expr(test, e);
                if let Some(m) = msg {
                    walk_expr(m, e);
                }
            }
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| target(t, e));
                walk_expr(value, e);
            }
            StmtKind::AnnAssign { ann, value, .. } => {
                a(ann);
                if let Some(v) = value {
                    walk_expr(v, e);
                }
            }
            StmtKind::AugAssign { target: t, value, .. } => {
                target(t, e);
                walk_expr(value, e);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                walk_expr(test, e);
                walk_body(body, e, a);
                walk_body(orelse, e, a);
            }
            StmtKind::For { target: t, iter, body, orelse } => {
                target(t, e);
                walk_expr(iter, e);
                walk_body(body, e, a);
                walk_body(orelse, e, a);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                walk_body(body, e, a);
                handlers.iter().for_each(|h| walk_body(&h.body, e, a));
                walk_body(orelse, e, a);
                walk_body(finalbody, e, a);
            }
            StmtKind::Del(ts) => ts.iter().for_each(|t| target(t, e)),
            StmtKind::Return(None) | StmtKind::Raise { msg: None, .. } | StmtKind::Reraise | StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Global(_) => {}
        }
    }
}

/// Visit `x` and its sub-expressions.
pub(crate) fn walk_expr(x: &Expr, e: &mut impl FnMut(&Expr)) {
    e(x);
    match &x.kind {
        ExprKind::Attr { value, .. } => walk_expr(value, e),
        ExprKind::Unary { operand, .. } => walk_expr(operand, e),
        ExprKind::Binary { left, right, .. } => {
            walk_expr(left, e);
            walk_expr(right, e);
        }
        ExprKind::BoolOp { values, .. } | ExprKind::Tuple(values) | ExprKind::List(values) => values.iter().for_each(|v| walk_expr(v, e)),
        ExprKind::Subscript { value, index } => {
            walk_expr(value, e);
            walk_expr(index, e);
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().for_each(|v| walk_expr(v, e)),
        ExprKind::ListComp { elt, iter, ifs, .. } => {
            walk_expr(iter, e);
            walk_expr(elt, e);
            ifs.iter().for_each(|v| walk_expr(v, e));
        }
        ExprKind::Compare { left, comparators, .. } => {
            walk_expr(left, e);
            comparators.iter().for_each(|c| walk_expr(c, e));
        }
        ExprKind::IfExp { test, body, orelse } => {
            walk_expr(test, e);
            walk_expr(body, e);
            walk_expr(orelse, e);
        }
        ExprKind::Call { func, args, keywords } => {
            walk_expr(func, e);
            args.iter().for_each(|v| walk_expr(v, e));
            keywords.iter().for_each(|k| walk_expr(&k.value, e));
        }
        ExprKind::FString(parts) => {
            for p in parts {
                if let FPart::Value { expr, .. } = p {
                    walk_expr(expr, e);
                }
            }
        }
        _ => {}
    }
}
