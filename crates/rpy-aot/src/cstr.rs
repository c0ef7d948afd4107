//! C spellings: escaped string literals, exact float literals, integer
//! literals and mangled symbol names.

/// `s` as a C string literal. Printable ASCII stays as is (`?` is escaped
/// against trigraphs); every other byte becomes a three-digit octal escape,
/// so the literal holds exactly the bytes of `s`.
pub(crate) fn c_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for b in s.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'?' => out.push_str("\\?"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{b:03o}")),
        }
    }
    out.push('"');
    out
}

/// An `int64_t` literal (`INT64_MIN` has no literal of its own).
pub(crate) fn c_int(n: i64) -> String {
    if n == i64::MIN {
        "INT64_MIN".to_string()
    } else {
        format!("INT64_C({n})")
    }
}

/// A `double` expression with exactly the bits of `x`: a hex float literal
/// (C's `%a`) when finite, else the bit pattern.
pub(crate) fn c_float(x: f64) -> String {
    if !x.is_finite() {
        return format!("rpyc_f64(UINT64_C(0x{:016x})) /* {x:?} */", x.to_bits());
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let lit = match (exp, mant) {
        (0, 0) => "0x0p+0".to_string(),
        (0, m) => format!("0x0.{m:013x}p-1022"),
        (e, m) => format!("0x1.{m:013x}p{:+}", e - 1023),
    };
    format!("{sign}{lit} /* {x:?} */")
}

/// Mangle a symbol as the JIT does: `rpy_<module>__<name>__<suffix>`
/// with every byte outside `[A-Za-z0-9]` escaped, so user names clash
/// with nothing.
pub(crate) fn mangle(module: &str, name: &str, suffix: &str) -> String {
    let mut s = String::from("rpy_");
    for part in [module, name] {
        s.push_str(&escape_ident(part));
        s.push_str("__");
    }
    s.push_str(suffix);
    s
}

/// `name` with every character outside `[A-Za-z0-9]` written `_<hex>_`.
pub(crate) fn escape_ident(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else {
            s.push_str(&format!("_{:x}_", c as u32));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_are_exact() {
        assert_eq!(c_float(1.0), "0x1.0000000000000p+0 /* 1.0 */");
        assert_eq!(c_float(-0.0), "-0x0p+0 /* -0.0 */");
        assert_eq!(c_float(0.1), "0x1.999999999999ap-4 /* 0.1 */");
        assert_eq!(c_float(5e-324), "0x0.0000000000001p-1022 /* 5e-324 */");
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(c_string("a\"b\\??=\né"), "\"a\\\"b\\\\\\?\\?=\\n\\303\\251\"");
    }
}
