//! The AOT tier end to end, with real processes: detached builds that
//! outlive the program, the cache shared by concurrent processes, runs
//! without any compiler, builders killed mid-build.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const PROG: &str = "\
def work(n: int) -> int:
    s = 0
    for i in range(n):
        s = (s + i * i) % 1000003
    print('work', n)
    return s
";

fn has_cc() -> bool {
    ["cc", "gcc", "clang"].iter().any(|c| Command::new(c).arg("--version").output().is_ok())
}

fn setup(tag: &str) -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("rpy-aot-cache-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let src = dir.join("prog.py");
    std::fs::write(&src, PROG).expect("source");
    (dir.join("cache"), src)
}

fn run(src: &Path, cache: &Path, path_env: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rpy"));
    c.args(["run", src.to_str().expect("path"), "--entry", "work", "--tier", "auto", "--cache-dir", cache.to_str().expect("path"), "1000"]);
    c.env("RPY_VERBOSE", "1").env_remove("CC").env_remove("RPY_CC");
    if let Some(p) = path_env {
        c.env("PATH", p);
    }
    c.output().expect("run rpy")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn libraries(cache: &Path) -> usize {
    let Ok(shards) = std::fs::read_dir(cache.join("objects")) else { return 0 };
    shards.flatten().flat_map(|s| std::fs::read_dir(s.path()).into_iter().flatten().flatten()).filter(|e| e.path().extension().is_some_and(|x| x == "json")).count()
}

/// Wait until a library is published (and, if `all_jobs`, no build job is
/// left: every builder started has finished).
fn wait_built(cache: &Path, all_jobs: bool) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        let jobs = std::fs::read_dir(cache.join("jobs")).map(|d| d.count()).unwrap_or(0);
        if libraries(cache) > 0 && (!all_jobs || jobs == 0) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("no library published under {}", cache.display());
}

const EXPECTED: &str = "work 1000\n";

#[test]
fn a_short_process_warms_the_cache_and_a_compilerless_run_uses_it() {
    if !has_cc() {
        eprintln!("note: no C compiler; skipped");
        return;
    }
    let (cache, src) = setup("warm");
    let first = run(&src, &cache, None);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(String::from_utf8_lossy(&first.stdout).starts_with(EXPECTED));
    assert!(stderr(&first).contains("started on the Jit tier"), "{}", stderr(&first));
    // The builder outlives the first process.
    wait_built(&cache, true);
    // A warm process runs the library even with no compiler on PATH.
    let warm = run(&src, &cache, Some(""));
    assert!(warm.status.success(), "{}", stderr(&warm));
    assert!(stderr(&warm).contains("started on the Aot tier"), "{}", stderr(&warm));
    assert!(!stderr(&warm).contains("no C compiler"), "no notice needed on a warm cache");
    let _ = std::fs::remove_dir_all(cache.parent().expect("dir"));
}

#[test]
fn no_compiler_at_all_runs_on_the_jit_with_one_notice() {
    let (cache, src) = setup("nocc");
    let out = run(&src, &cache, Some(""));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().next(), Some("work 1000"));
    let err = stderr(&out);
    assert_eq!(err.matches("no C compiler found").count(), 1, "{err}");
    assert!(err.contains("started on the Jit tier"), "{err}");
    let _ = std::fs::remove_dir_all(cache.parent().expect("dir"));
}

#[test]
fn eight_cold_processes_build_the_library_once() {
    if !has_cc() {
        return;
    }
    let (cache, src) = setup("eight");
    let trace = cache.parent().expect("dir").join("builds.txt");
    let children: Vec<_> = (0..8)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_rpy"))
                .args(["run", src.to_str().expect("p"), "--entry", "work", "--tier", "auto", "--cache-dir", cache.to_str().expect("p"), "1000"])
                .env("RPY_BUILD_TRACE", &trace)
                .output_async()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().expect("process");
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).starts_with(EXPECTED));
    }
    wait_built(&cache, true);
    // Every builder that started has finished (jobs are removed at the end).
    let builds = std::fs::read_to_string(&trace).unwrap_or_default();
    assert_eq!(builds.lines().count(), 1, "exactly one build: {builds:?}");
    let _ = std::fs::remove_dir_all(cache.parent().expect("dir"));
}

#[test]
fn killed_builders_publish_nothing_partial_and_the_next_run_recovers() {
    if !has_cc() || Command::new("pkill").arg("--version").output().is_err() {
        return;
    }
    let (cache, src) = setup("kill");
    for delay_ms in [0u64, 30, 120, 250] {
        let out = run(&src, &cache, None);
        assert!(out.status.success(), "{}", stderr(&out));
        std::thread::sleep(Duration::from_millis(delay_ms));
        // The job path contains this test's cache directory.
        let _ = Command::new("pkill").args(["-9", "-f", &format!("__build {}", cache.join("jobs").display())]).status();
        std::thread::sleep(Duration::from_millis(50));
        let verify = Command::new(env!("CARGO_BIN_EXE_rpy")).args(["cache", "--cache-dir", cache.to_str().expect("p"), "verify"]).output().expect("verify");
        assert!(String::from_utf8_lossy(&verify.stdout).contains("0 bad entries"), "{}", String::from_utf8_lossy(&verify.stdout));
        if libraries(&cache) > 0 {
            break;
        }
    }
    // Whatever happened, a run recovers: it builds (or loads) and works.
    let _ = run(&src, &cache, None);
    wait_built(&cache, false);
    let warm = run(&src, &cache, None);
    assert!(stderr(&warm).contains("started on the Aot tier"), "{}", stderr(&warm));
    let _ = std::fs::remove_dir_all(cache.parent().expect("dir"));
}

trait OutputAsync {
    fn output_async(&mut self) -> std::process::Child;
}

impl OutputAsync for Command {
    fn output_async(&mut self) -> std::process::Child {
        self.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().expect("spawn rpy")
    }
}
