//! Integer semantics: Python `int` restricted to 64 bits (a result that
//! does not fit raises `OverflowError("integer overflow")`), the correctly
//! rounded `int / int` of CPython's `long_true_divide`, and the exact
//! int/float comparison of CPython's `float_richcompare`.
//!
//! Everything is computed exactly (in `i128` where a result may not fit)
//! and then range-checked, so no Rust integer operation can overflow.

use std::cmp::Ordering;

use crate::exc::ExcKind;
use crate::ir::INT_OVERFLOW_MSG;

/// A Python exception as the pure helpers report it: type and message.
pub(super) type Exc = (ExcKind, String);

/// The result of a pure helper.
pub(super) type R<T> = Result<T, Exc>;

/// An exception of `kind` with message `msg`.
pub(super) fn exc(kind: ExcKind, msg: &str) -> Exc {
    (kind, msg.to_string())
}

/// `OverflowError("integer overflow")`.
pub(super) fn overflow() -> Exc {
    exc(ExcKind::OverflowError, INT_OVERFLOW_MSG)
}

/// `ZeroDivisionError(msg)`.
pub(super) fn zero_div(msg: &str) -> Exc {
    exc(ExcKind::ZeroDivisionError, msg)
}

/// An exact result narrowed to `i64`, or `OverflowError`.
fn fit(x: i128) -> R<i64> {
    i64::try_from(x).map_err(|_| overflow())
}

/// `a + b`
pub(super) fn add(a: i64, b: i64) -> R<i64> {
    fit(a as i128 + b as i128)
}

/// `a - b`
pub(super) fn sub(a: i64, b: i64) -> R<i64> {
    fit(a as i128 - b as i128)
}

/// `a * b`
pub(super) fn mul(a: i64, b: i64) -> R<i64> {
    fit(a as i128 * b as i128)
}

/// Floor quotient and remainder (remainder has the sign of `b`), exact.
fn floor_divmod(a: i64, b: i64) -> (i128, i128) {
    let (a, b) = (a as i128, b as i128);
    let (q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// `a // b` (floor).
pub(super) fn floordiv(a: i64, b: i64) -> R<i64> {
    if b == 0 {
        return Err(zero_div("integer division or modulo by zero"));
    }
    fit(floor_divmod(a, b).0)
}

/// `a % b` (sign of `b`).
pub(super) fn modulo(a: i64, b: i64) -> R<i64> {
    if b == 0 {
        return Err(zero_div("integer modulo by zero"));
    }
    fit(floor_divmod(a, b).1)
}

/// `a ** b` for `b >= 0`; a negative `b` is a ValueError (the documented
/// deviation: CPython would return a float), except `0 ** -n`, which is
/// CPython's ZeroDivisionError.
pub(super) fn pow(a: i64, b: i64) -> R<i64> {
    if b < 0 && a == 0 {
        return Err(zero_div("0.0 cannot be raised to a negative power"));
    }
    if b < 0 {
        return Err(exc(ExcKind::ValueError, "negative exponent in int ** int: the result would be a float; write float(a) ** b"));
    }
    match u32::try_from(b) {
        Ok(e) => a.checked_pow(e).ok_or_else(overflow),
        // |a| >= 2 overflows long before 2**32
        Err(_) => match a {
            0 | 1 => Ok(a),
            -1 => Ok(if b % 2 == 0 { 1 } else { -1 }),
            _ => Err(overflow()),
        },
    }
}

fn negative_shift() -> Exc {
    exc(ExcKind::ValueError, "negative shift count")
}

/// `a << b`
pub(super) fn shl(a: i64, b: i64) -> R<i64> {
    if b < 0 {
        return Err(negative_shift());
    }
    if a == 0 {
        return Ok(0);
    }
    if b >= 64 {
        return Err(overflow());
    }
    // |a| < 2**63 and b < 64: the exact product fits in i128
    fit((a as i128) << b)
}

/// `a >> b` (arithmetic, floor).
pub(super) fn shr(a: i64, b: i64) -> R<i64> {
    if b < 0 {
        return Err(negative_shift());
    }
    if b >= 64 {
        return Ok(if a < 0 { -1 } else { 0 });
    }
    Ok(a >> b)
}

/// `-a`
pub(super) fn neg(a: i64) -> R<i64> {
    fit(-(a as i128))
}

/// `abs(a)`
pub(super) fn abs(a: i64) -> R<i64> {
    fit((a as i128).abs())
}

/// `a / b`: the correctly rounded (half to even) quotient, as CPython's
/// `long_true_divide`; `0 / b` is a zero with the sign of `b`.
pub(super) fn truediv(a: i64, b: i64) -> R<f64> {
    if b == 0 {
        return Err(zero_div("division by zero"));
    }
    let magnitude = if a == 0 { 0.0 } else { ratio(a.unsigned_abs(), b.unsigned_abs()) };
    Ok(if (a < 0) != (b < 0) { -magnitude } else { magnitude })
}

/// `n / d` correctly rounded, for `n, d >= 1`.
///
/// `n` is shifted left by `s` so that the integer quotient `q` has 64 or
/// 65 bits; a nonzero remainder is folded into the lowest bit of `q` (a
/// sticky bit far below the rounding position), so converting `q` to f64
/// (round half to even) rounds exactly as the true quotient would. The
/// result lies in [2**-64, 2**64], so scaling by `2**-s` is exact.
fn ratio(n: u64, d: u64) -> f64 {
    let s = 64 + n.leading_zeros() - d.leading_zeros(); // 1..=127
    let num = (n as u128) << s; // bit length 64 + bitlen(d) <= 128
    let d = d as u128;
    let q = (num / d) | u128::from(!num.is_multiple_of(d));
    let scale = f64::from_bits(u64::from(1023 - s) << 52); // 2**-s, normal
    q as f64 * scale
}

/// Exact comparison of an int with a float, as CPython's
/// `float_richcompare`; `None` when `b` is NaN (unordered).
pub(super) fn cmp_int_float(a: i64, b: f64) -> Option<Ordering> {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if b.is_nan() {
        return None;
    }
    if b >= TWO_63 {
        return Some(Ordering::Less);
    }
    if b < -TWO_63 {
        return Some(Ordering::Greater);
    }
    // -2**63 <= floor(b) < 2**63: the conversion is exact
    let fl = b.floor();
    match a.cmp(&(fl as i64)) {
        Ordering::Equal if b > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truediv_is_correctly_rounded() {
        // expected values from python3
        assert_eq!(truediv((1 << 62) + 1, 3), Ok(1.5372286728091292e18));
        assert_eq!(truediv(i64::MIN, 7), Ok(-1.3176245766935393e18));
        assert_eq!(truediv((1 << 53) + 1, 1), Ok(9007199254740992.0));
        assert_eq!(truediv((1 << 53) + 3, 1), Ok(9007199254740996.0));
        assert_eq!(truediv(i64::MAX, i64::MIN), Ok(-1.0));
        assert_eq!(truediv(1, i64::MIN), Ok(-1.0842021724855044e-19));
        assert_eq!(truediv(7, 2), Ok(3.5));
        let z = truediv(0, -5).map(f64::to_bits);
        assert_eq!(z, Ok((-0.0f64).to_bits()));
        assert!(truediv(1, 0).is_err());
    }

    #[test]
    fn floor_semantics() {
        assert_eq!(floordiv(-7, 2), Ok(-4));
        assert_eq!(modulo(-7, 2), Ok(1));
        assert_eq!(modulo(7, -2), Ok(-1));
        assert_eq!(modulo(i64::MIN, -1), Ok(0));
        assert_eq!(floordiv(i64::MIN, -1), Err(overflow()));
        assert_eq!(floordiv(i64::MIN, 1), Ok(i64::MIN));
    }

    #[test]
    fn pow_and_shifts() {
        assert_eq!(pow(-2, 63), Ok(i64::MIN));
        assert_eq!(pow(2, 63), Err(overflow()));
        assert_eq!(pow(-1, (1 << 40) + 1), Ok(-1));
        assert_eq!(pow(0, 0), Ok(1));
        assert_eq!(shl(-1, 63), Ok(i64::MIN));
        assert_eq!(shl(1, 63), Err(overflow()));
        assert_eq!(shl(0, 1000), Ok(0));
        assert_eq!(shr(-5, 64), Ok(-1));
        assert_eq!(shr(-5, 1), Ok(-3));
    }

    #[test]
    fn int_float_compare() {
        use Ordering::*;
        assert_eq!(cmp_int_float(i64::MAX, i64::MAX as f64), Some(Less));
        assert_eq!(cmp_int_float(i64::MIN, i64::MIN as f64), Some(Equal));
        assert_eq!(cmp_int_float((1 << 53) + 1, 9007199254740992.0), Some(Greater));
        assert_eq!(cmp_int_float(-1, -0.5), Some(Less));
        assert_eq!(cmp_int_float(0, -0.0), Some(Equal));
        assert_eq!(cmp_int_float(0, f64::NAN), None);
        assert_eq!(cmp_int_float(i64::MAX, f64::INFINITY), Some(Less));
    }
}

/// `round(x, n)` for an int (CPython's `int.__round__`): `x` when
/// `n >= 0`; otherwise the nearest multiple of `10**-n`, ties to even.
pub(super) fn round_digits(x: i64, n: i64) -> R<i64> {
    if n >= 0 {
        return Ok(x);
    }
    // |x| < 10**19: any power of ten beyond 10**38 rounds it to 0.
    let digits = u32::try_from(n.unsigned_abs().min(39)).unwrap_or(39);
    let Some(p) = 10i128.checked_pow(digits) else { return Ok(0) };
    let x = i128::from(x);
    let (q, r) = (x.div_euclid(p), x.rem_euclid(p));
    let rest = p - r; // compare r with p / 2 without overflowing
    let q = if r > rest || (r == rest && q % 2 != 0) { q + 1 } else { q };
    i64::try_from(q * p).map_err(|_| overflow())
}

#[cfg(test)]
mod round_digits_tests {
    use super::round_digits;

    #[test]
    fn matches_cpython() {
        // Expected values from CPython 3.11: round(x, n).
        let cases: &[(i64, i64, i64)] = &[
            (1234, -2, 1200),
            (1250, -2, 1200),
            (1350, -2, 1400),
            (-1250, -2, -1200),
            (7, 2, 7),
            (15, -1, 20),
            (25, -1, 20),
            (-25, -1, -20),
            (9223372036854775749, -2, 9223372036854775700),
            (-9223372036854775807, -2, -9223372036854775800),
            (7, -30, 0),
            (-7, -19, 0),
            (5000000000000000000, -19, 0),
            (7, i64::MIN, 0),
        ];
        for &(x, n, want) in cases {
            assert_eq!(round_digits(x, n).ok(), Some(want), "round({x}, {n})");
        }
        assert!(round_digits(9223372036854775807, -1).is_err(), "9223372036854775810 does not fit");
        assert!(round_digits(7500000000000000000, -19).is_err(), "10**19 does not fit");
    }
}
