//! The machine: frames on a heap stack, one instruction at a time.
//!
//! A frame holds one slot per SSA value of its function, the current
//! block and the position in it. A call pushes a frame and a return pops
//! one, so Python recursion never recurses in Rust. An exception unwinds
//! every frame at once (tier A has no `try`) and keeps the location of the
//! instruction that raised it.
//!
//! Malformed IR (which the verifier rejects) never panics: it raises
//! `RuntimeError("malformed IR: ...")`.

use super::print::build_line;
use super::{eval_binary, eval_unary, heap, Host, PyError, Val};
use crate::exc::ExcKind;
use crate::ir::{Block, BlockCall, EntityRef, FuncId, Function, Inst, InstData, Module, Value};

/// The host's poll is called on every `POLL_INTERVAL`th `poll`.
const POLL_INTERVAL: i64 = 1 << 16;

/// The default recursion limit (CPython's `sys.getrecursionlimit()`).
const DEFAULT_DEPTH_LIMIT: usize = 1000;

/// The reference interpreter of one module.
pub struct Interp<'m> {
    module: &'m Module,
    /// The runtime descriptor of each class of the type table.
    classes: Vec<&'static rpy_rt::RpyClass>,
    depth_limit: usize,
    polls_left: i64,
    /// References kept alive until the end of the call (see `poll`).
    kept: Vec<u64>,
    /// Exceptions taken by `exc.take` (handle `i` is `taken[i - 1]`).
    taken: Vec<Option<PyError>>,
}

/// An activation of a function.
struct Frame<'m> {
    func: &'m Function,
    /// One slot per SSA value of `func`; `None` until defined.
    vals: Vec<Option<Val>>,
    block: Block,
    pos: usize,
    /// The exception a `catch` edge brought here, until `exc.take`.
    pending: Option<PyError>,
}

/// What the machine does after an instruction.
enum Flow {
    /// Continue with the next instruction of the block.
    Next,
    /// The frame already points at its next instruction (a branch).
    Jumped,
    /// Push a frame for the callee with these arguments.
    Call(FuncId, Vec<Val>),
    /// Pop the frame, handing the value to the caller.
    Return(Val),
}

/// `RuntimeError("malformed IR: ...")`: the IR broke an invariant the
/// verifier checks.
fn malformed(what: impl std::fmt::Display) -> PyError {
    PyError::new(ExcKind::RuntimeError, format!("malformed IR: {what}"))
}

/// `e` raised by `inst` of `func`.
fn located(mut e: PyError, func: &Function, inst: Inst) -> PyError {
    // A re-raised exception keeps where it was first raised.
    if e.loc.line == 0 {
        e.loc = func.srclocs[inst];
        e.func = func.name.clone();
    }
    e
}

impl<'m> Frame<'m> {
    /// A frame for `func` at the start of its entry block, with `args`
    /// bound to the entry block's parameters.
    fn new(func: &'m Function, args: Vec<Val>) -> Result<Frame<'m>, PyError> {
        let entry = func.layout.entry().ok_or_else(|| malformed(format!("{} has no blocks", func.name)))?;
        let mut frame = Frame { func, vals: vec![None; func.dfg.values.len()], block: entry, pos: 0, pending: None };
        frame.enter(entry, args)?;
        Ok(frame)
    }

    /// The value of `v`.
    fn get(&self, v: Value) -> Result<Val, PyError> {
        self.vals.get(v.index()).copied().flatten().ok_or_else(|| malformed(format!("{v} used before it is defined")))
    }

    /// Define `v` (checking its declared type).
    fn set(&mut self, v: Value, val: Val) -> Result<(), PyError> {
        let declared = self.func.dfg.values.get(v).map(|d| d.ty);
        match self.vals.get_mut(v.index()) {
            Some(slot) if declared == Some(val.ty()) => {
                *slot = Some(val);
                Ok(())
            }
            _ => Err(malformed(format!("{v} cannot hold a {}", val.ty()))),
        }
    }

    /// Define the result of `inst`.
    fn set_result(&mut self, inst: Inst, val: Val) -> Result<(), PyError> {
        let v = self.func.dfg.inst_result(inst).ok_or_else(|| malformed(format!("{inst} has no result")))?;
        self.set(v, val)
    }

    /// The instruction to execute next.
    fn current(&self) -> Result<Inst, PyError> {
        let insts = &self.func.layout.insts[self.block];
        insts.get(self.pos).copied().ok_or_else(|| malformed(format!("{} does not end with a terminator", self.block)))
    }

    /// Jump to the start of `block`, binding its parameters to `args`
    /// (all at once: the arguments were read before any is assigned).
    fn enter(&mut self, block: Block, args: Vec<Val>) -> Result<(), PyError> {
        let params = self.func.dfg.blocks.get(block).map(|b| b.params.clone()).unwrap_or_default();
        if params.len() != args.len() || !self.func.layout.blocks.contains(&block) {
            return Err(malformed(format!("{block} called with {} arguments", args.len())));
        }
        for (p, a) in params.into_iter().zip(args) {
            self.set(p, a)?;
        }
        self.block = block;
        self.pos = 0;
        Ok(())
    }

    /// The values of `vs`.
    fn read_all(&self, vs: &[Value]) -> Result<Vec<Val>, PyError> {
        vs.iter().map(|&v| self.get(v)).collect()
    }

    /// Follow a block call.
    fn branch(&mut self, bc: &BlockCall) -> Result<Flow, PyError> {
        let args = self.read_all(&bc.args)?;
        self.enter(bc.block, args)?;
        Ok(Flow::Jumped)
    }

    /// The bool value of `v`.
    fn get_bool(&self, v: Value) -> Result<bool, PyError> {
        match self.get(v)? {
            Val::Bool(b) => Ok(b),
            other => Err(malformed(format!("{v} is a {}, not a bool", other.ty()))),
        }
    }
}

/// An op's exception as a `PyError` (located later).
fn op_error((kind, msg): (ExcKind, String)) -> PyError {
    PyError::new(kind, msg)
}

impl<'m> Interp<'m> {
    /// An interpreter for `module`, with the default recursion limit of
    /// 1000 frames.
    pub fn new(module: &'m Module) -> Self {
        Interp { module, classes: super::heap::descriptors(module), depth_limit: DEFAULT_DEPTH_LIMIT, polls_left: POLL_INTERVAL, kept: Vec::new(), taken: Vec::new() }
    }

    /// Set the recursion limit: at most `n` frames may be live at once; a
    /// call that would make `n + 1` raises `RecursionError`. Frames live on
    /// the heap, so any limit is safe.
    pub fn with_depth_limit(mut self, n: usize) -> Self {
        self.depth_limit = n;
        self
    }

    /// Run `func` on `args` to completion. `args` must match the
    /// signature exactly (count and types; no conversion), else
    /// `TypeError`; filling omitted arguments from the parameters'
    /// defaults is the caller's job. The poll counter restarts with each
    /// call: the host's `poll` runs on the 65536th, 131072nd, ... `poll`
    /// instruction of the call.
    pub fn call(&mut self, host: &mut dyn Host, func: FuncId, args: &[Val]) -> Result<Val, PyError> {
        let f = self.module.funcs.get(func).ok_or_else(|| malformed(format!("no function {func}")))?;
        check_args(f, args)?;
        self.polls_left = POLL_INTERVAL;
        let first = self.push_frame(func, args.to_vec(), 1).map_err(|mut e| {
            e.loc = f.loc;
            e.func = f.name.clone();
            e
        })?;
        let result = self.run(host, vec![first]);
        for obj in self.kept.drain(..) {
            heap::decref(obj);
        }
        self.taken.clear();
        result
    }

    /// A new frame for `func` at call depth `depth`.
    fn push_frame(&self, func: FuncId, args: Vec<Val>, depth: usize) -> Result<Frame<'m>, PyError> {
        if depth > self.depth_limit {
            return Err(PyError::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let f = self.module.funcs.get(func).ok_or_else(|| malformed(format!("no function {func}")))?;
        Frame::new(f, args)
    }

    /// The main loop.
    fn run(&mut self, host: &mut dyn Host, mut stack: Vec<Frame<'m>>) -> Result<Val, PyError> {
        loop {
            let depth = stack.len();
            let Some(frame) = stack.last_mut() else {
                return Err(malformed("empty call stack"));
            };
            let func = frame.func;
            let inst = frame.current().map_err(|mut e| {
                e.func = func.name.clone();
                e
            })?;
            let flow = match self.step(host, frame, inst) {
                Ok(flow) => flow,
                Err(e) => {
                    self.unwind(&mut stack, located(e, func, inst))?;
                    continue;
                }
            };
            match flow {
                Flow::Next => frame.pos += 1,
                Flow::Jumped => {}
                Flow::Call(callee, args) => match self.push_frame(callee, args, depth + 1) {
                    Ok(new) => stack.push(new),
                    Err(e) => self.unwind(&mut stack, located(e, func, inst))?,
                },
                Flow::Return(v) => {
                    stack.pop();
                    let Some(caller) = stack.last_mut() else {
                        return Ok(v);
                    };
                    let call = caller.current()?;
                    caller.set_result(call, v).map_err(|e| located(e, caller.func, call))?;
                    caller.pos += 1;
                }
            }
        }
    }

    /// The instruction at the top of `stack` raised `e`: go to the
    /// handler of the innermost frame whose current instruction is
    /// followed by a `catch`, popping the frames above it; `Err(e)` when
    /// none is (or `e` is the host's, which compiled code never catches).
    fn unwind(&mut self, stack: &mut Vec<Frame<'m>>, e: PyError) -> Result<(), PyError> {
        while let Some(frame) = stack.last_mut() {
            let insts = &frame.func.layout.insts[frame.block];
            let next = insts.get(frame.pos + 1).map(|&i| &frame.func.dfg.insts[i]);
            if let (Some(InstData::Catch { handler, .. }), false) = (next, e.kind == ExcKind::HostPending) {
                let handler = handler.clone();
                frame.pending = Some(e);
                frame.branch(&handler)?;
                return Ok(());
            }
            stack.pop();
        }
        Err(e)
    }

    /// Go to `handler` (or raise to the caller) with `e` pending.
    fn raise_to(frame: &mut Frame<'m>, handler: Option<&BlockCall>, e: PyError) -> Result<Flow, PyError> {
        match handler {
            Some(h) => {
                frame.pending = Some(e);
                frame.branch(h)
            }
            None => Err(e),
        }
    }

    /// Execute one instruction of `frame`.
    fn step(&mut self, host: &mut dyn Host, frame: &mut Frame<'m>, inst: Inst) -> Result<Flow, PyError> {
        let data = frame.func.dfg.insts.get(inst).ok_or_else(|| malformed(format!("no instruction {inst}")))?;
        let val = match data {
            InstData::IConst(n) => Val::Int(*n),
            InstData::FConst(x) => Val::Float(*x),
            InstData::BConst(b) => Val::Bool(*b),
            InstData::NoneConst => Val::None,
            InstData::Unary { op, arg } => eval_unary(*op, frame.get(*arg)?).map_err(op_error)?,
            InstData::Binary { op, args } => eval_binary(*op, frame.get(args[0])?, frame.get(args[1])?).map_err(op_error)?,
            InstData::Select { cond, then_val, else_val } => frame.get(if frame.get_bool(*cond)? { *then_val } else { *else_val })?,
            InstData::Call { func, args } => return Ok(Flow::Call(*func, frame.read_all(args)?)),
            InstData::New { class } => {
                let cls = self.classes.get(class.index()).ok_or_else(|| malformed(format!("no class {class}")))?;
                Val::Obj(crate::ir::Type::Ref(*class), heap::new_object(cls)?)
            }
            InstData::GetField { obj, field } => {
                let (addr, fl) = self.field(frame, *obj, *field)?;
                heap::load(addr, fl.offset, fl.ty)
            }
            InstData::List { op, args } => {
                let mut words = Vec::with_capacity(args.len() + 2);
                if *op == crate::ir::ListOp::New {
                    let kind = self.list_kind(frame, inst)?;
                    words.extend([kind as u64, args.len() as u64]);
                }
                for &a in args {
                    words.push(frame.get(a)?.to_bits());
                }
                let r = heap::list_op(*op, &words)?;
                match frame.func.dfg.inst_result(inst) {
                    Some(v) => Val::from_bits(r, frame.func.dfg.value_type(v)),
                    None => return Ok(Flow::Next),
                }
            }
            InstData::StrBuild { pieces } => {
                let pieces = self.resolve_exc_pieces(frame, pieces)?;
                let text = build_line(&pieces, |v| frame.get(v))?;
                let ty = frame.func.dfg.inst_result(inst).map_or(crate::ir::Type::None, |r| frame.func.dfg.value_type(r));
                Val::Obj(ty, heap::new_str(&text)?)
            }
            InstData::Null { ty } => Val::Obj(*ty, 0),
            InstData::RefIs { args } => Val::Bool(frame.get(args[0])?.to_bits() == frame.get(args[1])?.to_bits()),
            InstData::ToOpt { arg } => match frame.get(*arg)? {
                Val::Obj(crate::ir::Type::Ref(c), a) => Val::Obj(crate::ir::Type::OptRef(c), a),
                other => return Err(malformed(format!("opt of {}", other.ty()))),
            },
            InstData::NonNull { arg } => match frame.get(*arg)? {
                Val::Obj(crate::ir::Type::OptRef(c), a) if a != 0 => Val::Obj(crate::ir::Type::Ref(c), a),
                other => return Err(malformed(format!("nonnull of {} {other:?}", other.ty()))),
            },
            InstData::Unwrap { arg, kind, msg } => match frame.get(*arg)? {
                Val::Obj(_, 0) => return Err(PyError::new(*kind, msg.clone())),
                Val::Obj(crate::ir::Type::OptRef(c), a) => Val::Obj(crate::ir::Type::Ref(c), a),
                other => return Err(malformed(format!("unwrap of {}", other.ty()))),
            },
            InstData::ExcTake => {
                let e = frame.pending.take().ok_or_else(|| malformed("exc.take without a pending exception"))?;
                self.taken.push(Some(e));
                Val::Int(self.taken.len() as i64)
            }
            InstData::ExcCode { exc } => Val::Int(i64::from(self.taken_ref(frame.get(*exc)?)?.kind.code())),
            _ => return self.step_effect(host, frame, data),
        };
        frame.set_result(inst, val)?;
        Ok(Flow::Next)
    }

    /// Execute an instruction without a result.
    fn step_effect(&mut self, host: &mut dyn Host, frame: &mut Frame<'m>, data: &InstData) -> Result<Flow, PyError> {
        match data {
            InstData::Print { pieces } => {
                let pieces = self.resolve_exc_pieces(frame, pieces)?;
                let line = build_line(&pieces, |v| frame.get(v))?;
                host.print(&line)?;
            }
            InstData::CheckBound { flag, name } => {
                if !frame.get_bool(*flag)? {
                    let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
                    return Err(PyError::new(ExcKind::UnboundLocalError, msg));
                }
            }
            InstData::Poll { keep, weight } => {
                let keep = frame.read_all(keep)?;
                let n = match weight {
                    Some(w) => match frame.get(*w)? {
                        Val::Int(n) => n.max(1),
                        other => return Err(malformed(format!("{w} is a {}, not an int", other.ty()))),
                    },
                    None => 1,
                };
                self.poll(host, &keep, n)?
            }
            InstData::Jump { dest } => return frame.branch(dest),
            InstData::Brif { cond, then_dest, else_dest } => {
                return frame.branch(if frame.get_bool(*cond)? { then_dest } else { else_dest });
            }
            InstData::Return { value } => return Ok(Flow::Return(frame.get(*value)?)),
            InstData::Raise { kind, msg } => return Err(PyError::new(*kind, msg.clone())),
            InstData::RaiseMsg { kind, pieces, handler } => {
                let pieces = self.resolve_exc_pieces(frame, pieces)?;
                let msg = build_line(&pieces, |v| frame.get(v))?;
                let mut e = PyError::new(*kind, msg);
                e.loc = frame.func.srclocs[frame.current()?];
                e.func = frame.func.name.clone();
                return Self::raise_to(frame, handler.as_ref(), e);
            }
            InstData::Catch { normal, .. } => return frame.branch(normal),
            InstData::ExcDrop { exc } => {
                let i = self.handle(frame.get(*exc)?)?;
                self.taken[i] = None;
            }
            InstData::ExcReraise { exc, handler } => {
                let e = self.taken_ref(frame.get(*exc)?)?.clone();
                return Self::raise_to(frame, handler.as_ref(), e);
            }
            InstData::ExcRethrow { exc, handler } => {
                let i = self.handle(frame.get(*exc)?)?;
                let e = self.taken[i].take().ok_or_else(|| malformed("exc.rethrow of a dropped exception"))?;
                return Self::raise_to(frame, handler.as_ref(), e);
            }
            InstData::SetField { obj, field, value } => {
                let (addr, fl) = self.field(frame, *obj, *field)?;
                let v = frame.get(*value)?;
                if v.ty() != fl.ty {
                    return Err(malformed(format!("setfield of a {} into a {} field", v.ty(), fl.ty)));
                }
                heap::store(addr, fl.offset, v);
            }
            InstData::IncRef { arg } => match frame.get(*arg)? {
                Val::Obj(_, a) => heap::incref(a),
                other => return Err(malformed(format!("incref of {}", other.ty()))),
            },
            InstData::DecRef { arg } => match frame.get(*arg)? {
                Val::Obj(_, a) => heap::decref(a),
                other => return Err(malformed(format!("decref of {}", other.ty()))),
            },
            other => return Err(malformed(format!("unexpected instruction {other:?}"))),
        }
        Ok(Flow::Next)
    }

    /// `pieces` with each `exc(h)` replaced by the text of `str(e)`.
    /// The `list.new` kind word of the list `inst` makes.
    fn list_kind(&self, frame: &Frame<'m>, inst: Inst) -> Result<i64, PyError> {
        let t = frame.func.dfg.inst_result(inst).map(|r| frame.func.dfg.value_type(r));
        t.and_then(|t| t.heap_type()).and_then(|c| self.module.types.get(c)).and_then(|h| h.new_kind()).ok_or_else(|| malformed(format!("{inst} does not make a list")))
    }

    /// Whether `v` is a list (of the module's type table).
    fn is_list(&self, frame: &Frame<'m>, v: crate::ir::Value) -> bool {
        frame.func.dfg.value_type(v).heap_type().and_then(|c| self.module.types.get(c)).is_some_and(|h| h.list_elem().is_some() || h.tuple_items().is_some() || *h == crate::ir::HeapType::Str || matches!(h, crate::ir::HeapType::Args { .. }))
    }

    /// Whether `v` is a str.
    fn is_str(&self, frame: &Frame<'m>, v: crate::ir::Value) -> bool {
        frame.func.dfg.value_type(v).heap_type().and_then(|c| self.module.types.get(c)).is_some_and(|h| *h == crate::ir::HeapType::Str)
    }

    /// The pieces with the text of caught exceptions and lists filled in
    /// (the formatter knows only scalars).
    fn resolve_exc_pieces<'p>(&self, frame: &Frame<'m>, pieces: &'p [crate::ir::Piece]) -> Result<std::borrow::Cow<'p, [crate::ir::Piece]>, PyError> {
        use crate::ir::{Conv, Piece};
        if !pieces.iter().any(|p| matches!(p, Piece::Value(_, Conv::Exc)) || matches!(p, Piece::Value(v, _) if self.is_list(frame, *v))) {
            return Ok(std::borrow::Cow::Borrowed(pieces));
        }
        let mut out = Vec::with_capacity(pieces.len());
        for p in pieces {
            out.push(match p {
                Piece::Value(v, Conv::Str) if self.is_str(frame, *v) => Piece::Lit(heap::str_text(frame.get(*v)?.to_bits())),
                Piece::Value(v, Conv::Str | Conv::Repr) if self.is_list(frame, *v) => Piece::Lit(heap::list_repr(frame.get(*v)?.to_bits())),
                Piece::Value(v, Conv::Exc) => {
                    let e = self.taken_ref(frame.get(*v)?)?;
                    let text = match e.kind {
                        ExcKind::KeyError => crate::pyfmt::repr_of(crate::pyfmt::FmtValue::Str(&e.msg)),
                        _ => e.msg.clone(),
                    };
                    Piece::Lit(text)
                }
                other => other.clone(),
            });
        }
        Ok(std::borrow::Cow::Owned(out))
    }

    /// The index in `taken` of the handle `v`.
    fn handle(&self, v: Val) -> Result<usize, PyError> {
        match v {
            Val::Int(h) if h >= 1 && (h as usize) <= self.taken.len() => Ok(h as usize - 1),
            other => Err(malformed(format!("{other:?} is not an exception handle"))),
        }
    }

    fn taken_ref(&self, v: Val) -> Result<&PyError, PyError> {
        let i = self.handle(v)?;
        self.taken[i].as_ref().ok_or_else(|| malformed("use of a dropped exception"))
    }

    /// The address of instance `obj` and the layout of its field `field`.
    fn field(&self, frame: &Frame<'m>, obj: Value, field: u32) -> Result<(u64, &'m crate::ir::Field), PyError> {
        match frame.get(obj)? {
            Val::Obj(crate::ir::Type::Ref(c), a) if a != 0 => {
                let fl = self.module.types.get(c).and_then(|t| t.class().fields.get(field as usize));
                fl.map(|fl| (a, fl)).ok_or_else(|| malformed(format!("{c} has no field {field}")))
            }
            other => Err(malformed(format!("field access on {}", other.ty()))),
        }
    }

    /// A `poll`: count down, and ask the host every 2**16th time.
    /// A back-edge: every `POLL_INTERVAL`th one calls the host's poll,
    /// which may run code that drops the owners of the borrowed
    /// references in `keep`; any of them that would be freed is kept
    /// until the call ends (as `rpy_poll_keep` does on the native tiers).
    /// Count `n` iterations down; poll the host when the count runs out.
    fn poll(&mut self, host: &mut dyn Host, keep: &[Val], n: i64) -> Result<(), PyError> {
        self.polls_left -= n.min(POLL_INTERVAL);
        if self.polls_left <= 0 {
            self.polls_left = POLL_INTERVAL;
            let objs: Vec<u64> = keep.iter().filter_map(|v| if let Val::Obj(_, a) = v { Some(*a) } else { None }).collect();
            objs.iter().for_each(|&a| heap::incref(a));
            let r = host.poll();
            for a in objs {
                if heap::release_unless_last(a) {
                    self.kept.push(a);
                }
            }
            r?;
        }
        Ok(())
    }
}

/// `TypeError` unless `args` match the parameters of `f` exactly.
fn check_args(f: &Function, args: &[Val]) -> Result<(), PyError> {
    let type_error = |msg: String| {
        let mut e = PyError::new(ExcKind::TypeError, msg);
        e.loc = f.loc;
        e.func = f.name.clone();
        e
    };
    let (n, given) = (f.params.len(), args.len());
    if given > n {
        let s = if n == 1 { "" } else { "s" };
        let verb = if given == 1 { "was" } else { "were" };
        return Err(type_error(format!("{}() takes {n} positional argument{s} but {given} {verb} given", f.name)));
    }
    if given < n {
        let missing: Vec<String> = f.params[given..].iter().map(|p| format!("'{}'", p.name)).collect();
        let s = if missing.len() == 1 { "" } else { "s" };
        let names = join_names(&missing);
        return Err(type_error(format!("{}() missing {} required positional argument{s}: {names}", f.name, missing.len())));
    }
    for (p, a) in f.params.iter().zip(args) {
        if p.ty != a.ty() {
            let (want, got) = (p.ty.python_name(), a.ty().python_name());
            return Err(type_error(format!("{}() argument '{}' must be {want}, not {got}", f.name, p.name)));
        }
    }
    Ok(())
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists names.
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}
