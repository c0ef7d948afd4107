//! JIT benchmarks (run with `make bench`, or
//! `cargo bench -p rpy --bench jit`):
//!
//! * **source text → callable**: `Runtime::load_source` + `Module::func`
//!   for a 10-line function and a ~200-line module, on one shared
//!   `Runtime`, next to the front end alone (`rpy_ir::compile`) on the same
//!   text, so the Cranelift share is the difference of the two;
//! * **kernels on the JIT**: each `benches/kernels/*.py` through
//!   `Func::call`, with arguments smaller than `benches/run.py` uses (one
//!   call takes ~1–50 ms);
//! * **interpreter vs JIT** on tiny arguments (the reference interpreter
//!   is deliberately slow), same arguments for both, so their ratio is the
//!   per-op cost of interpretation.
//!
//! Only ratios measured in one run mean anything (DESIGN.md, "Rules of the
//! house"); `benches/run.py` puts the kernels next to CPython, Numba and C.
//!
//! JIT code is never freed (see `rpy_jit::CompiledModule`), so every load
//! measured here leaks its code pages; the load groups keep their
//! measurement time short to bound the number of mappings.

#![allow(clippy::unwrap_used)] // a bench whose setup fails should stop loudly
#![allow(missing_docs)] // criterion_group! generates an undocumented pub fn

use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use rpy::{Runtime, Tier};
use rpy_ir::interp::{Host, Interp, PyError, Val};
use rpy_ir::{compile, Options, SourceFile};

/// A 2-line function: what a load costs beyond the code itself (the
/// fixed per-module share).
const TINY: &str = "def one(n: int) -> int:\n    return n + 1\n";

/// The 10-line function (the front-end bench's `SMALL`).
const SMALL: &str = r#"
def collatz(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
"#;

/// About 200 lines: 18 eleven-line functions, each calling the previous.
fn medium() -> String {
    let mut s = String::from("import math\n\nSCALE = 0.5\n");
    for i in 0..18 {
        let callee = if i == 0 { "0.0".to_string() } else { format!("f{}(n - 1, x * SCALE)", i - 1) };
        s.push_str(&format!(
            "\ndef f{i}(n: int, x: float) -> float:\n    acc = 0.0\n    for k in range(n):\n        if k % 3 == 0 and x > 0.0:\n            acc += math.sqrt(x) * k\n        elif k % 3 == 1:\n            acc -= x / (k + 1)\n        else:\n            acc += {callee} if n > 0 else 1.0\n    return acc\n"
        ));
    }
    s
}

fn runtime() -> Runtime {
    Runtime::builder().tier(Tier::Jit).build().unwrap()
}

fn load_latency(c: &mut Criterion) {
    let rt = runtime();
    let big = medium();
    let lines = big.lines().count();
    let opts = Options::default();
    let small_src = SourceFile::new("<small>", SMALL);
    let big_src = SourceFile::new("<medium>", big.as_str());
    // Sanity: both compile and run.
    assert_eq!(rt.load_source("small", SMALL).unwrap().func::<(i64,), i64>("collatz").unwrap().call((27,)).unwrap(), 111);
    let m = rt.load_source("medium", &big).unwrap();
    assert!(m.func::<(i64, f64), f64>("f17").unwrap().call((3, 2.0)).unwrap().is_finite());

    let mut g = c.benchmark_group("load");
    g.sample_size(20).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1));
    g.bench_function("source->callable/2-line function", |b| b.iter(|| rt.load_source("tiny", black_box(TINY)).unwrap().func::<(i64,), i64>("one").unwrap()));
    g.bench_function("source->callable/10-line function", |b| {
        b.iter(|| rt.load_source("small", black_box(SMALL)).unwrap().func::<(i64,), i64>("collatz").unwrap())
    });
    g.bench_function("frontend only/10-line function", |b| b.iter(|| compile(black_box(&small_src), &opts).unwrap()));
    g.bench_function(format!("source->callable/{lines}-line module"), |b| {
        b.iter(|| rt.load_source("medium", black_box(&big)).unwrap().func::<(i64, f64), f64>("f17").unwrap())
    });
    g.bench_function(format!("frontend only/{lines}-line module"), |b| b.iter(|| compile(black_box(&big_src), &opts).unwrap()));
    g.finish();
}

/// One kernel: its name, its source, the arguments for the JIT run and
/// the (tiny) arguments shared by the interpreter and the JIT.
struct Kernel {
    name: &'static str,
    src: &'static str,
    jit: &'static [Val],
    tiny: &'static [Val],
}

macro_rules! kernel_src {
    ($name:literal) => {
        include_str!(concat!("../../../benches/kernels/", $name, ".py"))
    };
}

const KERNELS: &[Kernel] = &[
    Kernel { name: "fib", src: kernel_src!("fib"), jit: &[Val::Int(27)], tiny: &[Val::Int(15)] },
    Kernel { name: "collatz", src: kernel_src!("collatz"), jit: &[Val::Int(20_000)], tiny: &[Val::Int(300)] },
    Kernel { name: "integrate", src: kernel_src!("integrate"), jit: &[Val::Int(1_000_000)], tiny: &[Val::Int(5_000)] },
    Kernel { name: "mandel", src: kernel_src!("mandel"), jit: &[Val::Int(160), Val::Int(120), Val::Int(200)], tiny: &[Val::Int(16), Val::Int(12), Val::Int(50)] },
    Kernel { name: "primes", src: kernel_src!("primes"), jit: &[Val::Int(100_000)], tiny: &[Val::Int(2_000)] },
    Kernel { name: "xorshift", src: kernel_src!("xorshift"), jit: &[Val::Int(1_000_000), Val::Int(2_463_534_242)], tiny: &[Val::Int(5_000), Val::Int(2_463_534_242)] },
    Kernel { name: "nbody2", src: kernel_src!("nbody2"), jit: &[Val::Int(300_000), Val::Float(0.001)], tiny: &[Val::Int(2_000), Val::Float(0.001)] },
    Kernel { name: "gcd", src: kernel_src!("gcd"), jit: &[Val::Int(400)], tiny: &[Val::Int(30)] },
];

/// A typed `Func::call` closure for the kernel's signature (every kernel
/// has int parameters, then possibly one float; int or float result).
fn typed_call(m: &rpy::Module, args: &[Val]) -> Box<dyn Fn() -> u64> {
    let int = |v: &Val| match v {
        Val::Int(n) => *n,
        _ => panic!("expected an int argument"),
    };
    let ret_float = m.ir().funcs[m.ir().func_by_name("kernel").unwrap()].ret == rpy::Type::F64;
    macro_rules! mk {
        ($args:ty, $vals:expr) => {{
            let vals = $vals;
            if ret_float {
                let f = m.func::<$args, f64>("kernel").unwrap();
                Box::new(move || f.call(black_box(vals)).unwrap().to_bits())
            } else {
                let f = m.func::<$args, i64>("kernel").unwrap();
                Box::new(move || f.call(black_box(vals)).unwrap() as u64)
            }
        }};
    }
    match args {
        [a] => mk!((i64,), (int(a),)),
        [a, Val::Float(x)] => mk!((i64, f64), (int(a), *x)),
        [a, b] => mk!((i64, i64), (int(a), int(b))),
        [a, b, c] => mk!((i64, i64, i64), (int(a), int(b), int(c))),
        _ => panic!("no typed call for {} arguments", args.len()),
    }
}

/// The interpreter's host: nothing prints in the kernels.
struct Quiet;

impl Host for Quiet {
    fn print(&mut self, _text: &str) -> Result<(), PyError> {
        Ok(())
    }
}

fn kernels(c: &mut Criterion) {
    let rt = runtime();
    let mut g = c.benchmark_group("jit");
    g.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    for k in KERNELS {
        let m = rt.load_source(k.name, k.src).unwrap();
        let call = typed_call(&m, k.jit);
        g.bench_function(BenchmarkId::new(k.name, format!("{:?}", k.jit)), |b| b.iter(&call));
    }
    g.finish();

    let mut g = c.benchmark_group("interp-vs-jit");
    g.sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2));
    for k in KERNELS {
        let m = rt.load_source(k.name, k.src).unwrap();
        let call = typed_call(&m, k.tiny);
        let ir = compile(&SourceFile::new(format!("{}.py", k.name), k.src), &Options::default()).unwrap();
        let id = ir.func_by_name("kernel").unwrap();
        // Same answer on both tiers before timing either.
        let want = Interp::new(&ir).call(&mut Quiet, id, k.tiny).unwrap();
        let got = call();
        match want {
            Val::Int(n) => assert_eq!(got as i64, n, "{}", k.name),
            Val::Float(x) => assert_eq!(f64::from_bits(got), x, "{}", k.name),
            other => panic!("{}: unexpected result {other:?}", k.name),
        }
        let args = format!("{:?}", k.tiny);
        g.bench_function(BenchmarkId::new(format!("{}/jit", k.name), &args), |b| b.iter(&call));
        g.bench_function(BenchmarkId::new(format!("{}/interp", k.name), &args), |b| {
            b.iter(|| Interp::new(&ir).call(&mut Quiet, id, black_box(k.tiny)).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, load_latency, kernels);
criterion_main!(benches);
