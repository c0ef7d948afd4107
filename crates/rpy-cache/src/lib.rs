//! `rpy-cache`: the persistent artifact store of rpythonic.
//!
//! The cache stores **opaque bytes** (compiled shared objects) plus a small
//! JSON metadata record. It knows nothing about how artifacts are made: no
//! compiler, no IR; callers compute a [`Key`] and hand over bytes.
//!
//! # Layout
//!
//! ```text
//! <root>/objects/<hh>/<key>.so      the artifact (hh = first two hex digits of key)
//! <root>/objects/<hh>/<key>.json    its metadata: the commit marker
//! <root>/names/<ns>/<module>        a key, ns = blake3(absolute script path)[..32]
//! <root>/names/<ns>/.script         the script path (for `ls`)
//! <root>/locks/<key>.lock           per-key build lock (flock)
//! <root>/logs/<key>.log             log of a failed build
//! ```
//!
//! # Invariants
//!
//! * **Atomic publish.** Every file is written to a fresh temp file in the
//!   destination directory (`O_CREAT|O_EXCL|O_NOFOLLOW`, mode 0600/0700),
//!   fsynced, then renamed into place. No partial file ever carries a final
//!   name.
//! * **Commit marker.** [`CacheDir::publish`] renames the `.so` first and the
//!   `.json` last. An entry exists iff its `.json` exists and parses; a crash
//!   between the two leaves a `.so` without `.json`, which is absent (and
//!   later removed by [`CacheDir::gc`]).
//! * **Verify what you load.** [`CacheDir::lookup`] opens the `.so`
//!   (`O_RDONLY|O_CLOEXEC|O_NOFOLLOW`), hashes the *open descriptor* and
//!   compares size and blake3 with the metadata. The returned [`Verified`]
//!   keeps the descriptor open; `dlopen(verified.proc_path())` loads exactly
//!   the bytes that were checked. A mismatch removes the entry and reports
//!   it absent, so the caller rebuilds.
//! * **Trust.** The root and every directory/file below it must be owned by
//!   the effective user and not writable by group/others; symbolic links
//!   below the root are never followed (checked with `lstat` and
//!   `O_NOFOLLOW`). Violations are [`CacheError::Untrusted`], whose message
//!   names the path and the fix. The root itself may be reached through a
//!   symlink the user chose (e.g. `~/.cache`); its final target is checked.
//! * **Locks.** [`CacheDir::lock`] takes an exclusive `flock` on
//!   `locks/<key>.lock` (opened `O_CLOEXEC`, so never inherited across
//!   `exec`). Released on drop, or by the kernel when the process dies.
//!   Publishers of possibly *different* bytes for one key must hold the
//!   lock; identical bytes may be published concurrently without it.
//! * **No panics on bad input.** Corrupt metadata, foreign files, garbage
//!   names: all are reported as absent entries or as errors.
//! * **Fork.** A [`BuildLock`] dropped in a forked child only closes the
//!   child's descriptor; it never releases the parent's lock.
//!
//! # Example
//!
//! ```
//! use rpy_cache::{CacheDir, Key, Meta};
//! # let dir = std::env::temp_dir().join(format!("rpy-cache-doc-{}", std::process::id()));
//! let cache = CacheDir::open(Some(&dir))?;
//! let key = Key::new("ir-hash", "codegen-fingerprint", "x86_64-unknown-linux-gnu", "sse2");
//! let hit = match cache.lookup(&key)? {
//!     Some(v) => v,
//!     None => {
//!         let _lock = cache.lock(&key)?; // one builder per key, across processes
//!         if cache.lookup(&key)?.is_none() {
//!             let so_bytes = b"...compiled shared object...";
//!             let meta = Meta { module: "test1".into(), ..Meta::default() };
//!             cache.publish(&key, so_bytes.as_slice(), &meta)?;
//!         }
//!         cache.lookup(&key)?.expect("just published")
//!     }
//! };
//! // dlopen(hit.proc_path()) loads exactly the verified bytes.
//! assert!(hit.proc_path().starts_with("/proc/self/fd"));
//! # drop(hit);
//! # std::fs::remove_dir_all(&dir).ok();
//! # Ok::<(), rpy_cache::CacheError>(())
//! ```

mod error;
mod fsx;
mod json;
mod maint;
mod store;

use std::fs;
use std::path::{Path, PathBuf};

pub use error::CacheError;
pub use maint::{BadEntry, EntryInfo, GcReport, NameRef};
pub use store::{Artifact, BuildLock, Verified};

/// A cache key: the blake3 (64 lowercase hex digits) of the IR hash, the
/// code-generator fingerprint, the target triple and the CPU features.
///
/// Computable without running any compiler.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(String);

impl Key {
    /// Hashes the four key fields. Each field is length-prefixed, so no two
    /// different tuples produce the same input.
    pub fn new(ir_hash: &str, codegen_fingerprint: &str, target: &str, cpu_features: &str) -> Key {
        let mut h = blake3::Hasher::new();
        h.update(b"rpythonic-cache-key-v1\0");
        for field in [ir_hash, codegen_fingerprint, target, cpu_features] {
            h.update(&(field.len() as u64).to_le_bytes());
            h.update(field.as_bytes());
        }
        Key(h.finalize().to_hex().to_string())
    }

    /// Parses a key previously obtained from [`Key::as_str`]; `None` unless
    /// it is exactly 64 lowercase hex digits.
    pub fn from_hex(s: &str) -> Option<Key> {
        let ok = s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        ok.then(|| Key(s.to_owned()))
    }

    /// The key as 64 lowercase hex digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two-digit fan-out directory name.
    fn shard(&self) -> &str {
        &self.0[..2]
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Caller-supplied metadata for [`CacheDir::publish`]. Purely informative:
/// the cache records it, but only the key, size and digest are checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The module name (e.g. `test1`).
    pub module: String,
    /// Source file names the artifact was built from.
    pub sources: Vec<String>,
    /// Compiler identity (e.g. its realpath).
    pub compiler: String,
    /// Compiler version string.
    pub compiler_version: String,
    /// Compiler flags.
    pub flags: Vec<String>,
    /// Build time in unix seconds; `None` = the moment of publishing.
    pub build_time: Option<u64>,
}

/// The metadata stored in `<key>.json`: the caller's [`Meta`] plus what the
/// cache computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The entry's key.
    pub key: Key,
    /// The module name.
    pub module: String,
    /// Source file names.
    pub sources: Vec<String>,
    /// Compiler identity.
    pub compiler: String,
    /// Compiler version.
    pub compiler_version: String,
    /// Compiler flags.
    pub flags: Vec<String>,
    /// Build time, unix seconds.
    pub build_time: u64,
    /// Size of the `.so` in bytes.
    pub size: u64,
    /// blake3 of the `.so`, 64 lowercase hex digits.
    pub blake3: String,
}

impl Record {
    fn to_json(&self) -> String {
        let mut s = String::from("{\n  \"format\": 1,\n  \"key\": ");
        json::write_str(&mut s, self.key.as_str());
        s.push_str(",\n  \"module\": ");
        json::write_str(&mut s, &self.module);
        s.push_str(",\n  \"sources\": ");
        json::write_str_array(&mut s, &self.sources);
        s.push_str(",\n  \"compiler\": ");
        json::write_str(&mut s, &self.compiler);
        s.push_str(",\n  \"compiler_version\": ");
        json::write_str(&mut s, &self.compiler_version);
        s.push_str(",\n  \"flags\": ");
        json::write_str_array(&mut s, &self.flags);
        s.push_str(&format!(
            ",\n  \"build_time\": {},\n  \"size\": {},\n  \"blake3\": ",
            self.build_time, self.size
        ));
        json::write_str(&mut s, &self.blake3);
        s.push_str("\n}\n");
        s
    }

    /// Tolerant parse: unknown fields ignored, informative fields default to
    /// empty; `key`, `size` and a well-formed `blake3` are required.
    fn from_json(bytes: &[u8]) -> Option<Record> {
        let v = json::parse(std::str::from_utf8(bytes).ok()?)?;
        let s = |k: &str| {
            v.get(k)
                .and_then(json::Value::as_str)
                .unwrap_or("")
                .to_owned()
        };
        let list = |k: &str| {
            v.get(k)
                .and_then(json::Value::as_str_vec)
                .unwrap_or_default()
        };
        let digest = v.get("blake3")?.as_str()?;
        Key::from_hex(digest)?; // same shape as a key: 64 lowercase hex
        Some(Record {
            key: Key::from_hex(v.get("key")?.as_str()?)?,
            module: s("module"),
            sources: list("sources"),
            compiler: s("compiler"),
            compiler_version: s("compiler_version"),
            flags: list("flags"),
            build_time: v
                .get("build_time")
                .and_then(json::Value::as_u64)
                .unwrap_or(0),
            size: v.get("size")?.as_u64()?,
            blake3: digest.to_owned(),
        })
    }
}

/// An opened, trust-checked cache directory. Cheap to clone; holds no
/// descriptors.
#[derive(Debug, Clone)]
pub struct CacheDir {
    root: PathBuf,
}

impl CacheDir {
    /// Opens (creating with mode 0700 if missing) the cache directory:
    /// `explicit`, else `$RPY_CACHE_DIR`, else `$XDG_CACHE_HOME/rpythonic`,
    /// else `$HOME/.cache/rpythonic` (empty variables count as unset).
    ///
    /// Refuses ([`CacheError::Untrusted`]) a root owned by another user or
    /// writable by group/others, and creates/checks `objects/`, `names/`,
    /// `locks/` and `logs/` below it without following symlinks.
    pub fn open(explicit: Option<&Path>) -> Result<CacheDir, CacheError> {
        let env = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let root = match explicit {
            Some(p) => p.to_path_buf(),
            None => env("RPY_CACHE_DIR")
                .or_else(|| env("XDG_CACHE_HOME").map(|p| p.join("rpythonic")))
                .or_else(|| env("HOME").map(|p| p.join(".cache").join("rpythonic")))
                .ok_or(CacheError::NoLocation)?,
        };
        let root = if root.is_absolute() {
            root
        } else {
            std::env::current_dir()
                .map_err(|e| CacheError::io("get current directory", &root, e))?
                .join(root)
        };
        if !root.exists() {
            use std::os::unix::fs::DirBuilderExt;
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(&root)
                .map_err(|e| CacheError::io("create cache directory", &root, e))?;
        }
        // The root may be reached through a symlink the user chose; check the
        // directory it resolves to.
        let real = fs::canonicalize(&root).map_err(|e| CacheError::io("resolve", &root, e))?;
        let meta = fs::symlink_metadata(&real).map_err(|e| CacheError::io("inspect", &real, e))?;
        fsx::check_trusted(&root, &meta, true)?;
        let dir = CacheDir { root: real };
        for sub in ["objects", "names", "locks", "logs"] {
            fsx::secure_dir(&dir.root.join(sub))?;
        }
        Ok(dir)
    }

    /// The (canonical) root directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `objects/<hh>/<key>.so`.
    pub fn object_path(&self, key: &Key) -> PathBuf {
        self.shard_dir(key).join(format!("{key}.so"))
    }

    /// `objects/<hh>/<key>.json`.
    pub fn meta_path(&self, key: &Key) -> PathBuf {
        self.shard_dir(key).join(format!("{key}.json"))
    }

    /// `logs/<key>.log`.
    pub fn log_path(&self, key: &Key) -> PathBuf {
        self.root.join("logs").join(format!("{key}.log"))
    }

    /// `locks/<key>.lock`.
    pub fn lock_path(&self, key: &Key) -> PathBuf {
        self.root.join("locks").join(format!("{key}.lock"))
    }

    fn shard_dir(&self, key: &Key) -> PathBuf {
        self.root.join("objects").join(key.shard())
    }
}
