//! Lowering of the fixed-signature opcodes and of `print`. Cheap ops are
//! inline with explicit edge tests; the rest call the runtime, whose
//! functions define the semantics for both tiers.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, Value};
use rpy_ir::ir::{Conv, Opcode, Piece, Type, INT_OVERFLOW_MSG};
use rpy_ir::ExcKind;

use crate::lower::{math1_index, FnLower};

/// `-2**63` and `2**63` as doubles: the range of float → int conversion.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;

impl FnLower<'_> {
    pub(crate) fn unary(&mut self, op: Opcode, a: Value) -> Value {
        use Opcode as O;
        match op {
            O::IntNeg => {
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                self.raise_if(min, ExcKind::OverflowError, INT_OVERFLOW_MSG);
                self.b.ins().ineg(a)
            }
            O::IntAbs => {
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                self.raise_if(min, ExcKind::OverflowError, INT_OVERFLOW_MSG);
                let neg = self.b.ins().ineg(a);
                let is_neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, a, 0);
                self.b.ins().select(is_neg, neg, a)
            }
            O::IntInvert => self.b.ins().bnot(a),
            O::IntToFloat => self.b.ins().fcvt_from_sint(types::F64, a),
            O::FloatNeg => self.b.ins().fneg(a),
            O::FloatAbs | O::MathFabs => self.b.ins().fabs(a),
            O::FloatToInt | O::MathTrunc => self.float_to_int(a),
            O::FloatRound => self.call_out("rpy_float_round", &[self.ctxp, a], types::I64),
            O::MathFloor => self.call_out("rpy_math_floor", &[self.ctxp, a], types::I64),
            O::MathCeil => self.call_out("rpy_math_ceil", &[self.ctxp, a], types::I64),
            O::BoolNot => self.b.ins().bxor_imm_s(a, 1),
            O::BoolToInt => a,
            O::MathIsnan => {
                let c = self.b.ins().fcmp(FloatCC::Unordered, a, a);
                self.bool_from(c)
            }
            O::MathIsinf | O::MathIsfinite => {
                let abs = self.b.ins().fabs(a);
                let inf = self.b.ins().f64const(f64::INFINITY);
                let cc = if op == O::MathIsinf { FloatCC::Equal } else { FloatCC::LessThan };
                let c = self.b.ins().fcmp(cc, abs, inf);
                self.bool_from(c)
            }
            O::MathSqrt => {
                // math_1's rule for sqrt: ValueError for x < 0 (NaN and
                // -0.0 pass through, as libm and CPython give them).
                let zero = self.b.ins().f64const(0.0);
                let neg = self.b.ins().fcmp(FloatCC::LessThan, a, zero);
                self.raise_if(neg, ExcKind::ValueError, "math domain error");
                self.b.ins().sqrt(a)
            }
            _ => {
                let which = math1_index(op).expect("one-argument math opcode");
                let w = self.iconst(which);
                self.call_out("rpy_math1", &[self.ctxp, w, a], types::F64)
            }
        }
    }

    /// `int(x)`: inline when `-2**63 <= x < 2**63` (false for NaN), else
    /// the runtime raises the right error.
    fn float_to_int(&mut self, a: Value) -> Value {
        let lo = self.b.ins().f64const(-TWO_63);
        let hi = self.b.ins().f64const(TWO_63);
        let ge = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, a, lo);
        let lt = self.b.ins().fcmp(FloatCC::LessThan, a, hi);
        let ok = self.b.ins().band(ge, lt);
        let (fast, slow, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let r = self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(slow);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let v = self.b.ins().fcvt_to_sint(types::I64, a);
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(slow);
        let v = self.call_out("rpy_float_to_int", &[self.ctxp, a], types::I64);
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(join);
        r
    }

    /// `a / b` of ints, inline when both are exactly representable as
    /// doubles (`|x| <= 2**53`) and `b != 0`: the IEEE quotient of exact
    /// operands is the correctly rounded quotient CPython computes (its own
    /// fast path). Anything else goes to `rpy_int_truediv`, out of line.
    fn int_truediv(&mut self, a: Value, b: Value, known: Option<i64>) -> Value {
        let exact = |me: &mut Self, x: Value| {
            let shifted = me.b.ins().iadd_imm_s(x, 1 << 53);
            me.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, shifted, 1 << 54)
        };
        let a_ok = exact(self, a);
        let ok = match known {
            Some(k) if k != 0 && k.unsigned_abs() <= 1 << 53 => a_ok,
            _ => {
                let b_ok = exact(self, b);
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, b, 0);
                let both = self.b.ins().band(a_ok, b_ok);
                self.b.ins().band(both, nz)
            }
        };
        let (fast, slow, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let r = self.b.append_block_param(join, types::F64);
        self.b.set_cold_block(slow);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let fa = self.b.ins().fcvt_from_sint(types::F64, a);
        let fb = self.b.ins().fcvt_from_sint(types::F64, b);
        let q = self.b.ins().fdiv(fa, fb);
        self.b.ins().jump(join, &[q.into()]);
        self.b.switch_to_block(slow);
        let v = self.call_out("rpy_int_truediv", &[self.ctxp, a, b], types::F64);
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(join);
        r
    }

    /// `a ** b` of ints: a constant exponent 0 to 4 is multiplied out
    /// inline (each product checked; when an intermediate power overflows,
    /// so does the result, with the runtime's message); any other exponent
    /// calls `rpy_int_pow`.
    fn int_pow(&mut self, a: Value, b: Value, known: Option<i64>) -> Value {
        let mul = |me: &mut Self, x: Value, y: Value| {
            let (v, of) = me.b.ins().smul_overflow(x, y);
            me.raise_if(of, ExcKind::OverflowError, INT_OVERFLOW_MSG);
            v
        };
        match known {
            Some(0) => self.iconst(1),
            Some(1) => a,
            Some(2) => mul(self, a, a),
            Some(3) => {
                let sq = mul(self, a, a);
                mul(self, sq, a)
            }
            Some(4) => {
                let sq = mul(self, a, a);
                mul(self, sq, sq)
            }
            _ => self.call_out("rpy_int_pow", &[self.ctxp, a, b], types::I64),
        }
    }

    /// `known`: the right operand's value when it is a constant (guards
    /// that cannot fire are not emitted).
    pub(crate) fn binary(&mut self, op: Opcode, a: Value, b: Value, known: Option<i64>) -> Value {
        use Opcode as O;
        let ctxp = self.ctxp;
        match op {
            O::IntAdd | O::IntSub | O::IntMul => {
                let (v, of) = match op {
                    O::IntAdd => self.b.ins().sadd_overflow(a, b),
                    O::IntSub => self.b.ins().ssub_overflow(a, b),
                    _ => self.b.ins().smul_overflow(a, b),
                };
                self.raise_if(of, ExcKind::OverflowError, INT_OVERFLOW_MSG);
                v
            }
            O::IntFloorDiv | O::IntMod => self.floor_divmod(op, a, b, known),
            O::IntPow => self.int_pow(a, b, known),
            O::IntShl => self.shl(a, b, known),
            O::IntShr => self.shr(a, b, known),
            O::IntRoundDigits => self.call_out("rpy_int_round_digits", &[ctxp, a, b], types::I64),
            O::IntTrueDiv => self.int_truediv(a, b, known),
            O::IntAnd => self.b.ins().band(a, b),
            O::IntOr => self.b.ins().bor(a, b),
            O::IntXor => self.b.ins().bxor(a, b),
            O::IntAddWrap => self.b.ins().iadd(a, b),
            O::IntSubWrap => self.b.ins().isub(a, b),
            O::IntMulWrap => self.b.ins().imul(a, b),
            O::IntEq | O::IntNe | O::IntLt | O::IntLe | O::IntGt | O::IntGe | O::IntUgt => {
                let cc = match op {
                    O::IntEq => IntCC::Equal,
                    O::IntNe => IntCC::NotEqual,
                    O::IntLt => IntCC::SignedLessThan,
                    O::IntLe => IntCC::SignedLessThanOrEqual,
                    O::IntGt => IntCC::SignedGreaterThan,
                    O::IntGe => IntCC::SignedGreaterThanOrEqual,
                    _ => IntCC::UnsignedGreaterThan,
                };
                let c = self.b.ins().icmp(cc, a, b);
                self.bool_from(c)
            }
            O::FloatAdd => self.b.ins().fadd(a, b),
            O::FloatSub => self.b.ins().fsub(a, b),
            O::FloatMul => self.b.ins().fmul(a, b),
            O::FloatDiv => {
                let zero = self.b.ins().f64const(0.0);
                let z = self.b.ins().fcmp(FloatCC::Equal, b, zero);
                self.raise_if(z, ExcKind::ZeroDivisionError, "float division by zero");
                self.b.ins().fdiv(a, b)
            }
            O::FloatFloorDiv => self.call_out("rpy_float_floordiv", &[ctxp, a, b], types::F64),
            O::FloatMod => self.call_out("rpy_float_mod", &[ctxp, a, b], types::F64),
            O::FloatPow => self.call_out("rpy_float_pow", &[ctxp, a, b], types::F64),
            O::FloatRoundDigits => self.call_out("rpy_float_round_digits", &[ctxp, a, b], types::F64),
            O::FloatEq | O::FloatNe | O::FloatLt | O::FloatLe | O::FloatGt | O::FloatGe => {
                let cc = match op {
                    O::FloatEq => FloatCC::Equal,
                    O::FloatNe => FloatCC::NotEqual,
                    O::FloatLt => FloatCC::LessThan,
                    O::FloatLe => FloatCC::LessThanOrEqual,
                    O::FloatGt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                let c = self.b.ins().fcmp(cc, a, b);
                self.bool_from(c)
            }
            O::IntFloatEq | O::IntFloatNe | O::IntFloatLt | O::IntFloatLe | O::IntFloatGt | O::IntFloatGe => {
                let code = [O::IntFloatEq, O::IntFloatNe, O::IntFloatLt, O::IntFloatLe, O::IntFloatGt, O::IntFloatGe].iter().position(|&o| o == op).unwrap_or(0);
                let c = self.iconst(code as i64);
                self.call_rt("rpy_intfloat_cmp", &[a, b, c]).expect("result")
            }
            O::MathAtan2 => self.call_rt("rpy_math_atan2", &[a, b]).expect("result"),
            O::MathHypot => self.call_rt("rpy_math_hypot", &[a, b]).expect("result"),
            O::MathCopysign => self.b.ins().fcopysign(a, b),
            O::MathPow => self.call_out("rpy_math_pow", &[ctxp, a, b], types::F64),
            O::MathFmod => self.call_out("rpy_math_fmod", &[ctxp, a, b], types::F64),
            other => unreachable!("{} is not a binary opcode", other.name()),
        }
    }

    /// Python `//` and `%` on ints, inline: zero divisor raises,
    /// `INT64_MIN // -1` overflows (and `% -1` is 0), otherwise truncating
    /// division adjusted toward -inf. No `sdiv` ever sees a trapping pair,
    /// and only one division is executed (`%` needs only `srem`; `//`
    /// derives the remainder from the quotient). A constant divisor other
    /// than 0 and -1 needs no guard.
    fn floor_divmod(&mut self, op: Opcode, a: Value, b: Value, known: Option<i64>) -> Value {
        let floordiv = op == Opcode::IntFloorDiv;
        let (d, special) = match known {
            Some(k) if k != 0 && k != -1 => (b, None),
            _ => {
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
                let msg = if floordiv { "integer division or modulo by zero" } else { "integer modulo by zero" };
                self.raise_if(zero, ExcKind::ZeroDivisionError, msg);
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                let special = self.b.ins().band(min, m1);
                if floordiv {
                    self.raise_if(special, ExcKind::OverflowError, INT_OVERFLOW_MSG);
                }
                // For the special pair divide by 1 instead (fixed below).
                let one = self.iconst(1);
                (self.b.ins().select(special, one, b), Some(special))
            }
        };
        let (q, r) = if floordiv {
            let q = self.b.ins().sdiv(a, d);
            let qd = self.b.ins().imul(q, d);
            (Some(q), self.b.ins().isub(a, qd))
        } else {
            (None, self.b.ins().srem(a, d))
        };
        // Adjust when the remainder is nonzero and its sign differs from b.
        let rx = self.b.ins().bxor(r, d);
        let signs = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, rx, 0);
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let adjust = self.b.ins().band(signs, nz);
        match q {
            Some(q) => {
                let q1 = self.b.ins().iadd_imm_s(q, -1);
                self.b.ins().select(adjust, q1, q)
            }
            None => {
                let r1 = self.b.ins().iadd(r, d);
                let r = self.b.ins().select(adjust, r1, r);
                match special {
                    Some(sp) => {
                        let z = self.iconst(0);
                        self.b.ins().select(sp, z, r)
                    }
                    None => r,
                }
            }
        }
    }

    /// `a >> b`: negative count raises ValueError, a count of 64 or more
    /// gives 0 or -1 (the sign), no hardware shift sees it.
    fn shr(&mut self, a: Value, b: Value, known: Option<i64>) -> Value {
        if known.is_none_or(|k| k < 0) {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
            self.raise_if(neg, ExcKind::ValueError, "negative shift count");
        }
        let c63 = self.iconst(63);
        let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, b, 63);
        let n = self.b.ins().select(big, c63, b);
        self.b.ins().sshr(a, n)
    }

    /// `a << b`: negative count raises ValueError; a result that does not
    /// fit raises OverflowError (checked by shifting back); `0 << b` is 0.
    fn shl(&mut self, a: Value, b: Value, known: Option<i64>) -> Value {
        if known.is_none_or(|k| k < 0) {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
            self.raise_if(neg, ExcKind::ValueError, "negative shift count");
        }
        // Counts of 64 or more overflow unless a == 0; clamp for the
        // hardware and let the round-trip test catch the overflow.
        let c63 = self.iconst(63);
        let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, b, 63);
        let n = self.b.ins().select(big, c63, b);
        let r = self.b.ins().ishl(a, n);
        let back = self.b.ins().sshr(r, n);
        let lost = self.b.ins().icmp(IntCC::NotEqual, back, a);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, a, 0);
        let too_far = self.b.ins().band(big, nonzero);
        let overflow = self.b.ins().bor(lost, too_far);
        self.raise_if(overflow, ExcKind::OverflowError, INT_OVERFLOW_MSG);
        r
    }

    pub(crate) fn print(&mut self, pieces: &[Piece]) {
        self.build_line(pieces);
        let status = self.call_rt("rpy_print_end", &[self.ctxp]).expect("status");
        self.check(status);
    }

    /// Build `pieces` in the ctx's line buffer.
    pub(crate) fn build_line(&mut self, pieces: &[Piece]) {
        let ctxp = self.ctxp;
        self.call_rt("rpy_print_begin", &[ctxp]);
        for p in pieces {
            match p {
                Piece::Lit(s) => {
                    let (ptr, len) = (self.cstr(s), s.len() as i64);
                    let (ptr, len) = (self.iconst(ptr), self.iconst(len));
                    self.call_rt("rpy_print_lit", &[ctxp, ptr, len]);
                }
                Piece::Value(v, conv) => {
                    let ty = self.f.dfg.value_type(*v);
                    let x = self.val(*v);
                    match conv {
                        Conv::Exc => {
                            self.call_rt("rpy_print_exc", &[ctxp, x]);
                        }
                        Conv::Str | Conv::Repr => {
                            let name = match ty {
                                Type::I64 => "rpy_print_int",
                                Type::F64 => "rpy_print_float",
                                Type::Bool => "rpy_print_bool",
                                // Objects are rejected by the front end.
                                Type::None | Type::Ref(_) | Type::OptRef(_) => "rpy_print_none",
                            };
                            let is_str = ty.heap_type().and_then(|c| self.m.types.get(c)) == Some(&rpy_ir::ir::HeapType::Str);
                            if is_str {
                                let repr = self.iconst(i64::from(matches!(conv, Conv::Repr)));
                                self.call_rt("rpy_print_str", &[ctxp, x, repr]);
                            } else if let Type::Ref(_) = ty {
                                // The front end lets only lists and tuples (of numbers) through.
                                self.call_rt("rpy_print_list", &[ctxp, x]);
                            } else if !matches!(ty, Type::I64 | Type::F64 | Type::Bool) {
                                self.call_rt(name, &[ctxp]);
                            } else {
                                self.call_rt(name, &[ctxp, x]);
                            }
                        }
                        Conv::Format(spec) | Conv::Percent(spec) => {
                            let pct = matches!(conv, Conv::Percent(_));
                            let s = self.cstr(spec);
                            let s = self.iconst(s);
                            let status = match (ty, pct) {
                                (Type::I64, false) => self.call_rt("rpy_print_format_int", &[ctxp, x, s]),
                                (Type::F64, false) => self.call_rt("rpy_print_format_float", &[ctxp, x, s]),
                                (Type::Bool, false) => self.call_rt("rpy_print_format_bool", &[ctxp, x, s]),
                                (Type::I64, true) => self.call_rt("rpy_print_percent_int", &[ctxp, x, s]),
                                (Type::F64, true) => self.call_rt("rpy_print_percent_float", &[ctxp, x, s]),
                                (Type::Bool, true) => self.call_rt("rpy_print_percent_bool", &[ctxp, x, s]),
                                (Type::None | Type::Ref(_) | Type::OptRef(_), true) => self.call_rt("rpy_print_percent_none", &[ctxp, s]),
                                // `format(None, '')` is 'None'; other specs were rejected.
                                (Type::None | Type::Ref(_) | Type::OptRef(_), false) => {
                                    self.call_rt("rpy_print_none", &[ctxp]);
                                    None
                                }
                            };
                            if let Some(st) = status {
                                self.check(st);
                            }
                        }
                    }
                }
            }
        }
    }
}
