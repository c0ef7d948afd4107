//! Shipping compiled modules, and finding them again.
//!
//! * [`export`] builds a module into a directory: `NAME.rpy.so` (the AOT
//!   library, self-describing through its `rpy_module_v2` descriptor),
//!   `NAME.py` (a ctypes stub that needs neither rpythonic nor a compiler)
//!   and `NAME.h` (the C prototypes of its plain exports). Each file is
//!   complete or absent: it is written under a temporary name in the same
//!   directory and renamed into place.
//! * *Bundled modules* ([`Runtime::load_bundled`](crate::Runtime::load_bundled)):
//!   before compiling (and before the cache), a front end looks for
//!   `NAME.rpy.so` in the directory of the source file, then in each
//!   directory of `RPY_MODULE_PATH`. A library there is used when its
//!   descriptor has this rpythonic's ABI version and the IR hash of the
//!   current source compiled as the functions the library holds;
//!   otherwise it is ignored, with one warning per file and process, and
//!   never called.
//!
//! **Trust.** A bundled module is trusted like the script next to it (or
//! like whoever set `RPY_MODULE_PATH`): it is native code that runs when
//! its functions are called, and whoever can write the script's directory
//! can change the script too. So, unlike the cache, nothing checks its
//! owner or a digest. What is checked is that it is what it claims: an
//! ELF file with an `rpy_module_v2` descriptor (anything else is never
//! `dlopen`ed), the ABI version, and the IR hash (a stale or foreign
//! library is never called). The bytes checked are the bytes loaded: the
//! file is opened once, and `dlopen` opens `/proc/self/fd/N` of that
//! descriptor, which stays open for the life of the process (the loader
//! identifies libraries by name, and a reused `/proc/self/fd/N` would name
//! another one).
//!
//! **The IR hash of a bundle** leaves file names out (as every IR hash
//! does): a bundle matches wherever the script and the library are moved
//! together.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rpy_ir::ir::Module as IrModule;

use crate::Error;

pub use rpy_aot::{library_file_name, LIBRARY_SUFFIX};

/// What [`export`] wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    /// `DIR/NAME.rpy.so`.
    pub library: PathBuf,
    /// `DIR/NAME.py`.
    pub stub: PathBuf,
    /// `DIR/NAME.h`.
    pub header: PathBuf,
}

/// `ir` as a bundle carries it: the source files reduced to their base
/// names, so that what is shipped (the stub's text, the C `#line`s) does
/// not name the build machine's directories. (The IR hash leaves file
/// names out anyway.)
pub fn bundle_ir(ir: &IrModule) -> IrModule {
    let mut m = ir.clone();
    for f in &mut m.files {
        if let Some(base) = Path::new(f.as_str()).file_name().and_then(|b| b.to_str()) {
            *f = base.to_string();
        }
    }
    m
}

/// Build `ir` as module `name` into `dir` (created if needed):
/// `NAME.rpy.so`, `NAME.h`, then `NAME.py`, each written to a temporary
/// name and renamed into place. Needs a C compiler (`$RPY_CC`, `$CC`,
/// `cc`, `gcc`, `clang`). `name` must be a Python identifier (the stub's
/// module name), and the stub must not replace the source file.
pub fn export(ir: &IrModule, name: &str, dir: &Path) -> Result<Exported, Error> {
    export_with_progress(ir, name, dir, &crate::Progress::hidden())
}

/// [`export`], its steps shown on `progress` (a bar of 3 steps: the stub
/// and header, the library, writing them).
pub fn export_with_progress(ir: &IrModule, name: &str, dir: &Path, progress: &crate::Progress) -> Result<Exported, Error> {
    progress.set_message("generating the stub and header");
    let sources: Vec<PathBuf> = ir.files.iter().map(PathBuf::from).collect();
    let ir = bundle_ir(ir);
    // The stub first: it validates the names before anything is built.
    let stub = rpy_aot::python_stub(&ir, name).map_err(|e| Error::usage(e.to_string()))?;
    let header = rpy_aot::c_header(&ir, name);
    let cc = rpy_aot::find_compiler().ok_or_else(|| Error::usage("building a module needs a C compiler, and none was found ($RPY_CC, $CC, cc, gcc, clang)"))?;
    std::fs::create_dir_all(dir).map_err(|e| Error::usage(format!("cannot create {}: {e}", dir.display())))?;
    let out = Exported { library: dir.join(library_file_name(name)), stub: dir.join(format!("{name}.py")), header: dir.join(format!("{name}.h")) };
    if let Ok(a) = std::fs::canonicalize(&out.stub) {
        if sources.iter().any(|s| std::fs::canonicalize(s).is_ok_and(|b| a == b)) {
            return Err(Error::usage(format!("the stub {} would replace a source file: choose another output directory or name", out.stub.display())));
        }
    }
    progress.inc(1);
    progress.set_message(format!("building {} ({})", library_file_name(name), cc.path.file_name().map_or_else(|| cc.path.display().to_string(), |n| n.to_string_lossy().into_owned())));
    let t = std::time::Instant::now();
    rpy_aot::build_so(&rpy_aot::emit_c(&ir, name), &out.library, &cc).map_err(|e| Error::usage(format!("building {}: {e}", out.library.display())))?;
    tracing::info!(target: "rpythonic.build", module = name, "{name}: built {} with {} in {:.0} ms", out.library.display(), cc.path.display(), crate::log::ms(t.elapsed()));
    progress.inc(1);
    progress.set_message(format!("writing {name}.py and {name}.h"));
    write_atomic(&out.header, &header)?;
    write_atomic(&out.stub, &stub)?;
    progress.inc(1);
    Ok(out)
}

/// Write `text` to `path` through a temporary file in the same directory.
fn write_atomic(path: &Path, text: &str) -> Result<(), Error> {
    static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let base = path.file_name().and_then(|b| b.to_str()).unwrap_or("out");
    let tmp = dir.join(format!(".{base}.tmp-{}-{}", std::process::id(), SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed)));
    let r = std::fs::write(&tmp, text).and_then(|()| std::fs::rename(&tmp, path));
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r.map_err(|e| Error::usage(format!("cannot write {}: {e}", path.display())))
}

/// Where the bundled module of the source file `source` may be: its
/// directory (if `source` names a file), then every directory of
/// `RPY_MODULE_PATH` (`:`-separated; empty entries are skipped).
pub fn bundle_dirs(source: &str) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    let p = Path::new(source);
    if p.is_file() {
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        dirs.push(parent.to_path_buf());
    }
    if let Some(v) = std::env::var_os("RPY_MODULE_PATH") {
        dirs.extend(std::env::split_paths(&v).filter(|d| !d.as_os_str().is_empty()));
    }
    // Absolute, so that warnings name the file unambiguously.
    dirs.into_iter().map(|d| std::path::absolute(&d).unwrap_or(d)).collect()
}

/// A file's identity: device, inode, size, modification time.
pub(crate) type FileId = (u64, u64, u64, i64, i64);

type Opened = Result<Arc<rpy_aot::AotModule>, String>;

/// Every bundle file opened by this process, by identity.
static OPENED: Mutex<Vec<(FileId, Opened)>> = Mutex::new(Vec::new());
/// The bundle files a warning was given for.
static WARNED: Mutex<Option<HashSet<FileId>>> = Mutex::new(None);

fn file_id(m: &std::fs::Metadata) -> FileId {
    use std::os::unix::fs::MetadataExt;
    (m.dev(), m.ino(), m.size(), m.mtime(), m.mtime_nsec())
}

/// The library at `path`, loaded once per file (its identity) and
/// process; an error says why it is not a usable rpythonic library.
pub(crate) fn open(path: &Path) -> (Option<FileId>, Opened) {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return (None, Err(format!("cannot be opened: {e}"))),
    };
    let id = match file.metadata() {
        Ok(m) => file_id(&m),
        Err(e) => return (None, Err(format!("cannot be read: {e}"))),
    };
    let mut opened = OPENED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, r)) = opened.iter().find(|(i, _)| *i == id) {
        return (Some(id), r.clone());
    }
    let r = open_file(file);
    opened.push((id, r.clone()));
    (Some(id), r)
}

/// Larger files are not libraries rpythonic builds (and are not read).
const MAX_BUNDLE_BYTES: u64 = 1 << 28;

fn open_file(mut file: std::fs::File) -> Opened {
    use std::os::fd::AsRawFd;
    if file.metadata().is_ok_and(|m| m.len() > MAX_BUNDLE_BYTES) {
        return Err(format!("it is larger than {} MiB, which no module rpythonic builds is", MAX_BUNDLE_BYTES >> 20));
    }
    let mut bytes = Vec::new();
    (&mut file).take(MAX_BUNDLE_BYTES).read_to_end(&mut bytes).map_err(|e| format!("cannot be read: {e}"))?;
    if !bytes.starts_with(b"\x7fELF") {
        return Err("it is not a shared library".to_string());
    }
    if !bytes.windows(14).any(|w| w == b"rpy_module_v2\0") {
        return Err("it is not an rpythonic module (it has no rpy_module_v2 descriptor)".to_string());
    }
    let via_fd = PathBuf::from(format!("/proc/self/fd/{}", file.as_raw_fd()));
    let r = rpy_aot::load(&via_fd).map(Arc::new).map_err(|e| match e {
        rpy_aot::LoadError::Abi(v) => format!("it was built for ABI version {v}, and this rpythonic has ABI version {} (rebuild it with `rpy build`)", rpy_rt::ABI_VERSION),
        rpy_aot::LoadError::Dl(e) => format!("it cannot be loaded: {e}"),
    });
    // The loader may hold the library under this descriptor's name: the
    // descriptor stays open (see the module documentation).
    std::mem::forget(file);
    r
}

/// The warning for ignoring `path` (because of `reason`), the first time
/// only for this file.
pub(crate) fn warning(path: &Path, id: Option<FileId>, reason: &str) -> Option<String> {
    if let Some(id) = id {
        let mut w = WARNED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !w.get_or_insert_with(HashSet::new).insert(id) {
            return None;
        }
    }
    Some(format!("ignoring the bundled module {}: {reason}", path.display()))
}

/// Whether `unit` (the current source compiled as the functions of
/// `lib`) is what `lib` was built from, and has every root the host asked
/// for; why not otherwise.
pub(crate) fn check(lib: &rpy_aot::AotModule, unit: &IrModule, opts: &rpy_ir::Options) -> Result<(), String> {
    if rpy_ir::ir_hash(unit) != lib.ir_hash {
        return Err("it was built from other source (its IR hash does not match the current source; rebuild it with `rpy build`)".to_string());
    }
    let same = lib.funcs.len() == unit.funcs.len() && lib.funcs.iter().zip(unit.funcs.values()).all(|(a, b)| a.name == b.name);
    if !same {
        return Err("its functions are not those of the current source".to_string());
    }
    for r in opts.roots.iter().flatten() {
        // A root is a function (at its first line, if the host gave one)
        // or a class (whose constructor is the function of its name).
        let line = opts.root_lines.iter().find(|(n, _)| n == r).map(|&(_, l)| l);
        let found = unit.funcs.values().any(|f| f.name == *r && line.is_none_or(|l| f.first_line == l));
        if !found {
            return Err(format!("it does not contain {r}"));
        }
    }
    Ok(())
}

/// The roots that compile the current source into the functions of
/// `lib`: its top-level functions and classes (the names without a dot;
/// everything else is reached from them).
pub(crate) fn roots(lib: &rpy_aot::AotModule) -> Vec<String> {
    // Methods (`C.m`, `geometry.C.m`) come with their class; functions of
    // other files of the unit are roots by their qualified name
    // (`geometry.norm`).
    let is_class = |n: &str| lib.classes.iter().any(|c| c.name == n);
    let mut out: Vec<String> = Vec::new();
    for f in &lib.funcs {
        let method = f.name.rsplit_once('.').is_some_and(|(owner, _)| is_class(owner.rsplit('.').next().unwrap_or(owner)));
        if !method && !out.contains(&f.name) {
            out.push(f.name.clone());
        }
    }
    out
}
