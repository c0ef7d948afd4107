//! `rpy`: run, inspect and check Python programs with rpythonic.
//!
//! Exit codes: 0 success, 1 a Python exception escaped the program,
//! 2 a compile error or bad usage.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use rpy_ir::interp::{Host, Interp, PyError, Val};
use rpy_ir::{compile, CompileError, Options, SourceFile};

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
    /// Check FILE and print its diagnostics, if any.
    Check {
        /// The Python source file.
        file: PathBuf,
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
        #[arg(long, value_enum, default_value_t = Tier::Interp)]
        tier: Tier,
        /// Arguments, one Python literal per parameter (negative numbers
        /// work with or without `--` before them).
        #[arg(allow_negative_numbers = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

#[derive(Copy, Clone, ValueEnum)]
enum Tier {
    /// The reference interpreter of the IR.
    Interp,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Ir { file, entry } => ir(&file, entry),
        Command::Check { file } => check(&file),
        Command::Run { file, entry, tier: Tier::Interp, args } => run(&file, &entry, &args),
    }
}

fn load(path: &PathBuf) -> Result<SourceFile, ExitCode> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(SourceFile::new(path.display().to_string(), text)),
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", path.display());
            Err(ExitCode::from(2))
        }
    }
}

fn report(e: &CompileError) -> ExitCode {
    eprintln!("{e}");
    ExitCode::from(2)
}

fn ir(path: &PathBuf, entry: Option<String>) -> ExitCode {
    let src = match load(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let opts = Options { roots: entry.map(|e| vec![e]), ..Options::default() };
    match compile(&src, &opts) {
        Ok(m) => {
            let mut out = std::io::stdout().lock();
            let _ = write!(out, "{m}");
            ExitCode::SUCCESS
        }
        Err(e) => report(&e),
    }
}

fn check(path: &PathBuf) -> ExitCode {
    let src = match load(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match compile(&src, &Options::default()) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => report(&e),
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

fn run(path: &PathBuf, entry: &str, args: &[String]) -> ExitCode {
    let src = match load(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let opts = Options { roots: Some(vec![entry.to_string()]), ..Options::default() };
    let module = match compile(&src, &opts) {
        Ok(m) => m,
        Err(e) => return report(&e),
    };
    let Some(id) = module.func_by_name(entry) else {
        eprintln!("error: no function named '{entry}' in {}", path.display());
        return ExitCode::from(2);
    };
    let func = &module.funcs[id];
    let vals = match rpy_ir::literal::parse_args(func, args) {
        Ok(v) => v,
        Err(msg) => {
            eprintln!("error: {msg}");
            return ExitCode::from(2);
        }
    };
    let mut host = StdoutHost { out: std::io::stdout().lock() };
    let result = Interp::new(&module).call(&mut host, id, &vals);
    let _ = host.out.flush();
    match result {
        Ok(v) => {
            let _ = writeln!(host.out, "{}", repr(v));
            let _ = host.out.flush();
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            if e.loc.line != 0 {
                eprintln!("  File \"{}\", line {}, in {}", path.display(), e.loc.line, e.func);
            }
            ExitCode::from(1)
        }
    }
}

fn repr(v: Val) -> String {
    use rpy_ir::pyfmt::{repr_of, FmtValue};
    repr_of(match v {
        Val::Int(n) => FmtValue::Int(n),
        Val::Float(x) => FmtValue::Float(x),
        Val::Bool(b) => FmtValue::Bool(b),
        Val::None => FmtValue::None,
    })
}

