//! Publishing, verified lookup, module names, locks and logs.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::fsx::{self, TempGuard};
use crate::{CacheDir, CacheError, Key, Meta, Record};

/// Largest metadata/name file the cache will read.
const SMALL_LIMIT: u64 = 1 << 20;

/// Where the bytes of an artifact come from.
#[derive(Debug, Clone, Copy)]
pub enum Artifact<'a> {
    /// The artifact's bytes.
    Bytes(&'a [u8]),
    /// A file to copy the artifact from (e.g. a compiler's output). It is
    /// read once, hashed while copied; the cache never keeps a reference.
    File(&'a Path),
}

impl<'a> From<&'a [u8]> for Artifact<'a> {
    fn from(b: &'a [u8]) -> Self {
        Artifact::Bytes(b)
    }
}

impl<'a> From<&'a Vec<u8>> for Artifact<'a> {
    fn from(b: &'a Vec<u8>) -> Self {
        Artifact::Bytes(b)
    }
}

impl<'a> From<&'a Path> for Artifact<'a> {
    fn from(p: &'a Path) -> Self {
        Artifact::File(p)
    }
}

/// A cache entry whose `.so` was opened and whose *open descriptor's*
/// contents matched the recorded size and blake3.
///
/// Keep it alive until the library is loaded: `dlopen(proc_path())` opens
/// the very inode that was verified, even if the entry is replaced or
/// removed meanwhile.
#[derive(Debug)]
pub struct Verified {
    file: File,
    path: PathBuf,
    record: Record,
}

impl Verified {
    /// `/proc/self/fd/N` for the verified descriptor (Linux).
    pub fn proc_path(&self) -> PathBuf {
        PathBuf::from(format!("/proc/self/fd/{}", self.file.as_raw_fd()))
    }
    /// The verified open file (read-only, `O_CLOEXEC`).
    pub fn file(&self) -> &File {
        &self.file
    }
    /// Gives up ownership of the descriptor.
    pub fn into_file(self) -> File {
        self.file
    }
    /// The entry's path (`objects/<hh>/<key>.so`), for messages only: load
    /// through [`Verified::proc_path`].
    pub fn path(&self) -> &Path {
        &self.path
    }
    /// The entry's metadata.
    pub fn record(&self) -> &Record {
        &self.record
    }
}

/// An exclusive, cross-process lock on one key (`flock` on
/// `locks/<key>.lock`). Released when dropped, or by the kernel when the
/// process exits. The descriptor is `O_CLOEXEC`.
#[derive(Debug)]
pub struct BuildLock {
    file: File,
    key: Key,
    /// The process that took the lock: a forked child that drops its copy
    /// only closes its descriptor and never releases the parent's lock.
    owner_pid: u32,
}

impl BuildLock {
    /// The locked key.
    pub fn key(&self) -> &Key {
        &self.key
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        if std::process::id() == self.owner_pid {
            let _ = self.file.unlock();
        }
    }
}

/// What [`CacheDir::inspect`] found.
pub(crate) enum Outcome {
    Absent,
    Good(Verified),
    /// The entry is bad (reason); it has been removed if `remove` was set.
    Bad(String),
}

fn hash_reader(
    mut r: impl Read,
    mut sink: impl FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<(u64, String)> {
    let mut h = blake3::Hasher::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = match r.read(&mut buf) {
            Ok(0) => break,
            Ok(k) => k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        h.update(&buf[..k]);
        sink(&buf[..k])?;
        n += k as u64;
    }
    Ok((n, h.finalize().to_hex().to_string()))
}

impl CacheDir {
    /// Publishes an artifact under `key` and returns the final `.so` path.
    ///
    /// The `.so` is written to a temp file in its final directory
    /// (`O_CREAT|O_EXCL`, mode 0700), fsynced and renamed; then the `.json`
    /// record the same way (mode 0600), **last**: it is the commit marker.
    /// On error nothing is left under a final name except possibly a
    /// `.so` without `.json`, which counts as absent.
    pub fn publish<'a>(
        &self,
        key: &Key,
        so: impl Into<Artifact<'a>>,
        meta: &Meta,
    ) -> Result<PathBuf, CacheError> {
        fsx::secure_dir(&self.root.join("objects"))?;
        let shard = self.shard_dir(key);
        fsx::secure_dir(&shard)?;
        let (mut f, tmp) = fsx::create_temp(&shard, &format!("{key}.so"), 0o700)?;
        let mut guard = TempGuard::new(tmp.clone());
        let (size, digest) = match so.into() {
            Artifact::Bytes(b) => {
                f.write_all(b)
                    .map_err(|e| CacheError::io("write", &tmp, e))?;
                (b.len() as u64, blake3::hash(b).to_hex().to_string())
            }
            Artifact::File(src) => {
                let input = File::open(src).map_err(|e| CacheError::io("open artifact", src, e))?;
                hash_reader(input, |chunk| f.write_all(chunk))
                    .map_err(|e| CacheError::io("copy artifact into", &tmp, e))?
            }
        };
        f.sync_all().map_err(|e| CacheError::io("fsync", &tmp, e))?;
        drop(f);
        let final_so = self.object_path(key);
        fs::rename(&tmp, &final_so)
            .map_err(|e| CacheError::io("rename into place", &final_so, e))?;
        guard.disarm();
        fsx::sync_dir(&shard);
        let record = Record {
            key: key.clone(),
            module: meta.module.clone(),
            sources: meta.sources.clone(),
            compiler: meta.compiler.clone(),
            compiler_version: meta.compiler_version.clone(),
            flags: meta.flags.clone(),
            build_time: meta.build_time.unwrap_or_else(fsx::now_secs),
            size,
            blake3: digest,
        };
        fsx::atomic_write(&self.meta_path(key), record.to_json().as_bytes(), 0o600)?;
        Ok(final_so)
    }

    /// Looks `key` up and verifies it.
    ///
    /// `Ok(Some)` only if the `.json` exists and parses, names this key, and
    /// the `.so` — opened `O_RDONLY|O_CLOEXEC|O_NOFOLLOW`, a regular file
    /// owned by this user and not group/other-writable — hashes (through the
    /// open descriptor) to the recorded size and blake3. Any mismatch
    /// (truncated, bit-flipped, foreign, symlinked, missing half) removes the
    /// entry and returns `Ok(None)`: the caller rebuilds. A hit refreshes the
    /// `.json` mtime, which [`CacheDir::gc`] uses as "last used".
    ///
    /// Errors only for an untrusted shard directory or an I/O failure.
    pub fn lookup(&self, key: &Key) -> Result<Option<Verified>, CacheError> {
        match self.inspect(key, true, true)? {
            Outcome::Good(v) => Ok(Some(v)),
            Outcome::Absent | Outcome::Bad(_) => Ok(None),
        }
    }

    pub(crate) fn inspect(
        &self,
        key: &Key,
        remove_bad: bool,
        touch: bool,
    ) -> Result<Outcome, CacheError> {
        let shard = self.shard_dir(key);
        if !fsx::existing_dir(&self.root.join("objects"))? || !fsx::existing_dir(&shard)? {
            return Ok(Outcome::Absent);
        }
        let json_path = self.meta_path(key);
        let so_path = self.object_path(key);
        let bad = |reason: String, json_seen: Option<&[u8]>, so_file: Option<&File>| {
            if remove_bad {
                self.remove_entry(key, json_seen, so_file);
            }
            Ok(Outcome::Bad(reason))
        };
        let jf = match fsx::open_nofollow(&json_path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Outcome::Absent),
            Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
                return bad(
                    format!("{} is a symbolic link", json_path.display()),
                    None,
                    None,
                )
            }
            Err(e) => return Err(CacheError::io("open", &json_path, e)),
        };
        let jmeta = jf
            .metadata()
            .map_err(|e| CacheError::io("inspect", &json_path, e))?;
        if let Err(e) = fsx::check_trusted(&json_path, &jmeta, false) {
            return bad(e.to_string(), None, None);
        }
        let mut text = Vec::new();
        (&jf)
            .take(SMALL_LIMIT)
            .read_to_end(&mut text)
            .map_err(|e| CacheError::io("read", &json_path, e))?;
        let record = match Record::from_json(&text) {
            Some(r) if &r.key == key => r,
            Some(_) => {
                return bad(
                    format!("{} names another key", json_path.display()),
                    Some(&text),
                    None,
                )
            }
            None => {
                return bad(
                    format!("{} is not valid metadata", json_path.display()),
                    Some(&text),
                    None,
                )
            }
        };
        let seen = Some(text.as_slice());
        let so = match OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
            .open(&so_path)
        {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return bad(format!("{} is missing", so_path.display()), seen, None)
            }
            Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
                return bad(
                    format!("{} is a symbolic link", so_path.display()),
                    seen,
                    None,
                )
            }
            Err(e) => return Err(CacheError::io("open", &so_path, e)),
        };
        let smeta = so
            .metadata()
            .map_err(|e| CacheError::io("inspect", &so_path, e))?;
        if let Err(e) = fsx::check_trusted(&so_path, &smeta, false) {
            return bad(e.to_string(), seen, Some(&so));
        }
        if smeta.len() != record.size {
            return bad(
                format!(
                    "{} has {} bytes, metadata says {}",
                    so_path.display(),
                    smeta.len(),
                    record.size
                ),
                seen,
                Some(&so),
            );
        }
        let (n, digest) =
            hash_reader(&so, |_| Ok(())).map_err(|e| CacheError::io("read", &so_path, e))?;
        if n != record.size || digest != record.blake3 {
            return bad(
                format!("{} does not match its recorded blake3", so_path.display()),
                seen,
                Some(&so),
            );
        }
        if touch {
            let _ = jf.set_modified(SystemTime::now());
        }
        Ok(Outcome::Good(Verified {
            file: so,
            path: so_path,
            record,
        }))
    }

    /// Removes an entry: `.json` first (un-commit), then the `.so` — each
    /// only if it is still what we examined (a concurrent publisher may have
    /// renamed fresh files into place meanwhile).
    fn remove_entry(&self, key: &Key, examined_json: Option<&[u8]>, examined_so: Option<&File>) {
        let json_path = self.meta_path(key);
        if let Some(seen) = examined_json {
            let now = fsx::read_small(&json_path, SMALL_LIMIT)
                .ok()
                .flatten()
                .map(|(_, b)| b);
            if now.as_deref().is_some_and(|b| b != seen) {
                return; // republished meanwhile: leave the new entry alone
            }
        }
        fsx::remove_quiet(&json_path);
        let so_path = self.object_path(key);
        let same = match (
            examined_so.and_then(|f| f.metadata().ok()),
            fs::symlink_metadata(&so_path),
        ) {
            (Some(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            (None, Ok(_)) => true,
            (_, Err(_)) => false,
        };
        if same {
            fsx::remove_quiet(&so_path);
        }
    }

    fn namespace_dir(&self, script: &Path) -> Result<PathBuf, CacheError> {
        let abs = match fs::canonicalize(script) {
            Ok(p) => p,
            Err(_) if script.is_absolute() => script.to_path_buf(),
            Err(_) => std::env::current_dir()
                .map_err(|e| CacheError::io("get current directory", script, e))?
                .join(script),
        };
        let h = blake3::hash(abs.as_os_str().as_bytes()).to_hex();
        Ok(self.root.join("names").join(&h.as_str()[..32]))
    }

    fn check_module(module: &str) -> Result<(), CacheError> {
        if module.is_empty()
            || module.starts_with('.')
            || module.contains(['/', '\0'])
            || module.len() > 200
        {
            return Err(CacheError::InvalidName {
                name: module.to_owned(),
            });
        }
        Ok(())
    }

    /// Points module name `module`, in the namespace of the script at
    /// `namespace_script` (its absolute, canonical path), at `key`.
    /// Atomic (temp + rename).
    pub fn set_name(
        &self,
        namespace_script: &Path,
        module: &str,
        key: &Key,
    ) -> Result<(), CacheError> {
        Self::check_module(module)?;
        fsx::secure_dir(&self.root.join("names"))?;
        let ns = self.namespace_dir(namespace_script)?;
        fsx::secure_dir(&ns)?;
        let script_file = ns.join(".script");
        if fs::symlink_metadata(&script_file).is_err() {
            let abs = fs::canonicalize(namespace_script)
                .unwrap_or_else(|_| namespace_script.to_path_buf());
            fsx::atomic_write(&script_file, abs.as_os_str().as_bytes(), 0o600)?;
        }
        fsx::atomic_write(&ns.join(module), format!("{key}\n").as_bytes(), 0o600)
    }

    /// The key module `module` of script `namespace_script` points at, if
    /// any. A garbled name file reads as `None`; a symlinked or foreign one
    /// is [`CacheError::Untrusted`].
    pub fn get_name(
        &self,
        namespace_script: &Path,
        module: &str,
    ) -> Result<Option<Key>, CacheError> {
        Self::check_module(module)?;
        let ns = self.namespace_dir(namespace_script)?;
        if !fsx::existing_dir(&self.root.join("names"))? || !fsx::existing_dir(&ns)? {
            return Ok(None);
        }
        Ok(
            fsx::read_small(&ns.join(module), SMALL_LIMIT)?.and_then(|(_, b)| {
                std::str::from_utf8(&b)
                    .ok()
                    .and_then(|s| Key::from_hex(s.trim()))
            }),
        )
    }

    fn lock_file(&self, key: &Key) -> Result<File, CacheError> {
        fsx::secure_dir(&self.root.join("locks"))?;
        let path = self.lock_path(key);
        let f = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
            .open(&path)
            .map_err(|e| {
                if e.raw_os_error() == Some(libc::ELOOP) {
                    CacheError::untrusted(
                        &path,
                        "it is a symbolic link, and the cache never follows symbolic links",
                        format!("remove it (rm {})", path.display()),
                    )
                } else {
                    CacheError::io("open lock file", &path, e)
                }
            })?;
        let meta = f
            .metadata()
            .map_err(|e| CacheError::io("inspect", &path, e))?;
        fsx::check_trusted(&path, &meta, false)?;
        Ok(f)
    }

    /// Takes the exclusive build lock for `key`, blocking until it is free.
    /// Two locks taken through separate calls exclude each other even within
    /// one process (each call opens its own file description).
    pub fn lock(&self, key: &Key) -> Result<BuildLock, CacheError> {
        let file = self.lock_file(key)?;
        loop {
            match file.lock() {
                Ok(()) => {
                    return Ok(BuildLock {
                        file,
                        key: key.clone(),
                        owner_pid: std::process::id(),
                    })
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(CacheError::io("lock", self.lock_path(key), e)),
            }
        }
    }

    /// Like [`CacheDir::lock`] but never blocks: `Ok(None)` if another
    /// holder has it.
    pub fn try_lock(&self, key: &Key) -> Result<Option<BuildLock>, CacheError> {
        let file = self.lock_file(key)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(BuildLock {
                file,
                key: key.clone(),
                owner_pid: std::process::id(),
            })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(e)) => Err(CacheError::io("lock", self.lock_path(key), e)),
        }
    }

    /// Saves the log of a failed build as `logs/<key>.log` (atomically,
    /// replacing an older one) and returns its path.
    pub fn save_log(&self, key: &Key, text: &str) -> Result<PathBuf, CacheError> {
        fsx::secure_dir(&self.root.join("logs"))?;
        let p = self.log_path(key);
        fsx::atomic_write(&p, text.as_bytes(), 0o600)?;
        Ok(p)
    }

    /// The saved build log of `key`, if any.
    pub fn read_log(&self, key: &Key) -> Result<Option<String>, CacheError> {
        if !fsx::existing_dir(&self.root.join("logs"))? {
            return Ok(None);
        }
        Ok(fsx::read_small(&self.log_path(key), 64 << 20)?
            .map(|(_, b)| String::from_utf8_lossy(&b).into_owned()))
    }
}
