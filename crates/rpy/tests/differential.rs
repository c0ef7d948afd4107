//! Randomized differential testing: CPython vs the reference interpreter vs
//! the JIT.
//!
//! `tests/fuzz/gen.py` writes random, typed, terminating tier-A programs
//! and, for each, what CPython printed, raised and returned (see its
//! docstring for how 64-bit overflow is predicted). Every program must
//! compile (the generator only writes programs in the subset: a compile
//! error is a failure) and `main()` must give the same stdout, the same
//! `Type: message` and the same `repr(result)` under the interpreter and
//! under the JIT as under CPython.
//!
//! * `RPY_FUZZ_SEED` (default [`DEFAULT_SEED`]) and `RPY_FUZZ_COUNT`
//!   (default 300) choose the batch; `RPY_PYTHON` the CPython (default
//!   `python3`). `make fuzz` runs 5000 programs with a fresh seed.
//! * Failing programs are copied to `target/fuzz-failures/` (with a
//!   `.txt` of the three outcomes), ready to become golden cases
//!   (`tests/cases/`, they already start with `# run: main`).
//! * Each run has a deadline (the interrupt poll raises after
//!   [`DEADLINE`]); a panic in the interpreter is caught and reported. The
//!   program being run by the JIT is kept in
//!   `target/fuzz-failures/in_progress.py` until the batch ends, so a crash
//!   of the process leaves it behind.

use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rpy_ir::interp::{Host, Interp, PyError};
use rpy_ir::{compile, ExcKind, Options, SourceFile};

/// Compare the JIT too (through the `rpy` facade). Set to `false` only if
/// the JIT tier cannot run at all; the interpreter comparison stays on.
const JIT_ENABLED: bool = true;

/// Programs also run on the AOT tier by default.
const DEFAULT_AOT_COUNT: usize = 40;

/// The seed when `RPY_FUZZ_SEED` is not set.
const DEFAULT_SEED: u64 = 20_240_601;

/// The batch size when `RPY_FUZZ_COUNT` is not set.
const DEFAULT_COUNT: usize = 300;

/// How long one run (of one tier) may take before it counts as a hang.
const DEADLINE: Duration = Duration::from_secs(20);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| repo_root().join("target"))
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(s) if !s.trim().is_empty() => s.trim().parse().unwrap_or_else(|_| panic!("{name}={s:?} is not a number")),
        _ => default,
    }
}

// ---------------------------------------------------------------- outcomes

/// What one run of `main()` produced.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Outcome {
    stdout: String,
    /// `Type: message` (just `Type` for an empty message), or empty.
    error: String,
    /// `repr(result)`, or `None` when main raised.
    result: Option<String>,
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "stdout: {:?}", self.stdout)?;
        match &self.result {
            Some(r) => write!(f, "    result: {r}"),
            None => write!(f, "    error:  {}", self.error),
        }
    }
}


fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| p.downcast_ref::<String>().cloned()).unwrap_or_default()
}

// ------------------------------------------------------------- interpreter

struct Capture {
    out: String,
    deadline: Instant,
}

impl Host for Capture {
    fn print(&mut self, text: &str) -> Result<(), PyError> {
        self.out.push_str(text);
        Ok(())
    }

    fn poll(&mut self) -> Result<(), PyError> {
        if Instant::now() > self.deadline {
            return Err(PyError::new(ExcKind::KeyboardInterrupt, "fuzz deadline exceeded (hang?)"));
        }
        Ok(())
    }
}

fn run_interp(m: &rpy_ir::ir::Module) -> Outcome {
    let Some(id) = m.func_by_name("main") else {
        return Outcome { stdout: String::new(), error: "harness: no function main".into(), result: None };
    };
    let mut host = Capture { out: String::new(), deadline: Instant::now() + DEADLINE };
    let res = catch_unwind(AssertUnwindSafe(|| Interp::new(m).call(&mut host, id, &[])));
    match res {
        Ok(Ok(v)) => Outcome { stdout: host.out, error: String::new(), result: Some(v.repr()) },
        Ok(Err(e)) => Outcome { stdout: host.out, error: e.kind.display_line(&e.msg), result: None },
        Err(p) => Outcome { stdout: host.out, error: format!("PANIC in the interpreter: {}", panic_text(&*p)), result: None },
    }
}

// --------------------------------------------------------------------- JIT

struct Jit {
    rt: rpy::Runtime,
    out: Arc<Mutex<String>>,
    deadline: Arc<Mutex<Instant>>,
}

impl Jit {
    fn new() -> Jit {
        Jit::with(rpy::Tier::Jit, None)
    }

    /// A runner on `tier` (the AOT tier needs a cache directory).
    fn with(tier: rpy::Tier, cache_dir: Option<&Path>) -> Jit {
        let out = Arc::new(Mutex::new(String::new()));
        let deadline = Arc::new(Mutex::new(Instant::now()));
        let (o, d) = (out.clone(), deadline.clone());
        let mut b = rpy::Runtime::builder().tier(tier);
        if let Some(d) = cache_dir {
            b = b.cache_dir(d);
        }
        let rt = b
            .on_print(move |s| {
                o.lock().expect("print buffer").push_str(s);
                Ok(())
            })
            .on_poll(move || {
                if Instant::now() > *d.lock().expect("deadline") {
                    return Err(rpy::Error {
                        kind: rpy::ErrorKind::Python(ExcKind::KeyboardInterrupt),
                        message: "fuzz deadline exceeded (hang?)".into(),
                        location: None,
                    });
                }
                Ok(())
            })
            .build()
            .expect("a runtime");
        Jit { rt, out, deadline }
    }

    fn run(&self, name: &str, src: &SourceFile) -> Outcome {
        self.out.lock().expect("print buffer").clear();
        *self.deadline.lock().expect("deadline") = Instant::now() + DEADLINE;
        let res = catch_unwind(AssertUnwindSafe(|| {
            let module = self.rt.load(name, src, &Options::default())?;
            module.call_dyn("main", &[])
        }));
        let stdout = std::mem::take(&mut *self.out.lock().expect("print buffer"));
        match res {
            Ok(Ok(v)) => Outcome { stdout, error: String::new(), result: Some(v.repr()) },
            Ok(Err(e)) => {
                let error = match e.exc_kind() {
                    Some(k) => k.display_line(&e.message),
                    None => format!("JIT/facade error (not a Python exception): {e}"),
                };
                Outcome { stdout, error, result: None }
            }
            Err(p) => Outcome { stdout, error: format!("PANIC in the JIT: {}", panic_text(&*p)), result: None },
        }
    }
}

// ----------------------------------------------------------- expected.json

/// A JSON value (just what `expected.json` uses).
#[derive(Debug)]
enum Json {
    Null,
    Bool,
    Num,
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Result<(), String> {
        self.ws();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("expected {:?} at byte {}", c as char, self.i))
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.ws();
        match self.s.get(self.i).copied() {
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(Json::Obj(fields));
                }
                loop {
                    self.ws();
                    let Json::Str(k) = self.value()? else { return Err(format!("object key at byte {}", self.i)) };
                    self.eat(b':')?;
                    fields.push((k, self.value()?));
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Json::Obj(fields));
                        }
                        _ => return Err(format!("bad object at byte {}", self.i)),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value()?);
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Arr(items));
                        }
                        _ => return Err(format!("bad array at byte {}", self.i)),
                    }
                }
            }
            Some(b'"') => {
                self.i += 1;
                let mut out = String::new();
                let mut pending_high: Option<u32> = None;
                loop {
                    let c = *self.s.get(self.i).ok_or("unterminated string")?;
                    self.i += 1;
                    match c {
                        b'"' => return Ok(Json::Str(out)),
                        b'\\' => {
                            let e = *self.s.get(self.i).ok_or("bad escape")?;
                            self.i += 1;
                            match e {
                                b'n' => out.push('\n'),
                                b't' => out.push('\t'),
                                b'r' => out.push('\r'),
                                b'b' => out.push('\u{8}'),
                                b'f' => out.push('\u{c}'),
                                b'/' => out.push('/'),
                                b'\\' => out.push('\\'),
                                b'"' => out.push('"'),
                                b'u' => {
                                    let hex = std::str::from_utf8(self.s.get(self.i..self.i + 4).ok_or("bad \\u")?).map_err(|e| e.to_string())?;
                                    let u = u32::from_str_radix(hex, 16).map_err(|e| e.to_string())?;
                                    self.i += 4;
                                    if (0xD800..0xDC00).contains(&u) {
                                        pending_high = Some(u);
                                    } else if let (Some(h), true) = (pending_high.take(), (0xDC00..0xE000).contains(&u)) {
                                        out.push(char::from_u32(0x10000 + ((h - 0xD800) << 10) + (u - 0xDC00)).unwrap_or('\u{fffd}'));
                                    } else {
                                        out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                                    }
                                }
                                _ => return Err(format!("bad escape at byte {}", self.i)),
                            }
                        }
                        _ => {
                            // copy one UTF-8 sequence
                            let start = self.i - 1;
                            let mut end = self.i;
                            while end < self.s.len() && (self.s[end] & 0xC0) == 0x80 {
                                end += 1;
                            }
                            out.push_str(std::str::from_utf8(&self.s[start..end]).map_err(|e| e.to_string())?);
                            self.i = end;
                        }
                    }
                }
            }
            Some(b'n') if self.s[self.i..].starts_with(b"null") => {
                self.i += 4;
                Ok(Json::Null)
            }
            Some(b't') if self.s[self.i..].starts_with(b"true") => {
                self.i += 4;
                Ok(Json::Bool)
            }
            Some(b'f') if self.s[self.i..].starts_with(b"false") => {
                self.i += 5;
                Ok(Json::Bool)
            }
            Some(c) if c == b'-' || c.is_ascii_digit() => {
                while self.i < self.s.len() && matches!(self.s[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    self.i += 1;
                }
                Ok(Json::Num)
            }
            _ => Err(format!("unexpected input at byte {}", self.i)),
        }
    }
}

struct Expected {
    file: String,
    outcome: Outcome,
}

fn load_expected(path: &Path) -> Vec<Expected> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let mut p = Parser { s: text.as_bytes(), i: 0 };
    let Ok(Json::Arr(items)) = p.value() else { panic!("{}: not a JSON array", path.display()) };
    items
        .into_iter()
        .map(|item| {
            let Json::Obj(fields) = item else { panic!("expected.json: an entry is not an object") };
            let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v);
            let s = |k: &str| match get(k) {
                Some(Json::Str(s)) => Some(s.clone()),
                Some(Json::Null) | None => None,
                Some(v) => panic!("expected.json: field {k} is {v:?}"),
            };
            Expected {
                file: s("file").expect("file"),
                outcome: Outcome {
                    stdout: s("stdout").unwrap_or_default(),
                    error: s("error").unwrap_or_default(),
                    result: s("result_repr"),
                },
            }
        })
        .collect()
}

// -------------------------------------------------------------------- test

fn generate(dir: &Path, seed: u64, count: usize) {
    let python = std::env::var("RPY_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let gen = repo_root().join("tests/fuzz/gen.py");
    let out = Command::new(&python)
        .arg(&gen)
        .args(["--seed", &seed.to_string(), "--count", &count.to_string(), "--out"])
        .arg(dir)
        .output()
        .unwrap_or_else(|e| panic!("running {python} (CPython is the oracle and must be installed): {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.trim().is_empty() {
        eprintln!("{}", stderr.trim_end());
    }
    assert!(out.status.success(), "{} failed ({}):\n{stderr}", gen.display(), out.status);
}

#[test]
fn differential() {
    let seed: u64 = env_or("RPY_FUZZ_SEED", DEFAULT_SEED);
    let count: usize = env_or("RPY_FUZZ_COUNT", DEFAULT_COUNT);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz-{seed}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let started = Instant::now();
    generate(&dir, seed, count);
    let gen_time = started.elapsed();
    let expected = load_expected(&dir.join("expected.json"));
    assert_eq!(expected.len(), count, "expected.json has {} entries, not {count}", expected.len());

    let failures_dir = target_dir().join("fuzz-failures");
    std::fs::create_dir_all(&failures_dir).expect("target/fuzz-failures");
    let in_progress = failures_dir.join("in_progress.py");
    let jit = JIT_ENABLED.then(Jit::new);
    // The AOT tier on the first programs (each is a gcc build, ~0.1 s with
    // the cached runtime object); RPY_FUZZ_AOT_COUNT sets how many.
    let aot_count: usize = env_or("RPY_FUZZ_AOT_COUNT", DEFAULT_AOT_COUNT);
    let has_cc = ["cc", "gcc", "clang"].iter().any(|c| std::process::Command::new(c).arg("--version").output().is_ok());
    let aot = (has_cc && aot_count > 0).then(|| Jit::with(rpy::Tier::Aot, Some(&dir.join("aot-cache"))));

    let mut report = String::new();
    let mut failed = 0usize;
    let mut raised = 0usize;
    for (k, exp) in expected.iter().enumerate() {
        let path = dir.join(&exp.file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let src = SourceFile::new(path.display().to_string(), text.clone());
        if !exp.outcome.error.is_empty() {
            raised += 1;
        }
        let ir = match compile(&src, &Options::default()) {
            Ok(m) => m,
            Err(e) => {
                failed += 1;
                let _ = writeln!(
                    report,
                    "\n=== {}: COMPILE ERROR (the generator only writes programs in the subset)\n{e}\n--- program:\n{text}",
                    path.display()
                );
                save_failure(&failures_dir, seed, &exp.file, &text, &format!("compile error:\n{e}\n"));
                continue;
            }
        };
        let ours = run_interp(&ir);
        let jitted = jit.as_ref().map(|j| {
            let _ = std::fs::write(&in_progress, &text);
            j.run(exp.file.trim_end_matches(".py"), &src)
        });
        let aoted = aot.as_ref().filter(|_| k < aot_count).map(|a| a.run(exp.file.trim_end_matches(".py"), &src));
        let interp_ok = ours == exp.outcome;
        let jit_ok = jitted.as_ref().is_none_or(|j| *j == exp.outcome);
        let aot_ok = aoted.as_ref().is_none_or(|a| *a == exp.outcome);
        if !(interp_ok && jit_ok && aot_ok) {
            failed += 1;
            let mut what = format!(
                "CPython (expected):\n    {}\ninterpreter{}:\n    {}\n",
                exp.outcome,
                if interp_ok { "" } else { " (DIFFERS)" },
                ours
            );
            match &jitted {
                Some(j) => {
                    let _ = writeln!(what, "JIT{}:\n    {j}", if jit_ok { "" } else { " (DIFFERS)" });
                }
                None => what.push_str("JIT: not run (JIT_ENABLED = false)\n"),
            }
            if let Some(a) = &aoted {
                let _ = writeln!(what, "AOT{}:\n    {a}", if aot_ok { "" } else { " (DIFFERS)" });
            }
            let saved = save_failure(&failures_dir, seed, &exp.file, &text, &what);
            let _ = writeln!(report, "\n=== {} (saved as {})\n{what}", path.display(), saved.display());
        }
    }
    let _ = std::fs::remove_file(&in_progress);
    let total = started.elapsed();
    eprintln!(
        "differential: {count} programs checked (seed {seed}; {raised} expected to raise; interpreter{}), \
         {failed} failed; generation {:.1}s, total {:.1}s",
        if jit.is_some() { format!(", JIT, and AOT on the first {}", if aot.is_some() { aot_count.min(count) } else { 0 }) } else { " only".to_string() },
        gen_time.as_secs_f64(),
        total.as_secs_f64()
    );
    if failed == 0 {
        let _ = std::fs::remove_dir_all(&dir);
    }
    assert!(
        failed == 0,
        "{failed} of {count} fuzz programs (seed {seed}, RPY_FUZZ_SEED={seed} RPY_FUZZ_COUNT={count} to reproduce; \
         programs in {}) differ:\n{report}",
        dir.display()
    );
}

/// Copy a failing program to `dir` (with its outcomes next to it).
fn save_failure(dir: &Path, seed: u64, file: &str, text: &str, what: &str) -> PathBuf {
    let stem = file.trim_end_matches(".py");
    let path = dir.join(format!("seed{seed}_{stem}.py"));
    let _ = std::fs::write(&path, text);
    let _ = std::fs::write(dir.join(format!("seed{seed}_{stem}.txt")), what);
    path
}
