//! IR → Cranelift. One CLIF block per IR block (same block-parameter SSA
//! model), blocks translated in reverse postorder so definitions come
//! before uses. Cold blocks hold every error path: a failing op records
//! its source location in the ctx and unwinds (depth decremented, status
//! returned).

use std::ffi::CString;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, types, AbiParam, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Linkage, Module};
use rpy_ir::ir::{self as rir, InstData, Opcode, SrcLoc, Type};
use rpy_ir::ExcKind;
use rustc_hash::FxHashMap as HashMap;

use crate::abi::{clif_type, ctx, direct_signature, entry_signature, mangle, CompiledFunc, CompiledModule};
use crate::JitError;

/// Argument/result kinds of runtime functions.
#[derive(Copy, Clone)]
enum K {
    I32,
    I64,
    F64,
}

impl K {
    fn ty(self) -> types::Type {
        match self {
            K::I32 => types::I32,
            K::I64 => types::I64,
            K::F64 => types::F64,
        }
    }
}

use K::{F64, I32, I64};

/// The runtime functions compiled code calls: name, parameters, result.
const RUNTIME: &[(&str, &[K], Option<K>)] = &[
    ("rpy_raise_at", &[I64, I32, I64, I32, I32, I64], Some(I32)),
    ("rpy_locate", &[I64, I32, I32, I64], None),
    ("rpy_enter", &[I64, I64], Some(I32)),
    ("rpy_poll", &[I64], Some(I32)),
    ("rpy_poll_keep", &[I64, I64, I64], Some(I32)),
    ("rpy_int_floordiv", &[I64, I64, I64, I64], Some(I32)),
    ("rpy_int_mod", &[I64, I64, I64, I64], Some(I32)),
    ("rpy_int_pow", &[I64, I64, I64, I64], Some(I32)),
    ("rpy_int_shl", &[I64, I64, I64, I64], Some(I32)),
    ("rpy_int_shr", &[I64, I64, I64, I64], Some(I32)),
    ("rpy_int_truediv", &[I64, I64, I64, I64], Some(I32)),
    ("rpy_int_round_digits", &[I64, I64, I64, I64], Some(I32)),
    ("rpy_intfloat_cmp", &[I64, F64, I64], Some(I64)),
    ("rpy_float_floordiv", &[I64, F64, F64, I64], Some(I32)),
    ("rpy_float_mod", &[I64, F64, F64, I64], Some(I32)),
    ("rpy_float_pow", &[I64, F64, F64, I64], Some(I32)),
    ("rpy_float_to_int", &[I64, F64, I64], Some(I32)),
    ("rpy_float_round", &[I64, F64, I64], Some(I32)),
    ("rpy_float_round_digits", &[I64, F64, I64, I64], Some(I32)),
    ("rpy_math1", &[I64, I64, F64, I64], Some(I32)),
    ("rpy_math_pow", &[I64, F64, F64, I64], Some(I32)),
    ("rpy_math_fmod", &[I64, F64, F64, I64], Some(I32)),
    ("rpy_math_hypot", &[F64, F64], Some(F64)),
    ("rpy_math_atan2", &[F64, F64], Some(F64)),
    ("rpy_math_floor", &[I64, F64, I64], Some(I32)),
    ("rpy_math_ceil", &[I64, F64, I64], Some(I32)),
    ("rpy_print_begin", &[I64], None),
    ("rpy_print_lit", &[I64, I64, I64], None),
    ("rpy_print_int", &[I64, I64], None),
    ("rpy_print_float", &[I64, F64], None),
    ("rpy_print_bool", &[I64, I64], None),
    ("rpy_print_none", &[I64], None),
    ("rpy_print_format_int", &[I64, I64, I64], Some(I32)),
    ("rpy_print_format_float", &[I64, F64, I64], Some(I32)),
    ("rpy_print_format_bool", &[I64, I64, I64], Some(I32)),
    ("rpy_print_percent_int", &[I64, I64, I64], Some(I32)),
    ("rpy_print_percent_float", &[I64, F64, I64], Some(I32)),
    ("rpy_print_percent_bool", &[I64, I64, I64], Some(I32)),
    ("rpy_print_percent_none", &[I64, I64], Some(I32)),
    ("rpy_print_end", &[I64], Some(I32)),
    ("rpy_raise_line", &[I64, I32, I32, I32, I64], Some(I32)),
    ("rpy_exc_take", &[I64], Some(I64)),
    ("rpy_print_exc", &[I64, I64], None),
    ("rpy_exc_code", &[I64], Some(I64)),
    ("rpy_exc_drop", &[I64], None),
    ("rpy_exc_rethrow", &[I64, I64], Some(I32)),
    ("rpy_exc_reraise", &[I64, I64], Some(I32)),
    ("rpy_obj_new", &[I64, I64, I64], Some(I32)),
    ("rpy_obj_free", &[I64], None),
    ("rpy_obj_set_ref", &[I64, I64, I64], None),
    ("rpy_obj_incref", &[I64], None),
    ("rpy_list_op", &[I64, I64, I64, I64], Some(I32)),
    ("rpy_print_list", &[I64, I64], None),
    ("rpy_print_str", &[I64, I64, I64], None),
];

/// Index of a one-argument math function in `rpy_math1` (rpy_rt.h order).
pub(crate) fn math1_index(op: Opcode) -> Option<i64> {
    const ORDER: &[Opcode] = &[
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
    ORDER.iter().position(|&o| o == op).map(|i| i as i64)
}

pub(crate) fn compile_module(isa: &OwnedTargetIsa, scratch: &std::sync::Mutex<(Context, FunctionBuilderContext)>, name: &str, m: &rir::Module) -> Result<CompiledModule, JitError> {
    let mut jb = JITBuilder::with_isa(isa.clone(), default_libcall_names());
    jb.symbols(rpy_rt::symbols());
    let mut module = JITModule::new(jb);
    let cc = isa.default_call_conv();
    let codegen = |e: &dyn std::fmt::Display| JitError::Codegen(e.to_string());

    // Runtime functions are declared on first use (see FnLower::rt).
    let mut runtime: HashMap<&'static str, FuncId> = HashMap::default();
    let mut direct_ids = Vec::new();
    let mut entry_ids = Vec::new();
    let mut symbols = Vec::new();
    for (i, f) in m.funcs.values().enumerate() {
        let tys: Vec<Type> = f.params.iter().map(|p| p.ty).collect();
        // The index keeps redefinitions of a name apart.
        let sym = mangle(name, &f.name, &i.to_string());
        let d = module.declare_function(&sym, Linkage::Local, &direct_signature(cc, &tys)).map_err(|e| codegen(&e))?;
        let e = module.declare_function(&mangle(name, &f.name, &format!("{i}_entry")), Linkage::Local, &entry_signature(cc)).map_err(|e| codegen(&e))?;
        direct_ids.push(d);
        entry_ids.push(e);
        symbols.push(sym);
    }

    let mut strings: Vec<CString> = Vec::new();
    // Contexts are reused across modules (Cranelift keeps its scratch
    // allocations, regalloc's included, in them).
    let mut guard = scratch.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let (cx, fbc) = &mut *guard;
    module.clear_context(cx);
    // Per-function times only when someone listens (RPY_LOG=debug or the
    // Python logger at DEBUG): the check is one load of tracing's level.
    let timed = tracing::enabled!(target: "rpythonic.jit", tracing::Level::DEBUG);
    for (i, f) in m.funcs.values().enumerate() {
        let start = timed.then(std::time::Instant::now);
        cx.func.signature = direct_signature(cc, &f.params.iter().map(|p| p.ty).collect::<Vec<_>>());
        let fl = FnLower::new(&mut module, &mut cx.func, fbc, &mut runtime, &direct_ids, m, f, &mut strings);
        fl.lower().map_err(|e| JitError::Codegen(format!("{}: {e}", f.name)))?;
        if dump("clif") {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("; CLIF of {}\n{}", f.name, cx.func.display());
            }
        }
        cx.set_disasm(dump("asm"));
        module.define_function(direct_ids[i], cx).map_err(|e| JitError::Codegen(format!("{}: {e:?}", f.name)))?;
        if let Some(vcode) = cx.compiled_code().and_then(|c| c.vcode.as_ref()) {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("; machine code of {}\n{vcode}", f.name);
            }
        }
        cx.set_disasm(false);
        module.clear_context(cx);

        cx.func.signature = entry_signature(cc);
        build_entry(&mut module, &mut cx.func, fbc, f, direct_ids[i], isa);
        module.define_function(entry_ids[i], cx).map_err(|e| JitError::Codegen(format!("{} entry: {e:?}", f.name)))?;
        module.clear_context(cx);
        if let Some(t) = start {
            tracing::debug!(target: "rpythonic.jit", function = %f.name, micros = t.elapsed().as_micros() as u64, "compiled {} on the JIT in {:.3} ms", f.name, t.elapsed().as_secs_f64() * 1e3);
        }
    }
    module.finalize_definitions().map_err(|e| codegen(&e))?;
    let funcs = m
        .funcs
        .values()
        .enumerate()
        .map(|(i, f)| CompiledFunc {
            name: f.name.clone(),
            symbol: symbols[i].clone(),
            params: f.params.iter().map(|p| p.ty).collect(),
            ret: f.ret,
            direct: module.get_finalized_function(direct_ids[i]),
            entry: module.get_finalized_function(entry_ids[i]),
        })
        .collect();
    Ok(CompiledModule { funcs, _strings: strings, _module: crate::abi::Finalized(module) })
}

/// `i32 entry(ctx, const u64 *args, u64 *ret)`: load the arguments, call
/// the direct form with `ret` as its result pointer.
fn build_entry(module: &mut JITModule, func: &mut ir::Function, fbc: &mut FunctionBuilderContext, f: &rir::Function, direct: FuncId, isa: &OwnedTargetIsa) {
    let mut b = FunctionBuilder::new(func, fbc);
    let block = b.create_block();
    b.append_block_params_for_function_params(block);
    b.switch_to_block(block);
    b.seal_block(block);
    let (ctxp, args, ret) = {
        let p = b.block_params(block);
        (p[0], p[1], p[2])
    };
    let mut call_args = vec![ctxp];
    for (i, p) in f.params.iter().enumerate() {
        let v = b.ins().load(clif_type(p.ty), MemFlagsData::trusted(), args, (8 * i) as i32);
        call_args.push(v);
    }
    call_args.push(ret);
    let callee = module.declare_func_in_func(direct, b.func);
    let call = b.ins().call(callee, &call_args);
    let status = b.inst_results(call)[0];
    b.ins().return_(&[status]);
    b.finalize(isa.frontend_config());
}

pub(crate) struct FnLower<'a> {
    module: &'a mut JITModule,
    pub(crate) b: FunctionBuilder<'a>,
    runtime: &'a mut HashMap<&'static str, FuncId>,
    imported: HashMap<&'static str, ir::FuncRef>,
    callees: HashMap<FuncId, ir::FuncRef>,
    direct_ids: &'a [FuncId],
    pub(crate) m: &'a rir::Module,
    pub(crate) f: &'a rir::Function,
    strings: &'a mut Vec<CString>,
    values: HashMap<rir::Value, ir::Value>,
    blocks: HashMap<rir::Block, ir::Block>,
    pub(crate) ctxp: ir::Value,
    ret_ptr: ir::Value,
    /// Scratch slot for out-parameters of runtime calls and callees.
    slot: ir::StackSlot,
    /// Cold block `unwind(status)`: leave the frame, return the status.
    unwind: ir::Block,
    /// Shared cold block `locate(status, line, col)`: record where an
    /// error happened, then unwind (one call site for all fallible ops).
    locate_block: Option<ir::Block>,
    /// Shared cold block `raise(code, msg, line, col)`.
    raise_block: Option<ir::Block>,
    fname: i64,
    loc: SrcLoc,
    /// Inside `try`: where an error of the current instruction goes (the
    /// handler block and its arguments) instead of unwinding.
    catch: Option<rir::BlockCall>,
    /// In a function that polls (has loops): the poll countdown, a
    /// variable (a register in the loops) loaded from the context on
    /// entry and written back around calls and on return.
    pc: Option<Variable>,
    /// The lists and arrays whose length and item buffer cannot change
    /// while the function runs (`rpy_ir::fixed_buffers`), and once
    /// defined, the values of those read where the sequence is defined:
    /// length, buffer address and (arrays) read-only flag.
    fixed: rustc_hash::FxHashSet<rir::Value>,
    parts: HashMap<rir::Value, SeqParts>,
}

/// The length, item buffer and read-only flag (arrays) of a fixed
/// sequence, read where it is defined.
#[derive(Clone, Copy)]
struct SeqParts {
    len: ir::Value,
    items: ir::Value,
    readonly: Option<ir::Value>,
}

impl<'a> FnLower<'a> {
    #[allow(clippy::too_many_arguments)]
    fn new(
        module: &'a mut JITModule,
        func: &'a mut ir::Function,
        fbc: &'a mut FunctionBuilderContext,
        runtime: &'a mut HashMap<&'static str, FuncId>,
        direct_ids: &'a [FuncId],
        m: &'a rir::Module,
        f: &'a rir::Function,
        strings: &'a mut Vec<CString>,
    ) -> Self {
        let mut b = FunctionBuilder::new(func, fbc);
        let slot = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        let unwind = b.create_block();
        b.append_block_param(unwind, types::I32);
        b.set_cold_block(unwind);
        let placeholder = ir::Value::from_u32(0);
        let mut fl = FnLower {
            module,
            b,
            runtime,
            imported: HashMap::default(),
            callees: HashMap::default(),
            direct_ids,
            m,
            f,
            strings,
            values: HashMap::default(),
            blocks: HashMap::default(),
            ctxp: placeholder,
            ret_ptr: placeholder,
            slot,
            unwind,
            locate_block: None,
            raise_block: None,
            fname: 0,
            loc: f.loc,
            catch: None,
            pc: None,
            fixed: rpy_ir::fixed_buffers(f, &m.types),
            parts: HashMap::default(),
        };
        fl.fname = fl.cstr(&f.name);
        fl
    }

    /// A NUL-terminated copy of `s` owned by the module; its address.
    pub(crate) fn cstr(&mut self, s: &str) -> i64 {
        let c = CString::new(s.replace('\0', "\\0")).unwrap_or_default();
        let p = c.as_ptr() as i64;
        self.strings.push(c);
        p
    }

    fn rt(&mut self, name: &'static str) -> ir::FuncRef {
        if let Some(&r) = self.imported.get(name) {
            return r;
        }
        let id = match self.runtime.get(name) {
            Some(&id) => id,
            None => {
                let &(_, params, ret) = RUNTIME.iter().find(|r| r.0 == name).expect("runtime function in the table");
                let mut sig = ir::Signature::new(self.module.isa().default_call_conv());
                sig.params.extend(params.iter().map(|k| AbiParam::new(k.ty())));
                sig.returns.extend(ret.map(|k| AbiParam::new(k.ty())));
                let id = self.module.declare_function(name, Linkage::Import, &sig).expect("runtime declarations never clash");
                self.runtime.insert(name, id);
                id
            }
        };
        let r = self.module.declare_func_in_func(id, self.b.func);
        self.imported.insert(name, r);
        r
    }

    pub(crate) fn call_rt(&mut self, name: &'static str, args: &[ir::Value]) -> Option<ir::Value> {
        let r = self.rt(name);
        let call = self.b.ins().call(r, args);
        self.b.inst_results(call).first().copied()
    }

    pub(crate) fn iconst(&mut self, n: i64) -> ir::Value {
        self.b.ins().iconst(types::I64, n)
    }

    pub(crate) fn i32const(&mut self, n: i64) -> ir::Value {
        self.b.ins().iconst(types::I32, n)
    }

    fn lower(mut self) -> Result<(), String> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        self.ctxp = params[0];
        self.ret_ptr = *params.last().ok_or("no params")?;
        let order = rpo(self.f);
        for &blk in &order {
            let cb = self.b.create_block();
            for &p in self.f.dfg.block_params(blk) {
                let v = self.b.append_block_param(cb, clif_type(self.f.dfg.value_type(p)));
                self.values.insert(p, v);
            }
            self.blocks.insert(blk, cb);
        }
        self.prologue();
        let ir_entry = *order.first().ok_or("empty function")?;
        let args: Vec<ir::BlockArg> = params[1..params.len() - 1].iter().map(|&v| ir::BlockArg::Value(v)).collect();
        let target = self.blocks[&ir_entry];
        self.b.ins().jump(target, &args);
        for &blk in &order {
            let cb = self.blocks[&blk];
            self.b.switch_to_block(cb);
            for &p in self.f.dfg.block_params(blk) {
                self.read_parts(p);
            }
            let insts = self.f.block_insts(blk);
            for (k, &inst) in insts.iter().enumerate() {
                self.loc = self.f.srclocs[inst];
                self.catch = match insts.get(k + 1).map(|&i| &self.f.dfg.insts[i]) {
                    Some(InstData::Catch { handler, .. }) => Some(handler.clone()),
                    _ => None,
                };
                self.inst(inst)?;
            }
            self.catch = None;
        }
        self.emit_shared_blocks();
        self.b.switch_to_block(self.unwind);
        let status = self.b.block_params(self.unwind)[0];
        self.leave();
        self.b.ins().return_(&[status]);
        self.b.seal_all_blocks();
        let frontend = self.module.isa().frontend_config();
        self.b.finalize(frontend);
        Ok(())
    }

    /// Depth and stack check (inline fast path); the slow path raises
    /// RecursionError through `rpy_enter`.
    fn prologue(&mut self) {
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let flags = MemFlagsData::trusted();
        let low = self.b.ins().load(types::I64, flags, self.ctxp, ctx::STACK_LOW);
        let depth = self.b.ins().load(types::I64, flags, self.ctxp, ctx::DEPTH);
        let limit = self.b.ins().load(types::I64, flags, self.ctxp, ctx::DEPTH_LIMIT);
        let d1 = self.b.ins().iadd_imm_s(depth, 1);
        let deep = self.b.ins().icmp(IntCC::SignedGreaterThan, d1, limit);
        let low_sp = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, low);
        let bad = self.b.ins().bor(deep, low_sp);
        let (slow, ok) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.ins().brif(bad, slow, &[], ok, &[]);
        self.b.switch_to_block(slow);
        // Not located here: the caller records its call site.
        let status = self.call_rt("rpy_enter", &[self.ctxp, sp]).expect("status");
        self.b.ins().return_(&[status]);
        self.b.switch_to_block(ok);
        self.b.ins().store(flags, d1, self.ctxp, ctx::DEPTH);
        if self.f.polls() {
            let pc = self.b.declare_var(types::I64);
            let c = self.b.ins().load(types::I64, flags, self.ctxp, ctx::POLL_COUNTDOWN);
            self.b.def_var(pc, c);
            self.pc = Some(pc);
        }
    }

    /// Write the local poll countdown back to the context (before a call
    /// of compiled code, which counts down the same context, and on
    /// return).
    fn store_pc(&mut self) {
        if let Some(pc) = self.pc {
            let c = self.b.use_var(pc);
            self.b.ins().store(MemFlagsData::trusted(), c, self.ctxp, ctx::POLL_COUNTDOWN);
        }
    }

    /// Reload the local poll countdown from the context (after a call).
    fn load_pc(&mut self) {
        if let Some(pc) = self.pc {
            let c = self.b.ins().load(types::I64, MemFlagsData::trusted(), self.ctxp, ctx::POLL_COUNTDOWN);
            self.b.def_var(pc, c);
        }
    }

    fn leave(&mut self) {
        let flags = MemFlagsData::trusted();
        let depth = self.b.ins().load(types::I64, flags, self.ctxp, ctx::DEPTH);
        let d = self.b.ins().iadd_imm_s(depth, -1);
        self.b.ins().store(flags, d, self.ctxp, ctx::DEPTH);
    }

    /// Continue if `status == 0`, else record the location and unwind.
    /// Each site costs a cold block of two constants and a jump to the
    /// shared `locate` block: few calls, so little register pressure.
    pub(crate) fn check(&mut self, status: ir::Value) {
        let (err, ok) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(err);
        self.b.ins().brif(status, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        let (line, col) = (self.i32const(i64::from(self.loc.line)), self.i32const(i64::from(self.loc.col)));
        if let Some(h) = self.catch.clone() {
            // Inside `try`: locate, then the handler (the host's own
            // errors still unwind).
            let fname = self.iconst(self.fname);
            self.call_rt("rpy_locate", &[self.ctxp, line, col, fname]);
            let host = self.b.ins().icmp_imm_s(IntCC::Equal, status, i64::from(rpy_rt::status::HOST_PENDING));
            let (t, a) = (self.blocks[&h.block], self.block_args(&h.args));
            self.b.ins().brif(host, self.unwind, &[status.into()], t, &a);
        } else {
            let target = self.locate_block();
            self.b.ins().jump(target, &[status.into(), line.into(), col.into()]);
        }
        self.b.switch_to_block(ok);
    }

    fn locate_block(&mut self) -> ir::Block {
        if let Some(b) = self.locate_block {
            return b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        for t in [types::I32, types::I32, types::I32] {
            self.b.append_block_param(b, t);
        }
        self.locate_block = Some(b);
        b
    }

    fn raise_block(&mut self) -> ir::Block {
        if let Some(b) = self.raise_block {
            return b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        for t in [types::I32, types::I64, types::I32, types::I32] {
            self.b.append_block_param(b, t);
        }
        self.raise_block = Some(b);
        b
    }

    /// Raise `kind(msg)` at the current location.
    fn raise(&mut self, kind: ExcKind, msg: &str) {
        let m = self.cstr(msg);
        let (code, m) = (self.i32const(i64::from(kind.code())), self.iconst(m));
        let (line, col) = (self.i32const(i64::from(self.loc.line)), self.i32const(i64::from(self.loc.col)));
        if let Some(h) = self.catch.clone() {
            let fname = self.iconst(self.fname);
            self.call_rt("rpy_raise_at", &[self.ctxp, code, m, line, col, fname]);
            self.jump_to(&h);
            return;
        }
        let target = self.raise_block();
        self.b.ins().jump(target, &[code.into(), m.into(), line.into(), col.into()]);
    }

    /// Jump to an IR block call.
    fn jump_to(&mut self, bc: &rir::BlockCall) {
        let (t, a) = (self.blocks[&bc.block], self.block_args(&bc.args));
        self.b.ins().jump(t, &a);
    }

    /// `raise.msg`: the message is built in the ctx's line buffer, then
    /// raised from it.
    pub(crate) fn raise_msg(&mut self, kind: ExcKind, pieces: &[rir::Piece], handler: Option<&rir::BlockCall>) {
        self.build_line(pieces);
        let code = self.i32const(i64::from(kind.code()));
        let (line, col) = (self.i32const(i64::from(self.loc.line)), self.i32const(i64::from(self.loc.col)));
        let fname = self.iconst(self.fname);
        let status = self.call_rt("rpy_raise_line", &[self.ctxp, code, line, col, fname]).expect("status");
        match handler {
            Some(h) => self.jump_to(h),
            None => {
                self.b.ins().jump(self.unwind, &[status.into()]);
            }
        }
    }

    /// Emit the shared cold blocks that were used.
    fn emit_shared_blocks(&mut self) {
        if let Some(b) = self.locate_block {
            self.b.switch_to_block(b);
            let p = self.b.block_params(b).to_vec();
            let fname = self.iconst(self.fname);
            self.call_rt("rpy_locate", &[self.ctxp, p[1], p[2], fname]);
            self.b.ins().jump(self.unwind, &[p[0].into()]);
        }
        if let Some(b) = self.raise_block {
            self.b.switch_to_block(b);
            let p = self.b.block_params(b).to_vec();
            let fname = self.iconst(self.fname);
            let status = self.call_rt("rpy_raise_at", &[self.ctxp, p[0], p[1], p[2], p[3], fname]).expect("status");
            self.b.ins().jump(self.unwind, &[status.into()]);
        }
    }

    /// Branch to a cold block raising `kind(msg)` when `cond` is true.
    pub(crate) fn raise_if(&mut self, cond: ir::Value, kind: ExcKind, msg: &str) {
        let (err, ok) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(err);
        self.b.ins().brif(cond, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        self.raise(kind, msg);
        self.b.switch_to_block(ok);
    }

    /// Call a fallible runtime function whose result comes back through
    /// the scratch slot; check its status; load the result.
    pub(crate) fn call_out(&mut self, name: &'static str, args: &[ir::Value], ty: types::Type) -> ir::Value {
        let out = self.b.ins().stack_addr(types::I64, self.slot, 0);
        let mut all = args.to_vec();
        all.push(out);
        let status = self.call_rt(name, &all).expect("status");
        self.check(status);
        self.b.ins().stack_load(types::I64, ty, self.slot, 0)
    }

    /// The value of `v` if the IR defines it as an int constant.
    fn int_const(&self, v: rir::Value) -> Option<i64> {
        match self.f.dfg.values[v].def {
            rir::ValueDef::Result(i) => match self.f.dfg.insts[i] {
                InstData::IConst(n) => Some(n),
                _ => None,
            },
            rir::ValueDef::Param(..) => None,
        }
    }

    pub(crate) fn val(&self, v: rir::Value) -> ir::Value {
        self.values[&v]
    }

    pub(crate) fn bool_from(&mut self, flag: ir::Value) -> ir::Value {
        self.b.ins().uextend(types::I64, flag)
    }

    fn block_args(&self, args: &[rir::Value]) -> Vec<ir::BlockArg> {
        args.iter().map(|&a| ir::BlockArg::Value(self.val(a))).collect()
    }

    fn inst(&mut self, inst: rir::Inst) -> Result<(), String> {
        let data = &self.f.dfg.insts[inst];
        let result = match data {
            InstData::IConst(n) => Some(self.iconst(*n)),
            InstData::FConst(x) => Some(self.b.ins().f64const(*x)),
            InstData::BConst(v) => Some(self.iconst(i64::from(*v))),
            InstData::NoneConst => Some(self.iconst(0)),
            InstData::Unary { op, arg } => Some(self.unary(*op, self.val(*arg))),
            InstData::Binary { op, args } => {
                let known = self.int_const(args[1]);
                Some(self.binary(*op, self.val(args[0]), self.val(args[1]), known))
            }
            InstData::Select { cond, then_val, else_val } => {
                let (c, t, e) = (self.val(*cond), self.val(*then_val), self.val(*else_val));
                Some(self.b.ins().select(c, t, e))
            }
            InstData::Call { func, args } => Some(self.call(*func, args)),
            InstData::Print { pieces } => {
                self.print(pieces);
                None
            }
            InstData::CheckBound { flag, name } => {
                let flag = self.val(*flag);
                let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
                self.raise_if(unbound, ExcKind::UnboundLocalError, &format!("cannot access local variable '{name}' where it is not associated with a value"));
                None
            }
            InstData::Poll { keep, weight } => {
                let n = weight.map(|w| self.val(w));
                self.poll(keep, n);
                None
            }
            InstData::Jump { dest } => {
                let (t, a) = (self.blocks[&dest.block], self.block_args(&dest.args));
                self.b.ins().jump(t, &a);
                None
            }
            InstData::Brif { cond, then_dest, else_dest } => {
                // Branch on the operand of `not`s with the targets swapped,
                // so the comparison that made it fuses with the branch.
                let (mut c, mut swap) = (*cond, false);
                while let rir::ValueDef::Result(i) = self.f.dfg.values[c].def {
                    match self.f.dfg.insts[i] {
                        InstData::Unary { op: Opcode::BoolNot, arg } => {
                            c = arg;
                            swap = !swap;
                        }
                        _ => break,
                    }
                }
                let c = self.val(c);
                let (mut t, mut ta) = (self.blocks[&then_dest.block], self.block_args(&then_dest.args));
                let (mut e, mut ea) = (self.blocks[&else_dest.block], self.block_args(&else_dest.args));
                if swap {
                    std::mem::swap(&mut t, &mut e);
                    std::mem::swap(&mut ta, &mut ea);
                }
                self.b.ins().brif(c, t, &ta, e, &ea);
                None
            }
            InstData::Return { value } => {
                let v = self.val(*value);
                self.b.ins().store(MemFlagsData::trusted(), v, self.ret_ptr, 0);
                self.store_pc();
                self.leave();
                let zero = self.i32const(0);
                self.b.ins().return_(&[zero]);
                None
            }
            InstData::Raise { kind, msg } => {
                self.raise(*kind, msg);
                None
            }
            InstData::RaiseMsg { kind, pieces, handler } => {
                self.raise_msg(*kind, pieces, handler.as_ref());
                None
            }
            InstData::Catch { normal, .. } => {
                self.jump_to(normal);
                None
            }
            InstData::ExcTake => self.call_rt("rpy_exc_take", &[self.ctxp]),
            InstData::ExcCode { exc } => {
                let e = self.val(*exc);
                self.call_rt("rpy_exc_code", &[e])
            }
            InstData::ExcDrop { exc } => {
                let e = self.val(*exc);
                self.call_rt("rpy_exc_drop", &[e]);
                None
            }
            InstData::ExcRethrow { exc, handler } | InstData::ExcReraise { exc, handler } => {
                let e = self.val(*exc);
                let f = if matches!(data, InstData::ExcReraise { .. }) { "rpy_exc_reraise" } else { "rpy_exc_rethrow" };
                let status = self.call_rt(f, &[self.ctxp, e]).expect("status");
                match handler {
                    Some(h) => self.jump_to(h),
                    None => {
                        self.b.ins().jump(self.unwind, &[status.into()]);
                    }
                }
                None
            }
            InstData::List { op, args } => self.list_op(inst, *op, args),
            InstData::StrBuild { pieces } => {
                self.build_line(pieces);
                let code = self.iconst(rir::ListOp::StrFromLine.code());
                let zero = self.iconst(0);
                let out = self.b.ins().stack_addr(types::I64, self.slot, 0);
                let status = self.call_rt("rpy_list_op", &[self.ctxp, code, zero, out]).expect("status");
                self.check(status);
                Some(self.b.ins().stack_load(types::I64, types::I64, self.slot, 0))
            }
            InstData::New { class } => {
                let cls = match &self.m.types[*class] {
                    rir::HeapType::Tuple(layout) => rpy_ir::interp::heap::tuple_descriptor(layout),
                    t => rpy_ir::interp::heap::class_descriptor(t.class()),
                };
                let cls = cls as *const rpy_rt::RpyClass as i64;
                let cls = self.iconst(cls);
                Some(self.call_out("rpy_obj_new", &[self.ctxp, cls], types::I64))
            }
            InstData::GetField { obj, field } => {
                let (ty, off) = self.field(*obj, *field);
                let o = self.val(*obj);
                Some(self.b.ins().load(clif_type(ty), MemFlagsData::trusted(), o, off as i32))
            }
            InstData::SetField { obj, field, value } => {
                let (ty, off) = self.field(*obj, *field);
                let (o, v) = (self.val(*obj), self.val(*value));
                if ty.is_ref() {
                    let off = self.iconst(i64::from(off));
                    self.call_rt("rpy_obj_set_ref", &[o, off, v]);
                } else {
                    self.b.ins().store(MemFlagsData::trusted(), v, o, off as i32);
                }
                None
            }
            InstData::IncRef { arg } => {
                // Inline: `if (o) o->refcnt += 1` (a `Ref` local is null
                // until its first store).
                let o = self.val(*arg);
                let (inc, done) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(o, inc, &[], done, &[]);
                self.b.switch_to_block(inc);
                let n = self.b.ins().load(types::I64, MemFlagsData::trusted(), o, 0);
                let n1 = self.b.ins().iadd_imm_s(n, 1);
                self.b.ins().store(MemFlagsData::trusted(), n1, o, 0);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
                None
            }
            InstData::DecRef { arg } => {
                // Inline: `if (o && --o->refcnt == 0) rpy_obj_free(o)`.
                let o = self.val(*arg);
                let (dec, free, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(free);
                self.b.ins().brif(o, dec, &[], done, &[]);
                self.b.switch_to_block(dec);
                let n = self.b.ins().load(types::I64, MemFlagsData::trusted(), o, 0);
                let n1 = self.b.ins().iadd_imm_s(n, -1);
                self.b.ins().store(MemFlagsData::trusted(), n1, o, 0);
                self.b.ins().brif(n1, done, &[], free, &[]);
                self.b.switch_to_block(free);
                self.call_rt("rpy_obj_free", &[o]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
                None
            }
            InstData::Unwrap { arg, kind, msg } => {
                let o = self.val(*arg);
                let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, o, 0);
                self.raise_if(is_none, *kind, msg);
                Some(o)
            }
            InstData::ToOpt { arg } | InstData::NonNull { arg } => Some(self.val(*arg)),
            InstData::Null { .. } => Some(self.iconst(0)),
            InstData::RefIs { args } => {
                let (a, b) = (self.val(args[0]), self.val(args[1]));
                let c = self.b.ins().icmp(IntCC::Equal, a, b);
                Some(self.bool_from(c))
            }
        };
        if let (Some(r), Some(v)) = (self.f.dfg.inst_result(inst), result) {
            self.values.insert(r, v);
            self.read_parts(r);
        }
        Ok(())
    }

    /// Where fixed sequence `v` is defined: read its length and buffer
    /// (list: len at 24, items at 40; array: len at 24, read-only flag at
    /// 32, data at 40).
    fn read_parts(&mut self, v: rir::Value) {
        if !self.fixed.contains(&v) {
            return;
        }
        let flags = MemFlagsData::trusted();
        let o = self.val(v);
        let len = self.b.ins().load(types::I64, flags, o, 24);
        let items = self.b.ins().load(types::I64, flags, o, 40);
        let readonly = self.is_array(v).then(|| self.b.ins().load(types::I64, flags, o, 32));
        self.parts.insert(v, SeqParts { len, items, readonly });
    }

    fn is_array(&self, v: rir::Value) -> bool {
        self.f.dfg.value_type(v).heap_type().and_then(|c| self.m.types.get(c)).is_some_and(|h| h.array_elem().is_some())
    }

    /// The length of list or array `v` (at 24 in both).
    fn seq_len(&mut self, v: rir::Value) -> ir::Value {
        match self.parts.get(&v) {
            Some(p) => p.len,
            None => {
                let o = self.val(v);
                self.b.ins().load(types::I64, MemFlagsData::trusted(), o, 24)
            }
        }
    }

    /// The item buffer of list or array `v` (at 40 in both).
    fn seq_items(&mut self, v: rir::Value) -> ir::Value {
        match self.parts.get(&v) {
            Some(p) => p.items,
            None => {
                let o = self.val(v);
                self.b.ins().load(types::I64, MemFlagsData::trusted(), o, 40)
            }
        }
    }

    /// A list operation: `len`, `item`, `get`, the store of a scalar item
    /// and `append` with room left inline (the checks and messages of
    /// rpy_rt.c), the rest through `rpy_list_op` with the operands in a
    /// stack array.
    fn list_op(&mut self, inst: rir::Inst, op: rir::ListOp, args: &[rir::Value]) -> Option<ir::Value> {
        use rir::ListOp as L;
        let list_v = match op {
            L::New | L::Range => self.f.dfg.inst_result(inst),
            _ => args.first().copied(),
        };
        let heap = list_v.map(|l| self.f.dfg.value_type(l)).and_then(|t| t.heap_type()).and_then(|c| self.m.types.get(c));
        let elem = heap.and_then(|h| h.seq_elem()).unwrap_or(Type::I64);
        let new_kind = heap.and_then(|h| h.new_kind()).unwrap_or(0);
        let flags = MemFlagsData::trusted();
        const LEN: i32 = 24;
        const ITEMS: i32 = 40;
        let array = args.first().map(|&a| self.f.dfg.value_type(a)).and_then(|t| t.heap_type()).and_then(|c| self.m.types.get(c)).and_then(|h| h.array_elem());
        if let (Some(ae), L::Item | L::Get | L::Set | L::SetItem) = (array, op) {
            return self.array_op(ae, op, args);
        }
        match op {
            L::SetItem if !elem.is_ref() => {
                let (i, v) = (self.val(args[1]), self.val(args[2]));
                let items = self.seq_items(args[0]);
                let off = self.b.ins().ishl_imm_s(i, 3);
                let addr = self.b.ins().iadd(items, off);
                self.b.ins().store(flags, v, addr, 0);
                return None;
            }
            L::Len => return Some(self.seq_len(args[0])),
            L::Item => {
                let i = self.val(args[1]);
                let items = self.seq_items(args[0]);
                let off = self.b.ins().ishl_imm_s(i, 3);
                let addr = self.b.ins().iadd(items, off);
                return Some(self.b.ins().load(clif_type(elem), flags, addr, 0));
            }
            // (`*args` tuples go to the runtime: their IndexError says "tuple".)
            L::Get | L::Set if (op == L::Get || !elem.is_ref()) && new_kind & 4 == 0 => {
                let i = self.val(args[1]);
                let n = self.seq_len(args[0]);
                let msg = if op == L::Get { "list index out of range" } else { "list assignment index out of range" };
                let k = self.checked_index(i, n, msg);
                let items = self.seq_items(args[0]);
                let off = self.b.ins().ishl_imm_s(k, 3);
                let addr = self.b.ins().iadd(items, off);
                if op == L::Get {
                    return Some(self.b.ins().load(clif_type(elem), flags, addr, 0));
                }
                let v = self.val(args[2]);
                self.b.ins().store(flags, v, addr, 0);
                return None;
            }
            _ => {}
        }
        let mut words: Vec<ir::Value> = Vec::new();
        if op == L::New {
            words.push(self.iconst(new_kind));
            words.push(self.iconst(args.len() as i64));
        }
        words.extend(args.iter().map(|&a| self.val(a)));
        let done = self.b.create_block();
        if op == L::Append {
            // The common case inline: room left in the item array.
            let (l, v) = (words[0], words[1]);
            let (fast, slow) = (self.b.create_block(), self.b.create_block());
            let n = self.b.ins().load(types::I64, flags, l, LEN);
            let cap = self.b.ins().load(types::I64, flags, l, 32);
            let room = self.b.ins().icmp(IntCC::SignedLessThan, n, cap);
            self.b.set_cold_block(slow);
            self.b.ins().brif(room, fast, &[], slow, &[]);
            self.b.switch_to_block(fast);
            if elem.is_ref() {
                self.call_rt("rpy_obj_incref", &[v]);
            }
            let items = self.b.ins().load(types::I64, flags, l, ITEMS);
            let off = self.b.ins().ishl_imm_s(n, 3);
            let addr = self.b.ins().iadd(items, off);
            self.b.ins().store(flags, v, addr, 0);
            let n1 = self.b.ins().iadd_imm_s(n, 1);
            self.b.ins().store(flags, n1, l, LEN);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(slow);
        }
        let size = u32::try_from(8 * words.len().max(1)).expect("few operands");
        let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, size, 3));
        for (k, &w) in words.iter().enumerate() {
            self.b.ins().stack_store(types::I64, w, slot, 8 * k as i32);
        }
        let arr = self.b.ins().stack_addr(types::I64, slot, 0);
        let out = self.b.ins().stack_addr(types::I64, self.slot, 0);
        let code = self.iconst(op.code());
        let status = self.call_rt("rpy_list_op", &[self.ctxp, code, arr, out]).expect("status");
        if op.can_raise() {
            self.check(status);
        }
        let result = self.f.dfg.inst_result(inst).map(|r| {
            let t = clif_type(self.f.dfg.value_type(r));
            self.b.ins().stack_load(types::I64, t, self.slot, 0)
        });
        // (Only `append` has a fast path joining here.)
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        result
    }

    /// Python's index `i` into a sequence of length `n`, checked: in range,
    /// one unsigned compare; otherwise (cold) a negative index counts from
    /// the end, and what is still out of range raises IndexError(`msg`).
    /// (An index >= n stays >= n after adding n: no wrap below 2**64.)
    fn checked_index(&mut self, i: ir::Value, n: ir::Value, msg: &str) -> ir::Value {
        let out = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, n);
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        let k = self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(slow);
        self.b.ins().brif(out, slow, &[], join, &[ir::BlockArg::Value(i)]);
        self.b.switch_to_block(slow);
        let wrapped = self.b.ins().iadd(i, n);
        let still = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, wrapped, n);
        self.raise_if(still, ExcKind::IndexError, msg);
        self.b.ins().jump(join, &[ir::BlockArg::Value(wrapped)]);
        self.b.switch_to_block(join);
        k
    }

    /// An item read or store of an array (`rpy_array`: len at 24,
    /// read-only flag at 32, data at 40), inline with the runtime's
    /// checks.
    fn array_op(&mut self, ae: rir::ArrayElem, op: rir::ListOp, args: &[rir::Value]) -> Option<ir::Value> {
        use rir::{ArrayElem as E, ListOp as L};
        let flags = MemFlagsData::trusted();
        let mut i = self.val(args[1]);
        if matches!(op, L::Get | L::Set) {
            let n = self.seq_len(args[0]);
            i = self.checked_index(i, n, "array index out of range");
        }
        let data = self.seq_items(args[0]);
        let off = self.b.ins().ishl_imm_s(i, i64::from(ae.size().trailing_zeros()));
        let addr = self.b.ins().iadd(data, off);
        if matches!(op, L::Get | L::Item) {
            return Some(match ae {
                E::F64 => self.b.ins().load(types::F64, flags, addr, 0),
                E::I64 => self.b.ins().load(types::I64, flags, addr, 0),
                E::I32 => self.b.ins().sload32(flags, addr, 0),
                E::U8 => self.b.ins().uload8(types::I64, flags, addr, 0),
                E::F32 => {
                    let x = self.b.ins().load(types::F32, flags, addr, 0);
                    self.b.ins().fpromote(types::F64, x)
                }
            });
        }
        let v = self.val(args[2]);
        let ro = match self.parts.get(&args[0]).and_then(|p| p.readonly) {
            Some(ro) => ro,
            None => {
                let a = self.val(args[0]);
                self.b.ins().load(types::I64, flags, a, 32)
            }
        };
        self.raise_if(ro, ExcKind::TypeError, "cannot write into a read-only buffer");
        match ae {
            E::F64 | E::I64 => {
                self.b.ins().store(flags, v, addr, 0);
            }
            E::I32 => {
                let lo = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, v, i64::from(i32::MIN));
                let hi = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, v, i64::from(i32::MAX));
                let bad = self.b.ins().bor(lo, hi);
                self.raise_if(bad, ExcKind::OverflowError, "value out of range for an i32 array");
                self.b.ins().istore32(flags, v, addr, 0);
            }
            E::U8 => {
                let bad = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, v, 255);
                self.raise_if(bad, ExcKind::OverflowError, "value out of range for a u8 array");
                self.b.ins().istore8(flags, v, addr, 0);
            }
            E::F32 => {
                let x = self.b.ins().fdemote(types::F32, v);
                self.b.ins().store(flags, x, addr, 0);
            }
        }
        None
    }

    /// The type and byte offset of field `field` of the class of `obj`.
    fn field(&self, obj: rir::Value, field: u32) -> (Type, u32) {
        let c = self.f.dfg.value_type(obj).heap_type().and_then(|c| self.m.types.get(c));
        c.and_then(|c| c.class().fields.get(field as usize)).map_or((Type::I64, 0), |f| (f.ty, f.offset))
    }

    /// Count down one iteration, or `weight` (at least one: a loop's
    /// bound); poll the host when the countdown runs out.
    fn poll(&mut self, keep: &[rir::Value], weight: Option<ir::Value>) {
        let pc = self.pc.expect("a polling function has the countdown variable");
        let c = self.b.use_var(pc);
        let c1 = match weight {
            None => self.b.ins().iadd_imm_s(c, -1),
            Some(n) => {
                let one = self.iconst(1);
                let n = self.b.ins().smax(n, one);
                self.b.ins().isub(c, n)
            }
        };
        self.b.def_var(pc, c1);
        let due = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, c1, 0);
        let (slow, ok) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.ins().brif(due, slow, &[], ok, &[]);
        self.b.switch_to_block(slow);
        let status = if keep.is_empty() {
            self.call_rt("rpy_poll", &[self.ctxp])
        } else {
            // The borrowed references live across the poll, as an array.
            let size = u32::try_from(8 * keep.len()).expect("few values");
            let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, size, 3));
            for (i, &v) in keep.iter().enumerate() {
                let v = self.val(v);
                self.b.ins().stack_store(types::I64, v, slot, 8 * i as i32);
            }
            let arr = self.b.ins().stack_addr(types::I64, slot, 0);
            let n = self.iconst(keep.len() as i64);
            self.call_rt("rpy_poll_keep", &[self.ctxp, arr, n])
        }
        .expect("status");
        self.check(status);
        // rpy_poll reset the context's countdown (and the host's hook may
        // have run compiled code on it).
        self.load_pc();
        self.b.ins().jump(ok, &[]);
        self.b.switch_to_block(ok);
    }

    fn call(&mut self, func: rir::FuncId, args: &[rir::Value]) -> ir::Value {
        let id = self.direct_ids[func.as_u32() as usize];
        let callee = match self.callees.get(&id) {
            Some(&r) => r,
            None => {
                let r = self.module.declare_func_in_func(id, self.b.func);
                self.callees.insert(id, r);
                r
            }
        };
        let out = self.b.ins().stack_addr(types::I64, self.slot, 0);
        let mut all = vec![self.ctxp];
        all.extend(args.iter().map(|&a| self.val(a)));
        all.push(out);
        self.store_pc();
        let call = self.b.ins().call(callee, &all);
        let status = self.b.inst_results(call)[0];
        // The callee recorded where its error happened, except a
        // RecursionError from its prologue: that one is located here, at
        // the call, as CPython reports it (rpy_locate keeps a location
        // already set).
        self.check(status);
        self.load_pc();
        let ret = self.m.funcs[func].ret;
        self.b.ins().stack_load(types::I64, clif_type(ret), self.slot, 0)
    }
}

/// Reverse postorder of the IR blocks (reachable ones; cleanup removed the
/// rest).
fn rpo(f: &rir::Function) -> Vec<rir::Block> {
    let Some(entry) = f.layout.entry() else { return Vec::new() };
    let mut seen = rustc_hash::FxHashSet::default();
    seen.insert(entry);
    let mut out = Vec::new();
    let mut stack = vec![(entry, 0usize)];
    while let Some((b, next)) = stack.pop() {
        let succs: Vec<rir::Block> = f.terminator(b).map(|t| f.dfg.insts[t].successors().map(|s| s.block).collect()).unwrap_or_default();
        if next < succs.len() {
            stack.push((b, next + 1));
            if seen.insert(succs[next]) {
                stack.push((succs[next], 0));
            }
        } else {
            out.push(b);
        }
    }
    out.reverse();
    out
}

/// Whether `RPY_DUMP` (a comma-separated list) names `what`: `clif`
/// prints each function's CLIF before Cranelift compiles it, `asm` the
/// machine code it made (direct forms).
fn dump(what: &str) -> bool {
    static ON: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ON.get_or_init(|| std::env::var("RPY_DUMP").map(|v| v.split(',').map(|s| s.trim().to_string()).collect()).unwrap_or_default()).iter().any(|s| s == what)
}
