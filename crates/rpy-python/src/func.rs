//! Bound functions as `METH_FASTCALL | METH_KEYWORDS` builtin function
//! objects.
//!
//! `self` of each function object is a small holder module whose state
//! points at the function's [`FuncData`] (a module, so that CPython gives
//! the function the plain `__qualname__` of a top-level function). The
//! call path: look up the data, bind and convert the arguments into ABI
//! words on the stack, set up an `rpy_ctx` on the stack, call the entry
//! loaded from the function's slot, convert the result. A function is
//! compiled on its first call (its Python `compile_hook` calls
//! [`install`]).

use std::ffi::CString;
use std::mem::MaybeUninit;
use std::ptr::null_mut;
use std::sync::OnceLock;

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::ffi;
use pyo3::prelude::*;
use rpy_ir::ir::{ConstValue, InstData, Type};
use rpy_ir::ExcKind;
use rpy_rt::RpyCtx;

use crate::hooks::{self, HOST_PENDING};
use crate::Compiled;

/// What a compiled function needs at call time.
struct Installed {
    module: rpy::Module,
    index: usize,
    name: String,
    params: Vec<(String, Type, Option<u64>)>,
    /// The Python class of each reference parameter (null otherwise).
    param_classes: Vec<usize>,
    positional_only: usize,
    /// How many trailing parameters are keyword-only.
    keyword_only: usize,
    ret: Type,
    /// The Python class of a reference result (null otherwise).
    ret_class: usize,
    /// How each parameter crosses the boundary (`lists.rs`).
    param_kinds: Vec<Crossing>,
    /// How the result does.
    ret_kind: Crossing,
    /// The index of `*args`, if any.
    vararg: Option<usize>,
    /// For a class constructor `C`: 1, and argument errors name
    /// `C.__init__` and count `self`, as CPython's do.
    self_offset: usize,
    /// The name in argument errors.
    error_name: String,
    nogil: bool,
    recursion_limit: i64,
}

/// How a value of a parameter or result type crosses the Python
/// boundary.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Crossing {
    /// Scalars and instances of compiled classes (converted here).
    Plain,
    /// A list: copied in and reflected out (`Reflect::to_compiled`).
    List,
    /// An array: a view of the buffer (`Reflect::view`).
    Array(rpy_ir::ir::ArrayElem),
    /// A tuple, str or `*args` tuple: converted (`Reflect::value_in`) and
    /// held for the call; a result converted back.
    Value,
}

/// How values of type `t` of `module` cross the boundary.
fn crossing(module: &rpy::Module, t: Type) -> Crossing {
    match t.heap_type().and_then(|c| module.ir().types.get(c)) {
        Some(rpy_ir::ir::HeapType::List { .. }) => Crossing::List,
        Some(rpy_ir::ir::HeapType::Array { elem }) => Crossing::Array(*elem),
        Some(rpy_ir::ir::HeapType::Tuple(_) | rpy_ir::ir::HeapType::Str | rpy_ir::ir::HeapType::Args { .. }) => Crossing::Value,
        _ => Crossing::Plain,
    }
}

/// Per bound function, leaked (function objects live as long as their
/// module, and the data is tiny).
struct FuncData {
    name: String,
    compile_hook: Py<PyAny>,
    installed: OnceLock<Installed>,
}

/// At most this many arguments go through the allocation-free path.
const FAST_ARGS: usize = 16;

fn bits(c: ConstValue) -> u64 {
    match c {
        ConstValue::Int(n) => n as u64,
        ConstValue::Float(x) => x.to_bits(),
        ConstValue::Bool(b) => u64::from(b),
        ConstValue::None => 0,
    }
}

/// Make the function object for a bound Python function. `text_signature`
/// (e.g. `(a=1, b=1000)`) makes `inspect.signature` work.
#[pyfunction]
pub(crate) fn make_function(
    py: Python<'_>,
    name: &str,
    module_name: &str,
    text_signature: &str,
    doc: Option<&str>,
    compile_hook: Py<PyAny>,
) -> PyResult<Py<PyAny>> {
    let data = Box::leak(Box::new(FuncData { name: name.to_string(), compile_hook, installed: OnceLock::new() }));
    let cname = leak_cstr(name);
    // "name(sig)\n--\n\n" is how builtins carry __text_signature__.
    let doc = if text_signature.is_empty() { leak_cstr(doc.unwrap_or("")) } else { leak_cstr(&format!("{name}{text_signature}\n--\n\n{}", doc.unwrap_or(""))) };
    let def = Box::leak(Box::new(ffi::PyMethodDef {
        ml_name: cname,
        ml_meth: ffi::PyMethodDefPointer { PyCFunctionFastWithKeywords: fastcall },
        ml_flags: ffi::METH_FASTCALL | ffi::METH_KEYWORDS,
        ml_doc: doc,
    }));
    let mdef = Box::leak(Box::new(ffi::PyModuleDef {
        m_base: ffi::PyModuleDef_HEAD_INIT,
        m_name: cname,
        m_doc: std::ptr::null(),
        m_size: std::mem::size_of::<*const FuncData>() as ffi::Py_ssize_t,
        m_methods: null_mut(),
        m_slots: null_mut(),
        m_traverse: None,
        m_clear: None,
        m_free: None,
    }));
    // SAFETY: all pointers passed are leaked ('static); the holder's state
    // has room for one pointer, written before the function can be called.
    unsafe {
        let holder = ffi::PyModule_Create2(mdef, ffi::PYTHON_API_VERSION);
        if holder.is_null() {
            return Err(PyErr::fetch(py));
        }
        let state = ffi::PyModule_GetState(holder).cast::<*const FuncData>();
        state.write(data);
        let module_name = ffi::PyUnicode_FromStringAndSize(module_name.as_ptr().cast(), module_name.len() as ffi::Py_ssize_t);
        let f = ffi::PyCFunction_NewEx(def, holder, module_name);
        ffi::Py_DECREF(holder);
        ffi::Py_XDECREF(module_name);
        Py::from_owned_ptr_or_err(py, f)
    }
}

fn leak_cstr(s: &str) -> *const std::ffi::c_char {
    CString::new(s.replace('\0', "")).unwrap_or_default().into_raw()
}

/// The data of a function object made by [`make_function`].
fn data_of(func: &Bound<'_, PyAny>) -> PyResult<&'static FuncData> {
    let Ok(holder) = func.getattr("__self__") else {
        return Err(PyTypeError::new_err("not an rpythonic function"));
    };
    // SAFETY: only our holder modules have a state holding a FuncData
    // pointer; anything else is rejected by the size check below.
    unsafe {
        let p = holder.as_ptr();
        if ffi::PyModule_Check(p) == 0 {
            return Err(PyTypeError::new_err("not an rpythonic function"));
        }
        let def = ffi::PyModule_GetDef(p);
        if def.is_null() || (*def).m_size != std::mem::size_of::<*const FuncData>() as ffi::Py_ssize_t || !(*def).m_methods.is_null() {
            return Err(PyTypeError::new_err("not an rpythonic function"));
        }
        let state = ffi::PyModule_GetState(p).cast::<*const FuncData>();
        if state.is_null() {
            return Err(PyTypeError::new_err("not an rpythonic function"));
        }
        Ok(&*state.read())
    }
}

/// Whether function `name` of `module`, or a function it calls (directly
/// or not), prints.
pub(crate) fn prints(module: &rpy::Module, name: &str) -> bool {
    let ir = module.ir();
    let Some(start) = ir.func_by_name(name) else { return false };
    let mut seen = vec![start];
    let mut work = vec![start];
    while let Some(id) = work.pop() {
        let f = &ir.funcs[id];
        for &b in &f.layout.blocks {
            for &i in f.block_insts(b) {
                match &f.dfg.insts[i] {
                    InstData::Print { .. } => return true,
                    InstData::Call { func, .. } if !seen.contains(func) => {
                        seen.push(*func);
                        work.push(*func);
                    }
                    _ => {}
                }
            }
        }
    }
    false
}

/// Attach compiled function `name` of `compiled` to the function object.
#[pyfunction]
#[pyo3(signature = (func, compiled, name, nogil, recursion_limit, first_line = 0))]
pub(crate) fn install(func: &Bound<'_, PyAny>, compiled: &Compiled, name: &str, nogil: bool, recursion_limit: i64, first_line: u32) -> PyResult<()> {
    let data = data_of(func)?;
    let module = compiled.module.clone();
    let found = module.function_at(name, first_line).or_else(|| module.function(name));
    let Some((index, f)) = found else {
        return Err(PyRuntimeError::new_err(format!("no compiled function named {name}")));
    };
    let params = f.params.iter().map(|p| (p.name.clone(), p.ty, p.default.map(bits))).collect();
    let (ret, positional_only, keyword_only) = (f.ret, f.positional_only, f.keyword_only);
    let cls = |t: Type| crate::objects::class_of(&module, t).map_or(0, |p| p as usize);
    let param_classes = f.params.iter().map(|p| cls(p.ty)).collect();
    let ret_class = cls(f.ret);
    let param_kinds = f.params.iter().map(|p| crossing(&module, p.ty)).collect();
    let ret_kind = crossing(&module, f.ret);
    let vararg = f.vararg;
    let is_ctor = matches!(f.ret, Type::Ref(c) if module.ir().types.get(c).is_some_and(|t| t.name() == name));
    let (self_offset, error_name) = if is_ctor { (1, format!("{name}.__init__")) } else { (0, name.to_string()) };
    let _ = data.installed.set(Installed { module, index, name: name.to_string(), params, param_classes, positional_only, keyword_only, ret, ret_class, param_kinds, ret_kind, vararg, self_offset, error_name, nogil, recursion_limit });
    Ok(())
}

/// Where the function runs now: "pending" before it is compiled, then
/// "jit" or "aot" (a background build swaps "jit" to "aot").
#[pyfunction]
pub(crate) fn tier(func: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(match data_of(func)?.installed.get() {
        None => "pending",
        Some(i) if i.module.tier() == rpy::Tier::Aot => "aot",
        Some(_) => "jit",
    })
}

/// Set a Python exception and return null.
unsafe fn raise(exc: *mut ffi::PyObject, msg: &str) -> *mut ffi::PyObject {
    let c = CString::new(msg.replace('\0', "")).unwrap_or_default();
    // SAFETY: the GIL is held on the call path.
    unsafe { ffi::PyErr_SetString(exc, c.as_ptr()) };
    null_mut()
}

/// The holder module of `f` if it is a compiled function made by
/// `make_function` (whose calls can go to [`fastcall`] directly), else
/// null.
///
/// # Safety
/// GIL held; `f` a live object.
pub(crate) unsafe fn fastcall_holder(f: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: see the function doc; PyCFunction_GetFunction is only asked
    // of a PyCFunction.
    unsafe {
        if ffi::PyCFunction_Check(f) == 0 {
            return null_mut();
        }
        let ours: ffi::PyCFunctionFastWithKeywords = fastcall;
        match ffi::PyCFunction_GetFunction(f) {
            Some(m) if m as usize == ours as usize => ffi::PyCFunction_GetSelf(f),
            _ => null_mut(),
        }
    }
}

pub(crate) unsafe extern "C" fn fastcall(slf: *mut ffi::PyObject, args: *const *mut ffi::PyObject, nargs: ffi::Py_ssize_t, kwnames: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: CPython calls this with the GIL held, `slf` our holder module
    // (see make_function), `args[..nargs + len(kwnames)]` valid.
    unsafe {
        let data = &*ffi::PyModule_GetState(slf).cast::<*const FuncData>().read();
        let inst = match data.installed.get() {
            Some(i) => i,
            None => {
                let r = ffi::PyObject_CallNoArgs(data.compile_hook.as_ptr());
                if r.is_null() {
                    return null_mut();
                }
                ffi::Py_DECREF(r);
                match data.installed.get() {
                    Some(i) => i,
                    None => return raise(ffi::PyExc_RuntimeError, &format!("{} was not compiled", data.name)),
                }
            }
        };
        let n = inst.params.len();
        let nkw = if kwnames.is_null() { 0 } else { ffi::PyTuple_Size(kwnames) };
        let mut fast = [0u64; FAST_ARGS];
        let mut slow = Vec::new();
        let words: &mut [u64] = if n <= FAST_ARGS { &mut fast[..n] } else {
            slow.resize(n, 0);
            &mut slow
        };
        let mut refl = crate::lists::Reflect::default();
        if nkw == 0 && nargs as usize == n && inst.keyword_only == 0 && inst.vararg.is_none() {
            for (i, w) in words.iter_mut().enumerate() {
                match convert(inst, i, *args.add(i), &mut refl) {
                    Some(b) => *w = b,
                    None => return null_mut(),
                }
            }
        } else if bind_slow(inst, args, nargs, kwnames, nkw, words, &mut refl).is_none() {
            return null_mut();
        }
        call(inst, words, &refl)
    }
}

/// Convert argument `obj` for parameter `i`; `None` with an exception set.
unsafe fn convert(inst: &Installed, i: usize, obj: *mut ffi::PyObject, refl: &mut crate::lists::Reflect) -> Option<u64> {
    // SAFETY: GIL held, `obj` a valid reference.
    unsafe {
        let (pname, ty, _) = &inst.params[i];
        match ty {
            _ if inst.param_kinds[i] != Crossing::Plain => {
                let what = format!("{}() argument '{pname}'", inst.name);
                match inst.param_kinds[i] {
                    Crossing::Array(elem) => refl.view(obj, elem, &what),
                    Crossing::List => refl.to_compiled(&inst.module, obj, *ty, &what),
                    _ => {
                        let t = refl.value_in(&inst.module, obj, *ty, &what, None, None)?;
                        refl.hold(t);
                        Some(t)
                    }
                }
            }
            Type::I64 if ffi::PyLong_Check(obj) != 0 => {
                let v = ffi::PyLong_AsLongLong(obj);
                if v == -1 && !ffi::PyErr_Occurred().is_null() {
                    return None;
                }
                Some(v as u64)
            }
            Type::F64 if ffi::PyFloat_Check(obj) != 0 || ffi::PyLong_Check(obj) != 0 => {
                let v = ffi::PyFloat_AsDouble(obj);
                if v == -1.0 && !ffi::PyErr_Occurred().is_null() {
                    return None;
                }
                Some(v.to_bits())
            }
            Type::Bool if ffi::PyBool_Check(obj) != 0 => Some(u64::from(obj == ffi::Py_True())),
            Type::OptRef(_) if obj == ffi::Py_None() => Some(0),
            Type::Ref(_) | Type::OptRef(_) => {
                let cls = inst.param_classes[i] as *mut ffi::PyObject;
                if let Some(a) = crate::objects::unwrap(obj, cls) {
                    return Some(a);
                }
                let tname = type_name(obj);
                let want = inst.module.ir().type_name(*ty);
                raise(ffi::PyExc_TypeError, &format!("{}() argument '{pname}' must be {want}, not {tname}", inst.name));
                None
            }
            _ => {
                let tname = type_name(obj);
                raise(ffi::PyExc_TypeError, &format!("{}() argument '{pname}' must be {}, not {tname}", inst.name, ty.python_name()));
                None
            }
        }
    }
}

pub(crate) unsafe fn type_name(obj: *mut ffi::PyObject) -> String {
    // SAFETY: GIL held.
    unsafe {
        let t = ffi::Py_TYPE(obj).cast::<ffi::PyObject>();
        let n = ffi::PyObject_GetAttrString(t, c"__name__".as_ptr());
        if n.is_null() {
            ffi::PyErr_Clear();
            return "object".into();
        }
        let mut size: ffi::Py_ssize_t = 0;
        let p = ffi::PyUnicode_AsUTF8AndSize(n, &mut size);
        let s = if p.is_null() { "object".to_string() } else { String::from_utf8_lossy(std::slice::from_raw_parts(p.cast::<u8>(), size as usize)).into_owned() };
        ffi::Py_DECREF(n);
        s
    }
}

/// Keyword arguments, defaults, wrong counts — CPython's messages.
unsafe fn bind_slow(inst: &Installed, args: *const *mut ffi::PyObject, nargs: ffi::Py_ssize_t, kwnames: *mut ffi::PyObject, nkw: ffi::Py_ssize_t, words: &mut [u64], refl: &mut crate::lists::Reflect) -> Option<()> {
    // SAFETY: GIL held; args has nargs + nkw entries.
    unsafe {
        let n = inst.params.len();
        let npos = n - inst.keyword_only;
        let name = &inst.error_name;
        if nargs as usize > npos && inst.vararg.is_none() {
            let required = inst.params[..npos].iter().filter(|p| p.2.is_none()).count();
            let k = inst.self_offset;
            raise(ffi::PyExc_TypeError, &rpy_ir::too_many_positional(name, required + k, npos + k, nargs as usize + k));
            return None;
        }
        let mut filled = vec![false; n];
        let mut extra = Vec::new();
        for i in 0..nargs as usize {
            if inst.vararg.is_some_and(|k| i >= k) {
                extra.push(*args.add(i));
                continue;
            }
            words[i] = convert(inst, i, *args.add(i), refl)?;
            filled[i] = true;
        }
        if let Some(k) = inst.vararg {
            let what = format!("{}() argument *{}", inst.name, inst.params[k].0);
            words[k] = refl.pack(&inst.module, &extra, inst.params[k].1, &what)?;
            filled[k] = true;
        }
        for k in 0..nkw {
            let key = ffi::PyTuple_GetItem(kwnames, k);
            let mut size: ffi::Py_ssize_t = 0;
            let p = ffi::PyUnicode_AsUTF8AndSize(key, &mut size);
            if p.is_null() {
                return None;
            }
            let kname = std::str::from_utf8(std::slice::from_raw_parts(p.cast::<u8>(), size as usize)).unwrap_or("");
            if inst.params.iter().take(inst.positional_only).any(|(p, _, _)| p == kname) {
                raise(ffi::PyExc_TypeError, &format!("{name}() got some positional-only arguments passed as keyword arguments: '{kname}'"));
                return None;
            }
            let Some(i) = inst.params.iter().position(|(p, _, _)| p == kname).filter(|&i| Some(i) != inst.vararg) else {
                raise(ffi::PyExc_TypeError, &format!("{name}() got an unexpected keyword argument '{kname}'"));
                return None;
            };
            if filled[i] {
                raise(ffi::PyExc_TypeError, &format!("{name}() got multiple values for argument '{kname}'"));
                return None;
            }
            words[i] = convert(inst, i, *args.add(nargs as usize + k as usize), refl)?;
            filled[i] = true;
        }
        let (mut missing, mut kw_missing) = (Vec::new(), Vec::new());
        for (i, (pname, _, default)) in inst.params.iter().enumerate() {
            if !filled[i] {
                match default {
                    Some(b) => words[i] = *b,
                    None if i < npos => missing.push(format!("'{pname}'")),
                    None => kw_missing.push(format!("'{pname}'")),
                }
            }
        }
        if !missing.is_empty() {
            raise(ffi::PyExc_TypeError, &rpy_ir::missing_arguments(name, &missing, false));
            return None;
        }
        if !kw_missing.is_empty() {
            raise(ffi::PyExc_TypeError, &rpy_ir::missing_arguments(name, &kw_missing, true));
            return None;
        }
        Some(())
    }
}

type Entry = unsafe extern "C" fn(*mut RpyCtx, *const u64, *mut u64) -> i32;

/// Run the compiled function and convert its result or exception.
unsafe fn call(inst: &Installed, words: &[u64], refl: &crate::lists::Reflect) -> *mut ffi::PyObject {
    let host = if inst.nogil { &hooks::NO_GIL.0 } else { &hooks::WITH_GIL.0 };
    let mut ctx = MaybeUninit::<RpyCtx>::uninit();
    let c = ctx.as_mut_ptr();
    let mut ret = 0u64;
    // SAFETY: the ctx is initialised in place before the call; the entry
    // pointer comes
    // from the function's slot and has the uniform entry signature for
    // `words.len()` arguments; the ctx buffer is freed after.
    let status = unsafe {
        RpyCtx::init_in_place(c, host, inst.recursion_limit, rpy::stack_low());
        let entry: Entry = std::mem::transmute::<*const u8, Entry>(inst.module.entry(inst.index));
        if inst.nogil {
            let save = ffi::PyEval_SaveThread();
            let s = entry(c, words.as_ptr(), &mut ret);
            ffi::PyEval_RestoreThread(save);
            s
        } else {
            entry(c, words.as_ptr(), &mut ret)
        }
    };
    // SAFETY: ctx initialised above; result conversion with the GIL held.
    unsafe {
        // The callee's changes to the caller's lists, raised or not.
        let reflected = refl.reflect(&inst.module);
        let r = if !reflected {
            if status == 0 && inst.ret.is_ref() {
                rpy_rt::rpy_obj_decref(ret as usize as *mut std::ffi::c_void);
            }
            null_mut()
        } else if status != 0 {
            error(inst, status, &*c)
        } else if inst.ret_kind == Crossing::List {
            refl.to_python(&inst.module, ret, inst.ret)
        } else if inst.ret_kind == Crossing::Value {
            let t = refl.item_to_python(&inst.module, ret, inst.ret);
            rpy_rt::rpy_obj_decref(ret as usize as *mut std::ffi::c_void);
            t
        } else if inst.ret.is_ref() {
            crate::objects::wrap(ret, inst.ret_class as *mut ffi::PyObject)
        } else {
            result(inst.ret, ret)
        };
        rpy_rt::rpy_ctx_destroy(c);
        r
    }
}

unsafe fn result(ty: Type, bits: u64) -> *mut ffi::PyObject {
    // SAFETY: GIL held.
    unsafe {
        match ty {
            Type::I64 => ffi::PyLong_FromLongLong(bits as i64),
            Type::F64 => ffi::PyFloat_FromDouble(f64::from_bits(bits)),
            Type::Bool => ffi::PyBool_FromLong((bits != 0).into()),
            Type::None | Type::Ref(_) | Type::OptRef(_) => {
                let none = ffi::Py_None();
                ffi::Py_INCREF(none);
                none
            }
        }
    }
}

fn exception_type(kind: ExcKind) -> *mut ffi::PyObject {
    // SAFETY: reading CPython's exception type objects.
    unsafe {
        match kind {
            ExcKind::ZeroDivisionError => ffi::PyExc_ZeroDivisionError,
            ExcKind::OverflowError => ffi::PyExc_OverflowError,
            ExcKind::ValueError => ffi::PyExc_ValueError,
            ExcKind::RecursionError => ffi::PyExc_RecursionError,
            ExcKind::UnboundLocalError => ffi::PyExc_UnboundLocalError,
            ExcKind::TypeError => ffi::PyExc_TypeError,
            ExcKind::IndexError => ffi::PyExc_IndexError,
            ExcKind::KeyboardInterrupt => ffi::PyExc_KeyboardInterrupt,
            ExcKind::AssertionError => ffi::PyExc_AssertionError,
            ExcKind::MemoryError => ffi::PyExc_MemoryError,
            ExcKind::ArithmeticError => ffi::PyExc_ArithmeticError,
            ExcKind::KeyError => ffi::PyExc_KeyError,
            ExcKind::NotImplementedError => ffi::PyExc_NotImplementedError,
            ExcKind::Exception => ffi::PyExc_Exception,
            ExcKind::AttributeError => ffi::PyExc_AttributeError,
            ExcKind::LookupError => ffi::PyExc_LookupError,
            ExcKind::RuntimeError | ExcKind::HostPending => ffi::PyExc_RuntimeError,
        }
    }
}

/// Raise the Python exception for `status`, with a traceback entry at the
/// Python line that failed (through `rpythonic._raise_at`).
unsafe fn error(inst: &Installed, status: i32, c: &RpyCtx) -> *mut ffi::PyObject {
    // SAFETY: GIL held.
    unsafe {
        if status == HOST_PENDING {
            if ffi::PyErr_Occurred().is_null() {
                return raise(ffi::PyExc_RuntimeError, "a host hook failed");
            }
            return null_mut();
        }
        let kind = u8::try_from(status).ok().and_then(ExcKind::from_code).unwrap_or(ExcKind::RuntimeError);
        let msg = std::ffi::CStr::from_ptr(c.msg.as_ptr()).to_string_lossy().into_owned();
        let func = if c.err_func.is_null() { inst.name.clone() } else { std::ffi::CStr::from_ptr(c.err_func).to_string_lossy().into_owned() };
        let py = Python::assume_attached();
        let etype = Bound::from_borrowed_ptr(py, exception_type(kind));
        let located = (c.err_line != 0).then(|| {
            let (file, func) = inst.module.ir().origin(&func);
            (file.to_string(), c.err_line, func.to_string())
        });
        match raise_at(py, &etype, &msg, located) {
            Ok(()) => raise(ffi::PyExc_RuntimeError, "rpythonic._raise_at did not raise"),
            Err(e) => {
                e.restore(py);
                null_mut()
            }
        }
    }
}

fn raise_at(py: Python<'_>, etype: &Bound<'_, PyAny>, msg: &str, located: Option<(String, u32, String)>) -> PyResult<()> {
    static HELPER: pyo3::sync::PyOnceLock<Py<PyAny>> = pyo3::sync::PyOnceLock::new();
    let helper = HELPER.get_or_try_init(py, || py.import("rpythonic._errors")?.getattr("make_exception").map(Bound::unbind))?;
    let exc = match located {
        Some((file, line, func)) => helper.call1(py, (etype, msg, file, line, func))?,
        None => helper.call1(py, (etype, msg, py.None(), 0, py.None()))?,
    };
    // Raise it with the traceback the helper gave it (one frame at the
    // Python line that failed); callers' frames are added as it unwinds.
    Err(PyErr::from_value(exc.into_bound(py)))
}

/// Wait (at most `timeout` seconds) until the function runs on the AOT
/// tier; whether it does.
#[pyfunction]
pub(crate) fn wait_aot(py: Python<'_>, func: &Bound<'_, PyAny>, timeout: f64) -> PyResult<bool> {
    let Some(inst) = data_of(func)?.installed.get() else { return Ok(false) };
    let d = std::time::Duration::from_secs_f64(timeout.max(0.0));
    Ok(py.detach(|| {
        // A wait that lasts gets a spinner on the terminal.
        let glance = d.min(std::time::Duration::from_millis(150));
        let t = std::time::Instant::now();
        if inst.module.wait_for_aot(glance) || t.elapsed() < glance || d <= glance {
            return inst.module.tier() == rpy::Tier::Aot;
        }
        let spinner = rpy::Progress::spinner(format!("rpythonic: {}", inst.module.name()));
        spinner.set_message("waiting for the AOT library (the C compiler is running)");
        let on_aot = inst.module.wait_for_aot(d - glance);
        spinner.finish();
        on_aot
    }))
}
