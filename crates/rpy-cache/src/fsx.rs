//! Low-level, trust-checked file-system helpers.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::CacheError;

/// The effective user id of this process.
#[allow(unsafe_code)]
pub(crate) fn euid() -> u32 {
    // SAFETY: geteuid takes no arguments, cannot fail and touches no memory.
    unsafe { libc::geteuid() }
}

pub(crate) fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Checks that `meta` (from `lstat`) describes something the cache may trust:
/// not a symlink, of the expected kind, owned by us, not group/other-writable.
pub(crate) fn check_trusted(
    path: &Path,
    meta: &fs::Metadata,
    want_dir: bool,
) -> Result<(), CacheError> {
    let ft = meta.file_type();
    if ft.is_symlink() {
        return Err(CacheError::untrusted(
            path,
            "it is a symbolic link, and the cache never follows symbolic links",
            format!(
                "remove it (rm {}); the cache recreates what it needs",
                path.display()
            ),
        ));
    }
    if want_dir && !ft.is_dir() {
        return Err(CacheError::untrusted(
            path,
            "it is not a directory",
            format!(
                "remove it (rm {}) or choose another cache directory",
                path.display()
            ),
        ));
    }
    if !want_dir && !ft.is_file() {
        return Err(CacheError::untrusted(
            path,
            "it is not a regular file",
            format!("remove it (rm {})", path.display()),
        ));
    }
    let me = euid();
    if meta.uid() != me {
        return Err(CacheError::untrusted(
            path,
            format!(
                "it is owned by uid {}, not by this user (uid {me})",
                meta.uid()
            ),
            "use a directory you own (set RPY_CACHE_DIR or pass cache_dir=)",
        ));
    }
    if meta.mode() & 0o022 != 0 {
        return Err(CacheError::untrusted(
            path,
            format!(
                "it is writable by group or others (mode {:o})",
                meta.mode() & 0o7777
            ),
            format!("chmod go-w {}", path.display()),
        ));
    }
    Ok(())
}

/// Creates `path` (mode 0700) if missing, then verifies with `lstat` that it
/// is a trusted directory (never following a symlink).
pub(crate) fn secure_dir(path: &Path) -> Result<(), CacheError> {
    match fs::DirBuilder::new().mode(0o700).create(path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(CacheError::io("create directory", path, e)),
    }
    let meta = fs::symlink_metadata(path).map_err(|e| CacheError::io("inspect", path, e))?;
    check_trusted(path, &meta, true)
}

/// Like [`secure_dir`] but does not create: `Ok(false)` if it does not exist.
pub(crate) fn existing_dir(path: &Path) -> Result<bool, CacheError> {
    match fs::symlink_metadata(path) {
        Ok(meta) => check_trusted(path, &meta, true).map(|()| true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(CacheError::io("inspect", path, e)),
    }
}

/// Opens an existing file read-only without following a symlink.
pub(crate) fn open_nofollow(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
}

static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A fresh temp-file name in `dir`, hidden (dot-prefixed) and unique per
/// process, thread and call.
pub(crate) fn temp_path(dir: &Path, stem: &str) -> PathBuf {
    let n = TMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    dir.join(format!(".tmp.{stem}.{}.{n}.{nanos}", std::process::id()))
}

/// Creates a new temp file next to the final location (`O_CREAT|O_EXCL|O_NOFOLLOW`).
pub(crate) fn create_temp(
    dir: &Path,
    stem: &str,
    mode: u32,
) -> Result<(File, PathBuf), CacheError> {
    let mut last = None;
    for _ in 0..16 {
        let p = temp_path(dir, stem);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
            .open(&p)
        {
            Ok(f) => return Ok((f, p)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some((p, e)),
            Err(e) => return Err(CacheError::io("create temporary file", p, e)),
        }
    }
    let (p, e) = last.unwrap_or_else(|| (dir.to_path_buf(), io::Error::other("no attempt")));
    Err(CacheError::io("create temporary file", p, e))
}

/// Removes `tmp` if the guard is dropped before [`TempGuard::disarm`].
pub(crate) struct TempGuard(Option<PathBuf>);

impl TempGuard {
    pub(crate) fn new(p: PathBuf) -> Self {
        TempGuard(Some(p))
    }
    pub(crate) fn disarm(&mut self) {
        self.0 = None;
    }
}

impl Drop for TempGuard {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = fs::remove_file(p);
        }
    }
}

/// fsyncs a directory so a rename in it is durable (best effort).
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Writes `bytes` to `dest` atomically: temp file in the same directory,
/// fsync, rename.
pub(crate) fn atomic_write(dest: &Path, bytes: &[u8], mode: u32) -> Result<(), CacheError> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    let stem = dest.file_name().and_then(|s| s.to_str()).unwrap_or("file");
    let (mut f, tmp) = create_temp(dir, stem, mode)?;
    let mut guard = TempGuard::new(tmp.clone());
    f.write_all(bytes)
        .map_err(|e| CacheError::io("write", &tmp, e))?;
    f.sync_all().map_err(|e| CacheError::io("fsync", &tmp, e))?;
    drop(f);
    fs::rename(&tmp, dest).map_err(|e| CacheError::io("rename into place", dest, e))?;
    guard.disarm();
    sync_dir(dir);
    Ok(())
}

/// Reads a small trusted file (no symlink, owned by us) fully; `Ok(None)`
/// if it does not exist.
pub(crate) fn read_small(path: &Path, limit: u64) -> Result<Option<(File, Vec<u8>)>, CacheError> {
    let f = match open_nofollow(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            return Err(CacheError::untrusted(
                path,
                "it is a symbolic link, and the cache never follows symbolic links",
                format!("remove it (rm {})", path.display()),
            ))
        }
        Err(e) => return Err(CacheError::io("open", path, e)),
    };
    let meta = f
        .metadata()
        .map_err(|e| CacheError::io("inspect", path, e))?;
    check_trusted(path, &meta, false)?;
    let mut buf = Vec::new();
    (&f).take(limit)
        .read_to_end(&mut buf)
        .map_err(|e| CacheError::io("read", path, e))?;
    Ok(Some((f, buf)))
}

/// Removes a file, ignoring "not found".
pub(crate) fn remove_quiet(path: &Path) {
    let _ = fs::remove_file(path);
}
