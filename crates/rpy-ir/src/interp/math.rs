//! The `math` module as CPython 3.11's `mathmodule.c`: `math_1` error
//! classification, `m_log*`, `m_atan2`, `math_pow`, `math_fmod` and the
//! `vector_norm` behind `hypot`. The platform libm is called through
//! Rust's `f64` methods at run time, like CPython does.

use super::arith::{exc, R};
use super::float::to_int;
use crate::exc::ExcKind;

fn domain() -> (ExcKind, String) {
    exc(ExcKind::ValueError, "math domain error")
}

fn range() -> (ExcKind, String) {
    exc(ExcKind::OverflowError, "math range error")
}

/// CPython's `math_1`: a NaN from a non-NaN argument is a domain error;
/// an infinity from a finite argument is a range error if the function
/// `can_overflow` (exp, sinh, cosh), else a domain error (a singularity).
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> R<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

/// CPython's `m_log`/`m_log2`/`m_log10` around the libm function `f`:
/// `f(0) = -inf` and NaN for negatives, so `math_1` reports both as
/// domain errors; `log(inf) = inf`, `log(nan) = nan`.
fn m_log(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// `math.sqrt`
pub(super) fn sqrt(x: f64) -> R<f64> {
    math_1(x, f64::sqrt, false)
}
/// `math.exp`
pub(super) fn exp(x: f64) -> R<f64> {
    math_1(x, f64::exp, true)
}
/// `math.log` (one argument)
pub(super) fn log(x: f64) -> R<f64> {
    math_1(x, |x| m_log(x, f64::ln), false)
}
/// `math.log2`
pub(super) fn log2(x: f64) -> R<f64> {
    math_1(x, |x| m_log(x, f64::log2), false)
}
/// `math.log10`
pub(super) fn log10(x: f64) -> R<f64> {
    math_1(x, |x| m_log(x, f64::log10), false)
}
/// `math.sin`
pub(super) fn sin(x: f64) -> R<f64> {
    math_1(x, f64::sin, false)
}
/// `math.cos`
pub(super) fn cos(x: f64) -> R<f64> {
    math_1(x, f64::cos, false)
}
/// `math.tan`
pub(super) fn tan(x: f64) -> R<f64> {
    math_1(x, f64::tan, false)
}
/// `math.asin`
pub(super) fn asin(x: f64) -> R<f64> {
    math_1(x, f64::asin, false)
}
/// `math.acos`
pub(super) fn acos(x: f64) -> R<f64> {
    math_1(x, f64::acos, false)
}
/// `math.atan`
pub(super) fn atan(x: f64) -> R<f64> {
    math_1(x, f64::atan, false)
}
/// `math.sinh`
pub(super) fn sinh(x: f64) -> R<f64> {
    math_1(x, f64::sinh, true)
}
/// `math.cosh`
pub(super) fn cosh(x: f64) -> R<f64> {
    math_1(x, f64::cosh, true)
}
/// `math.tanh`
pub(super) fn tanh(x: f64) -> R<f64> {
    math_1(x, f64::tanh, false)
}

/// `math.floor(x)` to int.
pub(super) fn floor(x: f64) -> R<i64> {
    to_int(x.floor())
}
/// `math.ceil(x)` to int.
pub(super) fn ceil(x: f64) -> R<i64> {
    to_int(x.ceil())
}

/// `math.atan2(y, x)`: CPython's `m_atan2` (C99 Annex F special values
/// handled before calling libm). Never raises.
pub(super) fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let x_positive = 1.0f64.copysign(x) == 1.0;
    if y.is_infinite() {
        return match (x.is_infinite(), x_positive) {
            (true, true) => (0.25 * PI).copysign(y),
            (true, false) => (0.75 * PI).copysign(y),
            (false, _) => (0.5 * PI).copysign(y),
        };
    }
    if x.is_infinite() || y == 0.0 {
        return if x_positive { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

/// `math.pow(x, y)`: CPython's `math_pow`.
pub(super) fn pow(x: f64, y: f64) -> R<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(pow_nonfinite(x, y));
    }
    let r = x.powf(y); // libm pow
    if r.is_nan() {
        return Err(domain()); // (-x) ** non-integer
    }
    if r.is_infinite() {
        // 0 ** negative is a domain error, else an overflow
        return Err(if x == 0.0 { domain() } else { range() });
    }
    Ok(r)
}

/// `math_pow`'s IEEE special cases (an argument is NaN or infinite).
fn pow_nonfinite(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        if y == 0.0 {
            1.0
        } else {
            x
        }
    } else if y.is_nan() {
        if x == 1.0 {
            1.0
        } else {
            y
        }
    } else if x.is_infinite() {
        let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
        if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0.0f64.copysign(x)
        } else {
            0.0
        }
    } else if x.abs() == 1.0 {
        1.0 // y is infinite
    } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

/// `math.fmod(x, y)`: C's fmod; a NaN from non-NaN arguments (zero
/// divisor, infinite `x`) is a domain error; `fmod(finite, ±inf) == x`.
pub(super) fn fmod(x: f64, y: f64) -> R<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y; // C fmod
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

/// `math.hypot(x, y)`: CPython 3.11's `vector_norm` for two coordinates
/// (not libm's hypot). Overflow gives `inf` without an error, as in
/// CPython 3.11.
pub(super) fn hypot(x: f64, y: f64) -> f64 {
    let v = [x.abs(), y.abs()];
    let found_nan = v[0].is_nan() || v[1].is_nan();
    // as CPython's loop: a NaN never becomes the max
    let max = v.iter().fold(0.0, |m, &x| if x > m { x } else { m });
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e >= -1023 {
        scaled_norm(&v, max_e)
    } else {
        // 2**-max_e would overflow: divide by max instead
        let mut sum = Neumaier::default();
        for x in v {
            let q = x / max;
            sum.add1(q * q);
        }
        max * (sum.csum - 1.0 + sum.frac1).sqrt()
    }
}

/// The exponent `e` of C's `frexp` (`x = m * 2**e`, `0.5 <= m < 1`) for a
/// finite nonzero `x`.
fn frexp_exp(x: f64) -> i32 {
    let biased = ((x.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // subnormal: scale up exactly by 2**64 first
        frexp_exp(x * f64::from_bits(0x43f0_0000_0000_0000)) - 64
    } else {
        biased - 1022
    }
}

/// C's `ldexp(1.0, e)` for `-1074 <= e <= 1023` (exact; subnormal below
/// -1022, as for `max_e == 1024`).
fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074).clamp(0, 51))
    }
}

/// The three-accumulator compensated sum of `vector_norm`, starting at 1.
struct Neumaier {
    csum: f64,
    frac1: f64,
    frac2: f64,
    frac3: f64,
}

impl Default for Neumaier {
    fn default() -> Self {
        Neumaier { csum: 1.0, frac1: 0.0, frac2: 0.0, frac3: 0.0 }
    }
}

impl Neumaier {
    /// `csum += x` with the lost low part added to `frac1`.
    fn add1(&mut self, x: f64) {
        let old = self.csum;
        self.csum += x;
        self.frac1 += (old - self.csum) + x;
    }
    /// `csum += x` with the lost low part added to `frac2`.
    fn add2(&mut self, x: f64) {
        let old = self.csum;
        self.csum += x;
        self.frac2 += (old - self.csum) + x;
    }
    /// `csum += x` with the lost low part added to `frac3`.
    fn add3(&mut self, x: f64) {
        let old = self.csum;
        self.csum += x;
        self.frac3 += (old - self.csum) + x;
    }
    fn total(&self) -> f64 {
        self.csum - 1.0 + (self.frac1 + self.frac2 + self.frac3)
    }
}

/// Veltkamp-Dekker split of `x` into a high half and the exact rest.
fn split(x: f64) -> (f64, f64) {
    const T27: f64 = 134_217_729.0; // 2**27 + 1
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// `vector_norm`'s main path: scale by `2**-max_e`, sum the squares in
/// compensated arithmetic, then one differential correction of the root.
fn scaled_norm(v: &[f64; 2], max_e: i32) -> f64 {
    let scale = pow2(-max_e);
    let mut s = Neumaier::default();
    for &c in v {
        let (hi, lo) = split(c * scale);
        s.add1(hi * hi);
        s.add2(2.0 * hi * lo);
        s.frac3 += lo * lo;
    }
    let h = s.total().sqrt();
    let (hi, lo) = split(h);
    s.add1(-hi * hi);
    s.add2(-2.0 * hi * lo);
    s.add3(-lo * lo);
    let x = s.total();
    (h + x / (2.0 * h)) / scale
}

/// `math.copysign(x, y)`
pub(super) fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors() {
        assert_eq!(sqrt(-1.0), Err(domain()));
        assert_eq!(exp(1000.0), Err(range()));
        assert_eq!(exp(f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(log(0.0), Err(domain()));
        assert_eq!(log(f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(sin(f64::INFINITY), Err(domain()));
        assert_eq!(cosh(1000.0), Err(range()));
        assert_eq!(fmod(1.0, 0.0), Err(domain()));
        assert_eq!(fmod(1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(pow(0.0, -1.0), Err(domain()));
        assert_eq!(pow(10.0, 400.0), Err(range()));
        assert_eq!(pow(-8.0, 0.5), Err(domain()));
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
    }

    #[test]
    fn hypot_values() {
        assert_eq!(hypot(3.0, 4.0), 5.0);
        assert_eq!(hypot(1.7e308, 1.7e308), f64::INFINITY);
        assert_eq!(hypot(5e-324, 5e-324), 5e-324);
        assert_eq!(hypot(f64::INFINITY, f64::NAN), f64::INFINITY);
        assert!(hypot(1.0, f64::NAN).is_nan());
        assert_eq!(frexp_exp(1.0), 1);
        assert_eq!(frexp_exp(5e-324), -1073);
    }
}
