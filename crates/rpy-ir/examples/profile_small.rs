//! Compile a small function many times (for profiling the front end).
fn main() {
    let text = "\ndef collatz(n: int) -> int:\n    steps = 0\n    while n != 1:\n        if n % 2 == 0:\n            n = n // 2\n        else:\n            n = 3 * n + 1\n        steps += 1\n    return steps\n";
    let src = rpy_ir::SourceFile::new("small.py", text);
    let opts = rpy_ir::Options::default();
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    for _ in 0..n {
        std::hint::black_box(rpy_ir::compile(&src, &opts).is_ok());
    }
}
