//! Finding a C compiler and building a shared library from emitted C plus
//! the embedded runtime source (one command, two translation units).

use std::path::{Path, PathBuf};
use std::process::Command;

/// A C compiler: the program and the leading arguments (`$CC` may be
/// `"ccache gcc"` or `"gcc -m64"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompilerInfo {
    /// The program (an absolute path when it was found on `PATH`).
    pub path: PathBuf,
    /// Arguments placed before ours.
    pub args: Vec<String>,
}

impl CompilerInfo {
    /// The compiler's identity without running it, as ccache does: its
    /// real path, size and modification time (recorded with each build).
    pub fn identity(&self) -> String {
        let real = std::fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone());
        let (size, mtime) = std::fs::metadata(&real)
            .map(|m| (m.len(), m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_secs())))
            .unwrap_or((0, 0));
        format!("{} size={size} mtime={mtime}", real.display())
    }
}

/// Why a build failed.
#[derive(Debug)]
pub enum BuildError {
    /// Writing the sources or moving the result failed.
    Io(std::io::Error),
    /// The compiler could not be started.
    Spawn(String),
    /// The compiler failed; its stderr.
    Compile(String),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Io(e) => write!(f, "C build: {e}"),
            BuildError::Spawn(e) => write!(f, "cannot run the C compiler: {e}"),
            BuildError::Compile(log) => write!(f, "C compilation failed:\n{log}"),
        }
    }
}

impl std::error::Error for BuildError {}

impl From<std::io::Error> for BuildError {
    fn from(e: std::io::Error) -> Self {
        BuildError::Io(e)
    }
}

/// The C compiler to use: `$RPY_CC`, `$CC`, then `cc`, `gcc`, `clang` on
/// `PATH`. No process is spawned.
pub fn find_compiler() -> Option<CompilerInfo> {
    for var in ["RPY_CC", "CC"] {
        if let Some(c) = std::env::var(var).ok().and_then(|v| parse_command(&v)) {
            return Some(c);
        }
    }
    ["cc", "gcc", "clang"].iter().find_map(|n| which(n)).map(|path| CompilerInfo { path, args: Vec::new() })
}

/// `"prog arg..."` with `prog` resolved on `PATH` unless it has a `/`.
fn parse_command(s: &str) -> Option<CompilerInfo> {
    let mut words = s.split_whitespace();
    let prog = words.next()?;
    let path = if prog.contains('/') { Some(PathBuf::from(prog)).filter(|p| p.is_file()) } else { which(prog) }?;
    Some(CompilerInfo { path, args: words.map(str::to_string).collect() })
}

fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Compiler flags of every AOT build (DESIGN.md "Runtime" and "One ABI").
pub(crate) const CFLAGS: &[&str] = &["-O2", "-fPIC", "-ffp-contract=off", "-fno-builtin", "-fvisibility=hidden", "-std=c11"];

/// Linker flags of every AOT library.
const LDFLAGS: &[&str] = &["-shared", "-Wl,-z,defs"];

/// Compile `c_text` (from [`emit_c`](crate::emit_c)) with the runtime into
/// the shared library `out_path`. The sources go to a fresh directory next
/// to the output; the library is renamed into place only when complete.
pub fn build_so(c_text: &str, out_path: &Path, compiler: &CompilerInfo) -> Result<(), BuildError> {
    build_so_with(c_text, out_path, compiler, None)
}

/// [`build_so`], linking `runtime` (an object from [`build_runtime`] made
/// by the same compiler) instead of compiling the runtime source again.
pub fn build_so_with(c_text: &str, out_path: &Path, compiler: &CompilerInfo, runtime: Option<&Path>) -> Result<(), BuildError> {
    // The compiler runs in the build directory: every path it gets is
    // absolute.
    let out_path = &std::path::absolute(out_path)?;
    let runtime = runtime.map(std::path::absolute).transpose()?;
    let dir = build_dir(out_path)?;
    let r = build_in(&dir, c_text, out_path, compiler, runtime.as_deref());
    let _ = std::fs::remove_dir_all(&dir);
    r
}

/// Precompile the runtime into the PIC object `out_path` (same flags as
/// every library), to be passed to [`build_so_with`].
pub fn build_runtime(out_path: &Path, compiler: &CompilerInfo) -> Result<(), BuildError> {
    let dir = build_dir(out_path)?;
    let r = (|| {
        write_runtime(&dir)?;
        let tmp = dir.join("rpy_rt.o");
        let mut cmd = Command::new(&compiler.path);
        cmd.args(&compiler.args).args(CFLAGS).arg("-c").arg("-o").arg(&tmp).arg(dir.join("rpy_rt.c"));
        run(cmd, compiler)?;
        std::fs::rename(&tmp, out_path)?;
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&dir);
    r
}

fn build_dir(out_path: &Path) -> Result<PathBuf, BuildError> {
    static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let parent = out_path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let seq = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let dir = parent.join(format!(".rpy-build-{}-{seq}-{stamp}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn write_runtime(dir: &Path) -> Result<(), BuildError> {
    std::fs::write(dir.join("rpy_rt.h"), rpy_rt::RT_H)?;
    std::fs::write(dir.join("rpy_rt.c"), rpy_rt::RT_C)?;
    Ok(())
}

fn build_in(dir: &Path, c_text: &str, out_path: &Path, compiler: &CompilerInfo, runtime: Option<&Path>) -> Result<(), BuildError> {
    write_runtime(dir)?;
    std::fs::write(dir.join("module.c"), c_text)?;
    std::fs::write(dir.join("exports.map"), version_script(c_text))?;
    let tmp = dir.join("out.so");
    let mut cmd = Command::new(&compiler.path);
    cmd.args(&compiler.args).args(CFLAGS).args(LDFLAGS);
    cmd.arg(format!("-Wl,--version-script={}", dir.join("exports.map").display()));
    cmd.arg("-o").arg(&tmp).arg(dir.join("module.c"));
    match runtime {
        Some(obj) => cmd.arg(obj),
        None => cmd.arg(dir.join("rpy_rt.c")),
    };
    cmd.arg("-lm").current_dir(dir);
    run(cmd, compiler)?;
    std::fs::rename(&tmp, out_path)?;
    Ok(())
}

/// Run the compiler; its stderr on failure.
fn run(mut cmd: Command, compiler: &CompilerInfo) -> Result<(), BuildError> {
    let output = cmd.output().map_err(|e| BuildError::Spawn(format!("{}: {e}", compiler.path.display())))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(BuildError::Compile(String::from_utf8_lossy(&output.stderr).into_owned()))
    }
}

/// Export only the entries, the plain exports and the module-level API;
/// everything else is local.
fn version_script(c_text: &str) -> String {
    let mut s = String::from("{\n  global:\n    rpy_module_v2;\n    rpy_take_error;\n    rpy_err_occurred;\n    rpy_set_print_hook;\n");
    for line in c_text.lines() {
        if let Some(rest) = line.strip_prefix("RPYC_EXPORT ") {
            if let Some(name) = exported_name(rest) {
                if name.ends_with("__entry") || name.starts_with("rpyx_") {
                    s.push_str(&format!("    {name};\n"));
                }
            }
        }
    }
    s.push_str("  local: *;\n};\n");
    s
}

/// The function name in `T name(...)`.
fn exported_name(decl: &str) -> Option<&str> {
    let head = &decl[..decl.find('(')?];
    head.rsplit([' ', '*']).next().filter(|n| !n.is_empty())
}
