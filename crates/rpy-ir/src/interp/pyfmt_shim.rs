//! TEMPORARY stand-in for `crate::pyfmt` (still a placeholder): same
//! signatures, rough behaviour. Delete once `crate::pyfmt` lands.
#![allow(dead_code, unreachable_pub, missing_docs)]

pub enum FmtValue<'a> {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Str(&'a str),
}

pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let s = format!("{x:?}");
    s.replace("e", "e+").replace("e+-", "e-")
}

pub fn str_of(v: FmtValue) -> String {
    match v {
        FmtValue::Int(i) => i.to_string(),
        FmtValue::Float(x) => float_repr(x),
        FmtValue::Bool(b) => if b { "True".into() } else { "False".into() },
        FmtValue::None => "None".into(),
        FmtValue::Str(s) => s.to_string(),
    }
}

pub fn repr_of(v: FmtValue) -> String {
    match v {
        FmtValue::Str(s) => format!("'{s}'"),
        v => str_of(v),
    }
}

pub fn format_value(v: FmtValue, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(str_of(v));
    }
    match v {
        FmtValue::None => Err("unsupported format string passed to NoneType.__format__".into()),
        _ => Err(format!("shim: unsupported spec {spec}")),
    }
}

pub fn percent_value(v: FmtValue, conv: &str) -> Result<String, (&'static str, String)> {
    match (v, conv) {
        (FmtValue::Int(i), "%d") => Ok(i.to_string()),
        (v, "%s") => Ok(str_of(v)),
        _ => Err(("TypeError", format!("shim: unsupported conversion {conv}"))),
    }
}

pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

pub fn round_digits(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() || ndigits > 400 {
        return Ok(x);
    }
    let p = 10f64.powi(ndigits.clamp(-400, 400) as i32);
    Ok((x * p).round_ties_even() / p)
}
