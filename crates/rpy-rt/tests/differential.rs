//! Differential tests: every runtime function, called through the C ABI,
//! against the Rust oracle of `rpy_ir` (itself tested against CPython
//! 3.11): status code, message and bit-exact result (any NaN equals any
//! NaN) over edge values and a few hundred thousand random inputs per
//! function (fixed-seed xorshift). Also: float repr, format specs and
//! `%`-conversions against `rpy_ir::pyfmt`, a print line through a host
//! hook, the recursion check and interrupt polling.
//!
//! `RPY_RT_DIFF_N` overrides the number of random inputs per function.

#![allow(unsafe_code)]
#![allow(clippy::approx_constant, clippy::excessive_precision)]

use std::ffi::{c_char, c_void, CString};

use rpy_ir::interp::{eval_binary, eval_unary, Val};
use rpy_ir::ir::Opcode;
use rpy_ir::pyfmt::{self, FmtValue, PercentPiece};
use rpy_ir::ExcKind;
use rpy_rt::*;

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

/// An initialized ctx (boxed: the runtime keeps no pointers into it, but
/// hooks in these tests may).
struct Ctx(Box<RpyCtx>);

impl Ctx {
    fn new() -> Ctx {
        Ctx::with_host(std::ptr::null(), 1000, 0)
    }
    fn with_host(host: *const RpyHost, depth_limit: i64, stack_low: usize) -> Ctx {
        let mut c = Box::new(RpyCtx::zeroed());
        // SAFETY: a valid, exclusively owned ctx.
        unsafe { rpy_ctx_init(&mut *c, host, depth_limit, stack_low) };
        Ctx(c)
    }
    fn p(&mut self) -> *mut RpyCtx {
        &mut *self.0
    }
    fn clear(&mut self) {
        // SAFETY: valid ctx.
        unsafe { rpy_ctx_clear_error(self.p()) };
    }
}

impl Drop for Ctx {
    fn drop(&mut self) {
        // SAFETY: initialized by `new`, destroyed once.
        unsafe { rpy_ctx_destroy(self.p()) };
    }
}

/// A result as compared: a value, or (status code, message).
type Outcome = Result<Val, (i32, String)>;

/// The oracle's message as the runtime stores it: at most
/// `RPY_MSG_CAP - 1` bytes, cut at a character boundary.
fn stored_message(m: &str) -> String {
    let mut n = m.len().min(RPY_MSG_CAP - 1);
    while !m.is_char_boundary(n) {
        n -= 1;
    }
    m[..n].to_string()
}

fn oracle(r: Result<Val, (ExcKind, String)>) -> Outcome {
    r.map_err(|(k, m)| (i32::from(k.code()), stored_message(&m)))
}

/// Run one fallible C call: its status, the message, and the value made
/// from the out slot.
fn run<T: Copy + Default>(
    ctx: &mut Ctx,
    wrap: fn(T) -> Val,
    f: impl FnOnce(*mut RpyCtx, *mut T) -> i32,
) -> Outcome {
    ctx.clear();
    let mut out = T::default();
    let st = f(ctx.p(), &mut out);
    let r = if st == 0 {
        assert_eq!(ctx.0.status, 0, "status 0 returned with an error pending");
        Ok(wrap(out))
    } else {
        assert_eq!(ctx.0.status, st, "returned status is the stored status");
        Err((st, ctx.0.message()))
    };
    ctx.clear();
    r
}

/// Equal outcomes, with bit-exact floats (every NaN equal to every NaN).
fn same(a: &Outcome, b: &Outcome) -> bool {
    match (a, b) {
        (Ok(Val::Float(x)), Ok(Val::Float(y))) => {
            x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan())
        }
        _ => a == b,
    }
}

/// Count of random inputs per function.
fn n_random() -> u64 {
    std::env::var("RPY_RT_DIFF_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300_000)
}

/// Mismatches, reported together (at most 20 shown).
#[derive(Default)]
struct Report {
    checked: u64,
    failures: Vec<String>,
}

impl Report {
    fn check(&mut self, what: impl FnOnce() -> String, got: &Outcome, want: &Outcome) {
        self.checked += 1;
        if !same(got, want) {
            self.failures
                .push(format!("{}: runtime {got:?}, oracle {want:?}", what()));
        }
    }
    fn check_eq<T: PartialEq + std::fmt::Debug>(
        &mut self,
        what: impl FnOnce() -> String,
        got: &T,
        want: &T,
    ) {
        self.checked += 1;
        if got != want {
            self.failures
                .push(format!("{}: runtime {got:?}, oracle {want:?}", what()));
        }
    }
    fn finish(self, name: &str) {
        let shown: Vec<&String> = self.failures.iter().take(20).collect();
        assert!(
            self.failures.is_empty(),
            "{name}: {} of {} differ:\n{shown:#?}",
            self.failures.len(),
            self.checked
        );
        eprintln!("{name}: {} cases identical", self.checked);
    }
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

/// xorshift64*
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
}

fn edge_ints() -> Vec<i64> {
    let mut v = vec![
        0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10, 63, 64, 65, -63, -64, 100, 1000,
    ];
    v.extend([
        i64::MIN,
        i64::MIN + 1,
        i64::MIN + 2,
        i64::MAX,
        i64::MAX - 1,
        i64::MAX - 2,
    ]);
    for k in [31, 32, 52, 53, 54, 62] {
        let p = 1i64 << k;
        v.extend([p, -p, p - 1, p + 1, -p - 1, 1 - p]);
    }
    let mut t = 1i64;
    for _ in 0..18 {
        t *= 10;
        v.extend([t, -t, t / 2, -t / 2, t + 1, t - 1]);
    }
    v.extend([
        5_000_000_000_000_000_000,
        -5_000_000_000_000_000_000,
        3_037_000_499,
        3_037_000_500,
        -3_037_000_500,
    ]);
    v.sort_unstable();
    v.dedup();
    v
}

fn edge_floats() -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        2.0,
        -2.0,
        0.5,
        -0.5,
        1.5,
        -1.5,
        2.5,
        -2.5,
        3.0,
        0.1,
        -0.1,
        0.2,
        0.3,
        1e16,
        1e-5,
        1e-4,
        2.675,
        1.005,
        0.125,
        0.375,
        9.5,
        10.0,
        100.0,
        1e22,
        1e23,
        1e300,
        -1e300,
        1e308,
        1.7976931348623157e308,
        -1.7976931348623157e308,
        2.2250738585072014e-308,
        2.225073858507201e-308,
        5e-324,
        -5e-324,
        1e-320,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
        f64::EPSILON,
        3.141592653589793,
        0.7853981633974483,
        709.782712893384,
        709.79,
        -745.2,
        710.5,
        1e-300,
        4.35,
        0.95,
        123.456,
        1e15,
        1e17,
        9999999999999998.0,
    ];
    for k in [31, 52, 53, 54, 62, 63, 64, 1023] {
        let p = 2f64.powi(k);
        v.extend([
            p,
            -p,
            f64::from_bits(p.to_bits() - 1),
            f64::from_bits(p.to_bits() + 1),
            -f64::from_bits(p.to_bits() - 1),
        ]);
    }
    for k in -30..=30 {
        v.push(format!("1e{k}").parse::<f64>().expect("power of ten"));
    }
    v.extend([
        9007199254740993.0,
        4503599627370496.5,
        4503599627370497.5,
        0.49999999999999994,
        -0.49999999999999994,
    ]);
    v
}

/// Random floats of many shapes: bit patterns, special values, binary
/// fractions (exact ties), short decimals, values near powers of ten,
/// integers, half-integers, moderate exponents.
fn rand_float(r: &mut Rng, edges: &[f64]) -> f64 {
    let sign = if r.chance(2) { -1.0 } else { 1.0 };
    match r.below(10) {
        0 | 1 => f64::from_bits(r.next()),
        2 => r.pick(edges),
        3 => sign * (r.below(2_000_000) as f64) / f64::from(1u32 << r.below(14)),
        4 => {
            let text = format!(
                "{}.{}e{}",
                r.below(100_000),
                r.below(1000),
                r.range(-20, 20)
            );
            sign * text.parse::<f64>().expect("decimal")
        }
        5 => {
            let p: f64 = format!("1e{}", r.range(-30, 30)).parse().expect("power");
            sign * f64::from_bits((p.to_bits() as i64 + r.range(-2, 2)) as u64)
        }
        6 => r.next() as i64 as f64,
        7 => sign * ((r.below(1 << 20) as f64) + 0.5),
        8 => sign * (r.below(1000) as f64),
        _ => {
            let exp = 1023 + r.below(120) - 60;
            sign * f64::from_bits((r.next() & ((1 << 52) - 1)) | (exp << 52))
        }
    }
}

/// Random ints of many shapes.
fn rand_int(r: &mut Rng, edges: &[i64]) -> i64 {
    match r.below(7) {
        0 => r.next() as i64,
        1 => r.pick(edges),
        2 => (r.next() >> r.below(64)) as i64,
        3 => -((r.next() >> r.below(64)) as i64),
        4 => r.range(-1000, 1000),
        5 => r.pick(edges).wrapping_add(r.range(-3, 3)),
        _ => r.range(-50_000_000, 50_000_000),
    }
}

/// Random shift counts / exponents / digit counts: mostly small.
fn rand_small(r: &mut Rng, lo: i64, hi: i64, edges: &[i64]) -> i64 {
    if r.chance(8) {
        rand_int(r, edges)
    } else {
        r.range(lo, hi)
    }
}

// ---------------------------------------------------------------------------
// Drivers
// ---------------------------------------------------------------------------

/// Compare a two-argument function on every pair of edges and `n_random`
/// generated pairs.
fn diff2<A: Copy + std::fmt::Debug, B: Copy + std::fmt::Debug>(
    name: &str,
    edges: (&[A], &[B]),
    mut gen: impl FnMut(&mut Rng) -> (A, B),
    c: impl Fn(&mut Ctx, A, B) -> Outcome,
    o: impl Fn(A, B) -> Outcome,
) {
    let mut ctx = Ctx::new();
    let mut rep = Report::default();
    let mut one = |a: A, b: B| {
        let got = c(&mut ctx, a, b);
        let want = o(a, b);
        rep.check(|| format!("{name}({a:?}, {b:?})"), &got, &want);
    };
    for &a in edges.0 {
        for &b in edges.1 {
            one(a, b);
        }
    }
    let mut r = Rng(0x9e37_79b9_7f4a_7c15 ^ name.len() as u64);
    for _ in 0..n_random() {
        let (a, b) = gen(&mut r);
        one(a, b);
    }
    rep.finish(name);
}

/// Compare a one-argument function on the edges and `n_random` values.
fn diff1<A: Copy + std::fmt::Debug>(
    name: &str,
    edges: &[A],
    mut gen: impl FnMut(&mut Rng) -> A,
    c: impl Fn(&mut Ctx, A) -> Outcome,
    o: impl Fn(A) -> Outcome,
) {
    let mut ctx = Ctx::new();
    let mut rep = Report::default();
    let mut r = Rng(0x2545_f491_4f6c_dd1d ^ name.len() as u64);
    let randoms: Vec<A> = (0..n_random()).map(|_| gen(&mut r)).collect();
    for &a in edges.iter().chain(&randoms) {
        let got = c(&mut ctx, a);
        let want = o(a);
        rep.check(|| format!("{name}({a:?})"), &got, &want);
    }
    rep.finish(name);
}

type IntFn = unsafe extern "C" fn(*mut RpyCtx, i64, i64, *mut i64) -> i32;
type FloatFn = unsafe extern "C" fn(*mut RpyCtx, f64, f64, *mut f64) -> i32;
type ToIntFn = unsafe extern "C" fn(*mut RpyCtx, f64, *mut i64) -> i32;

fn int_op(name: &str, op: Opcode, f: IntFn, small_b: Option<(i64, i64)>) {
    let edges = edge_ints();
    let e2 = edges.clone();
    diff2(
        name,
        (&edges, &edges),
        |r| {
            let a = rand_int(r, &e2);
            let b = match small_b {
                Some((lo, hi)) => rand_small(r, lo, hi, &e2),
                None => rand_int(r, &e2),
            };
            (a, b)
        },
        // SAFETY: valid ctx and out pointers.
        |ctx, a, b| run(ctx, Val::Int, |c, o| unsafe { f(c, a, b, o) }),
        |a, b| oracle(eval_binary(op, Val::Int(a), Val::Int(b))),
    );
}

fn float_op(name: &str, op: Opcode, f: FloatFn, gen: fn(&mut Rng, &[f64]) -> (f64, f64)) {
    let edges = edge_floats();
    let e2 = edges.clone();
    diff2(
        name,
        (&edges, &edges),
        |r| gen(r, &e2),
        // SAFETY: valid ctx and out pointers.
        |ctx, a, b| run(ctx, Val::Float, |c, o| unsafe { f(c, a, b, o) }),
        |a, b| oracle(eval_binary(op, Val::Float(a), Val::Float(b))),
    );
}

fn float_to_int_op(name: &str, op: Opcode, f: ToIntFn) {
    let edges = edge_floats();
    let e2 = edges.clone();
    diff1(
        name,
        &edges,
        |r| rand_float(r, &e2),
        // SAFETY: valid ctx and out pointers.
        |ctx, a| run(ctx, Val::Int, |c, o| unsafe { f(c, a, o) }),
        |a| oracle(eval_unary(op, Val::Float(a))),
    );
}

fn two_floats(r: &mut Rng, edges: &[f64]) -> (f64, f64) {
    (rand_float(r, edges), rand_float(r, edges))
}

/// Pairs for `**`: exponents are often small integers or halves, bases
/// often negative, near 1 or huge.
fn pow_pair(r: &mut Rng, edges: &[f64]) -> (f64, f64) {
    let base = match r.below(4) {
        0 => 1.0 + (r.range(-1000, 1000) as f64) * 1e-6,
        1 => r.range(-20, 20) as f64,
        _ => rand_float(r, edges),
    };
    let exp = match r.below(4) {
        0 => r.range(-400, 400) as f64,
        1 => r.range(-40, 40) as f64 / 2.0,
        _ => rand_float(r, edges),
    };
    (base, exp)
}

/// Pairs for `//`, `%` and fmod: divisors often comparable to the dividend.
fn div_pair(r: &mut Rng, edges: &[f64]) -> (f64, f64) {
    let a = rand_float(r, edges);
    let b = match r.below(3) {
        0 => a * (r.range(-1000, 1000) as f64) / 7.0,
        _ => rand_float(r, edges),
    };
    (a, b)
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

#[test]
fn int_floordiv() {
    int_op("int_floordiv", Opcode::IntFloorDiv, rpy_int_floordiv, None);
}

#[test]
fn int_mod() {
    int_op("int_mod", Opcode::IntMod, rpy_int_mod, None);
}

#[test]
fn int_pow() {
    int_op("int_pow", Opcode::IntPow, rpy_int_pow, Some((-2, 70)));
}

#[test]
fn int_shl() {
    int_op("int_shl", Opcode::IntShl, rpy_int_shl, Some((-3, 70)));
}

#[test]
fn int_shr() {
    int_op("int_shr", Opcode::IntShr, rpy_int_shr, Some((-3, 70)));
}

#[test]
fn int_round_digits() {
    int_op(
        "int_round_digits",
        Opcode::IntRoundDigits,
        rpy_int_round_digits,
        Some((-25, 3)),
    );
}

#[test]
fn int_truediv() {
    let edges = edge_ints();
    let e2 = edges.clone();
    diff2(
        "int_truediv",
        (&edges, &edges),
        |r| (rand_int(r, &e2), rand_int(r, &e2)),
        // SAFETY: valid ctx and out pointers.
        |ctx, a, b| {
            run(ctx, Val::Float, |c, o| unsafe {
                rpy_int_truediv(c, a, b, o)
            })
        },
        |a, b| oracle(eval_binary(Opcode::IntTrueDiv, Val::Int(a), Val::Int(b))),
    );
}

#[test]
fn intfloat_cmp() {
    let ops = [
        Opcode::IntFloatEq,
        Opcode::IntFloatNe,
        Opcode::IntFloatLt,
        Opcode::IntFloatLe,
        Opcode::IntFloatGt,
        Opcode::IntFloatGe,
    ];
    let ints = edge_ints();
    let floats = edge_floats();
    let mut extra_floats = floats.clone();
    extra_floats.extend(ints.iter().map(|&i| i as f64));
    for (k, op) in ops.into_iter().enumerate() {
        let (i2, f2) = (ints.clone(), extra_floats.clone());
        diff2(
            &format!("intfloat_cmp[{k}]"),
            (&ints, &extra_floats),
            |r| {
                let a = rand_int(r, &i2);
                let b = match r.below(3) {
                    0 => (a as f64) + r.range(-2, 2) as f64 * r.pick(&[0.5, 1.0, 1024.0, 2048.0]),
                    1 => f64::from_bits((a as f64).to_bits().wrapping_add(r.range(-1, 1) as u64)),
                    _ => rand_float(r, &f2),
                };
                (a, b)
            },
            // SAFETY: a pure function.
            |_, a, b| Ok(Val::Bool(unsafe { rpy_intfloat_cmp(a, b, k as i64) } == 1)),
            |a, b| oracle(eval_binary(op, Val::Int(a), Val::Float(b))),
        );
    }
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

#[test]
fn float_div() {
    float_op("float_div", Opcode::FloatDiv, rpy_float_div, div_pair);
}

#[test]
fn float_floordiv() {
    float_op(
        "float_floordiv",
        Opcode::FloatFloorDiv,
        rpy_float_floordiv,
        div_pair,
    );
}

#[test]
fn float_mod() {
    float_op("float_mod", Opcode::FloatMod, rpy_float_mod, div_pair);
}

#[test]
fn float_pow() {
    float_op("float_pow", Opcode::FloatPow, rpy_float_pow, pow_pair);
}

#[test]
fn float_to_int() {
    float_to_int_op("float_to_int", Opcode::FloatToInt, rpy_float_to_int);
}

#[test]
fn float_round() {
    float_to_int_op("float_round", Opcode::FloatRound, rpy_float_round);
}

#[test]
fn float_round_digits() {
    let floats = edge_floats();
    let nds: Vec<i64> = (-25..=25)
        .chain([
            -400,
            -330,
            -309,
            -308,
            -307,
            -300,
            300,
            320,
            322,
            323,
            324,
            400,
            i64::MIN,
            i64::MAX,
        ])
        .collect();
    let (f2, n2) = (floats.clone(), nds.clone());
    diff2(
        "float_round_digits",
        (&floats, &nds),
        |r| {
            let x = rand_float(r, &f2);
            let n = match r.below(4) {
                0 => r.range(-350, 350),
                1 => r.pick(&n2),
                _ => r.range(-20, 20),
            };
            (x, n)
        },
        // SAFETY: valid ctx and out pointers.
        |ctx, a, n| {
            run(ctx, Val::Float, |c, o| unsafe {
                rpy_float_round_digits(c, a, n, o)
            })
        },
        |a, n| {
            oracle(eval_binary(
                Opcode::FloatRoundDigits,
                Val::Float(a),
                Val::Int(n),
            ))
        },
    );
}

// ---------------------------------------------------------------------------
// math
// ---------------------------------------------------------------------------

#[test]
fn math1() {
    let ops = [
        Opcode::MathSqrt,
        Opcode::MathExp,
        Opcode::MathLog,
        Opcode::MathLog2,
        Opcode::MathLog10,
        Opcode::MathSin,
        Opcode::MathCos,
        Opcode::MathTan,
        Opcode::MathAsin,
        Opcode::MathAcos,
        Opcode::MathAtan,
        Opcode::MathSinh,
        Opcode::MathCosh,
        Opcode::MathTanh,
    ];
    let edges = edge_floats();
    for (which, op) in ops.into_iter().enumerate() {
        let e2 = edges.clone();
        diff1(
            &format!("math1[{}]", op.name()),
            &edges,
            |r| {
                if r.chance(3) {
                    r.range(-2_000_000, 2_000_000) as f64 / 1000.0
                } else {
                    rand_float(r, &e2)
                }
            },
            // SAFETY: valid ctx and out pointers.
            |ctx, x| {
                run(ctx, Val::Float, |c, o| unsafe {
                    rpy_math1(c, which as i64, x, o)
                })
            },
            |x| oracle(eval_unary(op, Val::Float(x))),
        );
    }
    let mut ctx = Ctx::new();
    let bad = run(&mut ctx, Val::Float, |c, o| unsafe {
        rpy_math1(c, 14, 1.0, o)
    });
    assert_eq!(bad.map_err(|e| e.0), Err(status::RUNTIME));
}

#[test]
fn math_pow() {
    float_op("math_pow", Opcode::MathPow, rpy_math_pow, pow_pair);
}

#[test]
fn math_fmod() {
    float_op("math_fmod", Opcode::MathFmod, rpy_math_fmod, div_pair);
}

#[test]
fn math_hypot_and_atan2() {
    let edges = edge_floats();
    for (name, op, f) in [
        (
            "math_hypot",
            Opcode::MathHypot,
            rpy_math_hypot as unsafe extern "C" fn(f64, f64) -> f64,
        ),
        ("math_atan2", Opcode::MathAtan2, rpy_math_atan2),
    ] {
        let e2 = edges.clone();
        diff2(
            name,
            (&edges, &edges),
            |r| {
                let (a, b) = two_floats(r, &e2);
                // similar magnitudes exercise the compensated sums
                if r.chance(2) {
                    (a, a * (1.0 + r.range(-100, 100) as f64 * 1e-3))
                } else {
                    (a, b)
                }
            },
            // SAFETY: a pure function.
            |_, a, b| Ok(Val::Float(unsafe { f(a, b) })),
            |a, b| oracle(eval_binary(op, Val::Float(a), Val::Float(b))),
        );
    }
}

#[test]
fn math_floor_ceil() {
    float_to_int_op("math_floor", Opcode::MathFloor, rpy_math_floor);
    float_to_int_op("math_ceil", Opcode::MathCeil, rpy_math_ceil);
}

// ---------------------------------------------------------------------------
// float repr
// ---------------------------------------------------------------------------

fn c_repr(x: f64) -> String {
    let mut buf = [0 as c_char; 32];
    // SAFETY: 32 bytes are always enough.
    let n = unsafe { rpy_float_repr(x, buf.as_mut_ptr(), buf.len()) };
    let bytes: Vec<u8> = buf[..n].iter().map(|&c| c as u8).collect();
    String::from_utf8(bytes).expect("ASCII")
}

#[test]
fn float_repr() {
    let edges = edge_floats();
    let mut r = Rng(12345);
    let mut xs: Vec<f64> = edges.clone();
    xs.extend((0..100_000).map(|_| f64::from_bits(r.next())));
    xs.extend((0..n_random() / 3).map(|_| rand_float(&mut r, &edges)));
    // every power of two and its neighbours (asymmetric rounding intervals)
    for e in 0..2046u64 {
        let p = f64::from_bits((e + 1) << 52);
        xs.extend([
            p,
            f64::from_bits(p.to_bits() - 1),
            f64::from_bits(p.to_bits() + 1),
        ]);
    }
    let mut rep = Report::default();
    let mut ctx = Ctx::new();
    for &x in &xs {
        let want = pyfmt::float_repr(x);
        let got = c_repr(x);
        rep.check_eq(|| format!("repr({x:e}) [{:#x}]", x.to_bits()), &got, &want);
        // print_float appends the same text
        // SAFETY: valid ctx.
        unsafe {
            rpy_print_begin(ctx.p());
            rpy_print_float(ctx.p(), x);
        }
        assert_eq!(ctx.0.line(), want.as_bytes());
    }
    rep.finish("float_repr");
    // a small cap truncates, NUL-terminated
    let mut small = [1 as c_char; 4];
    // SAFETY: cap is the buffer size.
    let n = unsafe { rpy_float_repr(0.1234, small.as_mut_ptr(), small.len()) };
    assert_eq!((n, small.map(|c| c as u8)), (3, *b"0.1\0"));
}

// ---------------------------------------------------------------------------
// format specs and %-conversions
// ---------------------------------------------------------------------------

/// A formatted text, or (status, message).
type Text = Result<String, (i32, String)>;

/// `format(v, spec)` through the runtime (a fresh line each time).
fn c_format(ctx: &mut Ctx, v: FmtValue<'_>, spec: &CString) -> Text {
    ctx.clear();
    let p = ctx.p();
    let sp = spec.as_ptr();
    // SAFETY: valid ctx and NUL-terminated spec.
    let st = unsafe {
        rpy_print_begin(p);
        match v {
            FmtValue::Int(i) => rpy_print_format_int(p, i, sp),
            FmtValue::Float(x) => rpy_print_format_float(p, x, sp),
            FmtValue::Bool(b) => rpy_print_format_bool(p, i64::from(b), sp),
            _ => unreachable!("only numbers are formatted by the runtime"),
        }
    };
    text_outcome(ctx, st)
}

/// `conv % v` through the runtime.
fn c_percent(ctx: &mut Ctx, v: FmtValue<'_>, conv: &CString) -> Text {
    ctx.clear();
    let p = ctx.p();
    let cp = conv.as_ptr();
    // SAFETY: valid ctx and NUL-terminated conversion.
    let st = unsafe {
        rpy_print_begin(p);
        match v {
            FmtValue::Int(i) => rpy_print_percent_int(p, i, cp),
            FmtValue::Float(x) => rpy_print_percent_float(p, x, cp),
            FmtValue::Bool(b) => rpy_print_percent_bool(p, i64::from(b), cp),
            FmtValue::None => rpy_print_percent_none(p, cp),
            FmtValue::Str(_) => unreachable!("no str values at run time"),
        }
    };
    text_outcome(ctx, st)
}

fn text_outcome(ctx: &mut Ctx, st: i32) -> Text {
    let r = if st == 0 {
        assert_eq!(ctx.0.status, 0);
        Ok(String::from_utf8(ctx.0.line().to_vec()).expect("UTF-8 output"))
    } else {
        assert_eq!(ctx.0.status, st);
        Err((st, ctx.0.message()))
    };
    ctx.clear();
    r
}

fn o_format(v: FmtValue<'_>, spec: &str) -> Text {
    pyfmt::format_value(v, spec)
        .map_err(|m| (i32::from(ExcKind::ValueError.code()), stored_message(&m)))
}

fn o_percent(v: FmtValue<'_>, conv: &str) -> Text {
    pyfmt::percent_value(v, conv).map_err(|(name, m)| {
        let kind = ExcKind::from_name(name).expect("exception name");
        (i32::from(kind.code()), stored_message(&m))
    })
}

/// Number values: the edges, and `n` random ones.
fn fmt_values(r: &mut Rng, n: u64, with_none: bool) -> Vec<FmtValue<'static>> {
    let (ints, floats) = (edge_ints(), edge_floats());
    let mut vs: Vec<FmtValue<'static>> = Vec::new();
    vs.extend(ints.iter().map(|&i| FmtValue::Int(i)));
    vs.extend(floats.iter().map(|&x| FmtValue::Float(x)));
    vs.extend([FmtValue::Bool(false), FmtValue::Bool(true)]);
    if with_none {
        vs.push(FmtValue::None);
    }
    for _ in 0..n {
        vs.push(match r.below(9) {
            0..=3 => FmtValue::Float(rand_float(r, &floats)),
            4..=7 => FmtValue::Int(rand_int(r, &ints)),
            _ => FmtValue::Bool(r.chance(2)),
        });
    }
    vs
}

/// A random format spec, mostly well-formed, sometimes junk (as the
/// generator of crates/rpy-ir/tests/pyfmt.rs).
fn rand_spec(r: &mut Rng) -> String {
    if r.chance(12) {
        let junk: Vec<char> = "0123456789.,_+- #z<>=^xXdfegEFG%sbno*".chars().collect();
        return (0..1 + r.below(6)).map(|_| r.pick(&junk)).collect();
    }
    let mut s = String::new();
    if r.chance(4) {
        s.push(r.pick(&[' ', '*', '0', 'x', 'é', '<', '€', '_']));
        s.push(r.pick(&['<', '>', '=', '^']));
    } else if r.chance(4) {
        s.push(r.pick(&['<', '>', '=', '^']));
    }
    if r.chance(3) {
        s.push(r.pick(&['+', '-', ' ']));
    }
    for (c, one_in) in [('z', 8), ('#', 6), ('0', 5)] {
        if r.chance(one_in) {
            s.push(c);
        }
    }
    if r.chance(2) {
        let w = if r.chance(4) {
            r.below(40)
        } else {
            r.below(16)
        };
        s.push_str(&w.to_string());
    }
    if r.chance(4) {
        s.push(r.pick(&[',', '_']));
    }
    if r.chance(2) {
        s.push('.');
        let p = if r.chance(4) {
            r.below(60)
        } else {
            r.below(20)
        };
        s.push_str(&p.to_string());
    }
    if !r.chance(4) {
        s.push(r.pick(&[
            'd', 'b', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'q', 'c',
        ]));
    }
    s
}

/// A random single %-conversion.
fn rand_conversion(r: &mut Rng) -> String {
    let mut s = String::from("%");
    for _ in 0..r.below(4) {
        s.push(r.pick(&['-', '+', ' ', '#', '0']));
    }
    if r.chance(2) {
        let w = if r.chance(4) {
            r.below(40)
        } else {
            r.below(14)
        };
        s.push_str(&w.to_string());
    }
    if r.chance(2) {
        s.push('.');
        if !r.chance(8) {
            let p = if r.chance(4) {
                r.below(50)
            } else {
                r.below(18)
            };
            s.push_str(&p.to_string());
        }
    }
    if r.chance(10) {
        s.push(r.pick(&['l', 'h', 'L']));
    }
    let convs = [
        'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 's', 'r', 'a', 'c', 'y', 'é',
        '%',
    ];
    s.push(r.pick(&convs));
    s
}

#[test]
fn format_table_specs() {
    let mut r = Rng(7);
    let values = fmt_values(&mut r, 60, false);
    let mut ctx = Ctx::new();
    let mut rep = Report::default();
    let mut specs: Vec<String> = TABLE_SPECS.iter().map(|s| s.to_string()).collect();
    // limits, huge fields and Unicode digits
    specs.extend(
        [
            "10000000",
            "10000001",
            ".10000001f",
            ".10000000e",
            "2147483648.1f",
            ".2147483648f",
            ".2147483647",
            "9223372036854775807",
            "9223372036854775808",
            "\u{1d7d9}\u{1d7ce}",
            "\u{ff11}.\u{ff12}f",
            "€^+#015_.3%",
            ".766e",
            ".767e",
            ".800e",
            ".1074f",
            ".1100f",
            ".330g",
            "#.330g",
            "z+.0f",
            "z.1e",
            "z%",
        ]
        .map(String::from),
    );
    for spec in &specs {
        let Ok(cs) = CString::new(spec.as_str()) else {
            continue; // a NUL cannot reach the C ABI
        };
        for &v in &values {
            // 10**7-character outputs: a few values only
            let huge = spec.starts_with("1000000") || spec.starts_with(".1000000");
            if huge
                && !matches!(
                    v,
                    FmtValue::Int(-1..=1) | FmtValue::Float(0.1 | -2.5 | f64::INFINITY)
                )
            {
                continue;
            }
            let got = c_format(&mut ctx, v, &cs);
            let want = o_format(v, spec);
            rep.check_eq(|| format!("format({v:?}, {spec:?})"), &got, &want);
        }
    }
    rep.finish("format_table_specs");
}

#[test]
fn format_random_specs() {
    let mut r = Rng(99);
    let floats = edge_floats();
    let ints = edge_ints();
    let mut ctx = Ctx::new();
    let mut rep = Report::default();
    for _ in 0..n_random() {
        let spec = rand_spec(&mut r);
        let v = match r.below(9) {
            0..=3 => FmtValue::Float(rand_float(&mut r, &floats)),
            4..=7 => FmtValue::Int(rand_int(&mut r, &ints)),
            _ => FmtValue::Bool(r.chance(2)),
        };
        let cs = CString::new(spec.as_str()).expect("no NUL");
        let got = c_format(&mut ctx, v, &cs);
        let want = o_format(v, &spec);
        rep.check_eq(|| format!("format({v:?}, {spec:?})"), &got, &want);
    }
    rep.finish("format_random_specs");
}

#[test]
fn percent_table_conversions() {
    let mut r = Rng(8);
    let values = fmt_values(&mut r, 60, true);
    let mut convs: Vec<String> = Vec::new();
    for fmt in TABLE_PERCENT_FORMATS {
        convs.push(fmt.to_string()); // as a whole: often not a single conversion
        if let Ok(pieces) = pyfmt::parse_percent(fmt) {
            for p in pieces {
                if let PercentPiece::Conv(c) = p {
                    convs.push(c);
                }
            }
        }
    }
    convs.extend(
        [
            "%10000000d",
            "%10000001d",
            "%.10000001f",
            "%.10000001s",
            "%.1074f",
            "%.1100f",
            "%.800e",
            "%(x)d",
            "%*d",
            "%.*f",
            "%c",
            "%-0+ #10.3x",
            "d",
            "",
            "%d\n",
            "\"%d\\\t\u{1}",
            "%dé",
            "%\u{e9}",
            "%\u{ff11}d",
        ]
        .map(String::from),
    );
    let mut ctx = Ctx::new();
    let mut rep = Report::default();
    for conv in &convs {
        let cs = CString::new(conv.as_str()).expect("no NUL");
        for &v in &values {
            let huge = conv.starts_with("%1000000") || conv.starts_with("%.1000000");
            if huge
                && !matches!(
                    v,
                    FmtValue::Int(-1..=1) | FmtValue::Float(0.1 | -2.5) | FmtValue::None
                )
            {
                continue;
            }
            let got = c_percent(&mut ctx, v, &cs);
            let want = o_percent(v, conv);
            rep.check_eq(|| format!("{conv:?} % {v:?}"), &got, &want);
        }
    }
    rep.finish("percent_table_conversions");
}

#[test]
fn percent_random_conversions() {
    let mut r = Rng(5);
    let floats = edge_floats();
    let ints = edge_ints();
    let mut ctx = Ctx::new();
    let mut rep = Report::default();
    for _ in 0..n_random() {
        let conv = rand_conversion(&mut r);
        let v = match r.below(10) {
            0..=3 => FmtValue::Float(rand_float(&mut r, &floats)),
            4..=7 => FmtValue::Int(rand_int(&mut r, &ints)),
            8 => FmtValue::Bool(r.chance(2)),
            _ => FmtValue::None,
        };
        let cs = CString::new(conv.as_str()).expect("no NUL");
        let got = c_percent(&mut ctx, v, &cs);
        let want = o_percent(v, &conv);
        rep.check_eq(|| format!("{conv:?} % {v:?}"), &got, &want);
    }
    rep.finish("percent_random_conversions");
}

// ---------------------------------------------------------------------------
// print, errors, recursion, polling
// ---------------------------------------------------------------------------

/// What the test hooks see (`RpyHost::data`).
#[derive(Default)]
struct Sink {
    lines: Vec<Vec<u8>>,
    print_status: i32,
    polls: u64,
    interrupt_at: u64,
}

unsafe extern "C" fn capture_print(data: *mut c_void, text: *const c_char, len: usize) -> i32 {
    // SAFETY: `data` is the test's Sink; the runtime passes `len` bytes,
    // followed by a NUL.
    unsafe {
        let sink = &mut *data.cast::<Sink>();
        assert_eq!(*text.add(len), 0, "the line is NUL-terminated");
        sink.lines
            .push(std::slice::from_raw_parts(text.cast::<u8>(), len).to_vec());
        sink.print_status
    }
}

unsafe extern "C" fn count_poll(data: *mut c_void) -> i32 {
    // SAFETY: `data` is the test's Sink.
    let sink = unsafe { &mut *data.cast::<Sink>() };
    sink.polls += 1;
    if sink.polls == sink.interrupt_at {
        status::KEYBOARD_INTERRUPT
    } else {
        0
    }
}

fn host_for(sink: &mut Sink) -> RpyHost {
    RpyHost {
        data: (sink as *mut Sink).cast(),
        print: Some(capture_print),
        poll: Some(count_poll),
    }
}

#[test]
fn print_line_through_the_host_hook() {
    let mut sink = Sink::default();
    let host = host_for(&mut sink);
    let mut ctx = Ctx::with_host(&host, 1000, 0);
    let p = ctx.p();
    let spec = CString::new(">8.3f").expect("spec");
    let conv = CString::new("%05d").expect("conv");
    let conv_s = CString::new("%s").expect("conv");
    // SAFETY: valid ctx, host and strings.
    unsafe {
        rpy_print_begin(p);
        rpy_print_lit(p, c"x = ".as_ptr(), 4);
        rpy_print_int(p, i64::MIN);
        rpy_print_lit(p, c" ".as_ptr(), 1);
        rpy_print_float(p, 0.1);
        rpy_print_lit(p, c" ".as_ptr(), 1);
        rpy_print_float(p, 1e16);
        rpy_print_lit(p, c" ".as_ptr(), 1);
        rpy_print_bool(p, 1);
        rpy_print_lit(p, c" ".as_ptr(), 1);
        rpy_print_bool(p, 0);
        rpy_print_lit(p, c" ".as_ptr(), 1);
        rpy_print_none(p);
        rpy_print_lit(p, c"|".as_ptr(), 1);
        assert_eq!(rpy_print_format_float(p, 3.14159, spec.as_ptr()), 0);
        rpy_print_lit(p, c"|".as_ptr(), 1);
        assert_eq!(rpy_print_percent_int(p, 42, conv.as_ptr()), 0);
        rpy_print_lit(p, c"|".as_ptr(), 1);
        assert_eq!(rpy_print_percent_none(p, conv_s.as_ptr()), 0);
        rpy_print_lit(p, c"\n".as_ptr(), 1);
        assert_eq!(rpy_print_end(p), 0);
        // the line was reset: an empty line next
        rpy_print_begin(p);
        rpy_print_lit(p, c"\n".as_ptr(), 1);
        assert_eq!(rpy_print_end(p), 0);
    }
    let want = "x = -9223372036854775808 0.1 1e+16 True False None|   3.142|00042|None\n";
    assert_eq!(sink.lines, vec![want.as_bytes().to_vec(), b"\n".to_vec()]);
    assert_eq!(ctx.0.status, 0);

    // a failing hook: its status is returned and stored, with no message
    sink.print_status = status::HOST_PENDING;
    // SAFETY: as above.
    unsafe {
        rpy_print_begin(p);
        rpy_print_lit(p, c"lost\n".as_ptr(), 5);
        assert_eq!(rpy_print_end(p), status::HOST_PENDING);
    }
    assert_eq!(
        (ctx.0.status, ctx.0.message()),
        (status::HOST_PENDING, String::new())
    );
    assert_eq!(ctx.0.buf_len, 0, "the line is reset");
}

#[test]
fn print_without_a_host_writes_to_stdout() {
    let mut ctx = Ctx::new();
    // SAFETY: valid ctx; an empty line writes nothing.
    unsafe {
        rpy_print_begin(ctx.p());
        assert_eq!(rpy_print_end(ctx.p()), 0);
    }
    assert_eq!(ctx.0.status, 0);
}

#[test]
fn format_errors_keep_the_line_and_raise() {
    let mut ctx = Ctx::new();
    let p = ctx.p();
    let bad = CString::new("Q").expect("spec");
    // SAFETY: valid ctx and strings.
    unsafe {
        rpy_print_begin(p);
        assert_eq!(rpy_print_format_int(p, 1, bad.as_ptr()), status::VALUE);
    }
    assert_eq!(
        ctx.0.message(),
        "Unknown format code 'Q' for object of type 'int'"
    );
}

#[test]
fn allocation_failure_is_a_memory_error_at_the_next_fallible_call() {
    let mut ctx = Ctx::new();
    let p = ctx.p();
    let spec = CString::new("d").expect("spec");
    // SAFETY: valid ctx; `buf_len == usize::MAX` is the runtime's own
    // marker of a failed allocation (simulated here).
    unsafe {
        rpy_print_begin(p);
        rpy_print_lit(p, c"abc".as_ptr(), 3);
        (*p).buf_len = usize::MAX;
        rpy_print_int(p, 5); // ignored: the line already failed
        assert_eq!(rpy_print_format_int(p, 1, spec.as_ptr()), status::MEMORY);
        assert_eq!((*p).status, status::MEMORY);
        rpy_ctx_clear_error(p);
        assert_eq!(rpy_print_end(p), status::MEMORY);
        assert_eq!(ctx.0.message(), "out of memory");
        assert_eq!(ctx.0.buf_len, 0, "print_end resets the line");
    }
}

#[test]
fn raising_and_locations() {
    let mut ctx = Ctx::new();
    let p = ctx.p();
    // SAFETY: valid ctx and strings.
    unsafe {
        rpy_locate(p, 3, 4, c"f".as_ptr()); // nothing pending: ignored
        assert_eq!(ctx.0.err_line, 0);
        assert_eq!(
            rpy_raise(p, status::VALUE, c"first".as_ptr()),
            status::VALUE
        );
        assert_eq!(rpy_raise(p, status::TYPE, c"second".as_ptr()), status::TYPE);
        assert_eq!(
            (ctx.0.status, ctx.0.message()),
            (status::VALUE, "first".to_string())
        );
        rpy_locate(p, 10, 2, c"g".as_ptr());
        rpy_locate(p, 11, 3, c"h".as_ptr()); // already located
        assert_eq!((ctx.0.err_line, ctx.0.err_col), (10, 2));
        assert_eq!(std::ffi::CStr::from_ptr(ctx.0.err_func), c"g");
        rpy_ctx_clear_error(p);
        assert_eq!(
            (ctx.0.status, ctx.0.err_line, ctx.0.message()),
            (0, 0, String::new())
        );
        assert!(ctx.0.err_func.is_null());

        assert_eq!(
            rpy_raise_at(p, status::INDEX, c"i".as_ptr(), 7, 8, c"k".as_ptr()),
            status::INDEX
        );
        assert_eq!(
            (ctx.0.status, ctx.0.err_line, ctx.0.err_col),
            (status::INDEX, 7, 8)
        );
        rpy_ctx_clear_error(p);

        // long messages are cut at RPY_MSG_CAP - 1 bytes, on a character
        let long = format!("{}{}", "a".repeat(RPY_MSG_CAP - 2), "é".repeat(10));
        let c_long = CString::new(long.clone()).expect("msg");
        rpy_raise(p, status::VALUE, c_long.as_ptr());
        assert_eq!(ctx.0.message(), stored_message(&long));
        assert_eq!(ctx.0.message().len(), RPY_MSG_CAP - 2);
        rpy_ctx_clear_error(p);
        rpy_raise(p, status::VALUE, std::ptr::null());
        assert_eq!(ctx.0.message(), "");
    }
}

#[test]
fn recursion_limit_and_stack_bound() {
    let mut ctx = Ctx::with_host(std::ptr::null(), 3, 0x1000);
    let p = ctx.p();
    // SAFETY: valid ctx.
    unsafe {
        for _ in 0..3 {
            assert_eq!(rpy_enter(p, 0x8000), 0);
        }
        assert_eq!(rpy_enter(p, 0x8000), status::RECURSION);
        assert_eq!(ctx.0.message(), "maximum recursion depth exceeded");
        assert_eq!(ctx.0.depth, 3, "a refused call does not count");
        rpy_ctx_clear_error(p);
        rpy_leave(p);
        assert_eq!(rpy_enter(p, 0x8000), 0);
        for _ in 0..3 {
            rpy_leave(p);
        }
        assert_eq!(ctx.0.depth, 0);
        // the stack pointer check, whatever the depth
        assert_eq!(rpy_enter(p, 0x0fff), status::RECURSION);
        assert_eq!(ctx.0.depth, 0);
        rpy_ctx_clear_error(p);
        assert_eq!(rpy_enter(p, 0x1000), 0);
    }
}

/// A compiled loop's back-edge: decrement, poll at zero.
fn back_edge(p: *mut RpyCtx) -> i32 {
    // SAFETY: valid ctx.
    unsafe {
        (*p).poll_countdown -= 1;
        if (*p).poll_countdown == 0 {
            return rpy_poll(p);
        }
    }
    0
}

#[test]
fn polling_calls_the_host_every_interval() {
    let mut sink = Sink {
        interrupt_at: 4,
        ..Sink::default()
    };
    let host = host_for(&mut sink);
    let mut ctx = Ctx::with_host(&host, 1000, 0);
    let p = ctx.p();
    assert_eq!(ctx.0.poll_countdown, RPY_POLL_INTERVAL);
    let mut iterations = 0i64;
    let st = loop {
        iterations += 1;
        let st = back_edge(p);
        if st != 0 {
            break st;
        }
        if iterations % RPY_POLL_INTERVAL == 0 {
            assert_eq!(ctx.0.poll_countdown, RPY_POLL_INTERVAL, "reset by rpy_poll");
        }
    };
    assert_eq!(st, status::KEYBOARD_INTERRUPT);
    assert_eq!(iterations, 4 * RPY_POLL_INTERVAL);
    assert_eq!(sink.polls, 4);
    assert_eq!(
        (ctx.0.status, ctx.0.message()),
        (status::KEYBOARD_INTERRUPT, String::new())
    );

    // no host, or no poll hook: polling never fails
    let mut bare = Ctx::new();
    // SAFETY: valid ctx.
    assert_eq!(unsafe { rpy_poll(bare.p()) }, 0);
    assert_eq!(bare.0.poll_countdown, RPY_POLL_INTERVAL);
}

/// The format specs of `FORMAT_CASES` in crates/rpy-ir/tests/pyfmt.rs.
#[rustfmt::skip]
const TABLE_SPECS: &[&str] = &[
    "", ".2f", ".0f", "#.0f", ".20f", "e", ".3e", "E", ".0e", "g", ".17g", "G", "#g", "#.3g",
    "n", "%", ".1%", ",", "_", ",.2f", "_.3e", "015,.2f", "+", " ", "z", "z.1f", "+.3", "#",
    "10", "<10", "^11", "*>12.3e", "=+12.4g", "0=12", "012", "x<+12", ".3", ".1", "20.10g",
    "-08.2F", ".25e", "\u{e9}^9.2%", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "_b",
    "_x", "#_X", "012,", "08,", "09_", "-", "+#x", "=+10", "0=10", "*^12", "<8", ">8", "^9",
    "+#012x", "#020_b", ".3%", ",.1f", ".1e", "015_d", "\u{e9}>6", "s", "5", "<5", ">5", "^6",
    "*^7", ".2", "10.3s", "\u{e9}>4", "05", "0", "=<4", ".0", "\u{0}", "\u{663}", ".\u{663}f",
    "\u{661}\u{660}", "09,", "010,", "010,.1f", "015_", "012_x", "z.0f", "z.2f", "z.5f", "z.3",
    "+010.2f", "010", "F", ".16", ".30f", ".40e", ".2%", ",f", "_%", "+g", "xx", ".",
    ".9999999999f", ",n", "_n", "99999999999999999999", "q", ",x", ",b", ",_", "_,", "\u{e9}",
    ",\u{e9}", "\u{1}", "5 ", "+c", "#c", ".3c", "zc", "=5", "_s", "f", "5x", "..", ".20000000",
    "1.", "<<<",
];

/// The %-format strings of `PERCENT_CASES` and `PERCENT_MULTI` there.
#[rustfmt::skip]
const TABLE_PERCENT_FORMATS: &[&str] = &[
    "%d", "%i", "%u", "%+d", "% d", "%+05d", "%-+6d|", "%.5d", "%8.5d", "%08.5d", "%ld", "%hd",
    "%x", "%X", "%o", "%#x", "%#X", "%#o", "%#010x", "%#08o", "%#-8x|", "%+#08x", "% #8X",
    "%#.5x", "%#10.5o", "%-#010o|", "%f", "%.2f", "%.0f", "%#.0f", "%+.1f", "% .1f", "%+010.2f",
    "%05f", "%-8f|", "%.20f", "%.30f", "%e", "%E", "%.0e", "%#.0e", "%.3e", "%12.4E",
    "%-012.2e|", "%g", "%G", "%#g", "%.3g", "%.0g", "%#.0g", "%.17g", "%10.4g|", "%s", "%r",
    "%a", "%-8r|", "%.3r", "%05s", "%+s", "%10s|", "%.1s", "%.0s|", "%#s", "%5%", "%y",
    "ab%\u{e9}", "%.", "%", "%l", "%5", "%-", "%.5", "%ll", "%\u{1f}", "%\u{7f}",
    "%.99999999999d", "%99999999999999999999d", "100%% %d", "%d%%", "x%sy", "%5d|%-5d|%05d",
    "%10.3f|%-10.3f|%010.3f", "%5s|%-5s|%.2s|%5.1s",
];
