//! `rpythonic._native`: the Python front end's native half.
//!
//! The pure-Python package (`python/rpythonic`) finds source, constants and
//! parameter types; this module compiles (through the `rpy` facade) and
//! provides the call path: every bound function is a `METH_FASTCALL`
//! builtin function object whose `self` holds the function's data, so a
//! call from Python runs no Python-level wrapper frame and allocates
//! nothing for scalar signatures.
//!
//! Built by maturin as an abi3 wheel (CPython ≥ 3.10: METH_FASTCALL is in
//! the limited API from 3.10).

#![allow(unsafe_code)] // the fast call path uses the C API directly; each block says why it is sound

mod func;
mod lists;
mod hooks;
mod log;
mod objects;

use pyo3::create_exception;
use pyo3::exceptions::PySyntaxError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};
use rpy_ir::ir::Type;
use rpy_ir::{ConstValue, Options, SourceFile};

create_exception!(
    rpythonic,
    CompileError,
    PySyntaxError,
    "Code outside the subset rpythonic compiles, or ill-typed: `filename`, `lineno`, `offset` and `text` point at the first problem; the message lists them all."
);

/// A compiled module: the functions compiled from one source.
#[pyclass(frozen, module = "rpythonic._native")]
struct Compiled {
    module: rpy::Module,
}

#[pymethods]
impl Compiled {
    /// The names of the compiled functions.
    fn names(&self) -> Vec<String> {
        self.module.names().into_iter().map(String::from).collect()
    }

    /// The IR text of the module.
    fn ir(&self) -> String {
        self.module.ir().to_string()
    }

    /// The compiled classes: `[(file, name, size, [(field, code, offset,
    /// (file, class) of an instance field, optional)])]`.
    #[allow(clippy::type_complexity)]
    fn classes(&self) -> Vec<(String, String, u32, Vec<(String, String, u32, Option<(String, String)>, bool)>)> {
        objects::layouts(&self.module)
    }

    /// The source file name the module was compiled from.
    fn file(&self) -> String {
        self.module.file().to_string()
    }

    /// Whether the function `name` (or anything it calls) prints.
    fn prints(&self, name: &str) -> bool {
        func::prints(&self.module, name)
    }

    /// Warnings for Python to show: bundled modules found but ignored.
    fn warnings(&self) -> Vec<String> {
        self.module.warnings().to_vec()
    }

    /// The bundled library the functions run from, if any.
    fn bundle(&self) -> Option<String> {
        self.module.bundle().map(|p| p.display().to_string())
    }
}

/// The compiler's options from what `__init__.py` gathered (see
/// [`compile`]).
fn options(roots: Vec<String>, consts: &Bound<'_, PyDict>, param_types: &Bound<'_, PyList>, root_lines: Vec<(String, u32)>, no_boundscheck: Vec<String>, cells: bool) -> PyResult<Options> {
    let mut opts = Options { roots: Some(roots), root_lines, no_boundscheck, cells, ..Options::default() };
    for (k, v) in consts.iter() {
        let Ok(name) = k.extract::<String>() else { continue };
        // bool before int: bool is a subclass of int in Python.
        let c = if v.is_instance_of::<pyo3::types::PyBool>() {
            ConstValue::Bool(v.extract()?)
        } else if v.is_instance_of::<pyo3::types::PyInt>() {
            match v.extract::<i64>() {
                Ok(n) => ConstValue::Int(n),
                Err(_) => continue, // too large: not a compile-time constant
            }
        } else if v.is_instance_of::<pyo3::types::PyFloat>() {
            ConstValue::Float(v.extract()?)
        } else {
            continue;
        };
        opts.consts.push((name, c));
    }
    for item in param_types.iter() {
        let t = item.cast::<PyTuple>()?;
        let (f, p, ty): (String, String, String) = t.extract()?;
        opts.param_types.push((f, p, parse_type(&ty)?));
    }
    Ok(opts)
}

/// Build the functions `roots` of the file `filename` (its whole text)
/// into a module to ship (`rpy.cache(name, export=DIR)`): `DIR/NAME.rpy.so`,
/// the stub `DIR/NAME.py` and the header `DIR/NAME.h`, whose paths it
/// returns. `unit`: the other files of the compile unit, as for
/// [`compile`]. Needs a C compiler.
#[pyfunction]
#[pyo3(signature = (filename, text, roots, consts, param_types, root_lines, no_boundscheck, name, out_dir, unit = Vec::new()))]
#[allow(clippy::too_many_arguments)]
fn export(
    py: Python<'_>,
    filename: String,
    text: String,
    roots: Vec<String>,
    consts: &Bound<'_, PyDict>,
    param_types: &Bound<'_, PyList>,
    root_lines: Vec<(String, u32)>,
    no_boundscheck: Vec<String>,
    name: String,
    out_dir: std::path::PathBuf,
    unit: Vec<(String, String)>,
) -> PyResult<(String, String, String)> {
    let opts = options(roots, consts, param_types, root_lines, no_boundscheck, false)?;
    let mut files = vec![SourceFile { name: filename, text, first_line: 1 }];
    files.extend(unit.into_iter().map(|(name, text)| SourceFile::new(name, text)));
    let done = py.detach(|| {
        let progress = rpy::Progress::bar(4, format!("export {name}"));
        progress.set_message("compiling to IR");
        let ir = rpy::compile_unit(&name, &files, &opts).map_err(rpy::Error::from)?;
        progress.inc(1);
        rpy::export_with_progress(&ir, &name, &out_dir, &progress)
    });
    match done {
        Ok(d) => Ok((d.library.display().to_string(), d.stub.display().to_string(), d.header.display().to_string())),
        Err(e) if matches!(e.kind, rpy::ErrorKind::Compile(_)) => Err(compile_error(e)),
        Err(e) => Err(pyo3::exceptions::PyRuntimeError::new_err(e.to_string())),
    }
}

fn parse_type(name: &str) -> PyResult<Type> {
    match name {
        "int" => Ok(Type::I64),
        "float" => Ok(Type::F64),
        "bool" => Ok(Type::Bool),
        other => Err(pyo3::exceptions::PyTypeError::new_err(format!("unsupported parameter type {other}: use int, float or bool"))),
    }
}

/// Compile `text` (a file or a fragment of one whose first line is line
/// `first_line` of `filename`). `consts` maps names to int/float/bool
/// values (a module's globals), `param_types` is a list of
/// `(function, parameter, "int"|"float"|"bool")`, `roots` the functions to
/// compile (with everything they call), `root_lines` the `co_firstlineno`
/// of each root (functions are located by their first line). `tier`:
/// "auto" (cached library, else JIT now and a detached build by `builder`,
/// then a hot swap), "jit" or "aot"; `cache_dir`: the cache (default:
/// $RPY_CACHE_DIR, XDG, ~/.cache/rpythonic). `bundle`: look for a bundled
/// module first. `unit`: the other files of the compile unit,
/// `(filename, text)`, whose compiled functions and classes the source
/// imports. `cells`: the source and `unit` are the cells of one
/// interactive session, in the order they ran (one namespace).
#[pyfunction]
#[pyo3(signature = (filename, text, first_line, roots, consts, param_types, root_lines = Vec::new(), tier = "jit", cache_dir = None, builder = Vec::new(), module_name = None, build = true, no_boundscheck = Vec::new(), bundle = false, unit = Vec::new(), cells = false))]
#[allow(clippy::too_many_arguments)]
fn compile(
    py: Python<'_>,
    filename: String,
    text: String,
    first_line: u32,
    roots: Vec<String>,
    consts: &Bound<'_, PyDict>,
    param_types: &Bound<'_, PyList>,
    root_lines: Vec<(String, u32)>,
    tier: &str,
    cache_dir: Option<String>,
    builder: Vec<String>,
    module_name: Option<String>,
    build: bool,
    no_boundscheck: Vec<String>,
    bundle: bool,
    unit: Vec<(String, String)>,
    cells: bool,
) -> PyResult<Compiled> {
    let opts = options(roots, consts, param_types, root_lines, no_boundscheck, cells)?;
    let mut files = vec![SourceFile { name: filename, text, first_line }];
    files.extend(unit.into_iter().map(|(name, text)| SourceFile::new(name, text)));
    let tier = match tier {
        "auto" => rpy::Tier::Auto,
        "aot" => rpy::Tier::Aot,
        _ => rpy::Tier::Jit,
    };
    let rt = hooks::runtime(tier, cache_dir.as_deref(), &builder, build).map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    let name = module_name.unwrap_or_else(|| "python".to_string());
    // A whole file (not a nested function's fragment) may have a bundled
    // module next to it (`rpy build`, `cache(name, export=DIR)`).
    let module = py.detach(|| if bundle { rt.load_bundled_unit(&name, &files, &opts) } else { rt.load_unit(&name, &files, &opts) });
    match module {
        Ok(module) => Ok(Compiled { module }),
        Err(e) => Err(compile_error(e)),
    }
}

/// A `CompileError` (a SyntaxError) pointing at the first diagnostic.
fn compile_error(e: rpy::Error) -> PyErr {
    let rpy::ErrorKind::Compile(ce) = &e.kind else {
        return pyo3::exceptions::PyRuntimeError::new_err(e.to_string());
    };
    let Some(first) = ce.diagnostics.first() else {
        return CompileError::new_err(e.message.clone());
    };
    let (line, col) = ce.line_col(first);
    let (source, _) = ce.locate(first);
    let text = source.text.lines().nth((line.saturating_sub(source.first_line)) as usize).unwrap_or("").to_string();
    let details = (source.name.clone(), line, col, format!("{text}\n"));
    CompileError::new_err((e.message.clone(), details))
}

/// The modules `text` imports at its top level (without `math`): where
/// the Python package looks for the other files of a compile unit.
#[pyfunction]
fn imported_modules(text: String) -> Vec<String> {
    rpy_ir::imported_modules(&SourceFile::new("<unit>", text))
}

/// The detached builder's work (`python -m rpythonic._build JOB`).
#[pyfunction]
fn run_job(py: Python<'_>, job: std::path::PathBuf) -> PyResult<()> {
    py.detach(|| rpy::run_job(&job)).map_err(pyo3::exceptions::PyRuntimeError::new_err)
}

/// The `rpy` command (`rpy ...` from the wheel's console script, and
/// `python -m rpythonic ...`): the CLI of rpy-cli, run without the GIL,
/// with `builder` as the detached builder command. Returns the exit code.
#[pyfunction]
fn cli(py: Python<'_>, argv: Vec<std::ffi::OsString>, builder: Vec<String>) -> u8 {
    py.detach(|| rpy_cli::main_with(argv, &rpy_cli::Launcher { builder }))
}

/// A progress bar on the terminal (`rpy::Progress`: drawn on stderr only
/// when it is a terminal), for the package's long waits and the bench
/// harness. `total=None` is a spinner.
#[pyclass(module = "rpythonic._native", unsendable)]
struct Progress {
    inner: rpy::Progress,
}

#[pymethods]
impl Progress {
    #[new]
    #[pyo3(signature = (prefix, total=None))]
    fn new(prefix: String, total: Option<u64>) -> Self {
        let inner = match total {
            Some(n) => rpy::Progress::bar(n, prefix),
            None => rpy::Progress::spinner(prefix),
        };
        Progress { inner }
    }

    /// Whether it is drawn (stderr is a terminal, RPY_PROGRESS is not 0).
    #[getter]
    fn visible(&self) -> bool {
        self.inner.is_visible()
    }

    fn set_message(&self, msg: String) {
        self.inner.set_message(msg);
    }

    #[pyo3(signature = (n=1))]
    fn inc(&self, n: u64) {
        self.inner.inc(n);
    }

    fn finish(&self) {
        self.inner.finish();
    }

    /// Call `f` (which prints) with the bar cleared; its result.
    fn suspend(&self, f: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        self.inner.suspend(|| f.call0().map(Bound::unbind))
    }

    fn __enter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __exit__(&self, _t: &Bound<'_, PyAny>, _v: &Bound<'_, PyAny>, _tb: &Bound<'_, PyAny>) {
        self.inner.finish();
    }
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    log::install();
    m.add_function(wrap_pyfunction!(log::set_log_level, m)?)?;
    m.add("CompileError", m.py().get_type::<CompileError>())?;
    m.add_class::<Compiled>()?;
    m.add_class::<Progress>()?;
    m.add_function(wrap_pyfunction!(compile, m)?)?;
    m.add_function(wrap_pyfunction!(imported_modules, m)?)?;
    m.add_function(wrap_pyfunction!(func::make_function, m)?)?;
    m.add_function(wrap_pyfunction!(func::install, m)?)?;
    m.add_function(wrap_pyfunction!(func::tier, m)?)?;
    m.add_function(wrap_pyfunction!(run_job, m)?)?;
    m.add_function(wrap_pyfunction!(cli, m)?)?;
    m.add_function(wrap_pyfunction!(export, m)?)?;
    m.add_function(wrap_pyfunction!(func::wait_aot, m)?)?;
    m.add_function(wrap_pyfunction!(objects::register_class, m)?)?;
    m.add_function(wrap_pyfunction!(objects::registered_class, m)?)?;
    m.add_function(wrap_pyfunction!(objects::field, m)?)?;
    m.add_function(wrap_pyfunction!(objects::method, m)?)?;
    objects::init(m)?;
    m.add("ABI_VERSION", rpy_rt::ABI_VERSION)?;
    Ok(())
}
