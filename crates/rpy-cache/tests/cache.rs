//! Integration tests: real files, real threads, real processes.

use std::fs::{self, File};
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant, SystemTime};

use rpy_cache::{CacheDir, CacheError, Key, Meta};

/// A unique temp directory under `std::env::temp_dir()`, removed on drop.
struct Tmp(PathBuf);

impl Tmp {
    fn new(tag: &str) -> Tmp {
        static N: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let p = std::env::temp_dir().join(format!(
            "rpy-cache-test-{tag}-{}-{}-{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&p).expect("create temp dir");
        fs::set_permissions(&p, fs::Permissions::from_mode(0o700)).expect("chmod temp dir");
        Tmp(p)
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn cache(t: &Tmp) -> CacheDir {
    CacheDir::open(Some(&t.path().join("cache"))).expect("open cache")
}

fn key(n: u32) -> Key {
    Key::new(&format!("ir{n}"), "cg1", "x86_64-unknown-linux-gnu", "sse2")
}

fn meta(module: &str) -> Meta {
    Meta {
        module: module.into(),
        sources: vec!["/src/\"odd\" name.py".into()],
        compiler: "/usr/bin/gcc".into(),
        compiler_version: "gcc 13.2\n".into(),
        flags: vec!["-O2".into(), "-fPIC".into()],
        build_time: None,
    }
}

fn read_all(p: &Path) -> Vec<u8> {
    let mut v = Vec::new();
    File::open(p)
        .expect("open")
        .read_to_end(&mut v)
        .expect("read");
    v
}

#[test]
fn key_is_stable_and_field_separated() {
    let a = Key::new("a", "b", "c", "d");
    assert_eq!(a, Key::new("a", "b", "c", "d"));
    assert_eq!(a.as_str().len(), 64);
    assert_ne!(Key::new("ab", "", "c", "d"), Key::new("a", "b", "c", "d"));
    assert_ne!(a, Key::new("a", "b", "c", "e"));
    assert_eq!(Key::from_hex(a.as_str()), Some(a.clone()));
    assert_eq!(Key::from_hex("xyz"), None);
    assert_eq!(Key::from_hex(&a.as_str().to_uppercase()), None);
}

#[test]
fn publish_lookup_roundtrip() {
    let t = Tmp::new("roundtrip");
    let c = cache(&t);
    let k = key(1);
    assert!(c.lookup(&k).expect("lookup").is_none());
    let bytes: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let so = c.publish(&k, &bytes, &meta("test1")).expect("publish");
    assert_eq!(so, c.object_path(&k));
    let v = c.lookup(&k).expect("lookup").expect("present");
    assert_eq!(
        read_all(&v.proc_path()),
        bytes,
        "proc path reads the verified bytes"
    );
    let r = v.record();
    assert_eq!(r.key, k);
    assert_eq!(r.module, "test1");
    assert_eq!(r.size, bytes.len() as u64);
    assert_eq!(r.sources, meta("test1").sources);
    assert_eq!(r.compiler_version, "gcc 13.2\n");
    assert_eq!(r.flags, vec!["-O2".to_string(), "-fPIC".to_string()]);
    assert_eq!(r.blake3, blake3::hash(&bytes).to_hex().as_str());
    // Permissions: private files.
    let mode = |p: &Path| fs::symlink_metadata(p).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode(&c.object_path(&k)) & 0o077, 0);
    assert_eq!(mode(&c.meta_path(&k)), 0o600);
    assert_eq!(mode(c.root()) & 0o077, 0);
    // The verified fd survives removal of the entry.
    fs::remove_file(c.object_path(&k)).expect("rm");
    assert_eq!(read_all(&v.proc_path()), bytes);

    // Publishing from a file path.
    let src = t.path().join("out.so");
    fs::write(&src, b"from a file").expect("write");
    let k2 = key(2);
    c.publish(&k2, src.as_path(), &meta("m2"))
        .expect("publish file");
    let v2 = c.lookup(&k2).expect("lookup").expect("present");
    assert_eq!(read_all(&v2.proc_path()), b"from a file");
    // No temp files are left behind.
    let shard = c.object_path(&k2).parent().expect("shard").to_path_buf();
    for e in fs::read_dir(shard).expect("ls").flatten() {
        assert!(
            !e.file_name().to_string_lossy().starts_with(".tmp"),
            "{:?}",
            e.path()
        );
    }
}

#[test]
fn corrupted_artifacts_are_detected_and_removed() {
    let t = Tmp::new("corrupt");
    let c = cache(&t);
    let bytes = vec![0x5au8; 4096];
    type Damage = fn(&Path);
    let damages: [(&str, Damage); 4] = [
        ("truncated", |p| {
            let f = fs::OpenOptions::new().write(true).open(p).expect("open");
            f.set_len(100).expect("truncate");
        }),
        ("bit-flipped", |p| {
            let mut b = fs::read(p).expect("read");
            b[1234] ^= 0x10;
            fs::write(p, b).expect("write");
        }),
        ("foreign same size", |p| {
            fs::remove_file(p).expect("rm");
            fs::write(p, vec![0x11u8; 4096]).expect("write");
        }),
        ("foreign other size", |p| {
            fs::remove_file(p).expect("rm");
            fs::write(p, b"\x7fELF not ours").expect("write");
        }),
    ];
    for (i, (what, damage)) in damages.iter().enumerate() {
        let k = key(100 + i as u32);
        c.publish(&k, &bytes, &meta("m")).expect("publish");
        damage(&c.object_path(&k));
        assert!(
            c.lookup(&k).expect("lookup").is_none(),
            "{what} not detected"
        );
        assert!(!c.object_path(&k).exists(), "{what}: .so not removed");
        assert!(!c.meta_path(&k).exists(), "{what}: .json not removed");
        // Rebuild works.
        c.publish(&k, &bytes, &meta("m")).expect("republish");
        assert!(c.lookup(&k).expect("lookup").is_some());
    }
    // Garbage metadata and metadata naming another key.
    let k = key(200);
    c.publish(&k, &bytes, &meta("m")).expect("publish");
    fs::write(c.meta_path(&k), b"{\"key\": ").expect("write");
    assert!(c.lookup(&k).expect("lookup").is_none());
    assert!(!c.object_path(&k).exists());
    c.publish(&k, &bytes, &meta("m")).expect("publish");
    let other = fs::read_to_string(c.meta_path(&k))
        .expect("read")
        .replace(k.as_str(), key(201).as_str());
    fs::write(c.meta_path(&k), other).expect("write");
    assert!(c.lookup(&k).expect("lookup").is_none());
    // A missing .so with a .json present: absent, .json removed.
    c.publish(&k, &bytes, &meta("m")).expect("publish");
    fs::remove_file(c.object_path(&k)).expect("rm");
    assert!(c.lookup(&k).expect("lookup").is_none());
    assert!(!c.meta_path(&k).exists());
}

#[test]
fn metadata_reader_is_tolerant() {
    let t = Tmp::new("tolerant");
    let c = cache(&t);
    let k = key(300);
    c.publish(&k, b"abc".as_slice(), &meta("m"))
        .expect("publish");
    let digest = blake3::hash(b"abc").to_hex();
    // Minimal hand-written record with unknown fields, different order.
    let text = format!(
        "{{\"extra\": {{\"nested\": [1, null, true]}}, \"size\": 3, \"blake3\": \"{digest}\", \"key\": \"{k}\"}}"
    );
    fs::write(c.meta_path(&k), text).expect("write");
    let v = c.lookup(&k).expect("lookup").expect("present");
    assert_eq!(v.record().module, "");
    assert_eq!(v.record().size, 3);
}

#[test]
fn crash_between_so_and_json_means_absent_and_gc_cleans_up() {
    let t = Tmp::new("crash");
    let c = cache(&t);
    let k = key(3);
    c.publish(&k, b"payload".as_slice(), &meta("m"))
        .expect("publish");
    fs::remove_file(c.meta_path(&k)).expect("rm json");
    assert!(c.lookup(&k).expect("lookup").is_none());
    assert!(c.ls().expect("ls").is_empty());
    // A fresh leftover is kept (a publish may be in progress) ...
    assert_eq!(c.gc(u64::MAX).expect("gc").leftovers_removed, 0);
    assert!(c.object_path(&k).exists());
    // ... but not while its key is locked, even when old ...
    let old = SystemTime::now() - Duration::from_secs(3600);
    File::options()
        .write(true)
        .open(c.object_path(&k))
        .expect("open")
        .set_modified(old)
        .expect("mtime");
    {
        let _held = c.lock(&k).expect("lock");
        assert_eq!(c.gc(u64::MAX).expect("gc").leftovers_removed, 0);
    }
    // ... and an old, unlocked one is removed.
    assert_eq!(c.gc(u64::MAX).expect("gc").leftovers_removed, 1);
    assert!(!c.object_path(&k).exists());
}

#[test]
fn untrusted_roots_are_refused_with_path_and_fix() {
    let t = Tmp::new("trust");
    let root = t.path().join("ww");
    fs::create_dir(&root).expect("mkdir");
    fs::set_permissions(&root, fs::Permissions::from_mode(0o777)).expect("chmod");
    let err = CacheDir::open(Some(&root)).expect_err("world-writable must be refused");
    let msg = err.to_string();
    assert!(matches!(err, CacheError::Untrusted { .. }), "{err:?}");
    assert!(msg.contains(&root.display().to_string()), "{msg}");
    assert!(msg.contains("chmod go-w"), "{msg}");

    // A group-writable subdirectory is refused as well.
    let ok = t.path().join("ok");
    CacheDir::open(Some(&ok)).expect("open");
    let objects = ok.join("objects");
    fs::set_permissions(&objects, fs::Permissions::from_mode(0o770)).expect("chmod");
    let msg = CacheDir::open(Some(&ok)).expect_err("refused").to_string();
    assert!(
        msg.contains(&objects.display().to_string()) && msg.contains("chmod go-w"),
        "{msg}"
    );

    // A missing root is created 0700.
    let fresh = t.path().join("a/b/c");
    let c = CacheDir::open(Some(&fresh)).expect("create");
    assert_eq!(
        fs::metadata(c.root()).expect("stat").permissions().mode() & 0o777,
        0o700
    );

    // Owned by someone else (only testable as root).
    #[allow(unsafe_code)]
    // SAFETY: geteuid has no preconditions.
    let euid = unsafe { libc::geteuid() };
    if euid == 0 {
        let foreign = t.path().join("foreign");
        fs::create_dir(&foreign).expect("mkdir");
        fs::set_permissions(&foreign, fs::Permissions::from_mode(0o700)).expect("chmod");
        std::os::unix::fs::chown(&foreign, Some(12345), Some(12345)).expect("chown");
        let err = CacheDir::open(Some(&foreign)).expect_err("foreign owner refused");
        let msg = err.to_string();
        assert!(
            msg.contains(&foreign.display().to_string()) && msg.contains("you own"),
            "{msg}"
        );
    }
}

#[test]
fn symlinks_below_the_root_are_never_followed() {
    let t = Tmp::new("symlink");
    let c = cache(&t);
    let outside = t.path().join("outside");
    fs::create_dir(&outside).expect("mkdir");

    // 1. A symlinked .so (with a .json whose digest matches the target).
    let k = key(4);
    let target = outside.join("evil.so");
    fs::write(&target, b"evil").expect("write");
    c.publish(&k, b"evil".as_slice(), &meta("m"))
        .expect("publish");
    fs::remove_file(c.object_path(&k)).expect("rm");
    std::os::unix::fs::symlink(&target, c.object_path(&k)).expect("symlink");
    assert!(
        c.lookup(&k).expect("lookup").is_none(),
        "symlinked .so must not be loaded"
    );
    assert!(
        fs::symlink_metadata(c.object_path(&k)).is_err(),
        "the symlink itself is removed"
    );
    assert_eq!(fs::read(&target).expect("target intact"), b"evil");

    // 2. A symlinked shard directory objects/<hh> pointing outside.
    let k = key(5);
    c.publish(&k, b"good".as_slice(), &meta("m"))
        .expect("publish");
    let shard = c.object_path(&k).parent().expect("shard").to_path_buf();
    let moved = outside.join("shard");
    fs::rename(&shard, &moved).expect("move shard out");
    std::os::unix::fs::symlink(&moved, &shard).expect("symlink");
    let err = c.lookup(&k).expect_err("symlinked shard refused");
    assert!(
        err.to_string().contains(&shard.display().to_string()),
        "{err}"
    );
    assert!(
        c.publish(&k, b"good".as_slice(), &meta("m")).is_err(),
        "publish refuses too"
    );
    assert!(c.ls().expect("ls").is_empty(), "ls does not follow it");
    assert!(
        moved.join(format!("{k}.so")).exists(),
        "nothing outside was touched"
    );

    // 3. A symlinked lock file and name file.
    let k = key(6);
    std::os::unix::fs::symlink(outside.join("lock"), c.lock_path(&k)).expect("symlink");
    assert!(matches!(c.lock(&k), Err(CacheError::Untrusted { .. })));
    assert!(!outside.join("lock").exists());
}

#[test]
fn names_are_namespaced_by_script_path() {
    let t = Tmp::new("names");
    let c = cache(&t);
    let (a, b) = (t.path().join("proj_a"), t.path().join("proj_b"));
    fs::create_dir(&a).expect("mkdir");
    fs::create_dir(&b).expect("mkdir");
    let (sa, sb) = (a.join("main.py"), b.join("main.py"));
    fs::write(&sa, "").expect("write");
    fs::write(&sb, "").expect("write");
    assert_eq!(c.get_name(&sa, "test1").expect("get"), None);
    c.set_name(&sa, "test1", &key(7)).expect("set");
    c.set_name(&sb, "test1", &key(8)).expect("set");
    assert_eq!(c.get_name(&sa, "test1").expect("get"), Some(key(7)));
    assert_eq!(c.get_name(&sb, "test1").expect("get"), Some(key(8)));
    // Same script through a different spelling of its path.
    let alias = a.join("..").join("proj_a").join("main.py");
    assert_eq!(c.get_name(&alias, "test1").expect("get"), Some(key(7)));
    c.set_name(&sa, "test1", &key(9)).expect("overwrite");
    assert_eq!(c.get_name(&sa, "test1").expect("get"), Some(key(9)));
    for bad in ["", ".script", "../x", "a/b", "nul\0"] {
        assert!(
            matches!(
                c.set_name(&sa, bad, &key(1)),
                Err(CacheError::InvalidName { .. })
            ),
            "{bad:?}"
        );
    }
    // ls shows the names pointing at each entry.
    c.publish(&key(8), b"x".as_slice(), &meta("test1"))
        .expect("publish");
    let ls = c.ls().expect("ls");
    assert_eq!(ls.len(), 1);
    assert_eq!(ls[0].names.len(), 1);
    assert_eq!(ls[0].names[0].module, "test1");
    assert_eq!(
        ls[0].names[0].script.as_deref(),
        Some(fs::canonicalize(&sb).expect("canon").as_path())
    );
    assert_eq!(ls[0].compiler, "/usr/bin/gcc");
}

const HELPER_ENV: &str = "RPY_CACHE_TEST_HELPER";

/// Not a test of its own: re-run by other tests in a child process.
#[test]
#[allow(clippy::print_stdout)] // reports to the parent test through stdout
fn helper_process() {
    let Ok(spec) = std::env::var(HELPER_ENV) else {
        return;
    };
    let mut parts = spec.splitn(2, '|');
    match (parts.next(), parts.next()) {
        (Some("lock"), Some(arg)) => {
            let (dir, k) = arg.split_once('|').expect("dir|key");
            let c = CacheDir::open(Some(Path::new(dir))).expect("open");
            let k = Key::from_hex(k).expect("key");
            match c.try_lock(&k).expect("try_lock") {
                Some(_l) => println!("HELPER:acquired"),
                None => println!("HELPER:busy"),
            }
        }
        (Some("open-env"), _) => match CacheDir::open(None) {
            Ok(c) => println!("HELPER:root={}", c.root().display()),
            Err(e) => println!("HELPER:error={e}"),
        },
        _ => panic!("bad helper spec {spec}"),
    }
}

fn run_helper(spec: &str, env: &[(&str, &Path)]) -> String {
    let exe = std::env::current_exe().expect("current exe");
    let mut cmd = Command::new(exe);
    cmd.args([
        "--exact",
        "helper_process",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(HELPER_ENV, spec);
    cmd.env_remove("RPY_CACHE_DIR").env_remove("XDG_CACHE_HOME");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("spawn helper");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "helper failed: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
        .lines()
        .find_map(|l| l.split_once("HELPER:").map(|(_, r)| r.trim()))
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no helper report in {stdout}"))
}

#[test]
fn lock_excludes_another_process_and_another_thread() {
    let t = Tmp::new("lock");
    let c = cache(&t);
    let k = key(10);
    let spec = format!("lock|{}|{k}", c.root().display());
    let held = c.lock(&k).expect("lock");
    assert_eq!(held.key(), &k);
    assert_eq!(run_helper(&spec, &[]), "busy");
    assert!(
        c.try_lock(&k).expect("try").is_none(),
        "separate description in-process is excluded"
    );
    // A blocked locker in another thread proceeds once the lock is dropped.
    let c2 = c.clone();
    let k2 = k.clone();
    let start = Instant::now();
    let waiter = std::thread::spawn(move || {
        let _l = c2.lock(&k2).expect("lock");
        start.elapsed()
    });
    std::thread::sleep(Duration::from_millis(200));
    drop(held);
    let waited = waiter.join().expect("join");
    assert!(
        waited >= Duration::from_millis(150),
        "waiter did not block: {waited:?}"
    );
    assert_eq!(run_helper(&spec, &[]), "acquired");
    // The helper exited holding nothing: the kernel released its lock.
    assert!(c.try_lock(&k).expect("try").is_some());
    // Other keys are independent.
    let _a = c.lock(&key(11)).expect("lock");
    assert!(c.try_lock(&key(12)).expect("try").is_some());
}

#[test]
fn location_resolution_from_environment() {
    let t = Tmp::new("env");
    let explicit = t.path().join("explicit");
    let xdg = t.path().join("xdg");
    let home = t.path().join("home");
    let canon = |p: PathBuf| fs::canonicalize(&p).expect("canon").display().to_string();
    let r = run_helper(
        "open-env",
        &[
            ("RPY_CACHE_DIR", &explicit),
            ("XDG_CACHE_HOME", &xdg),
            ("HOME", &home),
        ],
    );
    assert_eq!(r, format!("root={}", canon(explicit.clone())));
    let r = run_helper("open-env", &[("XDG_CACHE_HOME", &xdg), ("HOME", &home)]);
    assert_eq!(r, format!("root={}", canon(xdg.join("rpythonic"))));
    let r = run_helper("open-env", &[("HOME", &home)]);
    assert_eq!(r, format!("root={}", canon(home.join(".cache/rpythonic"))));
}

#[test]
fn racing_publishers_end_with_one_valid_entry() {
    let t = Tmp::new("race");
    let c = cache(&t);
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 253) as u8).collect();
    // Identical bytes, no lock: any interleaving of renames is valid.
    let k = key(20);
    let barrier = Arc::new(Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let (c, k, b, bar) = (c.clone(), k.clone(), bytes.clone(), barrier.clone());
            std::thread::spawn(move || {
                bar.wait();
                c.publish(&k, &b, &meta("race")).expect("publish");
                // Whatever a reader sees is either absent or exactly right.
                if let Some(v) = c.lookup(&k).expect("lookup") {
                    assert_eq!(read_all(&v.proc_path()), b);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("join");
    }
    let v = c.lookup(&k).expect("lookup").expect("one valid entry");
    assert_eq!(read_all(&v.proc_path()), bytes);
    assert_eq!(c.ls().expect("ls").len(), 1);

    // Different bytes per builder: under the key's lock, check-then-build.
    let k = key(21);
    let built = Arc::new(AtomicU64::new(0));
    let handles: Vec<_> = (0..8u8)
        .map(|i| {
            let (c, k, bar, built) = (c.clone(), k.clone(), barrier.clone(), built.clone());
            std::thread::spawn(move || {
                bar.wait();
                let _l = c.lock(&k).expect("lock");
                if c.lookup(&k).expect("lookup").is_none() {
                    built.fetch_add(1, Ordering::SeqCst);
                    c.publish(&k, &vec![i; 10_000 + i as usize], &meta("race"))
                        .expect("publish");
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("join");
    }
    assert_eq!(built.load(Ordering::SeqCst), 1, "built exactly once");
    assert!(c.lookup(&k).expect("lookup").is_some());
    assert!(c.verify_all().expect("verify").is_empty());
    assert_eq!(c.ls().expect("ls").len(), 2);
}

#[test]
fn gc_keeps_size_under_limit_removing_least_recently_used() {
    let t = Tmp::new("gc");
    let c = cache(&t);
    let base = SystemTime::now() - Duration::from_secs(10_000);
    let mut keys = Vec::new();
    for i in 0..10u32 {
        let k = key(30 + i);
        c.publish(&k, &vec![i as u8; 10_000], &meta("gc"))
            .expect("publish");
        // Entry i was last used at base + i minutes.
        File::options()
            .write(true)
            .open(c.meta_path(&k))
            .expect("open")
            .set_modified(base + Duration::from_secs(60 * u64::from(i)))
            .expect("mtime");
        keys.push(k);
    }
    // Using the oldest entry makes it the most recent.
    assert!(c.lookup(&keys[0]).expect("lookup").is_some());
    let total_before: u64 = c.gc(u64::MAX).expect("gc").bytes_before;
    assert!(total_before > 100_000);
    let limit = 35_000;
    let rep = c.gc(limit).expect("gc");
    assert!(rep.bytes_after <= limit, "{rep:?}");
    let on_disk: u64 = c
        .ls()
        .expect("ls")
        .iter()
        .map(|e| e.size + fs::metadata(c.meta_path(&e.key)).expect("stat").len())
        .sum();
    assert!(on_disk <= limit, "{on_disk}");
    assert_eq!(
        rep.removed,
        keys[1..8].to_vec(),
        "least recently used first"
    );
    assert!(c.lookup(&keys[0]).expect("lookup").is_some());
    assert!(c.lookup(&keys[9]).expect("lookup").is_some());
    assert!(c.lookup(&keys[1]).expect("lookup").is_none());
    c.gc(0).expect("gc");
    assert!(c.ls().expect("ls").is_empty());
}

#[test]
fn verify_all_reports_and_removes_corrupted_entries() {
    let t = Tmp::new("verify");
    let c = cache(&t);
    for i in 0..4 {
        c.publish(&key(40 + i), &vec![i as u8; 5000], &meta("v"))
            .expect("publish");
    }
    let bad = key(42);
    let mut b = fs::read(c.object_path(&bad)).expect("read");
    b[4999] ^= 1;
    fs::write(c.object_path(&bad), b).expect("write");
    let report = c.verify_all().expect("verify");
    assert_eq!(report.len(), 1, "{report:?}");
    assert_eq!(report[0].key, bad);
    assert!(report[0].reason.contains("blake3"), "{}", report[0].reason);
    assert!(!c.object_path(&bad).exists() && !c.meta_path(&bad).exists());
    assert_eq!(c.ls().expect("ls").len(), 3);
    assert!(c.verify_all().expect("verify").is_empty());
}

#[test]
fn logs_and_clear() {
    let t = Tmp::new("logs");
    let c = cache(&t);
    let k = key(50);
    assert_eq!(c.read_log(&k).expect("read"), None);
    let p = c.save_log(&k, "gcc: error: boom\n").expect("save");
    assert_eq!(p, c.log_path(&k));
    assert_eq!(
        c.read_log(&k).expect("read").as_deref(),
        Some("gcc: error: boom\n")
    );
    c.publish(&k, b"x".as_slice(), &meta("m")).expect("publish");
    let script = t.path().join("s.py");
    c.set_name(&script, "m", &k).expect("name");
    c.clear().expect("clear");
    assert!(c.lookup(&k).expect("lookup").is_none());
    assert_eq!(c.get_name(&script, "m").expect("get"), None);
    assert_eq!(c.read_log(&k).expect("read"), None);
    // Still usable.
    c.publish(&k, b"y".as_slice(), &meta("m")).expect("publish");
    assert!(c.lookup(&k).expect("lookup").is_some());
}
