//! Time one benchmark kernel on the JIT or the AOT tier, for `benches/run.py`:
//!
//! ```text
//! cargo run --release -p rpy --example kernel_bench -- benches/kernels/fib.py [RUNS] [jit|aot]
//! ```
//!
//! Loads the file with `Runtime::load_file` (JIT tier by default; with
//! `aot`, the gcc tier with a fresh, empty cache directory under the temp
//! directory, so the library is built at load and `load` includes the C
//! compiler; the directory is removed at exit), reads the
//! arguments from its `# args: a, b, ...` line (an int literal is an int,
//! anything else a float), calls `kernel` RUNS times (default 5) and
//! prints one JSON object: the result, the minimum and median seconds of a
//! call, every run, and the seconds `load_file` took (front end + JIT).

#![allow(clippy::print_stdout)] // the JSON on stdout is this program's output

use std::process::ExitCode;
use std::time::Instant;

use rpy::{Runtime, Tier, Value};

fn parse_args(text: &str) -> Result<Vec<Value>, String> {
    let line = text.lines().find_map(|l| l.trim().strip_prefix("# args:")).ok_or("no '# args:' line")?;
    line.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            let s = s.replace('_', "");
            if let Ok(n) = s.parse::<i64>() {
                Ok(Value::Int(n))
            } else {
                s.parse::<f64>().map(Value::Float).map_err(|_| format!("bad argument '{s}'"))
            }
        })
        .collect()
}

fn json_value(v: &Value) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::Float(x) if x.is_finite() => format!("{x:?}"),
        Value::Float(x) => format!("\"{x}\""),
        Value::Bool(b) => b.to_string(),
        Value::None => "null".to_string(),
        Value::Object(_) => format!("\"{}\"", v.repr()),
    }
}

fn run() -> Result<String, String> {
    let mut argv = std::env::args().skip(1);
    let usage = "usage: kernel_bench FILE.py [RUNS] [jit|aot]";
    let path = argv.next().ok_or(usage)?;
    let runs: usize = match argv.next() {
        Some(s) => s.parse().map_err(|_| format!("bad run count '{s}'"))?,
        None => 5,
    };
    let tier = match argv.next().as_deref() {
        None | Some("jit") => Tier::Jit,
        Some("aot") => Tier::Aot,
        Some(s) => return Err(format!("bad tier '{s}' ({usage})")),
    };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let args = parse_args(&text)?;
    let mut builder = Runtime::builder().tier(tier);
    let cache = (tier == Tier::Aot).then(|| {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        TempDir(std::env::temp_dir().join(format!("rpy-kernel-bench-{}-{nanos}", std::process::id())))
    });
    if let Some(dir) = &cache {
        builder = builder.cache_dir(&dir.0);
    }
    let rt = builder.build().map_err(|e| e.to_string())?;
    let t = Instant::now();
    let m = rt.load_file(&path).map_err(|e| e.to_string())?;
    let load = t.elapsed().as_secs_f64();
    let mut times = Vec::with_capacity(runs);
    let mut result = Value::None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        result = m.call_dyn("kernel", &args).map_err(|e| e.to_string())?;
        times.push(t.elapsed().as_secs_f64());
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let list = |v: &[f64]| v.iter().map(|t| format!("{t:.9}")).collect::<Vec<_>>().join(", ");
    Ok(format!(
        "{{\"file\": {path:?}, \"tier\": \"{}\", \"args\": [{}], \"result\": {}, \"min\": {:.9}, \"median\": {:.9}, \"runs\": [{}], \"load\": {load:.9}}}",
        if tier == Tier::Aot { "aot" } else { "jit" },
        args.iter().map(json_value).collect::<Vec<_>>().join(", "),
        json_value(&result),
        sorted[0],
        sorted[sorted.len() / 2],
        list(&times),
    ))
}

/// A directory removed when dropped (the AOT tier's fresh cache).
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("kernel_bench: {e}");
            ExitCode::FAILURE
        }
    }
}
