//! Front-end latency: source text → verified IR (parse, resolve, infer,
//! lower, cleanup, verify) for a 10-line function and a 1000-line file.
//! Run with `make bench`; compare against the issue's target (≤ 30 µs for
//! a 10-line function in a release build).

#![allow(missing_docs)] // criterion_group! makes an undocumented public function

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use rpy_ir::{compile, Options, SourceFile};

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

/// About 1000 lines: 100 ten-line functions calling each other.
fn large() -> String {
    let mut s = String::from("import math\n\nSCALE = 0.5\n");
    for i in 0..100 {
        let callee = if i == 0 { "0.0".to_string() } else { format!("f{}(n - 1, x * SCALE)", i - 1) };
        s.push_str(&format!(
            "\ndef f{i}(n: int, x: float) -> float:\n    acc = 0.0\n    for k in range(n):\n        if k % 3 == 0 and x > 0.0:\n            acc += math.sqrt(x) * k\n        elif k % 3 == 1:\n            acc -= x / (k + 1)\n        else:\n            acc += {callee} if n > 0 else 1.0\n    return acc\n"
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    let small = SourceFile::new("small.py", SMALL);
    let big = SourceFile::new("large.py", large());
    let lines = big.text.lines().count();
    let opts = Options::default();
    assert!(compile(&small, &opts).is_ok());
    assert!(compile(&big, &opts).is_ok(), "{}", compile(&big, &opts).err().map(|e| e.to_string()).unwrap_or_default());
    c.bench_function("frontend/10-line function", |b| b.iter(|| compile(black_box(&small), &opts)));
    c.bench_function(&format!("frontend/{lines}-line file"), |b| b.iter(|| compile(black_box(&big), &opts)));
}

criterion_group!(benches, bench);
criterion_main!(benches);
