//! CPython 3.11's text formatting of `int`, `float`, `bool`, `None` and `str`.
//!
//! This is the reference implementation behind the interpreter's `print`,
//! f-string format specs (`format(v, spec)`) and printf-style `%`
//! formatting. Its outputs and error messages are those of CPython 3.11
//! (`Objects/unicodeobject.c`, `Python/formatter_unicode.c`,
//! `Python/pystrtod.c`, `Objects/floatobject.c`), which the tests check
//! against a live `python3`.
//!
//! Invariants:
//! * Every public function is total: no input (any spec string, `i64::MIN`,
//!   NaN, infinities, `-0.0`, non-ASCII text) makes it panic.
//! * Float digits come from Rust's float formatting, which is exact:
//!   `{:e}` gives shortest round-trip digits (as `repr`; a tie between two
//!   equally close shortest strings goes to the even digit, as in dtoa),
//!   `{:.*e}` and `{:.*}` give correctly rounded digits of the exact binary
//!   value with ties to even (so `format(2.675, '.2f') == '2.67'`,
//!   `'%.2f' % 0.125 == '0.12'`). Rust is never asked for more digits than
//!   the exact expansion has (767 significant, 1074 after the point); a
//!   port of CPython's `format_float_short` lays the digits out and pads
//!   with zeros.
//! * `'n'` formats as in the C locale (CPython's default: no grouping).
//! * Lengths, widths and precisions count Unicode code points, as CPython;
//!   widths may be written with any Unicode decimal digits, as CPython.
//!
//! Deliberately unsupported (rejected with messages saying "not
//! supported"): the `'c'` presentation type and the `%c` conversion,
//! `%(name)s` mapping keys, `*` widths and precisions, and widths or
//! precisions above [`MAX_FIELD`] (CPython would build the string or raise
//! `MemoryError`). [`parse_percent`] reports a malformed conversion even
//! where CPython would first have raised for an earlier argument (or for
//! running out of arguments).

/// Largest width, or output-growing precision, that is accepted.
///
/// An implementation limit (CPython has none short of memory): larger
/// values are rejected by [`check_format_spec`] and [`parse_percent`] with a
/// "not supported" message, so no call can try to allocate a huge string.
/// A precision that only truncates a string (`'.20000000s'`) is not limited.
pub const MAX_FIELD: usize = 10_000_000;

const NONE_FORMAT_ERROR: &str = "unsupported format string passed to NoneType.__format__";

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

/// The value kinds that can be formatted.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    /// A Python `int` that fits in an `i64`.
    Int,
    /// A Python `float`.
    Float,
    /// A Python `bool`.
    Bool,
    /// `None`.
    None,
    /// A Python `str`.
    Str,
}

impl Kind {
    /// CPython's name for the type, as it appears in error messages.
    pub fn type_name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Bool => "bool",
            Kind::None => "NoneType",
            Kind::Str => "str",
        }
    }
}

/// A formattable value.
#[derive(Copy, Clone, PartialEq, Debug)]
pub enum FmtValue<'a> {
    /// An `int`.
    Int(i64),
    /// A `float`.
    Float(f64),
    /// A `bool`.
    Bool(bool),
    /// `None`.
    None,
    /// A `str`.
    Str(&'a str),
}

impl FmtValue<'_> {
    /// The kind of the value.
    pub fn kind(&self) -> Kind {
        match self {
            FmtValue::Int(_) => Kind::Int,
            FmtValue::Float(_) => Kind::Float,
            FmtValue::Bool(_) => Kind::Bool,
            FmtValue::None => Kind::None,
            FmtValue::Str(_) => Kind::Str,
        }
    }

    /// The value as an integer (`int` or `bool`).
    fn as_int(&self) -> Option<i64> {
        match *self {
            FmtValue::Int(i) => Some(i),
            FmtValue::Bool(b) => Some(i64::from(b)),
            _ => None,
        }
    }

    /// `float(v)` for a number; `int` to `float` is correctly rounded.
    fn as_float(&self) -> Option<f64> {
        match *self {
            FmtValue::Float(x) => Some(x),
            // `as` rounds to nearest, ties to even, like CPython's int.__float__.
            FmtValue::Int(i) => Some(i as f64),
            FmtValue::Bool(b) => Some(f64::from(u8::from(b))),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------
// str() and repr()
// ---------------------------------------------------------------------------

/// `repr(x) == str(x)` for a float: shortest round-trip digits in CPython's
/// layout (exponent form when the decimal exponent is < -4 or >= 16:
/// `'1e+16'`, `'1e-05'`, `'0.0001'`, `'-0.0'`, `'inf'`, `'-inf'`, `'nan'`,
/// `'1.5'`, `'100.0'`).
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// `str(v)`: `'True'`, `'None'`, [`float_repr`], the decimal int, or the
/// string itself.
pub fn str_of(v: FmtValue<'_>) -> String {
    match v {
        FmtValue::Int(i) => i.to_string(),
        FmtValue::Float(x) => float_repr(x),
        FmtValue::Bool(b) => if b { "True" } else { "False" }.to_string(),
        FmtValue::None => "None".to_string(),
        FmtValue::Str(s) => s.to_string(),
    }
}

/// `repr(v)`: like [`str_of`], except that a string is quoted and escaped
/// as Python does (`'abc'`, `"it's"`, `'\n'`, `'\x00'`, `'\u200b'`).
pub fn repr_of(v: FmtValue<'_>) -> String {
    match v {
        FmtValue::Str(s) => repr_str(s),
        other => str_of(other),
    }
}

/// `ascii(v)`: [`repr_of`] with every non-ASCII character escaped
/// (`ascii('é') == "'\\xe9'"`).
pub fn ascii_of(v: FmtValue<'_>) -> String {
    let repr = repr_of(v);
    if repr.is_ascii() {
        return repr;
    }
    let mut out = String::with_capacity(repr.len() + 8);
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

/// Python's `str.__repr__`: single quotes unless the text contains `'` and
/// no `"`; backslash escapes for the quote, `\`, `\t`, `\n`, `\r`, other
/// ASCII controls and non-printable non-ASCII characters.
fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c < ' ' || c == '\x7f' => push_escape(&mut out, c),
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Append `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (lower-case hex) for `c`.
fn push_escape(out: &mut String, c: char) {
    let cp = u32::from(c);
    let escaped = match cp {
        0..=0xff => format!("\\x{cp:02x}"),
        0x100..=0xffff => format!("\\u{cp:04x}"),
        _ => format!("\\U{cp:08x}"),
    };
    out.push_str(&escaped);
}

/// CPython's `Py_UNICODE_ISPRINTABLE` for a non-ASCII character (Unicode
/// 14.0, as in Python 3.11): false for categories Cc, Cf, Cs, Co, Cn, Zl,
/// Zp and Zs.
fn is_printable(c: char) -> bool {
    let cp = u32::from(c);
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// The value of a Unicode decimal digit (category Nd), as CPython's
/// `Py_UNICODE_TODECIMAL`, which the format-spec parser uses for widths.
fn decimal_value(c: char) -> Option<u32> {
    let cp = u32::from(c);
    let i = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    let value = cp - zero;
    (value < 10).then_some(value)
}

// ---------------------------------------------------------------------------
// Shared text helpers
// ---------------------------------------------------------------------------

/// Append `n` copies of `c`.
fn push_fill(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// The first `n` code points of `s`.
fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Split `padding` into (left, right) for alignment `'<'`, `'>'` or `'^'`
/// (centering puts the odd character on the right, as CPython).
fn split_padding(padding: usize, align: char) -> (usize, usize) {
    match align {
        '>' => (padding, 0),
        '^' => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    }
}

/// Digits of `m` in the base of presentation type `ty` (`b`, `o`, `x`,
/// `X`; anything else is decimal), without prefix.
fn digits_in_base(m: u64, ty: char) -> String {
    match ty {
        'b' => format!("{m:b}"),
        'o' => format!("{m:o}"),
        'x' => format!("{m:x}"),
        'X' => format!("{m:X}"),
        _ => m.to_string(),
    }
}

/// Reject a width or precision above [`MAX_FIELD`].
fn check_field_limit(what: &str, n: Option<usize>) -> Result<(), String> {
    match n {
        Some(n) if n > MAX_FIELD => Err(format!(
            "a format {what} of {n} is not supported (the limit is {MAX_FIELD})"
        )),
        _ => Ok(()),
    }
}

/// Parse a run of digits at `chars[*pos..]` (digit values from `digit`),
/// advancing `pos`. `None` when there are no digits; `Err(overflow)` when
/// the number exceeds `max`.
fn parse_count(
    chars: &[char],
    pos: &mut usize,
    digit: fn(char) -> Option<u32>,
    max: u64,
    overflow: &str,
) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut acc: u64 = 0;
    while let Some(d) = chars.get(*pos).copied().and_then(digit) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(u64::from(d)))
            .filter(|&a| a <= max)
            .ok_or_else(|| overflow.to_string())?;
        *pos += 1;
    }
    if *pos == start {
        return Ok(None);
    }
    usize::try_from(acc)
        .map(Some)
        .map_err(|_| overflow.to_string())
}

// ---------------------------------------------------------------------------
// Float to decimal text (PyOS_double_to_string / format_float_short)
// ---------------------------------------------------------------------------

/// Decimal digits of a finite `|x|` in `_Py_dg_dtoa`'s convention: the
/// value is `0.DIGITS × 10^decpt`, with no leading or trailing zeros; zero
/// is `"0"` with `decpt == 1`.
struct Digits {
    digits: String,
    decpt: i64,
}

impl Digits {
    /// From Rust's `{:e}` text, e.g. `"1.2345e-5"`.
    fn from_scientific(text: &str) -> Digits {
        let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let digits = mantissa.chars().filter(char::is_ascii_digit).collect();
        Digits::normalized(digits, exp + 1)
    }

    /// From Rust's fixed-point text, e.g. `"123.4500"`.
    fn from_fixed(text: &str) -> Digits {
        let (int_part, frac) = text.split_once('.').unwrap_or((text, ""));
        let decpt = i64::try_from(int_part.len()).unwrap_or(i64::MAX);
        Digits::normalized(format!("{int_part}{frac}"), decpt)
    }

    /// Strip leading zeros (moving the decimal point) and trailing zeros.
    fn normalized(digits: String, decpt: i64) -> Digits {
        let body = digits.trim_start_matches('0');
        let lead = i64::try_from(digits.len() - body.len()).unwrap_or(0);
        let body = body.trim_end_matches('0');
        if body.is_empty() {
            return Digits {
                digits: "0".to_string(),
                decpt: 1,
            };
        }
        Digits {
            digits: body.to_string(),
            decpt: decpt - lead,
        }
    }

    fn is_zero(&self) -> bool {
        self.digits == "0"
    }
}

/// `_Py_dg_dtoa` mode 0: the shortest digits that round-trip; of several,
/// the closest to `ax`; of two equally close, the one ending in an even
/// digit (`repr(1000000000000000.25) == '1000000000000000.2'`).
fn shortest_digits(ax: f64) -> Digits {
    let shortest = Digits::from_scientific(&format!("{ax:e}"));
    // Rust may return either of two equally close candidates. The correctly
    // rounded (ties-to-even) string of the same length is dtoa's choice
    // whenever it round-trips. Ties need at least 16 digits.
    let n = shortest.digits.len();
    if n < 16 {
        return shortest;
    }
    let rounded = format!("{:.*e}", n - 1, ax);
    if rounded.parse::<f64>() == Ok(ax) {
        Digits::from_scientific(&rounded)
    } else {
        shortest
    }
}

/// The exact decimal expansion of any `f64` has at most this many
/// significant digits, and at most [`MAX_EXACT_FRACTION`] after the point;
/// asking Rust for more (it allows at most `u16::MAX`) only adds zeros.
const MAX_EXACT_SIGNIFICANT: usize = 767;
/// See [`MAX_EXACT_SIGNIFICANT`]: `2^-1074` has 1074 decimals.
const MAX_EXACT_FRACTION: usize = 1074;

/// `_Py_dg_dtoa` mode 2: `n >= 1` correctly rounded significant digits.
fn significant_digits(ax: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_EXACT_SIGNIFICANT);
    Digits::from_scientific(&format!("{:.*e}", n - 1, ax))
}

/// `_Py_dg_dtoa` mode 3: correctly rounded to `n` digits after the point.
fn fraction_digits(ax: f64, n: usize) -> Digits {
    let n = n.min(MAX_EXACT_FRACTION);
    Digits::from_fixed(&format!("{ax:.n$}"))
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    /// `Py_DTSF_ALT`: keep a trailing point, keep trailing zeros for 'g'.
    alt: bool,
    /// `Py_DTSF_ADD_DOT_0`: `repr` style, an integral value gets `.0`.
    add_dot_0: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that rounds to zero loses its '-'.
    no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)` for `code` in
/// `e E f F g G r` (upper case: `E`, `INF`, `NAN`). `precision` must not
/// exceed [`MAX_FIELD`]; larger values are clamped.
fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let precision = precision.min(MAX_FIELD);
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let ax = x.abs();
    let (digits, precision) = match code {
        'e' => (significant_digits(ax, precision + 1), precision + 1),
        'f' => (fraction_digits(ax, precision), precision),
        'g' => (significant_digits(ax, precision.max(1)), precision.max(1)),
        _ => (shortest_digits(ax), 0),
    };
    if flags.no_neg_0 && digits.is_zero() && out == "-" {
        out.clear();
    }
    let precision = i64::try_from(precision).unwrap_or(0);
    layout_digits(&mut out, &digits, code, precision, flags, upper);
    out
}

/// The layout half of CPython's `format_float_short`: place the decimal
/// point, pad with zeros, choose and write the exponent.
fn layout_digits(
    out: &mut String,
    d: &Digits,
    code: char,
    precision: i64,
    flags: DtoaFlags,
    upper: bool,
) {
    let (use_exp, end) = choose_layout(d, code, precision, flags);
    let exp = d.decpt - 1;
    let decpt = if use_exp { 1 } else { d.decpt };
    // Always show a digit after the point for `add_dot_0` without exponent.
    let min_end = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    write_point_and_zeros(out, &d.digits, decpt, end.max(min_end));
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
}

/// `format_float_short`'s choices: whether to use an exponent, and up to
/// which digit position (counted from the first digit) to pad with zeros.
fn choose_layout(d: &Digits, code: char, precision: i64, flags: DtoaFlags) -> (bool, i64) {
    let digits_len = i64::try_from(d.digits.len()).unwrap_or(0);
    match code {
        'e' => (true, precision),
        'f' => (false, d.decpt + precision),
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            let end = if flags.alt { precision } else { digits_len };
            (d.decpt <= -4 || d.decpt > limit, end)
        }
        _ => (d.decpt <= -4 || d.decpt > 16, digits_len),
    }
}

/// Write `digits` with the decimal point after the first `decpt` digit
/// positions (`decpt <= 0`: leading `0.000`), padded with zeros up to
/// position `end` (`end >= decpt`). A trailing point is left in place.
fn write_point_and_zeros(out: &mut String, digits: &str, decpt: i64, end: i64) {
    let digits_len = i64::try_from(digits.len()).unwrap_or(0);
    let zeros = |out: &mut String, n: i64| push_fill(out, '0', usize::try_from(n).unwrap_or(0));
    if decpt <= 0 {
        out.push_str("0.");
        zeros(out, -decpt);
        out.push_str(digits);
    } else if decpt <= digits_len {
        let (int_part, frac) = digits.split_at(usize::try_from(decpt).unwrap_or(0));
        out.push_str(int_part);
        out.push('.');
        out.push_str(frac);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, end - decpt);
    } else {
        zeros(out, end - digits_len);
    }
}

// ---------------------------------------------------------------------------
// Number fields (calc_number_widths / fill_number)
// ---------------------------------------------------------------------------

/// Thousands grouping requested by a format spec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Grouping {
    /// No grouping.
    Off,
    /// `','`: groups of three.
    Comma,
    /// `'_'`: groups of three (decimal types).
    Underscore,
    /// `'_'` with `b`, `o`, `x`, `X`: groups of four.
    UnderscoreFour,
}

impl Grouping {
    /// (group size, separator), or `None` when there is no grouping.
    fn layout(self) -> Option<(i64, char)> {
        match self {
            Grouping::Off => None,
            Grouping::Comma => Some((3, ',')),
            Grouping::Underscore => Some((3, '_')),
            Grouping::UnderscoreFour => Some((4, '_')),
        }
    }
}

/// A formatted number split the way CPython's `calc_number_widths` sees
/// it: `[sign][prefix][digits][.][remainder]` (all ASCII).
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

/// Lay out a number in a field: sign, `'='` padding after the sign and
/// prefix, zero padding merged into the grouping (`format(1234, '08,') ==
/// '0,001,234'`), alignment.
fn render_number(p: &NumberParts<'_>, spec: &FormatSpec) -> String {
    let sign = match (p.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some(s @ ('+' | ' '))) => Some(s),
        _ => None,
    };
    let non_digits =
        usize::from(sign.is_some()) + p.prefix.len() + usize::from(p.decimal) + p.remainder.len();
    let width = spec.width.unwrap_or(0);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width.saturating_sub(non_digits)
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group_digits(p.digits, spec.grouping, min_width)
    };
    let padding = width.saturating_sub(non_digits + grouped.len());
    let (left, inner, right) = match spec.align {
        '=' => (0, padding, 0),
        align => {
            let (left, right) = split_padding(padding, align);
            (left, 0, right)
        }
    };
    let mut out = String::with_capacity(width.max(non_digits + grouped.len()) + 4);
    push_fill(&mut out, spec.fill, left);
    out.extend(sign);
    out.push_str(p.prefix);
    push_fill(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    if p.decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_fill(&mut out, spec.fill, right);
    out
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: insert separators into
/// the (ASCII) `digits`, padding with zeros on the left up to `min_width`
/// characters; the result never starts with a separator.
fn group_digits(digits: &str, grouping: Grouping, min_width: usize) -> String {
    let layout = grouping.layout();
    let mut remaining = i64::try_from(digits.len()).unwrap_or(0);
    let mut min_width = i64::try_from(min_width).unwrap_or(0);
    let mut source = digits.chars().rev();
    let mut reversed: Vec<char> = Vec::with_capacity(digits.len() * 2);
    loop {
        let wanted = remaining.max(min_width).max(1);
        let len = layout.map_or(wanted, |(group, _)| wanted.min(group));
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        if let (Some((_, sep)), false) = (layout, reversed.is_empty()) {
            reversed.push(sep);
        }
        reversed.extend(source.by_ref().take(usize::try_from(n_chars).unwrap_or(0)));
        push_zeros(&mut reversed, n_zeros);
        remaining -= n_chars;
        min_width -= len;
        if layout.is_none() || (remaining <= 0 && min_width <= 0) {
            break;
        }
        min_width -= 1; // the separator
    }
    reversed.iter().rev().collect()
}

/// Append `n` (if positive) `'0'` characters.
fn push_zeros(v: &mut Vec<char>, n: i64) {
    v.extend(std::iter::repeat_n('0', usize::try_from(n).unwrap_or(0)));
}

// ---------------------------------------------------------------------------
// Format specs (the mini-language of format() and f-strings)
// ---------------------------------------------------------------------------

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Clone, Debug)]
struct FormatSpec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alternate: bool,
    width: Option<usize>,
    grouping: Grouping,
    precision: Option<usize>,
    /// The presentation type; `'\0'` means none (floats only).
    ty: char,
}

/// What [`format_value`] does once the spec has been checked.
enum Plan {
    /// Empty spec: `str(v)`.
    Plain,
    /// `int.__format__` with an integer presentation type.
    Int(FormatSpec),
    /// `float.__format__` (also ints with a float presentation type).
    Float(FormatSpec),
    /// `str.__format__`.
    Str(FormatSpec),
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `'x'` for a printable ASCII code, else `'\xNN'`, as CPython's messages.
fn quoted_code(c: char) -> String {
    let cp = u32::from(c);
    if cp > 32 && cp < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(ty)
    )
}

/// CPython's `parse_internal_render_format_spec` (with the kind-independent
/// checks it performs).
fn parse_format_spec(
    spec: &str,
    type_name: &str,
    default_type: char,
    default_align: char,
) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::Off,
        precision: None,
        ty: default_type,
    };
    let mut pos = parse_align_and_flags(&chars, &mut f);
    let too_many = "Too many decimal digits in format string";
    let max = u64::try_from(isize::MAX).unwrap_or(u64::MAX);
    f.width = parse_count(&chars, &mut pos, decimal_value, max, too_many)?;
    f.grouping = parse_grouping(&chars, &mut pos)?;
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        let precision = parse_count(&chars, &mut pos, decimal_value, max, too_many)?;
        f.precision =
            Some(precision.ok_or_else(|| "Format specifier missing precision".to_string())?);
    }
    match chars.get(pos..).unwrap_or_default() {
        [] => {}
        [ty] => f.ty = *ty,
        _ => {
            return Err(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ))
        }
    }
    check_grouping_type(&mut f)?;
    Ok(f)
}

/// The `[[fill]align][sign]['z']['#']['0']` start of a spec; `f.align`
/// holds the default alignment on entry. Returns the position after it.
fn parse_align_and_flags(chars: &[char], f: &mut FormatSpec) -> usize {
    let at = |i: usize| chars.get(i).copied();
    let (fill_given, align_given) = match (at(0), at(1)) {
        (Some(fill), Some(align)) if is_align(align) => (Some(fill), Some(align)),
        (Some(align), _) if is_align(align) => (None, Some(align)),
        _ => (None, None),
    };
    let default_align = f.align;
    let mut pos = 0;
    if let Some(fill) = fill_given {
        f.fill = fill;
        pos += 1;
    }
    if let Some(align) = align_given {
        f.align = align;
        pos += 1;
    }
    if let Some(sign @ ('+' | '-' | ' ')) = at(pos) {
        f.sign = Some(sign);
        pos += 1;
    }
    if at(pos) == Some('z') {
        f.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        f.alternate = true;
        pos += 1;
    }
    // Zero padding: '0' before the width is a fill, and '=' alignment for
    // numbers, unless a fill or an alignment was given.
    if fill_given.is_none() && at(pos) == Some('0') {
        f.fill = '0';
        if align_given.is_none() && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    pos
}

/// The `','` / `'_'` part of a spec.
fn parse_grouping(chars: &[char], pos: &mut usize) -> Result<Grouping, String> {
    let both = || "Cannot specify both ',' and '_'.".to_string();
    let mut grouping = Grouping::Off;
    if chars.get(*pos) == Some(&',') {
        grouping = Grouping::Comma;
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'_') {
        if grouping != Grouping::Off {
            return Err(both());
        }
        grouping = Grouping::Underscore;
        *pos += 1;
    }
    if chars.get(*pos) == Some(&',') && grouping == Grouping::Underscore {
        return Err(both());
    }
    Ok(grouping)
}

/// Which presentation types allow grouping (PEP 378, PEP 515).
fn check_grouping_type(f: &mut FormatSpec) -> Result<(), String> {
    let sep = match f.grouping {
        Grouping::Off => return Ok(()),
        Grouping::Comma => ',',
        Grouping::Underscore | Grouping::UnderscoreFour => '_',
    };
    match f.ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
        'b' | 'o' | 'x' | 'X' if sep == '_' => {
            f.grouping = Grouping::UnderscoreFour;
            Ok(())
        }
        ty => Err(format!("Cannot specify '{sep}' with {}.", quoted_code(ty))),
    }
}

/// Parse and check `spec` for a value of `kind`, choosing the formatter.
fn plan_format(spec: &str, kind: Kind) -> Result<Plan, String> {
    if spec.is_empty() {
        return Ok(Plan::Plain);
    }
    let name = kind.type_name();
    match kind {
        Kind::None => Err(NONE_FORMAT_ERROR.to_string()),
        Kind::Str => {
            let f = parse_format_spec(spec, name, 's', '<')?;
            if f.ty != 's' {
                return Err(unknown_code(f.ty, name));
            }
            check_str_spec(&f)?;
            Ok(Plan::Str(f))
        }
        Kind::Int | Kind::Bool => {
            let f = parse_format_spec(spec, name, 'd', '>')?;
            match f.ty {
                'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {
                    check_int_spec(&f).map(|()| Plan::Int(f))
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
                    check_float_spec(&f).map(|()| Plan::Float(f))
                }
                ty => Err(unknown_code(ty, name)),
            }
        }
        Kind::Float => {
            let f = parse_format_spec(spec, name, '\0', '>')?;
            match f.ty {
                '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {
                    check_float_spec(&f).map(|()| Plan::Float(f))
                }
                ty => Err(unknown_code(ty, name)),
            }
        }
    }
}

/// The checks of CPython's `format_string_internal`.
fn check_str_spec(f: &FormatSpec) -> Result<(), String> {
    match f.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if f.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if f.align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    check_field_limit("width", f.width)
}

/// The checks of CPython's `format_long_internal`; `'c'` is not supported.
fn check_int_spec(f: &FormatSpec) -> Result<(), String> {
    if f.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if f.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if f.ty == 'c' {
        if f.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if f.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        return Err("format code 'c' is not supported".to_string());
    }
    check_field_limit("width", f.width)
}

/// The checks of CPython's `format_float_internal`.
fn check_float_spec(f: &FormatSpec) -> Result<(), String> {
    let int_max = usize::try_from(i32::MAX).unwrap_or(usize::MAX);
    if f.precision.is_some_and(|p| p > int_max) {
        return Err("precision too big".to_string());
    }
    check_field_limit("width", f.width)?;
    check_field_limit("precision", f.precision)
}

/// Check a format spec (the part after `':'` in an f-string `{x:spec}`,
/// i.e. `format(x, spec)`) for a value of kind `kind`.
///
/// `Err` carries CPython 3.11's exact message wherever CPython raises (a
/// `ValueError`, except for `None` with a non-empty spec: CPython's
/// `TypeError` "unsupported format string passed to NoneType.__format__").
/// Also `Err` for what is not supported: the `'c'` type ("format code 'c'
/// is not supported", after CPython's own checks of `'c'` specs) and
/// widths/precisions above [`MAX_FIELD`]. CPython's only value-dependent
/// format error is `'c'`'s range check, so `Ok` here means
/// [`format_value`] succeeds for every value of the kind.
pub fn check_format_spec(spec: &str, kind: Kind) -> Result<(), String> {
    plan_format(spec, kind).map(|_| ())
}

/// `format(v, spec)` exactly as CPython 3.11. The spec is normally checked
/// beforehand with [`check_format_spec`]; an invalid one gives the same
/// `Err` here.
pub fn format_value(v: FmtValue<'_>, spec: &str) -> Result<String, String> {
    let internal = || {
        format!(
            "internal error: a {} cannot be formatted with {spec:?}",
            v.kind().type_name()
        )
    };
    match (plan_format(spec, v.kind())?, v) {
        (Plan::Plain, v) => Ok(str_of(v)),
        (Plan::Str(f), FmtValue::Str(s)) => Ok(format_str(s, &f)),
        (Plan::Int(f), v) => v.as_int().map(|i| format_int(i, &f)).ok_or_else(internal),
        (Plan::Float(f), v) => v
            .as_float()
            .map(|x| format_float(x, &f))
            .ok_or_else(internal),
        (Plan::Str(_), _) => Err(internal()),
    }
}

/// `str.__format__` after the checks: truncate to the precision, pad.
fn format_str(s: &str, f: &FormatSpec) -> String {
    let shown = match f.precision {
        Some(p) => truncate_chars(s, p),
        None => s,
    };
    let padding = f.width.unwrap_or(0).saturating_sub(shown.chars().count());
    let (left, right) = split_padding(padding, f.align);
    let mut out = String::with_capacity(shown.len() + padding);
    push_fill(&mut out, f.fill, left);
    out.push_str(shown);
    push_fill(&mut out, f.fill, right);
    out
}

/// `int.__format__` for the types `b d o x X n` (C locale for `n`).
fn format_int(v: i64, f: &FormatSpec) -> String {
    let digits = digits_in_base(v.unsigned_abs(), f.ty);
    let prefix = match (f.alternate, f.ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let parts = NumberParts {
        negative: v < 0,
        prefix,
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    render_number(&parts, f)
}

/// CPython's `format_float_internal` (C locale for `n`).
fn format_float(x: f64, f: &FormatSpec) -> String {
    let flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        add_dot_0: f.ty == '\0',
    };
    // No type: like repr without a precision, like 'g' (keeping a ".0")
    // with one. '%' is 'f' of x * 100.
    let (code, x) = match (f.ty, f.precision) {
        ('\0', None) => ('r', x),
        ('\0' | 'n', _) => ('g', x),
        ('%', _) => ('f', x * 100.0),
        (ty, _) => (ty, x),
    };
    let default_precision = if f.ty == '\0' { 0 } else { 6 };
    let mut text = double_to_string(x, code, f.precision.unwrap_or(default_precision), flags);
    if f.ty == '%' {
        text.push('%');
    }
    render_number(&float_parts(&text), f)
}

/// Split `PyOS_double_to_string` output as CPython's `parse_number`:
/// sign, leading digits, an optional point, and the rest (fraction,
/// exponent, `inf`, `%`).
fn float_parts(text: &str) -> NumberParts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let remainder = rest.strip_prefix('.');
    NumberParts {
        negative,
        prefix: "",
        digits,
        decimal: remainder.is_some(),
        remainder: remainder.unwrap_or(rest),
    }
}

// ---------------------------------------------------------------------------
// printf-style formatting (str % args)
// ---------------------------------------------------------------------------

/// One piece of a parsed %-format string.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum PercentPiece {
    /// Literal text. Adjacent literal text is merged, with each `"%%"`
    /// already turned into `"%"` (`"100%% done"` is one `Lit("100% done")`).
    Lit(String),
    /// One conversion, exactly as written, e.g. `"%-8.3f"`, `"%d"`, `"%05x"`,
    /// `"%ld"`.
    Conv(String),
}

/// A parsed %-conversion (CPython's `struct unicode_format_arg_t`).
#[derive(Clone, Debug, Default)]
struct PercentSpec {
    ljust: bool,
    plus: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
}

impl PercentSpec {
    /// `s`, `r` and `a` format text; the others format numbers.
    fn is_text(&self) -> bool {
        matches!(self.conv, 's' | 'r' | 'a')
    }
}

/// Parse the conversion whose `'%'` is just before `chars[start]` (CPython's
/// `unicode_format_arg_parse` plus the conversion-character check).
/// Returns the spec and the index just after the conversion character.
fn parse_conversion(chars: &[char], start: usize) -> Result<(PercentSpec, usize), String> {
    let at = |i: usize| chars.get(i).copied();
    let star = || "'*' widths and precisions in %-format strings are not supported".to_string();
    if at(start) == Some('(') {
        return Err("mapping keys ('%(name)s') in %-format strings are not supported".to_string());
    }
    let mut s = PercentSpec::default();
    let mut pos = start;
    while let Some(c) = at(pos) {
        match c {
            '-' => s.ljust = true,
            '+' => s.plus = true,
            ' ' => s.blank = true,
            '#' => s.alt = true,
            '0' => s.zero = true,
            _ => break,
        }
        pos += 1;
    }
    if at(pos) == Some('*') {
        return Err(star());
    }
    let ascii_digit = |c: char| c.to_digit(10);
    let width_max = u64::try_from(isize::MAX).unwrap_or(u64::MAX);
    s.width = parse_count(chars, &mut pos, ascii_digit, width_max, "width too big")?;
    if at(pos) == Some('.') {
        pos += 1;
        if at(pos) == Some('*') {
            return Err(star());
        }
        let prec_max = u64::try_from(i32::MAX).unwrap_or(u64::MAX);
        s.precision = Some(
            parse_count(chars, &mut pos, ascii_digit, prec_max, "precision too big")?.unwrap_or(0),
        );
    }
    if matches!(at(pos), Some('h' | 'l' | 'L')) {
        pos += 1;
    }
    let conv = at(pos).ok_or_else(|| "incomplete format".to_string())?;
    if !"sradiuoxXeEfFgGc".contains(conv) {
        let shown = if (' '..='~').contains(&conv) || conv == '\x1f' {
            conv
        } else {
            '?'
        };
        return Err(format!(
            "unsupported format character '{shown}' (0x{:x}) at index {pos}",
            u32::from(conv)
        ));
    }
    s.conv = conv;
    check_field_limit("width", s.width)?;
    if !s.is_text() {
        check_field_limit("precision", s.precision)?;
    }
    Ok((s, pos + 1))
}

/// Split a %-format string into pieces.
///
/// `Err` with CPython's `ValueError` message for a malformed string
/// ("incomplete format", "unsupported format character 'y' (0x79) at
/// index 3", "width too big", "precision too big"; the index counts code
/// points). CPython reports these while formatting, after "not enough
/// arguments for format string" if the arguments run out first; that check
/// is the caller's. Mapping keys (`'%(name)s'`), `'*'` widths/precisions
/// and fields above [`MAX_FIELD`] give an `Err` saying "not supported".
/// `%c` parses; [`check_percent`] rejects it.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut pos = 0;
    while let Some(&c) = chars.get(pos) {
        if c != '%' {
            lit.push(c);
            pos += 1;
        } else if chars.get(pos + 1) == Some(&'%') {
            lit.push('%');
            pos += 2;
        } else {
            let (_, end) = parse_conversion(&chars, pos + 1)?;
            if !lit.is_empty() {
                pieces.push(PercentPiece::Lit(std::mem::take(&mut lit)));
            }
            pieces.push(PercentPiece::Conv(chars[pos..end].iter().collect()));
            pos = end;
        }
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Lit(lit));
    }
    Ok(pieces)
}

/// Parse a lone conversion such as `"%-8.3f"` (a [`PercentPiece::Conv`]).
fn parse_single_conversion(conv: &str) -> Result<PercentSpec, String> {
    let chars: Vec<char> = conv.chars().collect();
    if chars.first() != Some(&'%') {
        return Err(format!("{conv:?} is not a %-conversion"));
    }
    let (spec, end) = parse_conversion(&chars, 1)?;
    if end != chars.len() {
        return Err(format!("{conv:?} is not a single %-conversion"));
    }
    Ok(spec)
}

/// The `TypeError`s of CPython's `mainformatlong` and `formatfloat`; `%c`
/// is not supported.
fn check_conversion_kind(conv: char, kind: Kind) -> Result<(), String> {
    let name = kind.type_name();
    let number = matches!(kind, Kind::Int | Kind::Bool | Kind::Float);
    match conv {
        'd' | 'i' | 'u' if !number => Err(format!(
            "%{conv} format: a real number is required, not {name}"
        )),
        'o' | 'x' | 'X' if !matches!(kind, Kind::Int | Kind::Bool) => Err(format!(
            "%{conv} format: an integer is required, not {name}"
        )),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' if !number => {
            Err(format!("must be real number, not {name}"))
        }
        'c' => Err("the %c conversion is not supported".to_string()),
        _ => Ok(()),
    }
}

/// Check one conversion (a [`PercentPiece::Conv`], e.g. `"%x"`) against a
/// value kind: `Err` with CPython 3.11's `TypeError` message when CPython
/// would raise for every value of the kind ("%x format: an integer is
/// required, not float", "%d format: a real number is required, not
/// NoneType", "must be real number, not str"), or when the conversion is
/// malformed or not supported (`%c`).
pub fn check_percent(conv: &str, kind: Kind) -> Result<(), String> {
    let spec = parse_single_conversion(conv)?;
    check_conversion_kind(spec.conv, kind)
}

/// Apply one conversion (`conv % (v,)`).
///
/// Errors are `(exception name, message)`: `"ValueError"` for a malformed
/// or unsupported conversion, `"TypeError"` as [`check_percent`], and the
/// value-dependent ones of integer conversions of floats: `'%d' % nan`
/// gives `("ValueError", "cannot convert float NaN to integer")` and
/// `'%d' % inf` `("OverflowError", "cannot convert float infinity to
/// integer")`.
pub fn percent_value(v: FmtValue<'_>, conv: &str) -> Result<String, (&'static str, String)> {
    let spec = parse_single_conversion(conv).map_err(|m| ("ValueError", m))?;
    let kind_error = if spec.conv == 'c' {
        "ValueError"
    } else {
        "TypeError"
    };
    check_conversion_kind(spec.conv, v.kind()).map_err(|m| (kind_error, m))?;
    let text = match spec.conv {
        's' => str_of(v),
        'r' => repr_of(v),
        'a' => ascii_of(v),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => percent_float(v, &spec)?,
        _ => percent_int(v, &spec)?,
    };
    Ok(percent_output(&text, &spec))
}

/// The `TypeError` for a value that [`check_conversion_kind`] should have
/// refused (never happens).
fn unexpected_kind(v: FmtValue<'_>, spec: &PercentSpec) -> (&'static str, String) {
    let name = v.kind().type_name();
    (
        "TypeError",
        format!("internal error: %{} applied to a {name}", spec.conv),
    )
}

/// The text of a float conversion (`e E f F g G`) before padding, as
/// CPython's `formatfloat`; an int is converted to float first.
fn percent_float(v: FmtValue<'_>, spec: &PercentSpec) -> Result<String, (&'static str, String)> {
    let x = v.as_float().ok_or_else(|| unexpected_kind(v, spec))?;
    let flags = DtoaFlags {
        alt: spec.alt,
        ..DtoaFlags::default()
    };
    Ok(double_to_string(
        x,
        spec.conv,
        spec.precision.unwrap_or(6),
        flags,
    ))
}

/// The text of an integer conversion (`d i u o x X`) before padding, as
/// CPython's `_PyUnicode_FormatLong`: sign, `0o`/`0x`/`0X` for `'#'`, zeros
/// up to the precision, digits. A float is truncated first (`int(x)`).
fn percent_int(v: FmtValue<'_>, spec: &PercentSpec) -> Result<String, (&'static str, String)> {
    let (negative, digits) = match v {
        FmtValue::Float(x) if x.is_nan() => {
            return Err((
                "ValueError",
                "cannot convert float NaN to integer".to_string(),
            ));
        }
        FmtValue::Float(x) if x.is_infinite() => {
            return Err((
                "OverflowError",
                "cannot convert float infinity to integer".to_string(),
            ));
        }
        // Rust's fixed-point output of an integral f64 is exact.
        FmtValue::Float(x) => (x.trunc() < 0.0, format!("{:.0}", x.trunc().abs())),
        v => {
            let i = v.as_int().ok_or_else(|| unexpected_kind(v, spec))?;
            (i < 0, digits_in_base(i.unsigned_abs(), spec.conv))
        }
    };
    let prefix = match (spec.alt, spec.conv) {
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let zeros = spec.precision.unwrap_or(0).saturating_sub(digits.len());
    let mut out = String::with_capacity(digits.len() + zeros + 3);
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    push_fill(&mut out, '0', zeros);
    out.push_str(&digits);
    Ok(out)
}

/// Pad a converted value into its field, as CPython's
/// `unicode_format_arg_output`: truncation for `s r a`, the sign (`+`,
/// `' '`) and `'0'` fill for numbers, the `0x`/`0X`/`0o` prefix kept
/// before zero padding, `'-'` for left alignment.
fn percent_output(text: &str, spec: &PercentSpec) -> String {
    let numeric = !spec.is_text();
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let mut body = match (spec.is_text(), spec.precision) {
        (true, Some(p)) => truncate_chars(text, p),
        _ => text,
    };
    let mut sign = None;
    if numeric {
        if let Some(rest) = body.strip_prefix(['-', '+']) {
            sign = body.chars().next();
            body = rest;
        } else if spec.plus {
            sign = Some('+');
        } else if spec.blank {
            sign = Some(' ');
        }
    }
    let len = body.chars().count();
    let mut width = spec.width.unwrap_or(0).max(len);
    if sign.is_some() && width > len {
        width -= 1;
    }
    let prefix_len = if spec.alt && matches!(spec.conv, 'x' | 'X' | 'o') {
        2
    } else {
        0
    };
    let (prefix, rest) = body.split_at(prefix_len.min(body.len()));
    let padding = width.saturating_sub(len.max(prefix_len));
    let (left, right) = if spec.ljust {
        (0, padding)
    } else {
        (padding, 0)
    };
    let mut out = String::with_capacity(width + 2);
    if fill == ' ' {
        push_fill(&mut out, ' ', left);
    }
    out.extend(sign);
    out.push_str(prefix);
    if fill != ' ' {
        push_fill(&mut out, fill, left);
    }
    out.push_str(rest);
    push_fill(&mut out, ' ', right);
    out
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/// `round(x)` for a float: round half to even (result as `f64`; the caller
/// converts to int and raises for nan/inf).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)` exactly as CPython's `float.__round__` with an int
/// `ndigits` (its `double_round`: correctly rounded decimal conversion, ties
/// to even on the exact binary value, then back to the nearest float):
/// `round(2.675, 2) == 2.67`, `round(0.5, 0) == 0.0`, `round(1234.5, -2) ==
/// 1200.0`, `round(1e308, -308) == 1e308`. NaN and infinities round to
/// themselves, `ndigits > 323` returns `x`, `ndigits < -308` gives `0.0`
/// with `x`'s sign. `Err` only where CPython raises `OverflowError`:
/// "rounded value too large to represent".
pub fn round_digits(x: f64, ndigits: i64) -> Result<f64, String> {
    const NDIGITS_MAX: i64 = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
    const NDIGITS_MIN: i64 = -308; // -(DBL_MAX_EXP + 1) * 0.30103
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = match usize::try_from(ndigits) {
        Ok(n) => format!("{x:.n$}"),
        Err(_) => round_integer_text(x, usize::try_from(ndigits.unsigned_abs()).unwrap_or(0)),
    };
    let rounded: f64 = text
        .parse()
        .map_err(|_| format!("internal error: cannot read back {text:?}"))?;
    if rounded.is_infinite() {
        return Err("rounded value too large to represent".to_string());
    }
    Ok(rounded)
}

/// `x` (finite) rounded half-even to a multiple of `10^k` (`k >= 1`), as
/// decimal text `"[-]DIGITSek"`.
fn round_integer_text(x: f64, k: usize) -> String {
    let int_part = x.trunc();
    let inexact = x != int_part;
    // Rust's fixed-point output of an integral f64 is exact.
    let digits = format!("{:0>width$.0}", int_part.abs(), width = k + 1);
    let (kept, dropped) = digits.split_at(digits.len() - k);
    let mut dropped = dropped.bytes();
    let first = dropped.next().unwrap_or(b'0');
    let rest_nonzero = inexact || dropped.any(|b| b != b'0');
    let last_odd = kept.bytes().last().is_some_and(|b| b % 2 == 1);
    let round_up = first > b'5' || (first == b'5' && (rest_nonzero || last_odd));
    let kept = if round_up {
        increment_decimal(kept)
    } else {
        kept.to_string()
    };
    let sign = if x.is_sign_negative() { "-" } else { "" };
    format!("{sign}{kept}e{k}")
}

/// Add one to a decimal digit string (`"199"` -> `"200"`, `"99"` -> `"100"`).
fn increment_decimal(digits: &str) -> String {
    let mut out: Vec<u8> = digits.bytes().collect();
    for d in out.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return String::from_utf8_lossy(&out).into_owned();
        }
    }
    format!("1{}", String::from_utf8_lossy(&out))
}

// ---------------------------------------------------------------------------
// Unicode tables (Unicode 14.0.0, Python 3.11), generated with python3
// ---------------------------------------------------------------------------

/// The code points with decimal value 0; each starts a run of ten Nd digits.
#[rustfmt::skip]
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6,
    0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900,
    0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0,
    0x1E950, 0x1FBF0,
];

/// Inclusive ranges of non-ASCII code points that are not printable
/// (`str.isprintable()` is false), sorted.
#[rustfmt::skip]
const NON_PRINTABLE: &[(u32, u32)] = &[
    (0x80, 0xA0), (0xAD, 0xAD), (0x378, 0x379), (0x380, 0x383), (0x38B, 0x38B),
    (0x38D, 0x38D), (0x3A2, 0x3A2), (0x530, 0x530), (0x557, 0x558), (0x58B, 0x58C),
    (0x590, 0x590), (0x5C8, 0x5CF), (0x5EB, 0x5EE), (0x5F5, 0x605), (0x61C, 0x61C),
    (0x6DD, 0x6DD), (0x70E, 0x70F), (0x74B, 0x74C), (0x7B2, 0x7BF), (0x7FB, 0x7FC),
    (0x82E, 0x82F), (0x83F, 0x83F), (0x85C, 0x85D), (0x85F, 0x85F), (0x86B, 0x86F),
    (0x88F, 0x897), (0x8E2, 0x8E2), (0x984, 0x984), (0x98D, 0x98E), (0x991, 0x992),
    (0x9A9, 0x9A9), (0x9B1, 0x9B1), (0x9B3, 0x9B5), (0x9BA, 0x9BB), (0x9C5, 0x9C6),
    (0x9C9, 0x9CA), (0x9CF, 0x9D6), (0x9D8, 0x9DB), (0x9DE, 0x9DE), (0x9E4, 0x9E5),
    (0x9FF, 0xA00), (0xA04, 0xA04), (0xA0B, 0xA0E), (0xA11, 0xA12), (0xA29, 0xA29),
    (0xA31, 0xA31), (0xA34, 0xA34), (0xA37, 0xA37), (0xA3A, 0xA3B), (0xA3D, 0xA3D),
    (0xA43, 0xA46), (0xA49, 0xA4A), (0xA4E, 0xA50), (0xA52, 0xA58), (0xA5D, 0xA5D),
    (0xA5F, 0xA65), (0xA77, 0xA80), (0xA84, 0xA84), (0xA8E, 0xA8E), (0xA92, 0xA92),
    (0xAA9, 0xAA9), (0xAB1, 0xAB1), (0xAB4, 0xAB4), (0xABA, 0xABB), (0xAC6, 0xAC6),
    (0xACA, 0xACA), (0xACE, 0xACF), (0xAD1, 0xADF), (0xAE4, 0xAE5), (0xAF2, 0xAF8),
    (0xB00, 0xB00), (0xB04, 0xB04), (0xB0D, 0xB0E), (0xB11, 0xB12), (0xB29, 0xB29),
    (0xB31, 0xB31), (0xB34, 0xB34), (0xB3A, 0xB3B), (0xB45, 0xB46), (0xB49, 0xB4A),
    (0xB4E, 0xB54), (0xB58, 0xB5B), (0xB5E, 0xB5E), (0xB64, 0xB65), (0xB78, 0xB81),
    (0xB84, 0xB84), (0xB8B, 0xB8D), (0xB91, 0xB91), (0xB96, 0xB98), (0xB9B, 0xB9B),
    (0xB9D, 0xB9D), (0xBA0, 0xBA2), (0xBA5, 0xBA7), (0xBAB, 0xBAD), (0xBBA, 0xBBD),
    (0xBC3, 0xBC5), (0xBC9, 0xBC9), (0xBCE, 0xBCF), (0xBD1, 0xBD6), (0xBD8, 0xBE5),
    (0xBFB, 0xBFF), (0xC0D, 0xC0D), (0xC11, 0xC11), (0xC29, 0xC29), (0xC3A, 0xC3B),
    (0xC45, 0xC45), (0xC49, 0xC49), (0xC4E, 0xC54), (0xC57, 0xC57), (0xC5B, 0xC5C),
    (0xC5E, 0xC5F), (0xC64, 0xC65), (0xC70, 0xC76), (0xC8D, 0xC8D), (0xC91, 0xC91),
    (0xCA9, 0xCA9), (0xCB4, 0xCB4), (0xCBA, 0xCBB), (0xCC5, 0xCC5), (0xCC9, 0xCC9),
    (0xCCE, 0xCD4), (0xCD7, 0xCDC), (0xCDF, 0xCDF), (0xCE4, 0xCE5), (0xCF0, 0xCF0),
    (0xCF3, 0xCFF), (0xD0D, 0xD0D), (0xD11, 0xD11), (0xD45, 0xD45), (0xD49, 0xD49),
    (0xD50, 0xD53), (0xD64, 0xD65), (0xD80, 0xD80), (0xD84, 0xD84), (0xD97, 0xD99),
    (0xDB2, 0xDB2), (0xDBC, 0xDBC), (0xDBE, 0xDBF), (0xDC7, 0xDC9), (0xDCB, 0xDCE),
    (0xDD5, 0xDD5), (0xDD7, 0xDD7), (0xDE0, 0xDE5), (0xDF0, 0xDF1), (0xDF5, 0xE00),
    (0xE3B, 0xE3E), (0xE5C, 0xE80), (0xE83, 0xE83), (0xE85, 0xE85), (0xE8B, 0xE8B),
    (0xEA4, 0xEA4), (0xEA6, 0xEA6), (0xEBE, 0xEBF), (0xEC5, 0xEC5), (0xEC7, 0xEC7),
    (0xECE, 0xECF), (0xEDA, 0xEDB), (0xEE0, 0xEFF), (0xF48, 0xF48), (0xF6D, 0xF70),
    (0xF98, 0xF98), (0xFBD, 0xFBD), (0xFCD, 0xFCD), (0xFDB, 0xFFF), (0x10C6, 0x10C6),
    (0x10C8, 0x10CC), (0x10CE, 0x10CF), (0x1249, 0x1249), (0x124E, 0x124F), (0x1257, 0x1257),
    (0x1259, 0x1259), (0x125E, 0x125F), (0x1289, 0x1289), (0x128E, 0x128F), (0x12B1, 0x12B1),
    (0x12B6, 0x12B7), (0x12BF, 0x12BF), (0x12C1, 0x12C1), (0x12C6, 0x12C7), (0x12D7, 0x12D7),
    (0x1311, 0x1311), (0x1316, 0x1317), (0x135B, 0x135C), (0x137D, 0x137F), (0x139A, 0x139F),
    (0x13F6, 0x13F7), (0x13FE, 0x13FF), (0x1680, 0x1680), (0x169D, 0x169F), (0x16F9, 0x16FF),
    (0x1716, 0x171E), (0x1737, 0x173F), (0x1754, 0x175F), (0x176D, 0x176D), (0x1771, 0x1771),
    (0x1774, 0x177F), (0x17DE, 0x17DF), (0x17EA, 0x17EF), (0x17FA, 0x17FF), (0x180E, 0x180E),
    (0x181A, 0x181F), (0x1879, 0x187F), (0x18AB, 0x18AF), (0x18F6, 0x18FF), (0x191F, 0x191F),
    (0x192C, 0x192F), (0x193C, 0x193F), (0x1941, 0x1943), (0x196E, 0x196F), (0x1975, 0x197F),
    (0x19AC, 0x19AF), (0x19CA, 0x19CF), (0x19DB, 0x19DD), (0x1A1C, 0x1A1D), (0x1A5F, 0x1A5F),
    (0x1A7D, 0x1A7E), (0x1A8A, 0x1A8F), (0x1A9A, 0x1A9F), (0x1AAE, 0x1AAF), (0x1ACF, 0x1AFF),
    (0x1B4D, 0x1B4F), (0x1B7F, 0x1B7F), (0x1BF4, 0x1BFB), (0x1C38, 0x1C3A), (0x1C4A, 0x1C4C),
    (0x1C89, 0x1C8F), (0x1CBB, 0x1CBC), (0x1CC8, 0x1CCF), (0x1CFB, 0x1CFF), (0x1F16, 0x1F17),
    (0x1F1E, 0x1F1F), (0x1F46, 0x1F47), (0x1F4E, 0x1F4F), (0x1F58, 0x1F58), (0x1F5A, 0x1F5A),
    (0x1F5C, 0x1F5C), (0x1F5E, 0x1F5E), (0x1F7E, 0x1F7F), (0x1FB5, 0x1FB5), (0x1FC5, 0x1FC5),
    (0x1FD4, 0x1FD5), (0x1FDC, 0x1FDC), (0x1FF0, 0x1FF1), (0x1FF5, 0x1FF5), (0x1FFF, 0x200F),
    (0x2028, 0x202F), (0x205F, 0x206F), (0x2072, 0x2073), (0x208F, 0x208F), (0x209D, 0x209F),
    (0x20C1, 0x20CF), (0x20F1, 0x20FF), (0x218C, 0x218F), (0x2427, 0x243F), (0x244B, 0x245F),
    (0x2B74, 0x2B75), (0x2B96, 0x2B96), (0x2CF4, 0x2CF8), (0x2D26, 0x2D26), (0x2D28, 0x2D2C),
    (0x2D2E, 0x2D2F), (0x2D68, 0x2D6E), (0x2D71, 0x2D7E), (0x2D97, 0x2D9F), (0x2DA7, 0x2DA7),
    (0x2DAF, 0x2DAF), (0x2DB7, 0x2DB7), (0x2DBF, 0x2DBF), (0x2DC7, 0x2DC7), (0x2DCF, 0x2DCF),
    (0x2DD7, 0x2DD7), (0x2DDF, 0x2DDF), (0x2E5E, 0x2E7F), (0x2E9A, 0x2E9A), (0x2EF4, 0x2EFF),
    (0x2FD6, 0x2FEF), (0x2FFC, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104),
    (0x3130, 0x3130), (0x318F, 0x318F), (0x31E4, 0x31EF), (0x321F, 0x321F), (0xA48D, 0xA48F),
    (0xA4C7, 0xA4CF), (0xA62C, 0xA63F), (0xA6F8, 0xA6FF), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D2),
    (0xA7D4, 0xA7D4), (0xA7DA, 0xA7F1), (0xA82D, 0xA82F), (0xA83A, 0xA83F), (0xA878, 0xA87F),
    (0xA8C6, 0xA8CD), (0xA8DA, 0xA8DF), (0xA954, 0xA95E), (0xA97D, 0xA97F), (0xA9CE, 0xA9CE),
    (0xA9DA, 0xA9DD), (0xA9FF, 0xA9FF), (0xAA37, 0xAA3F), (0xAA4E, 0xAA4F), (0xAA5A, 0xAA5B),
    (0xAAC3, 0xAADA), (0xAAF7, 0xAB00), (0xAB07, 0xAB08), (0xAB0F, 0xAB10), (0xAB17, 0xAB1F),
    (0xAB27, 0xAB27), (0xAB2F, 0xAB2F), (0xAB6C, 0xAB6F), (0xABEE, 0xABEF), (0xABFA, 0xABFF),
    (0xD7A4, 0xD7AF), (0xD7C7, 0xD7CA), (0xD7FC, 0xF8FF), (0xFA6E, 0xFA6F), (0xFADA, 0xFAFF),
    (0xFB07, 0xFB12), (0xFB18, 0xFB1C), (0xFB37, 0xFB37), (0xFB3D, 0xFB3D), (0xFB3F, 0xFB3F),
    (0xFB42, 0xFB42), (0xFB45, 0xFB45), (0xFBC3, 0xFBD2), (0xFD90, 0xFD91), (0xFDC8, 0xFDCE),
    (0xFDD0, 0xFDEF), (0xFE1A, 0xFE1F), (0xFE53, 0xFE53), (0xFE67, 0xFE67), (0xFE6C, 0xFE6F),
    (0xFE75, 0xFE75), (0xFEFD, 0xFF00), (0xFFBF, 0xFFC1), (0xFFC8, 0xFFC9), (0xFFD0, 0xFFD1),
    (0xFFD8, 0xFFD9), (0xFFDD, 0xFFDF), (0xFFE7, 0xFFE7), (0xFFEF, 0xFFFB), (0xFFFE, 0xFFFF),
    (0x1000C, 0x1000C), (0x10027, 0x10027), (0x1003B, 0x1003B), (0x1003E, 0x1003E), (0x1004E, 0x1004F),
    (0x1005E, 0x1007F), (0x100FB, 0x100FF), (0x10103, 0x10106), (0x10134, 0x10136), (0x1018F, 0x1018F),
    (0x1019D, 0x1019F), (0x101A1, 0x101CF), (0x101FE, 0x1027F), (0x1029D, 0x1029F), (0x102D1, 0x102DF),
    (0x102FC, 0x102FF), (0x10324, 0x1032C), (0x1034B, 0x1034F), (0x1037B, 0x1037F), (0x1039E, 0x1039E),
    (0x103C4, 0x103C7), (0x103D6, 0x103FF), (0x1049E, 0x1049F), (0x104AA, 0x104AF), (0x104D4, 0x104D7),
    (0x104FC, 0x104FF), (0x10528, 0x1052F), (0x10564, 0x1056E), (0x1057B, 0x1057B), (0x1058B, 0x1058B),
    (0x10593, 0x10593), (0x10596, 0x10596), (0x105A2, 0x105A2), (0x105B2, 0x105B2), (0x105BA, 0x105BA),
    (0x105BD, 0x105FF), (0x10737, 0x1073F), (0x10756, 0x1075F), (0x10768, 0x1077F), (0x10786, 0x10786),
    (0x107B1, 0x107B1), (0x107BB, 0x107FF), (0x10806, 0x10807), (0x10809, 0x10809), (0x10836, 0x10836),
    (0x10839, 0x1083B), (0x1083D, 0x1083E), (0x10856, 0x10856), (0x1089F, 0x108A6), (0x108B0, 0x108DF),
    (0x108F3, 0x108F3), (0x108F6, 0x108FA), (0x1091C, 0x1091E), (0x1093A, 0x1093E), (0x10940, 0x1097F),
    (0x109B8, 0x109BB), (0x109D0, 0x109D1), (0x10A04, 0x10A04), (0x10A07, 0x10A0B), (0x10A14, 0x10A14),
    (0x10A18, 0x10A18), (0x10A36, 0x10A37), (0x10A3B, 0x10A3E), (0x10A49, 0x10A4F), (0x10A59, 0x10A5F),
    (0x10AA0, 0x10ABF), (0x10AE7, 0x10AEA), (0x10AF7, 0x10AFF), (0x10B36, 0x10B38), (0x10B56, 0x10B57),
    (0x10B73, 0x10B77), (0x10B92, 0x10B98), (0x10B9D, 0x10BA8), (0x10BB0, 0x10BFF), (0x10C49, 0x10C7F),
    (0x10CB3, 0x10CBF), (0x10CF3, 0x10CF9), (0x10D28, 0x10D2F), (0x10D3A, 0x10E5F), (0x10E7F, 0x10E7F),
    (0x10EAA, 0x10EAA), (0x10EAE, 0x10EAF), (0x10EB2, 0x10EFF), (0x10F28, 0x10F2F), (0x10F5A, 0x10F6F),
    (0x10F8A, 0x10FAF), (0x10FCC, 0x10FDF), (0x10FF7, 0x10FFF), (0x1104E, 0x11051), (0x11076, 0x1107E),
    (0x110BD, 0x110BD), (0x110C3, 0x110CF), (0x110E9, 0x110EF), (0x110FA, 0x110FF), (0x11135, 0x11135),
    (0x11148, 0x1114F), (0x11177, 0x1117F), (0x111E0, 0x111E0), (0x111F5, 0x111FF), (0x11212, 0x11212),
    (0x1123F, 0x1127F), (0x11287, 0x11287), (0x11289, 0x11289), (0x1128E, 0x1128E), (0x1129E, 0x1129E),
    (0x112AA, 0x112AF), (0x112EB, 0x112EF), (0x112FA, 0x112FF), (0x11304, 0x11304), (0x1130D, 0x1130E),
    (0x11311, 0x11312), (0x11329, 0x11329), (0x11331, 0x11331), (0x11334, 0x11334), (0x1133A, 0x1133A),
    (0x11345, 0x11346), (0x11349, 0x1134A), (0x1134E, 0x1134F), (0x11351, 0x11356), (0x11358, 0x1135C),
    (0x11364, 0x11365), (0x1136D, 0x1136F), (0x11375, 0x113FF), (0x1145C, 0x1145C), (0x11462, 0x1147F),
    (0x114C8, 0x114CF), (0x114DA, 0x1157F), (0x115B6, 0x115B7), (0x115DE, 0x115FF), (0x11645, 0x1164F),
    (0x1165A, 0x1165F), (0x1166D, 0x1167F), (0x116BA, 0x116BF), (0x116CA, 0x116FF), (0x1171B, 0x1171C),
    (0x1172C, 0x1172F), (0x11747, 0x117FF), (0x1183C, 0x1189F), (0x118F3, 0x118FE), (0x11907, 0x11908),
    (0x1190A, 0x1190B), (0x11914, 0x11914), (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193A),
    (0x11947, 0x1194F), (0x1195A, 0x1199F), (0x119A8, 0x119A9), (0x119D8, 0x119D9), (0x119E5, 0x119FF),
    (0x11A48, 0x11A4F), (0x11AA3, 0x11AAF), (0x11AF9, 0x11BFF), (0x11C09, 0x11C09), (0x11C37, 0x11C37),
    (0x11C46, 0x11C4F), (0x11C6D, 0x11C6F), (0x11C90, 0x11C91), (0x11CA8, 0x11CA8), (0x11CB7, 0x11CFF),
    (0x11D07, 0x11D07), (0x11D0A, 0x11D0A), (0x11D37, 0x11D39), (0x11D3B, 0x11D3B), (0x11D3E, 0x11D3E),
    (0x11D48, 0x11D4F), (0x11D5A, 0x11D5F), (0x11D66, 0x11D66), (0x11D69, 0x11D69), (0x11D8F, 0x11D8F),
    (0x11D92, 0x11D92), (0x11D99, 0x11D9F), (0x11DAA, 0x11EDF), (0x11EF9, 0x11FAF), (0x11FB1, 0x11FBF),
    (0x11FF2, 0x11FFE), (0x1239A, 0x123FF), (0x1246F, 0x1246F), (0x12475, 0x1247F), (0x12544, 0x12F8F),
    (0x12FF3, 0x12FFF), (0x1342F, 0x143FF), (0x14647, 0x167FF), (0x16A39, 0x16A3F), (0x16A5F, 0x16A5F),
    (0x16A6A, 0x16A6D), (0x16ABF, 0x16ABF), (0x16ACA, 0x16ACF), (0x16AEE, 0x16AEF), (0x16AF6, 0x16AFF),
    (0x16B46, 0x16B4F), (0x16B5A, 0x16B5A), (0x16B62, 0x16B62), (0x16B78, 0x16B7C), (0x16B90, 0x16E3F),
    (0x16E9B, 0x16EFF), (0x16F4B, 0x16F4E), (0x16F88, 0x16F8E), (0x16FA0, 0x16FDF), (0x16FE5, 0x16FEF),
    (0x16FF2, 0x16FFF), (0x187F8, 0x187FF), (0x18CD6, 0x18CFF), (0x18D09, 0x1AFEF), (0x1AFF4, 0x1AFF4),
    (0x1AFFC, 0x1AFFC), (0x1AFFF, 0x1AFFF), (0x1B123, 0x1B14F), (0x1B153, 0x1B163), (0x1B168, 0x1B16F),
    (0x1B2FC, 0x1BBFF), (0x1BC6B, 0x1BC6F), (0x1BC7D, 0x1BC7F), (0x1BC89, 0x1BC8F), (0x1BC9A, 0x1BC9B),
    (0x1BCA0, 0x1CEFF), (0x1CF2E, 0x1CF2F), (0x1CF47, 0x1CF4F), (0x1CFC4, 0x1CFFF), (0x1D0F6, 0x1D0FF),
    (0x1D127, 0x1D128), (0x1D173, 0x1D17A), (0x1D1EB, 0x1D1FF), (0x1D246, 0x1D2DF), (0x1D2F4, 0x1D2FF),
    (0x1D357, 0x1D35F), (0x1D379, 0x1D3FF), (0x1D455, 0x1D455), (0x1D49D, 0x1D49D), (0x1D4A0, 0x1D4A1),
    (0x1D4A3, 0x1D4A4), (0x1D4A7, 0x1D4A8), (0x1D4AD, 0x1D4AD), (0x1D4BA, 0x1D4BA), (0x1D4BC, 0x1D4BC),
    (0x1D4C4, 0x1D4C4), (0x1D506, 0x1D506), (0x1D50B, 0x1D50C), (0x1D515, 0x1D515), (0x1D51D, 0x1D51D),
    (0x1D53A, 0x1D53A), (0x1D53F, 0x1D53F), (0x1D545, 0x1D545), (0x1D547, 0x1D549), (0x1D551, 0x1D551),
    (0x1D6A6, 0x1D6A7), (0x1D7CC, 0x1D7CD), (0x1DA8C, 0x1DA9A), (0x1DAA0, 0x1DAA0), (0x1DAB0, 0x1DEFF),
    (0x1DF1F, 0x1DFFF), (0x1E007, 0x1E007), (0x1E019, 0x1E01A), (0x1E022, 0x1E022), (0x1E025, 0x1E025),
    (0x1E02B, 0x1E0FF), (0x1E12D, 0x1E12F), (0x1E13E, 0x1E13F), (0x1E14A, 0x1E14D), (0x1E150, 0x1E28F),
    (0x1E2AF, 0x1E2BF), (0x1E2FA, 0x1E2FE), (0x1E300, 0x1E7DF), (0x1E7E7, 0x1E7E7), (0x1E7EC, 0x1E7EC),
    (0x1E7EF, 0x1E7EF), (0x1E7FF, 0x1E7FF), (0x1E8C5, 0x1E8C6), (0x1E8D7, 0x1E8FF), (0x1E94C, 0x1E94F),
    (0x1E95A, 0x1E95D), (0x1E960, 0x1EC70), (0x1ECB5, 0x1ED00), (0x1ED3E, 0x1EDFF), (0x1EE04, 0x1EE04),
    (0x1EE20, 0x1EE20), (0x1EE23, 0x1EE23), (0x1EE25, 0x1EE26), (0x1EE28, 0x1EE28), (0x1EE33, 0x1EE33),
    (0x1EE38, 0x1EE38), (0x1EE3A, 0x1EE3A), (0x1EE3C, 0x1EE41), (0x1EE43, 0x1EE46), (0x1EE48, 0x1EE48),
    (0x1EE4A, 0x1EE4A), (0x1EE4C, 0x1EE4C), (0x1EE50, 0x1EE50), (0x1EE53, 0x1EE53), (0x1EE55, 0x1EE56),
    (0x1EE58, 0x1EE58), (0x1EE5A, 0x1EE5A), (0x1EE5C, 0x1EE5C), (0x1EE5E, 0x1EE5E), (0x1EE60, 0x1EE60),
    (0x1EE63, 0x1EE63), (0x1EE65, 0x1EE66), (0x1EE6B, 0x1EE6B), (0x1EE73, 0x1EE73), (0x1EE78, 0x1EE78),
    (0x1EE7D, 0x1EE7D), (0x1EE7F, 0x1EE7F), (0x1EE8A, 0x1EE8A), (0x1EE9C, 0x1EEA0), (0x1EEA4, 0x1EEA4),
    (0x1EEAA, 0x1EEAA), (0x1EEBC, 0x1EEEF), (0x1EEF2, 0x1EFFF), (0x1F02C, 0x1F02F), (0x1F094, 0x1F09F),
    (0x1F0AF, 0x1F0B0), (0x1F0C0, 0x1F0C0), (0x1F0D0, 0x1F0D0), (0x1F0F6, 0x1F0FF), (0x1F1AE, 0x1F1E5),
    (0x1F203, 0x1F20F), (0x1F23C, 0x1F23F), (0x1F249, 0x1F24F), (0x1F252, 0x1F25F), (0x1F266, 0x1F2FF),
    (0x1F6D8, 0x1F6DC), (0x1F6ED, 0x1F6EF), (0x1F6FD, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D9, 0x1F7DF),
    (0x1F7EC, 0x1F7EF), (0x1F7F1, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8AF), (0x1F8B2, 0x1F8FF), (0x1FA54, 0x1FA5F), (0x1FA6E, 0x1FA6F),
    (0x1FA75, 0x1FA77), (0x1FA7D, 0x1FA7F), (0x1FA87, 0x1FA8F), (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABF),
    (0x1FAC6, 0x1FACF), (0x1FADA, 0x1FADF), (0x1FAE8, 0x1FAEF), (0x1FAF7, 0x1FAFF), (0x1FB93, 0x1FB93),
    (0x1FBCB, 0x1FBEF), (0x1FBFA, 0x1FFFF), (0x2A6E0, 0x2A6FF), (0x2B739, 0x2B73F), (0x2B81E, 0x2B81F),
    (0x2CEA2, 0x2CEAF), (0x2EBE1, 0x2F7FF), (0x2FA1E, 0x2FFFF), (0x3134B, 0xE00FF), (0xE01F0, 0x10FFFF),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_with_zeros_and_never_starts_with_a_separator() {
        assert_eq!(group_digits("1234", Grouping::Comma, 0), "1,234");
        assert_eq!(group_digits("1234", Grouping::Comma, 8), "0,001,234");
        assert_eq!(group_digits("1234", Grouping::Comma, 9), "0,001,234");
        assert_eq!(group_digits("1234", Grouping::Comma, 10), "00,001,234");
        assert_eq!(
            group_digits("12d687", Grouping::UnderscoreFour, 0),
            "12_d687"
        );
        assert_eq!(group_digits("5", Grouping::Off, 4), "0005");
        assert_eq!(group_digits("123", Grouping::Underscore, 0), "123");
    }

    #[test]
    fn digits_follow_dtoa_conventions() {
        let d = Digits::from_fixed("0.0012300");
        assert_eq!((d.digits.as_str(), d.decpt), ("123", -2));
        let d = Digits::from_scientific("1.50e3");
        assert_eq!((d.digits.as_str(), d.decpt), ("15", 4));
        let d = Digits::from_fixed("0.000");
        assert_eq!((d.digits.as_str(), d.decpt), ("0", 1));
        let d = shortest_digits(1e15 + 0.25);
        assert_eq!((d.digits.as_str(), d.decpt), ("10000000000000002", 16));
    }

    #[test]
    fn unicode_tables() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1fbf9}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('/'), None);
        assert!(is_printable('é'));
        assert!(!is_printable('\u{a0}'));
        assert!(!is_printable('\u{200b}'));
        assert!(!is_printable('\u{10ffff}'));
        assert!(is_printable('😀'));
    }

    #[test]
    fn integer_rounding_text() {
        assert_eq!(increment_decimal("199"), "200");
        assert_eq!(increment_decimal("99"), "100");
        assert_eq!(round_integer_text(1250.0, 2), "12e2");
        assert_eq!(round_integer_text(1350.0, 2), "14e2");
        assert_eq!(round_integer_text(1250.5, 2), "13e2");
        assert_eq!(round_integer_text(-4.0, 1), "-0e1");
        assert_eq!(round_integer_text(96.0, 1), "10e1");
    }
}
