//! Listing, verification and garbage collection.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::fsx;
use crate::store::Outcome;
use crate::{CacheDir, CacheError, Key, Record};

/// A module name pointing at an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRef {
    /// The defining script's path, if recorded.
    pub script: Option<PathBuf>,
    /// The namespace directory name (hash of the script path).
    pub namespace: String,
    /// The module name.
    pub module: String,
}

/// One entry as listed by [`CacheDir::ls`] (metadata only; not re-hashed).
#[derive(Debug, Clone)]
pub struct EntryInfo {
    /// The key.
    pub key: Key,
    /// The module name recorded at publish time.
    pub module: String,
    /// Names currently pointing at this key.
    pub names: Vec<NameRef>,
    /// Size of the `.so` in bytes (as recorded).
    pub size: u64,
    /// Time since the build (from the recorded build time).
    pub age: Duration,
    /// Last use (the `.json` mtime, refreshed by lookups).
    pub last_used: SystemTime,
    /// The recorded compiler.
    pub compiler: String,
    /// The recorded compiler version.
    pub compiler_version: String,
    /// The full record.
    pub record: Record,
}

/// An entry [`CacheDir::verify_all`] found bad (and removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadEntry {
    /// The key.
    pub key: Key,
    /// The `.so` path.
    pub path: PathBuf,
    /// What was wrong.
    pub reason: String,
}

/// What [`CacheDir::gc`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GcReport {
    /// Entries removed to get under the limit, least recently used first.
    pub removed: Vec<Key>,
    /// Leftovers removed: stale temp files and `.so` files without `.json`
    /// (interrupted publishes) that no one is building.
    pub leftovers_removed: usize,
    /// Total entry bytes (`.so` + `.json`) before.
    pub bytes_before: u64,
    /// Total entry bytes after.
    pub bytes_after: u64,
}

/// Leftovers younger than this may belong to a publish in progress.
const LEFTOVER_AGE: Duration = Duration::from_secs(60);

impl CacheDir {
    /// Every trusted shard directory (symlinks and foreign dirs are skipped,
    /// never followed).
    fn shards(&self) -> Result<Vec<PathBuf>, CacheError> {
        let objects = self.root.join("objects");
        if !fsx::existing_dir(&objects)? {
            return Ok(Vec::new());
        }
        let rd = fs::read_dir(&objects).map_err(|e| CacheError::io("list", &objects, e))?;
        let mut out = Vec::new();
        for ent in rd.flatten() {
            let p = ent.path();
            let name = ent.file_name();
            let ok_name = name.len() == 2
                && name
                    .to_str()
                    .is_some_and(|s| s.bytes().all(|b| b.is_ascii_hexdigit()));
            if ok_name && fsx::existing_dir(&p).unwrap_or(false) {
                out.push(p);
            }
        }
        out.sort();
        Ok(out)
    }

    /// Keys that have a `.json` in the store.
    fn keys(&self) -> Result<Vec<Key>, CacheError> {
        let mut keys = Vec::new();
        for shard in self.shards()? {
            let Ok(rd) = fs::read_dir(&shard) else {
                continue;
            };
            for ent in rd.flatten() {
                let name = ent.file_name();
                if let Some(k) = name
                    .to_str()
                    .and_then(|s| s.strip_suffix(".json"))
                    .and_then(Key::from_hex)
                {
                    keys.push(k);
                }
            }
        }
        keys.sort();
        Ok(keys)
    }

    fn names_by_key(&self) -> BTreeMap<Key, Vec<NameRef>> {
        let mut map: BTreeMap<Key, Vec<NameRef>> = BTreeMap::new();
        let names = self.root.join("names");
        if !fsx::existing_dir(&names).unwrap_or(false) {
            return map;
        }
        let Ok(rd) = fs::read_dir(&names) else {
            return map;
        };
        for ns in rd.flatten() {
            let ns_path = ns.path();
            if !fsx::existing_dir(&ns_path).unwrap_or(false) {
                continue;
            }
            let script = fsx::read_small(&ns_path.join(".script"), 1 << 16)
                .ok()
                .flatten()
                .map(|(_, b)| PathBuf::from(String::from_utf8_lossy(&b).into_owned()));
            let Ok(files) = fs::read_dir(&ns_path) else {
                continue;
            };
            for f in files.flatten() {
                let Some(module) = f.file_name().to_str().map(str::to_owned) else {
                    continue;
                };
                if module.starts_with('.') {
                    continue;
                }
                let key = fsx::read_small(&f.path(), 1024)
                    .ok()
                    .flatten()
                    .and_then(|(_, b)| {
                        std::str::from_utf8(&b)
                            .ok()
                            .and_then(|s| Key::from_hex(s.trim()))
                    });
                if let Some(key) = key {
                    map.entry(key).or_default().push(NameRef {
                        script: script.clone(),
                        namespace: ns.file_name().to_string_lossy().into_owned(),
                        module,
                    });
                }
            }
        }
        map
    }

    /// Lists the committed entries (those whose `.json` parses), sorted by
    /// key, with the names pointing at each. Does not re-hash; see
    /// [`CacheDir::verify_all`].
    pub fn ls(&self) -> Result<Vec<EntryInfo>, CacheError> {
        let mut names = self.names_by_key();
        let now = fsx::now_secs();
        let mut out = Vec::new();
        for key in self.keys()? {
            let json_path = self.meta_path(&key);
            let Ok(Some((f, bytes))) = fsx::read_small(&json_path, 1 << 20) else {
                continue;
            };
            let Some(record) = Record::from_json(&bytes) else {
                continue;
            };
            let last_used = f
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            out.push(EntryInfo {
                names: names.remove(&key).unwrap_or_default(),
                module: record.module.clone(),
                size: record.size,
                age: Duration::from_secs(now.saturating_sub(record.build_time)),
                last_used,
                compiler: record.compiler.clone(),
                compiler_version: record.compiler_version.clone(),
                key,
                record,
            });
        }
        Ok(out)
    }

    /// Re-hashes every committed entry; removes and returns the bad ones.
    /// Does not count as a use for [`CacheDir::gc`].
    pub fn verify_all(&self) -> Result<Vec<BadEntry>, CacheError> {
        let mut bad = Vec::new();
        for key in self.keys()? {
            if let Outcome::Bad(reason) = self.inspect(&key, true, false)? {
                bad.push(BadEntry {
                    path: self.object_path(&key),
                    key,
                    reason,
                });
            }
        }
        Ok(bad)
    }

    /// Removes every entry, name and log (symlinks inside are removed, never
    /// followed). Lock files are kept: removing a held lock's file would let
    /// a second builder lock a fresh file.
    pub fn clear(&self) -> Result<(), CacheError> {
        for sub in ["objects", "names", "logs"] {
            let p = self.root.join(sub);
            match fs::remove_dir_all(&p) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(CacheError::io("remove", &p, e)),
            }
            fsx::secure_dir(&p)?;
        }
        Ok(())
    }

    /// Removes least-recently-used entries (by `.json` mtime, which lookups
    /// refresh) until the entries' total size (`.so` + `.json`) is at most
    /// `max_size` bytes. Also removes leftovers of interrupted publishes
    /// older than a minute whose key is not locked. Removing an entry never
    /// disturbs a process that already holds a [`crate::Verified`] for it.
    pub fn gc(&self, max_size: u64) -> Result<GcReport, CacheError> {
        let mut report = GcReport::default();
        let now = SystemTime::now();
        let old = |p: &Path| {
            fs::symlink_metadata(p)
                .and_then(|m| m.modified())
                .map(|t| now.duration_since(t).unwrap_or_default() > LEFTOVER_AGE)
                .unwrap_or(false)
        };
        let mut entries = Vec::new();
        for shard in self.shards()? {
            let Ok(rd) = fs::read_dir(&shard) else {
                continue;
            };
            for ent in rd.flatten() {
                let p = ent.path();
                let Some(name) = ent.file_name().to_str().map(str::to_owned) else {
                    continue;
                };
                if name.starts_with(".tmp.") {
                    if old(&p) {
                        fsx::remove_quiet(&p);
                        report.leftovers_removed += 1;
                    }
                    continue;
                }
                if let Some(key) = name.strip_suffix(".so").and_then(Key::from_hex) {
                    let json = self.meta_path(&key);
                    if fs::symlink_metadata(&json).is_err() && old(&p) {
                        if let Ok(Some(_lock)) = self.try_lock(&key) {
                            if fs::symlink_metadata(&json).is_err() {
                                fsx::remove_quiet(&p);
                                report.leftovers_removed += 1;
                            }
                        }
                    }
                    continue;
                }
                if let Some(key) = name.strip_suffix(".json").and_then(Key::from_hex) {
                    let Ok(jm) = fs::symlink_metadata(&p) else {
                        continue;
                    };
                    let so_len = fs::symlink_metadata(self.object_path(&key))
                        .map(|m| m.len())
                        .unwrap_or(0);
                    let used = jm.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                    entries.push((used, key, jm.len() + so_len));
                }
            }
        }
        entries.sort();
        let total: u64 = entries.iter().map(|e| e.2).sum();
        report.bytes_before = total;
        let mut total = total;
        for (_, key, size) in entries {
            if total <= max_size {
                break;
            }
            fsx::remove_quiet(&self.meta_path(&key));
            fsx::remove_quiet(&self.object_path(&key));
            fsx::remove_quiet(&self.log_path(&key));
            total -= size;
            report.removed.push(key);
        }
        report.bytes_after = total;
        Ok(report)
    }
}
