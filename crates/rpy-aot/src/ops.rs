//! C for the fixed-signature opcodes and for `print`: the same split as
//! the JIT's `ops.rs` — cheap ops inline with explicit edge tests (never
//! C undefined behaviour), the rest call the runtime, which defines the
//! semantics for both tiers.

use std::fmt::Write as _;

use rpy_ir::ir::{Conv, ListOp, Opcode, Piece, Type, INT_OVERFLOW_MSG};
use rpy_ir::ExcKind;

use crate::cstr::c_string;
use crate::emit::FnC;

/// Index of a one-argument math function in `rpy_math1` (rpy_rt.h order).
fn math1_index(op: Opcode) -> Option<usize> {
    use Opcode as O;
    const ORDER: &[Opcode] = &[O::MathSqrt, O::MathExp, O::MathLog, O::MathLog2, O::MathLog10, O::MathSin, O::MathCos, O::MathTan, O::MathAsin, O::MathAcos, O::MathAtan, O::MathSinh, O::MathCosh, O::MathTanh];
    ORDER.iter().position(|&o| o == op)
}

impl FnC<'_> {
    pub(crate) fn unary(&mut self, op: Opcode, a: &str, r: &str) {
        use Opcode as O;
        match op {
            O::IntNeg | O::IntAbs => {
                self.raise_if(&format!("{a} == INT64_MIN"), ExcKind::OverflowError, INT_OVERFLOW_MSG);
                let e = if op == O::IntNeg { format!("-{a}") } else { format!("{a} < 0 ? -{a} : {a}") };
                self.line(&format!("{r} = {e};"));
            }
            O::IntInvert => self.line(&format!("{r} = ~{a};")),
            O::IntToFloat => self.line(&format!("{r} = (double){a};")),
            O::FloatNeg => self.line(&format!("{r} = -{a};")),
            O::FloatAbs | O::MathFabs => self.line(&format!("{r} = __builtin_fabs({a});")),
            O::FloatToInt | O::MathTrunc => {
                // Inline when -2**63 <= a < 2**63 (false for NaN), else the
                // runtime raises the right error.
                self.line(&format!("if ({a} >= -0x1p63 && {a} < 0x1p63) {r} = (int64_t){a};"));
                self.line("else");
                self.check_indented(&format!("rpy_float_to_int(ctx, {a}, &{r})"));
            }
            O::FloatRound => self.check(&format!("rpy_float_round(ctx, {a}, &{r})")),
            O::MathFloor => self.check(&format!("rpy_math_floor(ctx, {a}, &{r})")),
            O::MathCeil => self.check(&format!("rpy_math_ceil(ctx, {a}, &{r})")),
            O::BoolNot => self.line(&format!("{r} = {a} ^ 1;")),
            O::BoolToInt => self.line(&format!("{r} = {a};")),
            O::MathIsnan => self.line(&format!("{r} = {a} != {a};")),
            O::MathIsinf => self.line(&format!("{r} = __builtin_fabs({a}) == __builtin_inf();")),
            O::MathIsfinite => self.line(&format!("{r} = __builtin_fabs({a}) < __builtin_inf();")),
            O::MathSqrt => {
                // math_1's rule: ValueError for x < 0 (NaN and -0.0 pass).
                self.raise_if(&format!("{a} < 0.0"), ExcKind::ValueError, "math domain error");
                self.line(&format!("{r} = __builtin_sqrt({a});"));
            }
            _ => {
                let which = math1_index(op).expect("one-argument math opcode");
                self.check(&format!("rpy_math1(ctx, {which} /* {} */, {a}, &{r})", op.name()));
            }
        }
    }

    /// `check` as the body of a preceding `else`.
    fn check_indented(&mut self, call: &str) {
        let s = format!("    {}", self.check_str(call));
        self.line(&s);
    }

    pub(crate) fn binary(&mut self, op: Opcode, a: &str, b: &str, r: &str) {
        use Opcode as O;
        let rt = |name: &str| format!("{name}(ctx, {a}, {b}, &{r})");
        match op {
            O::IntAdd | O::IntSub | O::IntMul => {
                let f = match op {
                    O::IntAdd => "add",
                    O::IntSub => "sub",
                    _ => "mul",
                };
                self.raise_if(&format!("__builtin_{f}_overflow({a}, {b}, &{r})"), ExcKind::OverflowError, INT_OVERFLOW_MSG);
            }
            O::IntFloorDiv => self.floordiv(a, b, r),
            O::IntMod => self.modulo(a, b, r),
            O::IntPow => {
                // Exponents 0 to 2 inline (gcc folds the tests for a
                // constant one); the rest, and every error, in the runtime.
                self.line(&format!("if ({b} == 0) {r} = 1;"));
                self.line(&format!("else if ({b} == 1) {r} = {a};"));
                self.line(&format!("else if ({b} == 2 && !__builtin_mul_overflow({a}, {a}, &{r})) {{ }}"));
                self.line("else");
                self.check_indented(&rt("rpy_int_pow"));
            }
            O::IntShl => self.shl(a, b, r),
            O::IntShr => {
                self.raise_if(&format!("{b} < 0"), ExcKind::ValueError, "negative shift count");
                self.line(&format!("{r} = {a} >> ({b} > 63 ? 63 : {b});"));
            }
            O::IntRoundDigits => self.check(&rt("rpy_int_round_digits")),
            O::IntTrueDiv => {
                // Both operands exact as doubles (|x| <= 2**53) and b != 0:
                // the IEEE quotient is CPython's correctly rounded one (its
                // own fast path); the rest in the runtime.
                let exact = |x: &str| format!("(uint64_t){x} + (UINT64_C(1) << 53) <= (UINT64_C(1) << 54)");
                self.line(&format!("if ({b} != 0 && {} && {}) {r} = (double){a} / (double){b};", exact(a), exact(b)));
                self.line("else");
                self.check_indented(&rt("rpy_int_truediv"));
            }
            O::IntAnd => self.line(&format!("{r} = {a} & {b};")),
            O::IntOr => self.line(&format!("{r} = {a} | {b};")),
            O::IntXor => self.line(&format!("{r} = {a} ^ {b};")),
            O::IntAddWrap => self.line(&format!("{r} = (int64_t)((uint64_t){a} + (uint64_t){b});")),
            O::IntSubWrap => self.line(&format!("{r} = (int64_t)((uint64_t){a} - (uint64_t){b});")),
            O::IntMulWrap => self.line(&format!("{r} = (int64_t)((uint64_t){a} * (uint64_t){b});")),
            O::IntUgt => self.line(&format!("{r} = (uint64_t){a} > (uint64_t){b};")),
            O::IntEq | O::IntNe | O::IntLt | O::IntLe | O::IntGt | O::IntGe | O::FloatEq | O::FloatNe | O::FloatLt | O::FloatLe | O::FloatGt | O::FloatGe => {
                self.line(&format!("{r} = {a} {} {b};", cmp_op(op)));
            }
            O::FloatAdd => self.line(&format!("{r} = {a} + {b};")),
            O::FloatSub => self.line(&format!("{r} = {a} - {b};")),
            O::FloatMul => self.line(&format!("{r} = {a} * {b};")),
            O::FloatDiv => {
                self.raise_if(&format!("{b} == 0.0"), ExcKind::ZeroDivisionError, "float division by zero");
                self.line(&format!("{r} = {a} / {b};"));
            }
            O::FloatFloorDiv => self.check(&rt("rpy_float_floordiv")),
            O::FloatMod => self.check(&rt("rpy_float_mod")),
            O::FloatPow => self.check(&rt("rpy_float_pow")),
            O::FloatRoundDigits => self.check(&rt("rpy_float_round_digits")),
            O::IntFloatEq | O::IntFloatNe | O::IntFloatLt | O::IntFloatLe | O::IntFloatGt | O::IntFloatGe => {
                let code = [O::IntFloatEq, O::IntFloatNe, O::IntFloatLt, O::IntFloatLe, O::IntFloatGt, O::IntFloatGe].iter().position(|&o| o == op).unwrap_or(0);
                self.line(&format!("{r} = rpy_intfloat_cmp({a}, {b}, {code}); /* {} */", cmp_op(op)));
            }
            O::MathAtan2 => self.line(&format!("{r} = rpy_math_atan2({a}, {b});")),
            O::MathHypot => self.line(&format!("{r} = rpy_math_hypot({a}, {b});")),
            O::MathCopysign => self.line(&format!("{r} = __builtin_copysign({a}, {b});")),
            O::MathPow => self.check(&rt("rpy_math_pow")),
            O::MathFmod => self.check(&rt("rpy_math_fmod")),
            other => unreachable!("{} is not a binary opcode", other.name()),
        }
    }

    /// Python `//`: zero divisor raises, `INT64_MIN // -1` overflows, else
    /// truncating division adjusted toward -inf.
    fn floordiv(&mut self, a: &str, b: &str, r: &str) {
        self.raise_if(&format!("{b} == 0"), ExcKind::ZeroDivisionError, "integer division or modulo by zero");
        self.raise_if(&format!("{a} == INT64_MIN && {b} == -1"), ExcKind::OverflowError, INT_OVERFLOW_MSG);
        self.line(&format!("{{ int64_t q = {a} / {b}, m = {a} - q * {b}; {r} = (m != 0 && (m ^ {b}) < 0) ? q - 1 : q; }}"));
    }

    /// Python `%` (sign of the divisor); `INT64_MIN % -1 == 0`.
    fn modulo(&mut self, a: &str, b: &str, r: &str) {
        self.raise_if(&format!("{b} == 0"), ExcKind::ZeroDivisionError, "integer modulo by zero");
        self.line(&format!("if ({b} == -1) {r} = 0;"));
        self.line(&format!("else {{ int64_t m = {a} % {b}; {r} = (m != 0 && (m ^ {b}) < 0) ? m + {b} : m; }}"));
    }

    /// `a << b`: negative count raises ValueError; a result that does not
    /// fit raises OverflowError (checked by shifting back); `0 << b` is 0.
    fn shl(&mut self, a: &str, b: &str, r: &str) {
        self.raise_if(&format!("{b} < 0"), ExcKind::ValueError, "negative shift count");
        self.line(&format!("{{ int64_t n = {b} > 63 ? 63 : {b}, s = (int64_t)((uint64_t){a} << n);"));
        let ovf = self.raise(ExcKind::OverflowError, INT_OVERFLOW_MSG);
        self.line(&format!("  if (__builtin_expect((s >> n) != {a} || ({b} > 63 && {a} != 0), 0)) {ovf}"));
        self.line(&format!("  {r} = s; }}"));
    }

    /// `str.build`: the pieces into the line, then the line as a str.
    pub(crate) fn str_build(&mut self, pieces: &[Piece], r: &str) {
        self.build_line(pieces);
        let call = format!("rpy_list_op(ctx, {}, NULL, &w_)", ListOp::StrFromLine.c_name());
        let c = self.check_str(&call);
        self.line(&format!("{{ uint64_t w_ = 0; {c} {r} = (void *)(uintptr_t)w_; }}"));
    }

    pub(crate) fn print(&mut self, pieces: &[Piece]) {
        self.build_line(pieces);
        self.check("rpy_print_end(ctx)");
    }

    /// `raise.msg`: the message is built in the ctx's line buffer, then
    /// raised from it.
    pub(crate) fn raise_msg(&mut self, kind: ExcKind, pieces: &[Piece], to: Option<String>) {
        self.build_line(pieces);
        self.unwinds = true;
        let (line, col) = (self.loc.line, self.loc.col);
        let to = to.unwrap_or_else(|| "goto unwind;".to_string());
        self.line(&format!("st = rpy_raise_line(ctx, {}, {line}, {col}, rpyc_fname); {to}", super::emit::exc_name(kind)));
    }

    fn build_line(&mut self, pieces: &[Piece]) {
        self.line("rpy_print_begin(ctx);");
        for p in pieces {
            match p {
                Piece::Lit(s) => self.line(&format!("rpy_print_lit(ctx, {}, {});", c_string(s), s.len())),
                Piece::Value(v, conv) => self.print_value(&v.to_string(), self.f.dfg.value_type(*v), conv),
            }
        }
    }

    fn print_value(&mut self, x: &str, ty: Type, conv: &Conv) {
        let tname = match ty {
            Type::I64 => "int",
            Type::F64 => "float",
            Type::Bool => "bool",
            Type::None | Type::Ref(_) | Type::OptRef(_) => "none",
        };
        match conv {
            Conv::Exc => self.line(&format!("rpy_print_exc(ctx, {x});")),
            // The front end lets only lists (of numbers) through.
            Conv::Str | Conv::Repr if ty.heap_type().and_then(|c| self.m.types.get(c)) == Some(&rpy_ir::ir::HeapType::Str) => {
                self.line(&format!("rpy_print_str(ctx, {x}, {});", i64::from(matches!(conv, Conv::Repr))))
            }
            Conv::Str | Conv::Repr if matches!(ty, Type::Ref(_)) => self.line(&format!("rpy_print_list(ctx, {x});")),
            Conv::Str | Conv::Repr if ty == Type::None => self.line("rpy_print_none(ctx);"),
            Conv::Str | Conv::Repr => self.line(&format!("rpy_print_{tname}(ctx, {x});")),
            // `format(None, '')` is 'None'; other specs were rejected.
            Conv::Format(_) if ty == Type::None => self.line("rpy_print_none(ctx);"),
            Conv::Format(spec) => self.check(&format!("rpy_print_format_{tname}(ctx, {x}, {})", c_string(spec))),
            Conv::Percent(spec) if ty == Type::None => self.check(&format!("rpy_print_percent_none(ctx, {})", c_string(spec))),
            Conv::Percent(spec) => self.check(&format!("rpy_print_percent_{tname}(ctx, {x}, {})", c_string(spec))),
        }
    }
}

impl FnC<'_> {
    /// The 64-bit word of value `v` (an operand of `rpy_list_op`).
    fn word(&self, v: rpy_ir::ir::Value) -> String {
        match self.f.dfg.value_type(v) {
            Type::F64 => format!("rpy_word_of_f64({v})"),
            Type::Ref(_) | Type::OptRef(_) => format!("(uint64_t)(uintptr_t){v}"),
            _ => format!("(uint64_t){v}"),
        }
    }

    /// A C expression of type `ty` from the word expression `w`.
    fn of_word(w: &str, ty: Type) -> String {
        match ty {
            Type::F64 => format!("rpy_f64_of_word({w})"),
            Type::Ref(_) | Type::OptRef(_) => format!("(void *)(uintptr_t)({w})"),
            _ => format!("(int64_t)({w})"),
        }
    }

    /// A list operation: `len`, `item`, `get`, `append` and the stores of
    /// scalar items inline (the checks and messages of rpy_rt.c), the
    /// rest through `rpy_list_op`.
    pub(crate) fn list_op(&mut self, inst: rpy_ir::ir::Inst, op: ListOp, args: &[rpy_ir::ir::Value], r: &str) {
        let rty = self.f.dfg.inst_result(inst).map(|v| self.f.dfg.value_type(v));
        let elem = {
            let list = match op {
                ListOp::New | ListOp::Range => self.f.dfg.inst_result(inst),
                _ => args.first().copied(),
            };
            list.map(|l| self.f.dfg.value_type(l)).and_then(|t| t.heap_type()).and_then(|c| self.m.types.get(c))
        };
        let new_kind = elem.and_then(|h| h.new_kind()).unwrap_or(0);
        let elem = elem.and_then(|h| h.seq_elem()).unwrap_or(Type::I64);
        let l = args.first().map(|a| a.to_string()).unwrap_or_default();
        let array = args.first().map(|&a| self.f.dfg.value_type(a)).and_then(|t| t.heap_type()).and_then(|c| self.m.types.get(c)).and_then(|h| h.array_elem());
        if let (Some(ae), ListOp::Item | ListOp::Get | ListOp::Set | ListOp::SetItem) = (array, op) {
            return self.array_op(ae, op, args, r);
        }
        match op {
            ListOp::Len => {
                let (n, _) = self.seq_parts(args[0]);
                return self.line(&format!("{r} = {n};"));
            }
            ListOp::Item => {
                let (_, p) = self.seq_parts(args[0]);
                let w = format!("{p}[{}]", args[1]);
                return self.line(&format!("{r} = {};", Self::of_word(&w, elem)));
            }
            ListOp::SetItem if !elem.is_ref() => {
                let (_, p) = self.seq_parts(args[0]);
                return self.line(&format!("{p}[{}] = {};", args[1], self.word(args[2])));
            }
            // (`*args` tuples go to the runtime: their IndexError says "tuple".)
            ListOp::Get | ListOp::Set if (op == ListOp::Get || !elem.is_ref()) && new_kind & 4 == 0 => {
                let i = args[1];
                let (n, p) = self.seq_parts(args[0]);
                let (kind, msg) = (ExcKind::IndexError, if op == ListOp::Get { "list index out of range" } else { "list assignment index out of range" });
                let raise = self.raise(kind, msg);
                let access = if op == ListOp::Get {
                    format!("{r} = {};", Self::of_word(&format!("{p}[i_]"), elem))
                } else {
                    format!("{p}[i_] = {};", self.word(args[2]))
                };
                return self.line(&format!(
                    "{{ int64_t i_ = {i}, n_ = {n}; if (__builtin_expect((uint64_t)i_ >= (uint64_t)n_, 0)) {{ i_ = (int64_t)((uint64_t)i_ + (uint64_t)n_); if ((uint64_t)i_ >= (uint64_t)n_) {raise} }} {access} }}"
                ));
            }
            _ => {}
        }
        let mut words: Vec<String> = Vec::new();
        if op == ListOp::New {
            words.push(new_kind.to_string());
            words.push(args.len().to_string());
        }
        words.extend(args.iter().map(|&a| self.word(a)));
        if words.is_empty() {
            words.push("0".into());
        }
        let call = format!("rpy_list_op(ctx, {}, a_, &w_)", op.c_name());
        let checked = if op.can_raise() { self.check_str(&call) } else { format!("(void)({call});") };
        let store = match rty {
            Some(t) => format!(" {r} = {};", Self::of_word("w_", t)),
            None => String::new(),
        };
        let fast = if op == ListOp::Append {
            // The common case, inline: room left in the item array.
            let inc = if elem.is_ref() { format!("rpy_obj_incref({}); ", args[1]) } else { String::new() };
            format!("rpy_list *l_ = (rpy_list *){l}; if (__builtin_expect(l_->len < l_->cap, 1)) {{ {inc}l_->items[l_->len++] = {}; }} else ", self.word(args[1]))
        } else {
            String::new()
        };
        self.line(&format!("{{ {fast}{{ uint64_t a_[] = {{{}}}; uint64_t w_ = 0; {checked}{store} }} }}", words.join(", ")));
    }
}

impl FnC<'_> {
    /// An item read or store of an array (`rpy_array`), inline with the
    /// runtime's checks: range (unless unchecked), read-only buffers,
    /// items that do not fit.
    fn array_op(&mut self, ae: rpy_ir::ir::ArrayElem, op: ListOp, args: &[rpy_ir::ir::Value], r: &str) {
        use rpy_ir::ir::ArrayElem as E;
        let (a, i) = (args[0], args[1]);
        let cty = match ae {
            E::F64 => "double",
            E::I64 => "int64_t",
            E::I32 => "int32_t",
            E::F32 => "float",
            E::U8 => "uint8_t",
        };
        let (n, p) = self.seq_parts(a);
        let mut s = format!("{{ int64_t i_ = {i}; ");
        if matches!(op, ListOp::Get | ListOp::Set) {
            let raise = self.raise(ExcKind::IndexError, "array index out of range");
            // In range: one unsigned compare; a negative index counts from
            // the end (an index >= len stays >= len after adding len).
            let _ = write!(s, "int64_t n_ = {n}; if (__builtin_expect((uint64_t)i_ >= (uint64_t)n_, 0)) {{ i_ = (int64_t)((uint64_t)i_ + (uint64_t)n_); if ((uint64_t)i_ >= (uint64_t)n_) {raise} }} ");
        }
        if matches!(op, ListOp::Get | ListOp::Item) {
            let conv = match ae {
                E::F64 | E::F32 => "(double)",
                _ => "(int64_t)",
            };
            let _ = write!(s, "{r} = {conv}(({cty} *){p})[i_]; }}");
        } else {
            let v = args[2];
            let ro = self.raise(ExcKind::TypeError, "cannot write into a read-only buffer");
            let _ = write!(s, "if (__builtin_expect({} != 0, 0)) {ro} ", self.array_readonly(a));
            match ae {
                E::I32 => {
                    let ovf = self.raise(ExcKind::OverflowError, "value out of range for an i32 array");
                    let _ = write!(s, "if (__builtin_expect({v} < INT32_MIN || {v} > INT32_MAX, 0)) {ovf} ");
                }
                E::U8 => {
                    let ovf = self.raise(ExcKind::OverflowError, "value out of range for a u8 array");
                    let _ = write!(s, "if (__builtin_expect((uint64_t){v} > 255, 0)) {ovf} ");
                }
                _ => {}
            }
            let _ = write!(s, "(({cty} *){p})[i_] = ({cty}){v}; }}");
        }
        self.line(&s);
    }
}

/// The C comparison operator of a comparison opcode.
fn cmp_op(op: Opcode) -> &'static str {
    use Opcode as O;
    match op {
        O::IntEq | O::FloatEq | O::IntFloatEq => "==",
        O::IntNe | O::FloatNe | O::IntFloatNe => "!=",
        O::IntLt | O::FloatLt | O::IntFloatLt => "<",
        O::IntLe | O::FloatLe | O::IntFloatLe => "<=",
        O::IntGt | O::FloatGt | O::IntFloatGt => ">",
        _ => ">=",
    }
}
