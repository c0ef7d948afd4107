//! Detached builds: the AOT library of a module is built by a separate
//! process that outlives the program that asked for it, so a short script
//! still warms the cache for the next run.
//!
//! The asking process writes a *job* (the C source and a small key=value
//! file) under `<cache>/jobs/<key>-<pid>/` and starts the host's builder command
//! (the `rpy` binary's hidden `__build JOB` mode, or `python -m
//! rpythonic._build JOB`) in its own process group with no terminal I/O.
//! The builder takes the key's lock, builds, publishes (or saves the log)
//! and removes the job. A watcher thread in the asking process polls the
//! cache and hot-swaps when the library appears.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::Error;

/// A build job, as written for the builder process.
pub(crate) struct Job {
    pub(crate) cache_dir: PathBuf,
    pub(crate) key: String,
    /// The IR hash the library's descriptor must carry.
    pub(crate) ir_hash: String,
    pub(crate) module: String,
    pub(crate) source: String,
    pub(crate) compiler: PathBuf,
    pub(crate) compiler_args: Vec<String>,
}

const JOB_FILE: &str = "job";
const C_FILE: &str = "module.c";

impl Job {
    /// Write the job (with its C source) into a fresh directory.
    pub(crate) fn write(&self, c_text: &str) -> Result<PathBuf, Error> {
        let dir = self.cache_dir.join("jobs").join(format!("{}-{}", self.key, std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| Error::usage(format!("cannot create {}: {e}", dir.display())))?;
        let text = format!(
            "cache_dir={}\nkey={}\nir_hash={}\nmodule={}\nsource={}\ncompiler={}\ncompiler_args={}\n",
            self.cache_dir.display(),
            self.key,
            self.ir_hash,
            self.module,
            self.source,
            self.compiler.display(),
            self.compiler_args.join("\u{1f}")
        );
        std::fs::write(dir.join(C_FILE), c_text).and_then(|()| std::fs::write(dir.join(JOB_FILE), text)).map_err(|e| Error::usage(format!("cannot write the build job in {}: {e}", dir.display())))?;
        Ok(dir)
    }

    fn read(dir: &Path) -> Result<(Job, String), String> {
        let text = std::fs::read_to_string(dir.join(JOB_FILE)).map_err(|e| format!("cannot read the job in {}: {e}", dir.display()))?;
        let c = std::fs::read_to_string(dir.join(C_FILE)).map_err(|e| format!("cannot read the C source in {}: {e}", dir.display()))?;
        let field = |k: &str| text.lines().find_map(|l| l.strip_prefix(k).and_then(|r| r.strip_prefix('='))).map(str::to_string).ok_or_else(|| format!("job without {k}"));
        let args = field("compiler_args")?;
        let job = Job {
            cache_dir: PathBuf::from(field("cache_dir")?),
            key: field("key")?,
            ir_hash: field("ir_hash")?,
            module: field("module")?,
            source: field("source")?,
            compiler: PathBuf::from(field("compiler")?),
            compiler_args: if args.is_empty() { Vec::new() } else { args.split('\u{1f}').map(str::to_string).collect() },
        };
        Ok((job, c))
    }
}

/// Start `command job_dir` detached: its own process group (Ctrl-C to the
/// program does not reach it), no terminal I/O, not waited for.
pub(crate) fn spawn(command: &[String], job_dir: &Path) -> Result<std::process::Child, Error> {
    use std::os::unix::process::CommandExt;
    let (exe, args) = command.split_first().ok_or_else(|| Error::usage("empty builder command"))?;
    Command::new(exe)
        .args(args)
        .arg(job_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| Error::usage(format!("cannot start the builder {exe}: {e}")))
}

/// The builder process: run the job in `job_dir` (take the key's lock,
/// build unless someone else published meanwhile, publish or save the
/// log), then remove the job. Hosts call this from their builder mode.
pub fn run_job(job_dir: &Path) -> Result<(), String> {
    let (job, c) = Job::read(job_dir)?;
    let result = build(&job, &c);
    let _ = std::fs::remove_dir_all(job_dir);
    result
}

fn build(job: &Job, c: &str) -> Result<(), String> {
    let cache = rpy_cache::CacheDir::open(Some(&job.cache_dir)).map_err(|e| e.to_string())?;
    let key = rpy_cache::Key::from_hex(&job.key).ok_or("bad key in job")?;
    let _lock = cache.lock(&key).map_err(|e| e.to_string())?;
    // Published meanwhile, with the right descriptor: nothing to do. A
    // library whose descriptor does not match is rebuilt (publishing
    // replaces it).
    if let Some(v) = cache.lookup(&key).map_err(|e| e.to_string())? {
        if rpy_aot::load(&v.proc_path()).is_ok_and(|m| m.ir_hash == job.ir_hash && m.codegen == rpy_aot::codegen_fingerprint()) {
            return Ok(());
        }
    }
    let cc = rpy_aot::CompilerInfo { path: job.compiler.clone(), args: job.compiler_args.clone() };
    build_and_publish(&cache, &key, c, &cc, &job.module, &job.source)
}

/// Compile `c` into a library (linking the runtime object cached per
/// compiler) and publish it under `key`; on a failed build, keep the log
/// in the cache. The caller holds the key's build lock.
pub(crate) fn build_and_publish(cache: &rpy_cache::CacheDir, key: &rpy_cache::Key, c: &str, cc: &rpy_aot::CompilerInfo, module: &str, source: &str) -> Result<(), String> {
    // One directory per build: the key's lock is per cache, so two
    // runtimes of one process (two caches) may build the same key at once.
    static BUILDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = std::env::temp_dir().join(format!("rpythonic-build-{}-{n}-{}", std::process::id(), key.as_str()));
    std::fs::create_dir_all(&tmp).map_err(|e| format!("cannot create {}: {e}", tmp.display()))?;
    let so = tmp.join("module.so");
    let rt_obj = rpy_aot::runtime_object(&cache.root().join("runtime"), cc);
    if let Err(e) = rpy_aot::build_so_with(c, &so, cc, rt_obj.as_deref()) {
        let log = cache.save_log(key, &e.to_string()).map(|p| p.display().to_string()).unwrap_or_default();
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(format!("the C build failed (a compiler bug, please report; log: {log}): {e}"));
    }
    let meta = rpy_cache::Meta {
        module: module.to_string(),
        sources: vec![source.to_string()],
        compiler: cc.identity(),
        compiler_version: String::new(),
        flags: rpy_aot::build_flags(),
        build_time: None,
    };
    let r = cache.publish(key, rpy_cache::Artifact::File(&so), &meta).map(|_| ()).map_err(|e| e.to_string());
    let _ = std::fs::remove_dir_all(&tmp);
    if let Ok(path) = std::env::var("RPY_BUILD_TRACE") {
        // Tests count builds: one line per library actually compiled.
        use std::io::Write;
        if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
            let _ = writeln!(f, "{}", key.as_str());
        }
    }
    r
}
