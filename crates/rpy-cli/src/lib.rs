//! `rpy`: run, inspect and check Python programs with rpythonic.
//!
//! The command is a library so that two hosts run the same code: the
//! `rpy` binary (src/main.rs) and the Python package's console script
//! (`rpy` / `python -m rpythonic`, through `rpythonic._native.cli`), which
//! is how a wheel carries the command without a second binary. A host
//! passes the arguments and the command that starts a detached builder
//! (the binary: itself with `__build`; Python: `python -m rpythonic._build`).
//!
//! Exit codes: 0 success, 1 a Python exception escaped the program,
//! 2 a compile error or bad usage.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use rpy_ir::interp::{Host, Interp, PyError, Val};
use rpy_ir::{compile_unit, CompileError, Options, SourceFile};

#[derive(Parser)]
#[command(name = "rpy", version, about = "rpythonic: compile typed Python functions to native code")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the IR of FILE's functions (or of those reachable from NAME).
    Ir {
        /// The Python source file.
        file: PathBuf,
        /// Only this function and the functions it calls.
        #[arg(long)]
        entry: Option<String>,
    },
    /// Print the C that the AOT tier compiles for FILE's functions (or
    /// for those reachable from NAME).
    C {
        /// The Python source file.
        file: PathBuf,
        /// Only this function and the functions it calls.
        #[arg(long)]
        entry: Option<String>,
    },
    /// Build FILE into a module to ship: DIR/NAME.rpy.so (the compiled
    /// library), DIR/NAME.py (a ctypes stub that needs neither rpythonic
    /// nor a C compiler) and DIR/NAME.h (C prototypes).
    Build {
        /// The Python source file (one for now: compiling several files
        /// into one module is not yet supported).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The module name (default: the file's name without `.py`).
        #[arg(long)]
        name: Option<String>,
        /// Only these functions or classes, and what they use (default:
        /// every top-level function and class of the file).
        #[arg(long)]
        entry: Vec<String>,
        /// The output directory.
        #[arg(short = 'o', long = "out")]
        out: PathBuf,
    },
    /// Check FILE and print its diagnostics, if any.
    Check {
        /// The Python source file.
        file: PathBuf,
    },
    /// (internal) Run a detached build job of the AOT tier.
    #[command(name = "__build", hide = true)]
    BuildJob {
        /// The job directory.
        job: PathBuf,
    },
    /// Inspect and maintain the persistent cache of built libraries.
    Cache {
        /// The cache directory (default: $RPY_CACHE_DIR, else
        /// $XDG_CACHE_HOME/rpythonic, else ~/.cache/rpythonic).
        #[arg(long, global = true)]
        cache_dir: Option<PathBuf>,
        #[command(subcommand)]
        action: CacheAction,
    },
    /// Run function NAME of FILE with ARGs (Python literals), print what it
    /// prints, then the repr of its result.
    Run {
        /// The Python source file.
        file: PathBuf,
        /// The function to call.
        #[arg(long)]
        entry: String,
        /// Where to run it.
        #[arg(long, value_enum, default_value_t = Tier::Jit)]
        tier: Tier,
        /// The cache directory of the AOT tier.
        #[arg(long)]
        cache_dir: Option<PathBuf>,
        /// Print on stderr which tier the call started on (also
        /// `RPY_VERBOSE=1`).
        #[arg(long)]
        verbose: bool,
        /// Arguments, one Python literal per parameter (negative numbers
        /// work with or without `--` before them).
        #[arg(allow_negative_numbers = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

#[derive(Subcommand)]
enum CacheAction {
    /// List the built libraries: key, module, size, age, compiler.
    Ls,
    /// Re-hash every library; report and remove bad ones.
    Verify,
    /// Remove every library.
    Clear,
    /// Remove the least recently used libraries until the cache is under
    /// the size limit.
    Gc {
        /// The size limit, in bytes (suffixes K, M, G allowed).
        #[arg(long, default_value = "1G")]
        max_size: String,
    },
}

#[derive(Copy, Clone, ValueEnum)]
enum Tier {
    /// Cranelift, in process (the default).
    Jit,
    /// A shared library built by the system C compiler, then loaded.
    Aot,
    /// The library from the cache if it is there; else the JIT now, while
    /// a detached builder process builds the library for the next run.
    Auto,
    /// The reference interpreter of the IR (the semantic oracle).
    Interp,
}

/// How the host runs the command.
pub struct Launcher {
    /// The command (program and leading arguments) that runs a detached
    /// build job: the job directory is appended.
    pub builder: Vec<String>,
}

/// Run the command line `args` (`args[0]` is the program name) and return
/// the exit code. Usage errors, `--help` and `--version` print as clap
/// prints them; nothing here exits the process, so a host (Python) keeps
/// its own shutdown.
pub fn main_with(args: Vec<std::ffi::OsString>, launcher: &Launcher) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return u8::try_from(e.exit_code()).unwrap_or(2);
        }
    };
    let code = match cli.command {
        Command::Ir { file, entry } => ir(&file, entry),
        Command::C { file, entry } => c(&file, entry),
        Command::Check { file } => check(&file),
        Command::Run { file, entry, tier, cache_dir, verbose, args } => {
            if verbose {
                // Read by run_native (one switch for flag and variable).
                std::env::set_var("RPY_VERBOSE", "1");
            }
            run(&file, &entry, tier, cache_dir, &args, launcher)
        }
        Command::Cache { cache_dir, action } => cache(cache_dir, action),
        Command::Build { files, name, entry, out } => build(&files, name, entry, &out),
        Command::BuildJob { job } => match rpy::run_job(&job) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("rpy: build failed: {e}");
                1
            }
        },
    };
    // A host that is not a Rust `main` does not flush Rust's stdout at exit.
    let _ = std::io::stdout().flush();
    code
}

/// The compile unit of a script: the file and the modules it imports
/// from its directory.
fn load(path: &PathBuf) -> Result<Vec<SourceFile>, u8> {
    rpy::unit_files(std::slice::from_ref(path)).map_err(|e| {
        eprintln!("error: {}", e.message);
        2
    })
}

fn report(e: &CompileError) -> u8 {
    eprintln!("{e}");
    2
}

fn ir(path: &PathBuf, entry: Option<String>) -> u8 {
    print_compiled(path, entry, |m| m.to_string())
}

fn c(path: &PathBuf, entry: Option<String>) -> u8 {
    print_compiled(path, entry, |m| rpy_aot::emit_c(m, "main"))
}

/// Compile FILE (the functions reachable from `entry`, else all) and print
/// `render` of the module.
fn print_compiled(path: &PathBuf, entry: Option<String>, render: impl Fn(&rpy_ir::ir::Module) -> String) -> u8 {
    let src = match load(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let opts = Options { roots: entry.map(|e| vec![e]), ..Options::default() };
    match compile_unit(&src, &opts) {
        Ok(m) => {
            let mut out = std::io::stdout().lock();
            let _ = write!(out, "{}", render(&m));
            0
        }
        Err(e) => report(&e),
    }
}

fn check(path: &PathBuf) -> u8 {
    let src = match load(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match compile_unit(&src, &Options::default()) {
        Ok(_) => 0,
        Err(e) => report(&e),
    }
}

/// `rpy build`: compile the files (with the modules they import from
/// their directories: one compile unit) and export the module.
fn build(files: &[PathBuf], name: Option<String>, entries: Vec<String>, out: &std::path::Path) -> u8 {
    let srcs = match rpy::unit_files(files) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {}", e.message);
            return 2;
        }
    };
    let name = match name {
        Some(n) => n,
        None => match files.first().and_then(|f| f.file_stem()).and_then(|s| s.to_str()) {
            Some(stem) => stem.to_string(),
            None => {
                eprintln!("error: cannot tell the module name from {}: give --name", files[0].display());
                return 2;
            }
        },
    };
    // The roots: `--entry`, else every function and class of the files
    // given (the modules they import contribute what the roots use).
    let opts = Options { roots: (!entries.is_empty()).then_some(entries), root_files: files.len(), ..Options::default() };
    // On a terminal: a bar over compiling, the stub and header, the
    // library, writing (nothing when stderr is not a terminal).
    let progress = rpy::Progress::bar(4, format!("rpy build {name}"));
    progress.set_message("compiling to IR");
    let module = match rpy::compile_unit(&name, &srcs, &opts) {
        Ok(m) => m,
        Err(e) => {
            progress.finish();
            return report(&e);
        }
    };
    progress.inc(1);
    if module.funcs.is_empty() {
        eprintln!("error: {} defines no function or class to build", files[0].display());
        return 2;
    }
    let exported = rpy::export_with_progress(&module, &name, out, &progress);
    progress.finish();
    match exported {
        Ok(done) => {
            let mut stdout = std::io::stdout().lock();
            for p in [&done.library, &done.stub, &done.header] {
                let _ = writeln!(stdout, "wrote {}", p.display());
            }
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}

/// Prints to this process's stdout, in program order.
struct StdoutHost {
    out: std::io::StdoutLock<'static>,
}

impl Host for StdoutHost {
    fn print(&mut self, text: &str) -> Result<(), PyError> {
        self.out.write_all(text.as_bytes()).map_err(|e| PyError::new(rpy_ir::ExcKind::RuntimeError, format!("cannot write to stdout: {e}")))
    }
}

fn run(path: &PathBuf, entry: &str, tier: Tier, cache_dir: Option<PathBuf>, args: &[String], launcher: &Launcher) -> u8 {
    let src = match load(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let opts = Options { roots: Some(vec![entry.to_string()]), ..Options::default() };
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("main").to_string();
    // On the JIT and the interpreter this is the compile (logged, as the
    // runtime logs its own); the AOT tiers compile again in the runtime,
    // which may find a bundled module first, so here it only reads the
    // entry's signature.
    let compiled = match tier {
        Tier::Jit | Tier::Interp => rpy::compile_unit(&stem, &src, &opts),
        Tier::Aot | Tier::Auto => compile_unit(&src, &opts),
    };
    let module = match compiled {
        Ok(m) => m,
        Err(e) => return report(&e),
    };
    let Some(id) = module.func_by_name(entry) else {
        eprintln!("error: no function named '{entry}' in {}", path.display());
        return 2;
    };
    let vals = match rpy_ir::literal::parse_args(&module, &module.funcs[id], args) {
        Ok(v) => v,
        Err(msg) => {
            eprintln!("error: {msg}");
            return 2;
        }
    };
    // The repr is taken while the result and its module are alive.
    let result = match tier {
        Tier::Interp => run_interp(&module, id, &vals).map(|v| v.repr()),
        Tier::Jit => run_native(rpy::Tier::Jit, None, &stem, module, entry, &vals, None, launcher),
        Tier::Aot => run_native(rpy::Tier::Aot, cache_dir, &stem, module, entry, &vals, Some((&src, &opts)), launcher),
        Tier::Auto => run_native(rpy::Tier::Auto, cache_dir, &stem, module, entry, &vals, Some((&src, &opts)), launcher),
    };
    let mut out = std::io::stdout().lock();
    let _ = out.flush();
    match result {
        Ok(repr) => {
            let _ = writeln!(out, "{repr}");
            let _ = out.flush();
            0
        }
        Err(e) => {
            eprintln!("{e}");
            if e.starts_with("error:") { 2 } else { 1 }
        }
    }
}

/// Run on the reference interpreter, printing to stdout.
fn run_interp(module: &rpy_ir::ir::Module, id: rpy_ir::ir::FuncId, vals: &[Val]) -> Result<Val, String> {
    let mut host = StdoutHost { out: std::io::stdout().lock() };
    let r = Interp::new(module).call(&mut host, id, vals);
    let _ = host.out.flush();
    r.map_err(|e| {
        let mut s = e.to_string();
        if e.loc.line != 0 {
            let (file, func) = module.origin(&e.func);
            s.push_str(&format!("\n  File \"{file}\", line {}, in {func}", e.loc.line));
        }
        s
    })
}

/// Run on a native tier through the embedding API (print goes to Rust's
/// stdout, so program output and the result line come in order). With
/// `bundled` (the source and options), a bundled module `NAME.rpy.so`
/// next to the file or on `RPY_MODULE_PATH` is used if it matches.
#[allow(clippy::too_many_arguments)]
fn run_native(tier: rpy::Tier, cache_dir: Option<PathBuf>, name: &str, module: rpy_ir::ir::Module, entry: &str, vals: &[Val], bundled: Option<(&[SourceFile], &Options)>, launcher: &Launcher) -> Result<String, String> {
    let mut b = rpy::Runtime::builder().tier(tier);
    if let Some(d) = cache_dir {
        b = b.cache_dir(d);
    }
    if !launcher.builder.is_empty() {
        b = b.builder_command(launcher.builder.clone());
    }
    let rt = b.build().map_err(|e| format!("error: {e}"))?;
    let m = match bundled {
        Some((files, opts)) => rt.load_bundled_unit(name, files, opts),
        None => rt.load_ir(name, module),
    }
    .map_err(|e| format!("error: {e}"))?;
    for w in m.warnings() {
        eprintln!("rpy: warning: {w}");
    }
    let args: Vec<rpy::Value> = vals.iter().map(|&v| v.into()).collect();
    let ran_on = m.tier();
    let r = m.call_dyn(entry, &args);
    if std::env::var_os("RPY_VERBOSE").is_some() {
        eprintln!("rpy: {entry} started on the {ran_on:?} tier; the module is now on the {:?} tier", m.tier());
    }
    r.map(|v| v.repr()).map_err(|e| e.to_string())
}

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()?.to_ascii_uppercase() {
        'K' => (&s[..s.len() - 1], 1u64 << 10),
        'M' => (&s[..s.len() - 1], 1 << 20),
        'G' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.trim().parse::<u64>().ok()?.checked_mul(mult)
}

fn cache(dir: Option<PathBuf>, action: CacheAction) -> u8 {
    let c = match rpy::cache::CacheDir::open(dir.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let mut out = std::io::stdout().lock();
    let result = match action {
        CacheAction::Ls => c.ls().map(|entries| {
            let _ = writeln!(out, "{:<16} {:<16} {:>10} {:>8}  compiler", "key", "module", "size", "age");
            for e in entries {
                let names: Vec<String> = e.names.iter().map(|n| n.module.clone()).collect();
                let module = if names.is_empty() { e.module.clone() } else { names.join(",") };
                let _ = writeln!(out, "{:<16} {:<16} {:>10} {:>7}s  {}", &e.key.as_str()[..16], module, e.size, e.age.as_secs(), e.compiler);
            }
        }),
        CacheAction::Verify => c.verify_all().map(|bad| {
            for b in &bad {
                let _ = writeln!(out, "removed {}: {}", b.path.display(), b.reason);
            }
            let _ = writeln!(out, "{} bad entr{} removed", bad.len(), if bad.len() == 1 { "y" } else { "ies" });
        }),
        CacheAction::Clear => c.clear().map(|()| {
            let _ = writeln!(out, "cleared {}", c.root().display());
        }),
        CacheAction::Gc { max_size } => {
            let Some(limit) = parse_size(&max_size) else {
                eprintln!("error: --max-size {max_size:?}: expected a number of bytes, e.g. 500M");
                return 2;
            };
            let stale_jobs = remove_stale_jobs(&c.root().join("jobs"), std::time::Duration::from_secs(600));
            c.gc(limit).map(|r| {
                let _ = writeln!(out, "removed {} entries, {} leftovers and {stale_jobs} stale build jobs: {} -> {} bytes", r.removed.len(), r.leftovers_removed, r.bytes_before, r.bytes_after);
            })
        }
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}

/// Remove the job directories of detached builds older than `age` (a
/// builder removes its job when it ends, so these are builders that were
/// killed); returns how many were removed.
fn remove_stale_jobs(jobs: &std::path::Path, age: std::time::Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(jobs) else { return 0 };
    let now = std::time::SystemTime::now();
    let mut n = 0;
    for e in entries.flatten() {
        let old = e.metadata().and_then(|m| m.modified()).is_ok_and(|t| now.duration_since(t).is_ok_and(|d| d > age));
        let real_dir = e.file_type().is_ok_and(|t| t.is_dir());
        if old && real_dir && std::fs::remove_dir_all(e.path()).is_ok() {
            n += 1;
        }
    }
    n
}
