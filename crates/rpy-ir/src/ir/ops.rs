//! The opcode table. One `opcodes!` invocation defines, for every operation
//! with a fixed signature, its enum variant, its IR text name, its operand
//! and result types and whether it can raise (QBE's `ops.h` idea).
//!
//! Each opcode carries its exact Python semantics in its name and doc;
//! back ends lower what the op says and never rediscover semantics. Every
//! edge case (division by zero, `INT64_MIN // -1`, shift counts, NaN to
//! int, ...) is defined by the op: either a value or a Python exception.
//! No back end may emit a trapping instruction or C undefined behaviour
//! for any of them. Fallible ops propagate their exception to the caller
//! of the function (tier A has no `try`).

use super::types::Type;

/// "integer overflow": the message of the `OverflowError` raised when an
/// `int` result does not fit in 64 bits (CPython would grow the int).
pub const INT_OVERFLOW_MSG: &str = "integer overflow";

macro_rules! opcodes {
    ($( $(#[$m:meta])* $variant:ident $text:literal ($($arg:ident),*) -> $res:ident $(, $raises:ident)?; )*) => {
        /// An operation with a fixed signature (see the module doc).
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
        pub enum Opcode {
            $($(#[$m])* $variant,)*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// The IR text name, e.g. `int.floordiv`.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $text,)* }
            }

            /// Operand types.
            pub fn arg_types(self) -> &'static [Type] {
                match self { $(Opcode::$variant => &[$(Type::$arg),*],)* }
            }

            /// Result type.
            pub fn result_type(self) -> Type {
                match self { $(Opcode::$variant => Type::$res,)* }
            }

            /// Whether the op can raise a Python exception.
            pub fn can_raise(self) -> bool {
                match self { $(Opcode::$variant => opcodes!(@raises $($raises)?),)* }
            }

            /// The opcode with the given IR text name.
            pub fn from_name(name: &str) -> Option<Opcode> {
                match name { $($text => Some(Opcode::$variant),)* _ => None }
            }
        }
    };
    (@raises raises) => { true };
    (@raises) => { false };
}

opcodes! {
    // ---- int (i64) ----------------------------------------------------
    /// `a + b`; OverflowError("integer overflow") if the sum does not fit.
    IntAdd "int.add" (I64, I64) -> I64, raises;
    /// `a - b`; OverflowError on overflow.
    IntSub "int.sub" (I64, I64) -> I64, raises;
    /// `a * b`; OverflowError on overflow.
    IntMul "int.mul" (I64, I64) -> I64, raises;
    /// `a // b` rounding toward -inf. `b == 0`: ZeroDivisionError("integer
    /// division or modulo by zero"); `INT64_MIN // -1`: OverflowError.
    IntFloorDiv "int.floordiv" (I64, I64) -> I64, raises;
    /// `a % b` with the sign of `b`. `b == 0`: ZeroDivisionError("integer
    /// modulo by zero"); `INT64_MIN % -1 == 0`.
    IntMod "int.mod" (I64, I64) -> I64, raises;
    /// `a ** b` for `b >= 0`, OverflowError if it does not fit. `b < 0`
    /// raises ValueError (CPython would return a float; the front end
    /// lowers constant negative exponents to `float.pow` instead).
    IntPow "int.pow" (I64, I64) -> I64, raises;
    /// `a << b`. `b < 0`: ValueError("negative shift count"); a result that
    /// does not fit: OverflowError. `0 << b == 0` for any `b >= 0`.
    IntShl "int.shl" (I64, I64) -> I64, raises;
    /// `a >> b` (arithmetic). `b < 0`: ValueError("negative shift count");
    /// `b >= 64` gives 0 or -1.
    IntShr "int.shr" (I64, I64) -> I64, raises;
    /// `a & b`
    IntAnd "int.and" (I64, I64) -> I64;
    /// `a | b`
    IntOr "int.or" (I64, I64) -> I64;
    /// `a ^ b`
    IntXor "int.xor" (I64, I64) -> I64;
    /// `round(a, n)` for an int: `a` itself when `n >= 0`, else `a`
    /// rounded to a multiple of `10**-n`, ties to even (CPython's
    /// `int.__round__`); OverflowError if that does not fit.
    IntRoundDigits "int.round_digits" (I64, I64) -> I64, raises;
    /// `a / b`, correctly rounded like CPython (not `(double)a / (double)b`
    /// above 2**53). `b == 0`: ZeroDivisionError("division by zero").
    IntTrueDiv "int.truediv" (I64, I64) -> F64, raises;
    /// `-a`; OverflowError for INT64_MIN.
    IntNeg "int.neg" (I64) -> I64, raises;
    /// `abs(a)`; OverflowError for INT64_MIN.
    IntAbs "int.abs" (I64) -> I64, raises;
    /// `~a`
    IntInvert "int.invert" (I64) -> I64;
    /// `float(a)`, correctly rounded (round half to even).
    IntToFloat "int.to_float" (I64) -> F64;
    /// `a == b`
    IntEq "int.eq" (I64, I64) -> Bool;
    /// `a != b`
    IntNe "int.ne" (I64, I64) -> Bool;
    /// `a < b`
    IntLt "int.lt" (I64, I64) -> Bool;
    /// `a <= b`
    IntLe "int.le" (I64, I64) -> Bool;
    /// `a > b`
    IntGt "int.gt" (I64, I64) -> Bool;
    /// `a >= b`
    IntGe "int.ge" (I64, I64) -> Bool;
    /// Two's-complement `a + b` (never raises; for induction variables,
    /// `wrap=True`, and sums the range pass proved to fit).
    IntAddWrap "int.add.wrap" (I64, I64) -> I64;
    /// Two's-complement `a - b`.
    IntSubWrap "int.sub.wrap" (I64, I64) -> I64;
    /// Two's-complement `a * b` (the range pass proved it fits).
    IntMulWrap "int.mul.wrap" (I64, I64) -> I64;
    /// Unsigned `a > b` on the two's-complement bits.
    IntUgt "int.ugt" (I64, I64) -> Bool;

    // ---- float (f64) ---------------------------------------------------
    /// `a + b` (IEEE, never fused with a multiply)
    FloatAdd "float.add" (F64, F64) -> F64;
    /// `a - b`
    FloatSub "float.sub" (F64, F64) -> F64;
    /// `a * b`
    FloatMul "float.mul" (F64, F64) -> F64;
    /// `a / b`; `b == 0`: ZeroDivisionError("float division by zero").
    FloatDiv "float.div" (F64, F64) -> F64, raises;
    /// `a // b` as CPython's float_floor_div; `b == 0`:
    /// ZeroDivisionError("float floor division by zero").
    FloatFloorDiv "float.floordiv" (F64, F64) -> F64, raises;
    /// `a % b` with the sign of `b` (CPython's float_rem); `b == 0`:
    /// ZeroDivisionError("float modulo").
    FloatMod "float.mod" (F64, F64) -> F64, raises;
    /// `a ** b` with CPython's float_pow special cases. `0.0 ** neg`:
    /// ZeroDivisionError; negative base with fractional exponent:
    /// ValueError (CPython gives a complex); overflow: OverflowError.
    FloatPow "float.pow" (F64, F64) -> F64, raises;
    /// `-a`
    FloatNeg "float.neg" (F64) -> F64;
    /// `abs(a)`
    FloatAbs "float.abs" (F64) -> F64;
    /// `int(a)`: truncate toward zero. NaN: ValueError; infinity:
    /// OverflowError; finite but out of range: OverflowError.
    FloatToInt "float.to_int" (F64) -> I64, raises;
    /// `round(a)`: round half to even, to int (errors as `float.to_int`).
    FloatRound "float.round" (F64) -> I64, raises;
    /// `round(a, n)`: CPython's correctly rounded `double_round`.
    FloatRoundDigits "float.round_digits" (F64, I64) -> F64, raises;
    /// `a == b` (IEEE: NaN is unequal to everything)
    FloatEq "float.eq" (F64, F64) -> Bool;
    /// `a != b` (true if either is NaN)
    FloatNe "float.ne" (F64, F64) -> Bool;
    /// `a < b`
    FloatLt "float.lt" (F64, F64) -> Bool;
    /// `a <= b`
    FloatLe "float.le" (F64, F64) -> Bool;
    /// `a > b`
    FloatGt "float.gt" (F64, F64) -> Bool;
    /// `a >= b`
    FloatGe "float.ge" (F64, F64) -> Bool;

    // ---- exact int/float comparison (CPython's float_richcompare) -------
    /// `a == b` compared exactly at any magnitude.
    IntFloatEq "intfloat.eq" (I64, F64) -> Bool;
    /// `a != b` exactly.
    IntFloatNe "intfloat.ne" (I64, F64) -> Bool;
    /// `a < b` exactly.
    IntFloatLt "intfloat.lt" (I64, F64) -> Bool;
    /// `a <= b` exactly.
    IntFloatLe "intfloat.le" (I64, F64) -> Bool;
    /// `a > b` exactly.
    IntFloatGt "intfloat.gt" (I64, F64) -> Bool;
    /// `a >= b` exactly.
    IntFloatGe "intfloat.ge" (I64, F64) -> Bool;

    // ---- bool -----------------------------------------------------------
    /// `not a`
    BoolNot "bool.not" (Bool) -> Bool;
    /// `int(a)`: 0 or 1.
    BoolToInt "bool.to_int" (Bool) -> I64;

    // ---- math (platform libm at run time, never constant-folded) ---------
    /// `math.sqrt`; ValueError("math domain error") below zero.
    MathSqrt "math.sqrt" (F64) -> F64, raises;
    /// `math.exp`; OverflowError("math range error") on overflow.
    MathExp "math.exp" (F64) -> F64, raises;
    /// `math.log` (natural); ValueError("math domain error") for x <= 0.
    MathLog "math.log" (F64) -> F64, raises;
    /// `math.log2`
    MathLog2 "math.log2" (F64) -> F64, raises;
    /// `math.log10`
    MathLog10 "math.log10" (F64) -> F64, raises;
    /// `math.sin`; ValueError for infinities.
    MathSin "math.sin" (F64) -> F64, raises;
    /// `math.cos`
    MathCos "math.cos" (F64) -> F64, raises;
    /// `math.tan`
    MathTan "math.tan" (F64) -> F64, raises;
    /// `math.asin`
    MathAsin "math.asin" (F64) -> F64, raises;
    /// `math.acos`
    MathAcos "math.acos" (F64) -> F64, raises;
    /// `math.atan`
    MathAtan "math.atan" (F64) -> F64, raises;
    /// `math.sinh`; OverflowError on overflow.
    MathSinh "math.sinh" (F64) -> F64, raises;
    /// `math.cosh`
    MathCosh "math.cosh" (F64) -> F64, raises;
    /// `math.tanh`
    MathTanh "math.tanh" (F64) -> F64, raises;
    /// `math.fabs`
    MathFabs "math.fabs" (F64) -> F64;
    /// `math.atan2(y, x)`
    MathAtan2 "math.atan2" (F64, F64) -> F64;
    /// `math.hypot(x, y)` (CPython 3.11's algorithm; an overflowing result
    /// is `inf`, without error, as in CPython).
    MathHypot "math.hypot" (F64, F64) -> F64;
    /// `math.pow(x, y)` (CPython's math_pow: domain and range errors).
    MathPow "math.pow" (F64, F64) -> F64, raises;
    /// `math.copysign(x, y)`
    MathCopysign "math.copysign" (F64, F64) -> F64;
    /// `math.fmod(x, y)`; ValueError for a zero divisor or infinite x.
    MathFmod "math.fmod" (F64, F64) -> F64, raises;
    /// `math.floor(x)` to int; NaN: ValueError, infinity: OverflowError.
    MathFloor "math.floor" (F64) -> I64, raises;
    /// `math.ceil(x)` to int; errors as `math.floor`.
    MathCeil "math.ceil" (F64) -> I64, raises;
    /// `math.trunc(x)` to int; errors as `float.to_int`.
    MathTrunc "math.trunc" (F64) -> I64, raises;
    /// `math.isnan(x)`
    MathIsnan "math.isnan" (F64) -> Bool;
    /// `math.isinf(x)`
    MathIsinf "math.isinf" (F64) -> Bool;
    /// `math.isfinite(x)`
    MathIsfinite "math.isfinite" (F64) -> Bool;
}

impl Opcode {
    /// The `math` module function this opcode implements, if any.
    pub fn math_name(self) -> Option<&'static str> {
        self.name().strip_prefix("math.")
    }
}
