//! Compile a 10-line function N times (for profiling source → callable).
fn main() {
    let trivial = std::env::args().nth(2).is_some();
    let src = if trivial { "def collatz(n: int) -> int:\n    return n\n" } else { "def collatz(n: int) -> int:\n    steps = 0\n    while n != 1:\n        if n % 2 == 0:\n            n = n // 2\n        else:\n            n = 3 * n + 1\n        steps += 1\n    return steps\n" };
    let rt = rpy::Runtime::builder().tier(rpy::Tier::Jit).build().expect("runtime");
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let t = std::time::Instant::now();
    for _ in 0..n {
        let m = rt.load_source("c", src).expect("compiles");
        std::hint::black_box(m.func::<(i64,), i64>("collatz").expect("sig"));
    }
    println!("{:.1} us per load", t.elapsed().as_secs_f64() * 1e6 / n as f64);
}
