//! What to tell a user whose code reaches outside the subset: the message
//! for a name, builtin, module or `math` function the compiled code cannot
//! use, and the help line saying what to write instead. Kept in one place
//! so inference (callees) and lowering (values) say the same thing.

/// A diagnostic's message and its help line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Problem {
    pub(crate) msg: String,
    pub(crate) help: Option<String>,
}

impl Problem {
    pub(crate) fn new(msg: impl Into<String>, help: impl Into<String>) -> Problem {
        Problem { msg: msg.into(), help: Some(help.into()) }
    }

    /// Reported already, where it began: nothing more to say.
    pub(crate) fn reported() -> Problem {
        Problem::default()
    }

    pub(crate) fn is_reported(&self) -> bool {
        self.msg.is_empty()
    }
}

impl From<String> for Problem {
    fn from(msg: String) -> Problem {
        Problem { msg, help: None }
    }
}

impl From<&str> for Problem {
    fn from(msg: &str) -> Problem {
        Problem { msg: msg.to_string(), help: None }
    }
}

/// Pass a value computed by Python into compiled code instead.
const PASS_IT_IN: &str = "call it in Python, outside the compiled function, and pass the result in as a parameter";

/// What to write instead of the Python builtin `n`, if it is one the
/// subset does not have.
fn builtin_help(n: &str) -> Option<&'static str> {
    Some(match n {
        "input" | "open" | "exec" | "eval" | "compile" | "globals" | "locals" | "vars" | "exit" | "quit" | "help" | "dir" => PASS_IT_IN,
        "hex" | "oct" | "bin" => "format the int with an f-string: f'{x:#x}', f'{x:#o}', f'{x:#b}' (as hex, oct and bin; without '#', the digits alone)",
        "format" => "use an f-string: f'{x:SPEC}'",
        "ascii" => "use repr(x)",
        "getattr" | "setattr" | "hasattr" => "compiled code needs attribute names known when it compiles: write obj.name",
        "type" | "issubclass" | "callable" => "types are known when compiled code compiles; isinstance(x, T) is supported, and `x is None` tests a `C | None`",
        "map" | "filter" => "write a list comprehension: [f(x) for x in xs if cond(x)]",
        "iter" | "next" => "iterate with `for x in xs` (or an index: `for i in range(len(xs))`)",
        "tuple" => "build the tuple with a literal: (a, b); tuples of a fixed shape are supported",
        "dict" | "set" | "frozenset" => "dicts and sets are not in the subset (LANGUAGE.md lists what is): use a list, a compiled class with fields, or pass the lookup's result in",
        "hash" | "id" => "objects have no identity number in compiled code: compare them with `is`",
        "super" | "object" => "compiled classes do not inherit (LANGUAGE.md, \"Classes\"): write the class without a base",
        "complex" => "complex numbers are not in the subset: carry the real and imaginary parts as two floats",
        "bytes" | "bytearray" | "memoryview" => "to read or write a buffer, annotate a parameter as rpythonic.u8[:] (or another array type) and pass the buffer in",
        "slice" => "slice with the syntax: xs[a:b]",
        _ => return None,
    })
}

/// A name that resolves to nothing: an unsupported builtin, an exception
/// class used as a value, or an undefined name (with the nearest of
/// `candidates`, the names in scope, as a suggestion).
pub(crate) fn unresolved<'a>(n: &str, candidates: impl IntoIterator<Item = &'a str>) -> Problem {
    if let Some(help) = builtin_help(n) {
        return Problem::new(format!("builtin '{n}' is not supported in compiled code"), help);
    }
    if crate::ExcKind::from_name(n).is_some() || n.ends_with("Error") || n == "Exception" {
        return Problem::new(
            format!("exception '{n}' can only be raised in compiled code, not used as a value"),
            format!("write `raise {n}(...)`, and catch it with `except {n}` (or `except {n} as e`, then str(e))"),
        );
    }
    match did_you_mean(n, candidates) {
        Some(near) => Problem::new(format!("undefined name '{n}'"), format!("did you mean '{near}'?")),
        None => Problem::new(
            format!("undefined name '{n}'"),
            "compiled code sees its parameters and locals, the module's int/float/bool constants, its compiled functions and classes, math, and the builtins LANGUAGE.md lists",
        ),
    }
}

/// A module outside the compile unit.
pub(crate) fn foreign_module(module: &str) -> Problem {
    Problem::new(format!("module '{module}' is not compiled: compiled code can call only math and the files of its compile unit"), foreign_help(module))
}

/// A name imported from outside the compile unit (or missing from a file
/// of it): `module.name`.
pub(crate) fn foreign_name(qualified: &str) -> Problem {
    match qualified.rsplit_once('.') {
        Some((module, name)) => Problem::new(format!("'{name}' comes from module '{module}', which is not compiled: compiled code can call only math and the files of its compile unit"), foreign_help(module)),
        None => foreign_module(qualified),
    }
}

fn foreign_help(module: &str) -> String {
    // The standard library (and other installed packages) cannot be
    // compiled; a module of the user's next to the script can.
    const STDLIB: &[&str] = &[
        "os", "sys", "random", "time", "re", "json", "itertools", "functools", "collections", "operator", "statistics", "decimal", "fractions", "string",
        "struct", "datetime", "pathlib", "subprocess", "threading", "numpy", "cmath", "typing", "copy", "heapq", "bisect", "array",
    ];
    let top = module.split('.').next().unwrap_or(module);
    if STDLIB.contains(&top) {
        format!("{PASS_IT_IN} (compiled code cannot call into '{top}')")
    } else {
        format!("compile '{module}' too: bind its functions with @rpy.bind() (or give its file to `rpy build`), so the files compile as one unit")
    }
}

/// `math.name`, which the subset does not have.
pub(crate) fn math_unsupported(name: &str) -> Problem {
    let supported: Vec<&str> = crate::resolve::MATH_FUNCS.iter().map(|f| f.0).collect();
    let help = match did_you_mean(name, supported.iter().copied()) {
        Some(near) => format!("did you mean math.{near}?"),
        None => format!("the math functions compiled code has: {}", supported.join(", ")),
    };
    Problem::new(format!("math.{name} is not supported in compiled code"), help)
}

/// The help for an assignment to a module-level name.
pub(crate) const GLOBAL_ASSIGN_HELP: &str = "pass the value in as a parameter and return the new one, or keep the state in a field of a compiled class";

/// The candidate nearest to `name` by edit distance, if it is near
/// enough to be a likely typo. The bound is CPython's for its "Did you
/// mean" suggestions: (len(name) + len(candidate) + 3) / 6 edits, and
/// fewer edits than the name has characters.
pub(crate) fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let n = name.chars().count();
    candidates
        .into_iter()
        .filter(|c| *c != name && !c.is_empty())
        .map(|c| (edit_distance(name, c), c))
        .filter(|(d, c)| *d <= (n + c.chars().count() + 3) / 6 && *d < n)
        .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)))
        .map(|(_, c)| c)
}

/// Levenshtein distance over chars (a case difference counts as an edit).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_are_near_names_only() {
        assert_eq!(did_you_mean("totl", ["total", "n", "count"]), Some("total"));
        assert_eq!(did_you_mean("cuont", ["count", "xs"]), Some("count"));
        assert_eq!(did_you_mean("x", ["y", "xs"]), None); // one letter: anything is one edit away
        assert_eq!(did_you_mean("missing_total", ["n", "main"]), None);
        assert_eq!(did_you_mean("sqr", ["sqrt", "sin"]), Some("sqrt"));
        assert_eq!(did_you_mean("n", ["n"]), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
