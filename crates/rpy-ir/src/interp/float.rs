//! Float semantics that are more than one IEEE instruction: CPython's
//! `float_div`, `float_floor_div`/`float_rem` (`_float_div_mod`),
//! `float_pow` with all its special cases, and float to int conversion
//! (`PyLong_FromDouble` restricted to 64 bits).

use super::arith::{exc, overflow, zero_div, R};
use crate::exc::ExcKind;
use crate::pyfmt;

/// `a / b`
pub(super) fn div(a: f64, b: f64) -> R<f64> {
    if b == 0.0 {
        return Err(zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// `a // b` (CPython's `float_floor_div`).
pub(super) fn floordiv(a: f64, b: f64) -> R<f64> {
    if b == 0.0 {
        return Err(zero_div("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` (CPython's `float_rem`).
pub(super) fn modulo(a: f64, b: f64) -> R<f64> {
    if b == 0.0 {
        return Err(zero_div("float modulo"));
    }
    Ok(rem(a, b))
}

/// The remainder with the sign of the divisor (`b != 0`).
fn rem(vx: f64, wx: f64) -> f64 {
    // Rust's `%` on f64 is C's fmod (exact)
    let m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m + wx
        } else {
            m
        }
    } else {
        // fmod's sign of zero varies across platforms: use the divisor's
        0.0f64.copysign(wx)
    }
}

/// CPython's `_float_div_mod` (`b != 0`): floor quotient and remainder.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    // vx - m is mathematically a multiple of wx; the division may be off
    // by a hair, fixed by the snapping below
    let mut d = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            d -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let fd = if d != 0.0 {
        let f = d.floor();
        if d - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        // zero with the sign of the true quotient
        0.0f64.copysign(vx / wx)
    };
    (fd, m)
}

/// C's `DOUBLE_IS_ODD_INTEGER`.
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b`: CPython's `float_pow`, except that a negative base with a
/// non-integer exponent is a ValueError (CPython returns a complex).
pub(super) fn pow(iv: f64, iw: f64) -> R<f64> {
    if iw == 0.0 {
        return Ok(1.0); // v**0 is 1, even 0**0 and nan**0
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        return Ok(pow_inf_exponent(iv, iw));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(match (iw > 0.0, odd) {
            (true, true) => iv,
            (true, false) => iv.abs(),
            (false, true) => 0.0f64.copysign(iv),
            (false, false) => 0.0,
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    pow_finite(iv, iw)
}

/// `v ** ±inf` for a non-NaN `v`.
fn pow_inf_exponent(iv: f64, iw: f64) -> f64 {
    let av = iv.abs();
    if av == 1.0 {
        1.0
    } else if (iw > 0.0) == (av > 1.0) {
        iw.abs()
    } else {
        0.0
    }
}

/// `v ** w` for finite nonzero `v` and finite nonzero `w`.
fn pow_finite(mut iv: f64, iw: f64) -> R<f64> {
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(exc(ExcKind::ValueError, "negative number cannot be raised to a fractional power"));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw); // libm pow
                          // _Py_ADJUST_ERANGE1: an infinite result is ERANGE; an underflow to
                          // zero is not an error
    if ix.is_infinite() {
        return Err(exc(ExcKind::OverflowError, "(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -ix } else { ix })
}

/// `int(x)`: truncate toward zero (`PyLong_FromDouble`, 64 bits).
pub(super) fn to_int(x: f64) -> R<i64> {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if x.is_nan() {
        return Err(exc(ExcKind::ValueError, "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(exc(ExcKind::OverflowError, "cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if (-TWO_63..TWO_63).contains(&t) {
        Ok(t as i64) // exact: t is an integer in range
    } else {
        Err(overflow())
    }
}

/// `round(x)`: half to even, to int.
pub(super) fn round(x: f64) -> R<i64> {
    if !x.is_finite() {
        return to_int(x);
    }
    to_int(pyfmt::round_half_even(x))
}

/// `round(x, n)`: CPython's correctly rounded `double_round`.
pub(super) fn round_digits(x: f64, n: i64) -> R<f64> {
    pyfmt::round_digits(x, n).map_err(|m| (ExcKind::OverflowError, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(r: R<f64>) -> Result<u64, (ExcKind, String)> {
        r.map(f64::to_bits)
    }

    #[test]
    fn signed_zeros_and_floor() {
        assert_eq!(bits(modulo(-0.0, 5.0)), Ok(0.0f64.to_bits()));
        assert_eq!(bits(modulo(0.0, -5.0)), Ok((-0.0f64).to_bits()));
        assert_eq!(modulo(7.5, -2.0), Ok(-0.5));
        assert_eq!(modulo(-1e-300, 1e300), Ok(1e300));
        assert_eq!(bits(floordiv(-0.0, 5.0)), Ok((-0.0f64).to_bits()));
        assert_eq!(floordiv(7.5, -2.0), Ok(-4.0));
        assert_eq!(floordiv(1.0, 0.1), Ok(9.0));
        assert_eq!(modulo(1.0, 0.0).map_err(|e| e.1), Err("float modulo".to_string()));
    }

    #[test]
    fn pow_special_cases() {
        assert_eq!(pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert_eq!(bits(pow(f64::NEG_INFINITY, -3.0)), Ok((-0.0f64).to_bits()));
        assert_eq!(pow(-1.0, 1e300), Ok(1.0));
        assert_eq!(pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(pow(0.0, -1.0).map_err(|e| e.0), Err(ExcKind::ZeroDivisionError));
        assert_eq!(pow(-8.0, 1.0 / 3.0).map_err(|e| e.0), Err(ExcKind::ValueError));
        assert_eq!(pow(10.0, 400.0).map_err(|e| e.0), Err(ExcKind::OverflowError));
    }

    #[test]
    fn conversions() {
        assert_eq!(to_int(-2.9), Ok(-2));
        assert_eq!(to_int(i64::MIN as f64), Ok(i64::MIN));
        assert_eq!(to_int(-(i64::MIN as f64)), Err(overflow()));
        assert_eq!(to_int(f64::NAN).map_err(|e| e.0), Err(ExcKind::ValueError));
        assert_eq!(to_int(f64::INFINITY).map_err(|e| e.0), Err(ExcKind::OverflowError));
    }
}
