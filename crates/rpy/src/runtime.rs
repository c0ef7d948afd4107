//! `Runtime` (configuration, tier policy, the JIT) and `Module` (compiled
//! functions with their entry slots).

use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::sync::{Arc, Condvar, Mutex, RwLock};

use rpy_ir::{Options, SourceFile};
use rpy_jit::{CompiledModule, Jit};

use crate::value::{Args, DynFunc, Func, Object, Ret};
use crate::{Error, ErrorKind, Value};

/// Where compiled code runs.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Tier {
    /// The default: a valid cached library runs at once; otherwise the JIT
    /// runs now while the library is built in a background thread, and
    /// every function's entry is swapped to it when it is ready. Without a
    /// C compiler: the JIT only (one notice on stderr).
    Auto,
    /// Cranelift, in process; never calls a C compiler.
    Jit,
    /// A shared library built by the system C compiler (gcc, clang, $CC)
    /// through the persistent cache, synchronously when the module is
    /// loaded (or loaded from the cache at once).
    Aot,
}

type PrintHook = Arc<dyn Fn(&str) -> Result<(), Error> + Send + Sync>;
type PollHook = Arc<dyn Fn() -> Result<(), Error> + Send + Sync>;

/// The host's hooks: where `print` writes and the interrupt poll.
#[derive(Clone, Default)]
pub struct Hooks {
    /// Receives each printed line (with its `end`); default: stdout.
    pub print: Option<PrintHook>,
    /// Called every ~65k loop iterations; an `Err` stops the program
    /// (typically `KeyboardInterrupt`).
    pub poll: Option<PollHook>,
}

/// Builds a [`Runtime`].
pub struct RuntimeBuilder {
    tier: Tier,
    builder: Option<Vec<String>>,
    builds: bool,
    cache_dir: Option<PathBuf>,
    recursion_limit: i64,
    hooks: Hooks,
}

impl RuntimeBuilder {
    /// The tier policy (default [`Tier::Auto`]).
    pub fn tier(mut self, tier: Tier) -> Self {
        self.tier = tier;
        self
    }

    /// Where the persistent cache lives (used by the gcc tier).
    pub fn cache_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cache_dir = Some(dir.into());
        self
    }

    /// The recursion depth limit (default 1000, like CPython).
    pub fn recursion_limit(mut self, n: i64) -> Self {
        self.recursion_limit = n.max(1);
        self
    }

    /// The command that runs detached builds of the AOT tier (the job
    /// directory is appended), e.g. `["/usr/bin/rpy", "__build"]`; it must
    /// call [`crate::run_job`]. Without one, `Tier::Auto` builds in a
    /// thread of this process (a short process then exits before the
    /// library is built).
    pub fn builder_command(mut self, command: Vec<String>) -> Self {
        self.builder = Some(command);
        self
    }

    /// Whether `Tier::Auto` may start builds (default `true`); with
    /// `false` it uses cached libraries and otherwise stays on the JIT
    /// (Python's `cache(refresh=0)`).
    pub fn background_builds(mut self, on: bool) -> Self {
        self.builds = on;
        self
    }

    /// Where `print` writes.
    pub fn on_print(mut self, f: impl Fn(&str) -> Result<(), Error> + Send + Sync + 'static) -> Self {
        self.hooks.print = Some(Arc::new(f));
        self
    }

    /// The interrupt poll.
    pub fn on_poll(mut self, f: impl Fn() -> Result<(), Error> + Send + Sync + 'static) -> Self {
        self.hooks.poll = Some(Arc::new(f));
        self
    }

    /// Make the runtime.
    pub fn build(self) -> Result<Runtime, Error> {
        crate::log::init_from_env();
        let compiler = match self.tier {
            Tier::Aot => Some(rpy_aot::find_compiler().ok_or_else(|| {
                Error::usage("the AOT tier needs a C compiler, and none was found ($RPY_CC, $CC, cc, gcc, clang); install one or use Tier::Jit")
            })?),
            // Without a compiler, Auto still loads cached libraries; the
            // notice comes when a module has to stay on the JIT.
            Tier::Auto => rpy_aot::find_compiler(),
            Tier::Jit => None,
        };
        let jit = Jit::new().map_err(|e| Error::usage(e.to_string()))?;
        Ok(Runtime {
            inner: Arc::new(RtInner {
                jit,
                compiler,
                builder: self.builder,
                builds: self.builds,
                tier: self.tier,
                cache_dir: self.cache_dir,
                recursion_limit: self.recursion_limit,
                hooks: RwLock::new(self.hooks),
            }),
        })
    }
}

pub(crate) struct RtInner {
    jit: Jit,
    /// The C compiler of the AOT tier.
    compiler: Option<rpy_aot::CompilerInfo>,
    /// The detached builder command, if the host has one.
    builder: Option<Vec<String>>,
    /// Whether `Tier::Auto` starts builds.
    builds: bool,
    tier: Tier,
    cache_dir: Option<PathBuf>,
    pub(crate) recursion_limit: i64,
    pub(crate) hooks: RwLock<Hooks>,
}

/// Compiles sources and owns the configuration; cheap to clone.
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<RtInner>,
}

impl Runtime {
    /// A builder with the defaults.
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder { tier: Tier::Auto, builder: None, builds: true, cache_dir: None, recursion_limit: 1000, hooks: Hooks::default() }
    }

    /// The tier policy this runtime was built with.
    pub fn tier(&self) -> Tier {
        self.inner.tier
    }

    /// Replace the hooks (affects calls that start afterwards).
    pub fn set_hooks(&self, hooks: Hooks) {
        if let Ok(mut h) = self.inner.hooks.write() {
            *h = hooks;
        }
    }

    /// Compile every function of `text` as module `name`.
    pub fn load_source(&self, name: &str, text: &str) -> Result<Module, Error> {
        self.load(name, &SourceFile::new(format!("<{name}>"), text), &Options::default())
    }

    /// Compile every function of the file at `path`, with the modules it
    /// imports from its directory (its compile unit, [`crate::unit_files`]).
    pub fn load_file(&self, path: impl AsRef<Path>) -> Result<Module, Error> {
        let path = path.as_ref();
        let files = crate::unit_files(&[path.to_path_buf()])?;
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("module").to_string();
        self.load_unit(&name, &files, &Options::default())
    }

    /// Compile a source fragment with caller-supplied constants, parameter
    /// types and roots (the entry point every front end shares).
    pub fn load(&self, name: &str, src: &SourceFile, opts: &Options) -> Result<Module, Error> {
        self.load_unit(name, std::slice::from_ref(src), opts)
    }

    /// Compile a unit of several files (the main file first; see
    /// [`rpy_ir::compile_unit`]) as one module.
    pub fn load_unit(&self, name: &str, files: &[SourceFile], opts: &Options) -> Result<Module, Error> {
        let ir = compile_unit(name, files, opts)?;
        self.load_ir(name, ir)
    }

    /// Like [`Runtime::load`], but first looks for a *bundled module*
    /// (`crate::bundle`): `NAME.rpy.so` in the source file's directory,
    /// then in each directory of `RPY_MODULE_PATH`. The first whose
    /// descriptor matches the current source (ABI version, and the IR
    /// hash of the source compiled as the functions it holds, with these
    /// `opts`' constants and types) and that holds every root of `opts`
    /// is used at once, on the AOT tier, with no compiler and no cache.
    /// A library that does not match is never called; the module then
    /// compiles as [`Runtime::load`] does, and [`Module::warnings`] says
    /// which file was ignored and why (once per file and process). On
    /// [`Tier::Jit`] no bundle is looked for.
    pub fn load_bundled(&self, name: &str, src: &SourceFile, opts: &Options) -> Result<Module, Error> {
        self.load_bundled_unit(name, std::slice::from_ref(src), opts)
    }

    /// [`Runtime::load_bundled`] of a compile unit of several files (the
    /// main file first, whose directory is searched).
    pub fn load_bundled_unit(&self, name: &str, files: &[SourceFile], opts: &Options) -> Result<Module, Error> {
        let mut warnings = Vec::new();
        if let (true, Some(main)) = (self.inner.tier != Tier::Jit, files.first()) {
            let file = crate::bundle::library_file_name(name);
            for dir in crate::bundle::bundle_dirs(&main.name) {
                let path = dir.join(&file);
                if !path.is_file() {
                    continue;
                }
                match self.try_bundle(&path, files, opts) {
                    Ok(ir_and_lib) => {
                        let (ir, lib) = ir_and_lib;
                        tracing::info!(target: "rpythonic.cache", module = name, path = %path.display(), "{name}: the bundled module {} matches the source; using it", path.display());
                        let code = Code::Bundle(lib);
                        return self.finish(name, ir, code, false, Some(path), warnings);
                    }
                    Err((id, reason)) => warnings.extend(crate::bundle::warning(&path, id, &reason)),
                }
            }
        }
        let ir = compile_unit(name, files, opts)?;
        self.load_ir_with(name, ir, warnings)
    }

    /// The IR of `src` as the functions of the bundle at `path`, and the
    /// bundle, if it matches (else why not).
    #[allow(clippy::type_complexity)]
    fn try_bundle(&self, path: &Path, files: &[SourceFile], opts: &Options) -> Result<(rpy_ir::ir::Module, Arc<rpy_aot::AotModule>), (Option<crate::bundle::FileId>, String)> {
        let (id, lib) = crate::bundle::open(path);
        let lib = lib.map_err(|e| (id, e))?;
        let unit_opts = Options { roots: Some(crate::bundle::roots(&lib)), root_lines: Vec::new(), ..opts.clone() };
        let unit = rpy_ir::compile_unit(files, &unit_opts).map_err(|e| {
            let why = e.diagnostics.first().map_or_else(|| e.to_string(), |d| d.message.clone());
            (id, format!("the current source does not compile into the functions it holds ({why})"))
        })?;
        crate::bundle::check(&lib, &unit, opts).map_err(|e| (id, e))?;
        Ok((unit, lib))
    }

    /// Compile an IR module already produced by [`rpy_ir::compile`] (its
    /// `file` names the source in errors).
    pub fn load_ir(&self, name: &str, ir: rpy_ir::ir::Module) -> Result<Module, Error> {
        self.load_ir_with(name, ir, Vec::new())
    }

    fn load_ir_with(&self, name: &str, ir: rpy_ir::ir::Module, warnings: Vec<String>) -> Result<Module, Error> {
        let rt = &self.inner;
        let (code, pending) = match (rt.tier, &rt.compiler) {
            (Tier::Aot, Some(cc)) => (Code::Aot(build_aot(rt, name, &ir, cc)?), false),
            // Auto: a valid cached library runs at once; otherwise the JIT
            // runs now and the library is built in the background.
            // (Also without a compiler: a warm cache needs none.)
            (Tier::Auto, cc) => match lookup_logged(rt, name, &ir) {
                Some(m) => (Code::Aot(m), false),
                None => {
                    if cc.is_none() && rt.builds {
                        no_compiler_notice();
                    }
                    (Code::Jit(jit_compile(rt, name, &ir)?), cc.is_some() && rt.builds)
                }
            },
            _ => (Code::Jit(jit_compile(rt, name, &ir)?), false),
        };
        // The module's name in the cache; a pending build's watcher thread
        // writes it, off the first call's path.
        if rt.tier != Tier::Jit && !pending {
            name_module(rt, name, &ir);
        }
        self.finish(name, ir, code, pending, None, warnings)
    }

    /// The module over `code`, with the background build when `pending`.
    fn finish(&self, name: &str, ir: rpy_ir::ir::Module, code: Code, pending: bool, bundle: Option<PathBuf>, warnings: Vec<String>) -> Result<Module, Error> {
        let rt = &self.inner;
        let entries = code.entries();
        let on_aot = matches!(code, Code::Aot(_) | Code::Bundle(_));
        let slots = entries.into_iter().map(|e| AtomicPtr::new(e.cast_mut())).collect();
        let inner = Arc::new(ModuleInner {
            name: name.to_string(),
            file: ir.file().to_string(),
            ir,
            code: Mutex::new(vec![code]),
            on_aot: AtomicBool::new(on_aot),
            swap: (Mutex::new(!pending), Condvar::new()),
            owner_pid: std::process::id(),
            serial: next_serial(),
            slots,
            rt: rt.clone(),
            bundle,
            warnings,
        });
        if pending {
            let m = inner.clone();
            let name = name.to_string();
            // The detached builder is started by the watcher thread, so the
            // caller does not wait for the C text, the job files and the
            // process start (about 2 ms). The cache is opened here, so a
            // refused cache is still an error of this load; and until the
            // builder has started, the process's exit waits for it
            // (`builder_starts`), so a short script still warms the cache.
            let detached = match (&rt.builder, &rt.compiler) {
                (Some(cmd), Some(cc)) => {
                    let cache = rpy_cache::CacheDir::open(rt.cache_dir.as_deref()).map_err(|e| Error::usage(e.to_string()))?;
                    Some((cache.root().to_path_buf(), cmd.clone(), cc.clone()))
                }
                _ => None,
            };
            let starting = detached.is_some();
            if starting {
                builder_starts::begin();
            }
            let watcher = std::thread::Builder::new().name("rpythonic-aot-watch".into()).spawn(move || {
                name_module(&m.rt, &name, &m.ir);
                match detached {
                    Some((cache_dir, cmd, cc)) => {
                        let child = start_detached(&cache_dir, &cmd, &cc, &name, &m.ir);
                        builder_starts::end();
                        match child {
                            Ok(child) => m.watch_and_swap(&name, child),
                            Err(e) => m.no_build(&name, &e),
                        }
                    }
                    None => m.build_and_swap(&name),
                }
            });
            if let Err(e) = watcher {
                if starting {
                    builder_starts::end();
                }
                return Err(Error::usage(format!("cannot start the background build: {e}")));
            }
        }
        Ok(Module { inner })
    }
}

/// [`rpy_ir::compile_unit`] of module `name`, logged (`rpythonic.compile`)
/// with its time: for hosts that compile before they load.
pub fn compile_unit(name: &str, files: &[SourceFile], opts: &Options) -> Result<rpy_ir::ir::Module, rpy_ir::CompileError> {
    crate::log::init_from_env();
    let t = std::time::Instant::now();
    let ir = rpy_ir::compile_unit(files, opts)?;
    let main = files.first().map_or("", |f| f.name.as_str());
    tracing::info!(target: "rpythonic.compile", module = name, file = main, files = files.len(), functions = ir.funcs.len(), "{name}: compiled {main}{} to IR: {} in {:.3} ms", if files.len() > 1 { format!(" and {}", crate::log::count(files.len() - 1, "imported file")) } else { String::new() }, crate::log::count(ir.funcs.len(), "function"), crate::log::ms(t.elapsed()));
    Ok(ir)
}

/// IR to JIT code, logged with its time.
fn jit_compile(rt: &RtInner, name: &str, ir: &rpy_ir::ir::Module) -> Result<CompiledModule, Error> {
    let t = std::time::Instant::now();
    let code = rt.jit.compile(name, ir).map_err(|e| Error::usage(e.to_string()))?;
    tracing::info!(target: "rpythonic.jit", module = name, functions = ir.funcs.len(), "{name}: {} compiled on the JIT in {:.3} ms", crate::log::count(ir.funcs.len(), "function"), crate::log::ms(t.elapsed()));
    Ok(code)
}

/// Point the module name `name`, namespaced by the defining script
/// (`ir.file`), at the cache key of `ir` (`names/<script hash>/<name>`), so
/// `rpy cache ls` tells which module a library is. Best effort: a name
/// that cannot be written costs nothing but the listing.
fn name_module(rt: &RtInner, name: &str, ir: &rpy_ir::ir::Module) {
    let script = Path::new(ir.file());
    if !script.is_file() {
        return; // a source given as text has no script to namespace by
    }
    if let Ok(cache) = rpy_cache::CacheDir::open(rt.cache_dir.as_deref()) {
        let (key, _) = aot_key(ir);
        // A warm run finds its name already there: no write (and no fsync).
        if !matches!(cache.get_name(script, name), Ok(Some(k)) if k == key) {
            let _ = cache.set_name(script, name, &key);
        }
    }
}

/// Write the build job of `ir` into the cache at `cache_dir` and start
/// the detached builder on it.
fn start_detached(cache_dir: &Path, cmd: &[String], cc: &rpy_aot::CompilerInfo, name: &str, ir: &rpy_ir::ir::Module) -> Result<std::process::Child, Error> {
    let (key, hash) = aot_key(ir);
    let job = crate::builder::Job {
        cache_dir: cache_dir.to_path_buf(),
        key: key.as_str().to_string(),
        ir_hash: hash,
        module: name.to_string(),
        source: ir.file().to_string(),
        compiler: cc.path.clone(),
        compiler_args: cc.args.clone(),
    };
    let dir = job.write(&rpy_aot::emit_c(ir, name))?;
    let child = crate::builder::spawn(cmd, &dir)?;
    tracing::info!(target: "rpythonic.build", module = name, key = key.as_str(), compiler = %cc.path.display(), builder = cmd.join(" "), "{name}: detached build of the AOT library started with {} (key {}, pid {})", cc.path.display(), key.as_str(), child.id());
    Ok(child)
}

/// Detached builders that a watcher thread is about to start. The
/// process's exit (a libc `atexit` handler, so every host is covered: a
/// Rust `main` returning, `exit()` from C, Python's shutdown) waits, for
/// at most two seconds, until each has started: the build then finishes
/// on its own and the next run finds the library. A forked child has no
/// watcher threads and does not wait.
mod builder_starts {
    use std::sync::{Condvar, Mutex, Once};
    use std::time::Duration;

    static PENDING: Mutex<(u32, usize)> = Mutex::new((0, 0));
    static DONE: Condvar = Condvar::new();

    pub(super) fn begin() {
        static AT_EXIT: Once = Once::new();
        AT_EXIT.call_once(|| {
            // SAFETY: registers a plain `extern "C" fn()` that only
            // waits on a condition variable; atexit has no other
            // preconditions. A failed registration (returns non-zero)
            // only loses the wait.
            let _ = unsafe { libc::atexit(at_exit) };
        });
        let mut p = PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let me = std::process::id();
        if p.0 != me {
            *p = (me, 0); // the counts of a parent before fork are not ours
        }
        p.1 += 1;
    }

    pub(super) fn end() {
        let mut p = PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        p.1 = p.1.saturating_sub(1);
        DONE.notify_all();
    }

    /// Wait until no builder is waiting to be started (or `timeout`).
    pub(crate) fn wait(timeout: Duration) {
        let p = PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let me = std::process::id();
        let _ = DONE.wait_timeout_while(p, timeout, |p| p.0 == me && p.1 > 0);
    }

    extern "C" fn at_exit() {
        wait(Duration::from_secs(2));
    }
}

/// One notice per process that the AOT tier is unavailable
/// (`RPY_NO_COMPILER_NOTICE=1` silences it).
fn no_compiler_notice() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    if std::env::var_os("RPY_NO_COMPILER_NOTICE").is_some() {
        return;
    }
    ONCE.call_once(|| {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("rpythonic: no C compiler found ($RPY_CC, $CC, cc, gcc, clang): running on the JIT tier only");
        }
    });
}

/// The cache key of `ir`'s library.
fn aot_key(ir: &rpy_ir::ir::Module) -> (rpy_cache::Key, String) {
    let hash = rpy_ir::ir_hash(ir);
    let target = format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS);
    // No CPU-specific flags are used, so the artifact needs no features.
    (rpy_cache::Key::new(&hash, &rpy_aot::codegen_fingerprint(), &target, ""), hash)
}

/// Load `v` if its descriptor matches `ir` (else it is never called).
///
/// The verified file stays open for the life of the process: the loader
/// identifies libraries by name, and `/proc/self/fd/N` of a closed (and
/// reused) descriptor would name another library.
fn load_verified(v: rpy_cache::Verified, ir: &rpy_ir::ir::Module, hash: &str) -> Option<rpy_aot::AotModule> {
    let m = rpy_aot::load(&v.proc_path()).ok().filter(|m| m.ir_hash == hash && m.codegen == rpy_aot::codegen_fingerprint() && m.funcs.len() == ir.funcs.len())?;
    std::mem::forget(v.into_file());
    Some(m)
}

/// The library of `ir` if the cache has a valid one (no build).
fn cached_aot(rt: &RtInner, ir: &rpy_ir::ir::Module) -> Option<rpy_aot::AotModule> {
    let cache = rpy_cache::CacheDir::open(rt.cache_dir.as_deref()).ok()?;
    let (key, hash) = aot_key(ir);
    cache.lookup(&key).ok()?.and_then(|v| load_verified(v, ir, &hash))
}

/// [`cached_aot`], logged as a hit or a miss of module `name`.
fn lookup_logged(rt: &RtInner, name: &str, ir: &rpy_ir::ir::Module) -> Option<rpy_aot::AotModule> {
    let cache = match rpy_cache::CacheDir::open(rt.cache_dir.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            tracing::info!(target: "rpythonic.cache", module = name, "{name}: cache miss: {e}");
            return None;
        }
    };
    let (key, hash) = aot_key(ir);
    let found = cache.lookup(&key).ok()?.and_then(|v| load_verified(v, ir, &hash));
    log_lookup(name, &key, &cache, found.is_some());
    found
}

/// The `rpythonic.cache` event of a lookup.
fn log_lookup(name: &str, key: &rpy_cache::Key, cache: &rpy_cache::CacheDir, hit: bool) {
    let (key, dir) = (key.as_str(), cache.root().display());
    if hit {
        tracing::info!(target: "rpythonic.cache", module = name, key, "{name}: cache hit, key {key} in {dir}: the AOT library is loaded");
    } else {
        tracing::info!(target: "rpythonic.cache", module = name, key, "{name}: cache miss, key {key} in {dir}");
    }
}

/// Load the shared library of `ir` from the persistent cache, or build
/// and publish it first (under the key's build lock, so concurrent
/// processes build it once). What is loaded is what was verified: the
/// open file's digest is checked, then `/proc/self/fd/N` is loaded, and
/// its descriptor must carry `ir`'s hash or it is never called.
fn build_aot(rt: &RtInner, name: &str, ir: &rpy_ir::ir::Module, cc: &rpy_aot::CompilerInfo) -> Result<rpy_aot::AotModule, Error> {
    let cache = rpy_cache::CacheDir::open(rt.cache_dir.as_deref()).map_err(|e| Error::usage(e.to_string()))?;
    let (key, hash) = aot_key(ir);
    let cache_err = |e: rpy_cache::CacheError| Error::usage(e.to_string());
    if let Some(m) = cache.lookup(&key).map_err(cache_err)?.and_then(|v| load_verified(v, ir, &hash)) {
        log_lookup(name, &key, &cache, true);
        return Ok(m);
    }
    log_lookup(name, &key, &cache, false);
    let _lock = cache.lock(&key).map_err(cache_err)?;
    // Someone else may have built it while we waited for the lock.
    if let Some(m) = cache.lookup(&key).map_err(cache_err)?.and_then(|v| load_verified(v, ir, &hash)) {
        return Ok(m);
    }
    let t = std::time::Instant::now();
    tracing::info!(target: "rpythonic.build", module = name, key = key.as_str(), compiler = %cc.path.display(), "{name}: building the AOT library with {} (key {})", cc.path.display(), key.as_str());
    if let Err(e) = crate::builder::build_and_publish(&cache, &key, &rpy_aot::emit_c(ir, name), cc, name, ir.file()) {
        tracing::warn!(target: "rpythonic.build", module = name, key = key.as_str(), "{name}: the build with {} failed after {:.0} ms: {e}", cc.path.display(), crate::log::ms(t.elapsed()));
        return Err(Error::usage(e));
    }
    tracing::info!(target: "rpythonic.build", module = name, key = key.as_str(), "{name}: built with {} in {:.0} ms", cc.path.display(), crate::log::ms(t.elapsed()));
    let verified = cache.lookup(&key).map_err(cache_err)?.ok_or_else(|| Error::usage("the library just published did not verify"))?;
    load_verified(verified, ir, &hash).ok_or_else(|| Error::usage(format!("cannot load the library of {name} from the cache")))
}

/// A number no other module of this process has (never 0).
fn next_serial() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

pub(crate) struct ModuleInner {
    /// The module's name (the cache's and the logs').
    name: String,
    pub(crate) file: String,
    pub(crate) ir: rpy_ir::ir::Module,
    /// Every code object the slots have pointed into (never freed, never
    /// unloaded: a call may still be running in old code after a swap).
    code: Mutex<Vec<Code>>,
    /// Whether the slots point into the AOT library.
    on_aot: AtomicBool,
    /// Set (and notified) once no background build is pending.
    swap: (Mutex<bool>, Condvar),
    /// The process that started the pending build: a forked child (which
    /// has no watcher thread) drops it instead of waiting for it.
    owner_pid: u32,
    /// This module's number: the objects its calls return carry it, so
    /// that no other module reads them with its own type table.
    pub(crate) serial: u64,
    /// The current entry of each function; a tier swap stores here.
    pub(crate) slots: Vec<AtomicPtr<u8>>,
    pub(crate) rt: Arc<RtInner>,
    /// The bundled library the module runs, if it came from one.
    bundle: Option<PathBuf>,
    /// Warnings for the host to show (bundled modules ignored).
    warnings: Vec<String>,
}

/// The code a module's entry slots point into.
enum Code {
    Jit(CompiledModule),
    Aot(rpy_aot::AotModule),
    /// A bundled library (shared by every module loaded from it).
    Bundle(Arc<rpy_aot::AotModule>),
}

impl Code {
    fn entries(&self) -> Vec<*const u8> {
        match self {
            Code::Jit(c) => c.funcs.iter().map(|f| f.entry).collect(),
            Code::Aot(m) => m.funcs.iter().map(|f| f.entry as *const u8).collect(),
            Code::Bundle(m) => m.funcs.iter().map(|f| f.entry as *const u8).collect(),
        }
    }
}

impl ModuleInner {
    pub(crate) fn tier(&self) -> Tier {
        if self.on_aot.load(Ordering::Acquire) {
            Tier::Aot
        } else {
            Tier::Jit
        }
    }

    /// The background half of `Tier::Auto`: build (or find) the library,
    /// then swap every slot to it, only after the whole library loaded and
    /// verified. A failed build leaves the module on the JIT with one
    /// warning (and the log kept in the cache).
    fn build_and_swap(&self, name: &str) {
        let built = match &self.rt.compiler {
            Some(cc) => build_aot(&self.rt, name, &self.ir, cc),
            None => Err(Error::usage("no C compiler")),
        };
        match built {
            Ok(m) => self.swap_to(name, m),
            Err(e) => {
                #[allow(clippy::print_stderr)]
                {
                    eprintln!("rpythonic: warning: the optimised build of {name} failed; staying on the JIT tier: {e}");
                }
            }
        }
        self.build_ended();
    }

    /// The watcher of a detached build: poll the cache until the library
    /// is published (then swap) or the builder has exited without it.
    fn watch_and_swap(&self, name: &str, mut child: std::process::Child) {
        let started = std::time::Instant::now();
        let deadline = started + std::time::Duration::from_secs(600);
        let mut swapped = false;
        loop {
            let exited = !matches!(child.try_wait(), Ok(None));
            if let Some(m) = cached_aot(&self.rt, &self.ir) {
                tracing::info!(target: "rpythonic.build", module = name, "{name}: the detached build with {} finished after {:.0} ms", self.compiler_name(), crate::log::ms(started.elapsed()));
                self.swap_to(name, m);
                swapped = true;
                break;
            }
            if exited || std::time::Instant::now() > deadline {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        if !swapped {
            tracing::warn!(target: "rpythonic.build", module = name, "{name}: the detached build with {} did not complete after {:.0} ms (the log is in the cache's logs/)", self.compiler_name(), crate::log::ms(started.elapsed()));
            #[allow(clippy::print_stderr)]
            {
                eprintln!("rpythonic: warning: the optimised build of {name} did not complete; staying on the JIT tier (the build log is in the cache's logs/)");
            }
        }
        self.build_ended();
    }

    /// No background build is pending any more: wake `wait_for_build`.
    fn build_ended(&self) {
        let (done, cv) = &self.swap;
        if let Ok(mut d) = done.lock() {
            *d = true;
        }
        cv.notify_all();
    }

    /// The detached builder could not be started: stay on the JIT, with one
    /// warning, and let waiters go.
    fn no_build(&self, name: &str, e: &Error) {
        tracing::warn!(target: "rpythonic.build", module = name, "{name}: the detached build could not start: {e}");
        #[allow(clippy::print_stderr)]
        {
            eprintln!("rpythonic: warning: the optimised build of {name} could not start; staying on the JIT tier: {e}");
        }
        self.build_ended();
    }

    /// The C compiler's path, for messages.
    fn compiler_name(&self) -> String {
        self.rt.compiler.as_ref().map_or_else(|| "no compiler".to_string(), |c| c.path.display().to_string())
    }

    /// Point every slot at `m`'s entries (after it loaded and verified).
    fn swap_to(&self, name: &str, m: rpy_aot::AotModule) {
        let code = Code::Aot(m);
        for (slot, e) in self.slots.iter().zip(code.entries()) {
            slot.store(e.cast_mut(), Ordering::Release);
        }
        if let Ok(mut all) = self.code.lock() {
            all.push(code);
        }
        self.on_aot.store(true, Ordering::Release);
        tracing::info!(target: "rpythonic.swap", module = name, functions = self.slots.len(), "{name}: hot swap: {} now run the AOT library", crate::log::count(self.slots.len(), "function"));
    }

    /// Wait until no background build is pending (or `timeout` passes);
    /// whether the module then runs on the AOT tier.
    pub(crate) fn wait_for_build(&self, timeout: std::time::Duration) -> bool {
        if std::process::id() != self.owner_pid {
            // Forked after the build started: the watcher stayed in the
            // parent, so this process keeps its current code.
            return self.on_aot.load(Ordering::Acquire);
        }
        let (done, cv) = &self.swap;
        if let Ok(d) = done.lock() {
            let _ = cv.wait_timeout_while(d, timeout, |d| !*d);
        }
        self.on_aot.load(Ordering::Acquire)
    }

    pub(crate) fn entry(&self, index: usize) -> *const u8 {
        self.slots[index].load(Ordering::Acquire)
    }
}

/// A compiled module: its functions, callable from any thread.
#[derive(Clone)]
pub struct Module {
    inner: Arc<ModuleInner>,
}

impl Module {
    fn index(&self, name: &str) -> Result<usize, Error> {
        self.inner.ir.func_by_name(name).map(|id| id.as_u32() as usize).ok_or_else(|| Error::of(ErrorKind::NotFound, format!("no function named '{name}' in {}", self.inner.file)))
    }

    /// A typed handle; the signature is checked here, once.
    pub fn func<A: Args, R: Ret>(&self, name: &str) -> Result<Func<A, R>, Error> {
        let index = self.index(name)?;
        let f = &self.inner.ir.funcs[rpy_ir::ir::FuncId::new_index(index)];
        let params: Vec<_> = f.params.iter().map(|p| p.ty).collect();
        if params != A::types() || f.ret != R::TYPE {
            return Err(Error::of(ErrorKind::ArgType, format!(
                "{name} has signature ({}) -> {}, not ({}) -> {}",
                params.iter().map(|t| t.python_name()).collect::<Vec<_>>().join(", "),
                f.ret.python_name(),
                A::types().iter().map(|t| t.python_name()).collect::<Vec<_>>().join(", "),
                R::TYPE.python_name()
            )));
        }
        Ok(Func { module: self.inner.clone(), index, _sig: PhantomData })
    }

    /// Call `name` with dynamically typed arguments (converted as at a
    /// Python call boundary: bool → int → float; omitted trailing
    /// arguments take their defaults). See [`DynFunc::call`].
    pub fn call_dyn(&self, name: &str, args: &[Value]) -> Result<Value, Error> {
        self.dyn_func(name)?.call(args)
    }

    /// A handle to function `name` (a method is `"Class.method"`, a class
    /// constructor the class name) whose arguments are checked at each
    /// call.
    pub fn dyn_func(&self, name: &str) -> Result<DynFunc, Error> {
        let index = self.index(name)?;
        let f = &self.inner.ir.funcs[rpy_ir::ir::FuncId::new_index(index)];
        let all = |t: rpy_ir::ir::Type| f.ret == t && f.params.iter().all(|p| p.ty == t);
        Ok(DynFunc { module: self.inner.clone(), index, all_i64: all(rpy_ir::ir::Type::I64), all_f64: all(rpy_ir::ir::Type::F64) })
    }

    /// A new instance of compiled class `class`: its constructor called
    /// with `args` (as [`Module::call_dyn`] calls).
    pub fn new_instance(&self, class: &str, args: &[Value]) -> Result<Object, Error> {
        if self.class_layout(class).is_none() {
            return Err(Error::of(ErrorKind::NotFound, format!("no class named '{class}' in {}", self.inner.file)));
        }
        match self.call_dyn(class, args)? {
            Value::Object(o) => Ok(o),
            v => Err(Error::usage(format!("the constructor of {class} returned {}", v.ty().python_name()))),
        }
    }

    fn class_layout(&self, class: &str) -> Option<&rpy_ir::ir::ClassLayout> {
        self.inner.ir.types.values().find_map(|h| match h {
            rpy_ir::ir::HeapType::Class(l) if l.name == class => Some(l),
            _ => None,
        })
    }

    /// The heap type of `obj` in this module's type table (None for an
    /// object another module made).
    fn heap_type(&self, obj: &Object) -> Option<&rpy_ir::ir::HeapType> {
        if !obj.belongs_to(self.inner.serial) {
            return None;
        }
        self.inner.ir.types.get(obj.ty().heap_type()?)
    }

    /// The Python type name of `obj`: its class's name, or `list`,
    /// `tuple`, `str` or `array`; `None` if another module made it.
    pub fn type_name(&self, obj: &Object) -> Option<&str> {
        use rpy_ir::ir::HeapType;
        Some(match self.heap_type(obj)? {
            HeapType::Class(l) => &l.name,
            HeapType::List { .. } => "list",
            HeapType::Tuple(_) | HeapType::Args { .. } => "tuple",
            HeapType::Str => "str",
            HeapType::Array { .. } => "array",
        })
    }

    /// Read field `name` of `obj`, an instance of a class of this module
    /// (or item `"0"`, `"1"`, ... of a tuple). A reference field gives a
    /// new reference (or `None`).
    pub fn get_field(&self, obj: &Object, name: &str) -> Result<Value, Error> {
        use rpy_ir::ir::HeapType;
        let layout = match self.heap_type(obj) {
            Some(HeapType::Class(l) | HeapType::Tuple(l)) => l,
            Some(_) => return Err(Error::of(ErrorKind::ArgType, format!("a {} has no fields", self.type_name(obj).unwrap_or("value")))),
            None => return Err(Error::of(ErrorKind::ArgType, "the object was made by another module")),
        };
        let field = layout.field(name).map(|i| &layout.fields[i]).ok_or_else(|| Error::of(ErrorKind::NotFound, format!("'{}' object has no attribute '{name}'", layout.name)))?;
        // SAFETY: `obj` is a live instance (we hold a reference) of the
        // class `layout` describes, so the word at the field's offset is
        // inside it and holds a value of the field's type; a reference
        // read from it is increfed before it is wrapped as owned.
        let bits = unsafe {
            let p = (obj.addr() as usize as *const u8).add(field.offset as usize);
            let bits = std::ptr::read(p.cast::<u64>());
            if field.ty.is_ref() && bits != 0 {
                rpy_rt::rpy_obj_incref(bits as usize as *mut std::ffi::c_void);
            }
            bits
        };
        Ok(Value::from_bits(bits, field.ty, self.inner.serial))
    }

    /// The signature of function `name` and its index, for front ends
    /// with their own call path (see [`Module::entry`]).
    pub fn function(&self, name: &str) -> Option<(usize, &rpy_ir::ir::Function)> {
        let index = self.index(name).ok()?;
        Some((index, &self.inner.ir.funcs[rpy_ir::ir::FuncId::new_index(index)]))
    }

    /// Like [`Module::function`], for the definition of `name` that starts
    /// at `first_line` (a source may define a name more than once).
    pub fn function_at(&self, name: &str, first_line: u32) -> Option<(usize, &rpy_ir::ir::Function)> {
        self.inner.ir.funcs.iter().find(|(_, f)| f.name == name && f.first_line == first_line).map(|(id, f)| (id.as_u32() as usize, f))
    }

    /// The current uniform entry of function `index`
    /// (`i32 entry(rpy_ctx *, const u64 *args, u64 *ret)`), loaded from
    /// its slot. Valid for the life of the process.
    pub fn entry(&self, index: usize) -> *const u8 {
        self.inner.entry(index)
    }

    /// The source file the module was compiled from.
    pub fn file(&self) -> &str {
        &self.inner.file
    }

    /// The module's name, as loaded.
    pub fn name(&self) -> &str {
        &self.inner.name
    }

    /// The names of the module's functions.
    pub fn names(&self) -> Vec<&str> {
        self.inner.ir.funcs.values().map(|f| f.name.as_str()).collect()
    }

    /// The IR the module was compiled from.
    pub fn ir(&self) -> &rpy_ir::ir::Module {
        &self.inner.ir
    }

    /// The tier the module's functions run on now (`Jit` until a
    /// background build swaps them to `Aot`).
    pub fn tier(&self) -> Tier {
        self.inner.tier()
    }

    /// The bundled library the module runs (see
    /// [`Runtime::load_bundled`]), if any.
    pub fn bundle(&self) -> Option<&Path> {
        self.inner.bundle.as_deref()
    }

    /// Warnings for the host to show: each bundled module that was found
    /// but ignored, and why (each file once per process).
    pub fn warnings(&self) -> &[String] {
        &self.inner.warnings
    }

    /// Wait (at most `timeout`) for a pending background build and its hot
    /// swap; returns whether the module now runs on the AOT tier.
    pub fn wait_for_aot(&self, timeout: std::time::Duration) -> bool {
        self.inner.wait_for_build(timeout)
    }
}
