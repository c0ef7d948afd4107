//! IR → C. One C function per IR function, blocks as labels, block
//! parameters as C locals assigned before each `goto`; every error path
//! jumps to the function's `unwind` label (depth decremented, status
//! returned), as the JIT's cold blocks do. `#line` directives map the C
//! back to the Python source.

use std::fmt::Write as _;

use std::collections::HashSet;

use rpy_ir::ir::{BlockCall, EntityRef, Function, InstData, Module, SrcLoc, Type, Value};
use rpy_ir::ExcKind;

use crate::cstr::{c_float, c_int, c_string, escape_ident, mangle};

/// The C text of `module` compiled as module `name` (symbols are mangled
/// with it): one translation unit that includes `rpy_rt.h`.
pub fn emit_c(module: &Module, name: &str) -> String {
    let syms: Vec<String> = module.funcs.values().enumerate().map(|(i, f)| mangle(name, &f.name, &i.to_string())).collect();
    let mut out = String::new();
    prelude(&mut out, module, name);
    classes(&mut out, module);
    out.push_str("/* ---- direct forms (hidden) ---- */\n");
    for (f, sym) in module.funcs.values().zip(&syms) {
        let _ = writeln!(out, "static inline {};", direct_decl(f, sym));
    }
    for (f, sym) in module.funcs.values().zip(&syms) {
        out.push('\n');
        out.push_str(&FnC::new(module, f, &syms).emit(sym));
    }
    out.push_str("\n/* ---- uniform entries ---- */\n");
    for (f, sym) in module.funcs.values().zip(&syms) {
        entry(&mut out, f, sym);
    }
    out.push_str("\n/* ---- plain exports for ctypes users ---- */\n");
    for (i, (f, sym)) in module.funcs.values().zip(&syms).enumerate() {
        // A later definition of the same name wins, as in Python.
        if !module.funcs.values().skip(i + 1).any(|g| g.name == f.name) {
            plain_export(&mut out, f, sym);
        }
    }
    class_exports(&mut out, module);
    runtime_helpers(&mut out, module);
    descriptor(&mut out, module, name, &syms);
    out
}

/// The runtime descriptor of each class (`rpyc_class_N`).
fn classes(out: &mut String, m: &Module) {
    if m.types.values().all(|t| t.layout().is_none()) {
        return;
    }
    out.push_str("/* ---- classes (rpy_ir type table) ---- */\n");
    for (id, t) in m.types.iter() {
        let Some(c) = t.layout() else { continue };
        let refs = c.ref_offsets();
        let n = id.index();
        if !refs.is_empty() {
            let list: Vec<String> = refs.iter().map(u32::to_string).collect();
            let _ = writeln!(out, "static const uint32_t rpyc_refs_{n}[] = {{{}}};", list.join(", "));
        }
        let refs_ptr = if refs.is_empty() { "NULL".to_string() } else { format!("rpyc_refs_{n}") };
        if t.tuple_items().is_some() {
            // A tuple: how each field is read (equality, order, repr).
            let kinds: Vec<String> = c.fields.iter().map(|f| rpy_ir::ir::elem_kind(f.ty).to_string()).collect();
            let _ = writeln!(out, "static const uint8_t rpyc_kinds_{n}[] = {{{}}};", if kinds.is_empty() { "0".to_string() } else { kinds.join(", ") });
            let _ = writeln!(out, "static const rpy_class rpyc_class_{n} = {{\"tuple\", {}, {}, {refs_ptr}, RPY_KIND_TUPLE, 0, rpyc_kinds_{n}}};", c.size(), refs.len());
        } else {
            let _ = writeln!(out, "static const rpy_class rpyc_class_{n} = {{{}, {}, {}, {refs_ptr}, RPY_KIND_OBJECT, 0, NULL}};", c_string(&c.name), c.size(), refs.len());
        }
    }
    out.push('\n');
}

/// Per class: field getters and setters and reference counting, for
/// ctypes users (the constructor and methods are plain exports of their
/// functions `C` and `C.m`).
fn class_exports(out: &mut String, m: &Module) {
    for c in m.types.values().filter_map(|t| t.as_class()) {
        let cn = escape_ident(&c.name);
        let _ = writeln!(out, "RPYC_EXPORT void rpyx_{cn}__incref(void *o) {{ rpy_obj_incref(o); }}");
        let _ = writeln!(out, "RPYC_EXPORT void rpyx_{cn}__decref(void *o) {{ rpy_obj_decref(o); }}");
        for f in &c.fields {
            let (ty, fname, off) = (c_type(f.ty), escape_ident(&f.name), f.offset);
            let _ = writeln!(out, "RPYC_EXPORT {ty} rpyx_{cn}__get_{fname}(void *o) {{ return *({ty} *)((char *)o + {off}); }}");
            if f.ty.is_ref() {
                let _ = writeln!(out, "RPYC_EXPORT void rpyx_{cn}__set_{fname}(void *o, void *v) {{ rpy_obj_set_ref(o, {off}, v); }}");
            } else {
                let _ = writeln!(out, "RPYC_EXPORT void rpyx_{cn}__set_{fname}(void *o, {ty} v) {{ *({ty} *)((char *)o + {off}) = v; }}");
            }
        }
    }
}

/// The C type of an IR value (every value is 64 bits).
pub(crate) fn c_type(t: Type) -> &'static str {
    match t {
        Type::F64 => "double",
        Type::I64 | Type::Bool | Type::None => "int64_t",
        Type::Ref(_) | Type::OptRef(_) => "void *",
    }
}

/// The descriptor's type code: `i`, `f`, `b`, `n`, `c0` (an instance of
/// class 0 of the descriptor's class table), `c0?` (`C | None`), `L` and
/// the item's code for a list (`Li`, `LLf`, `Lc0?`).
pub(crate) fn type_code(m: &Module, t: Type) -> String {
    if let Some(elem) = t.heap_type().and_then(|c| m.types.get(c)).and_then(|h| h.list_elem()) {
        return format!("L{}", type_code(m, elem));
    }
    match t {
        Type::I64 => "i".into(),
        Type::F64 => "f".into(),
        Type::Bool => "b".into(),
        Type::None => "n".into(),
        t => t.to_string(),
    }
}

/// The C identifier of an IR function name (`C.m` → `C__m`).
pub(crate) fn export_ident(name: &str) -> String {
    name.split('.').map(escape_ident).collect::<Vec<_>>().join("__")
}

/// The `RPY_E_*` name of an exception code.
pub(crate) fn exc_name(kind: ExcKind) -> &'static str {
    const NAMES: [&str; 19] = [
        "RPY_OK",
        "RPY_E_HOST_PENDING",
        "RPY_E_ZERO_DIVISION",
        "RPY_E_OVERFLOW",
        "RPY_E_VALUE",
        "RPY_E_RECURSION",
        "RPY_E_UNBOUND_LOCAL",
        "RPY_E_TYPE",
        "RPY_E_INDEX",
        "RPY_E_KEYBOARD_INTERRUPT",
        "RPY_E_ASSERTION",
        "RPY_E_RUNTIME",
        "RPY_E_MEMORY",
        "RPY_E_ARITHMETIC",
        "RPY_E_KEY",
        "RPY_E_NOT_IMPLEMENTED",
        "RPY_E_EXCEPTION",
        "RPY_E_ATTRIBUTE",
        "RPY_E_LOOKUP",
    ];
    NAMES.get(usize::from(kind.code())).copied().unwrap_or("RPY_E_RUNTIME")
}

const PRELUDE: &str = r#"#include <stdlib.h>

#include "rpy_rt.h"

#define RPYC_EXPORT __attribute__((visibility("default")))

__attribute__((unused)) static inline double rpyc_f64(uint64_t u) { union { uint64_t u; double d; } x; x.u = u; return x.d; }
__attribute__((unused)) static inline uint64_t rpyc_bits(double d) { union { uint64_t u; double d; } x; x.d = d; return x.u; }

/* Error paths (need `st`, `ctx`, `rpyc_fname` and an `unwind` label):
 * raise an exception at a source position, or locate a callee's. */
#define RPYC_RAISE(code, msg, line, col) \
    do { st = rpy_raise_at(ctx, (code), (msg), (line), (col), rpyc_fname); goto unwind; } while (0)
#define RPYC_CHECK(call, line, col) \
    do { st = (call); if (__builtin_expect(st != 0, 0)) { rpy_locate(ctx, (line), (col), rpyc_fname); goto unwind; } } while (0)

/* The module descriptor (read by rpy_aot::load, and by ctypes users).
 * Type codes: i f b n, cN (an instance of classes[N]), cN? (cN or None);
 * a parameter list is comma-separated. */
struct rpy_func_v2 {
    const char *name;
    uint32_t nparams;
    const char *params;
    const char *ret;
    int32_t (*entry)(rpy_ctx *ctx, const uint64_t *args, uint64_t *ret);
};
struct rpy_field_v2 {
    const char *name;
    const char *type;
    uint32_t offset;
};
struct rpy_class_v2 {
    const char *name;
    uint32_t size;
    uint32_t nfields;
    const struct rpy_field_v2 *fields;
    const rpy_class *rt;
};
struct rpy_module_v2 {
    uint32_t abi_version;
    const char *ir_hash;
    const char *rpy_version;
    const char *codegen;
    const char *name;
    uint32_t nfuncs;
    const struct rpy_func_v2 *funcs;
    uint32_t nclasses;
    const struct rpy_class_v2 *classes;
};

/* Plain exports: per-thread error slot and print hook. */
static __thread int32_t rpyc_err_code;
static __thread char rpyc_err_msg[RPY_MSG_CAP];
static __thread rpy_host rpyc_host;
static __thread int rpyc_host_set;

RPYC_EXPORT void rpy_set_print_hook(int32_t (*print)(void *data, const char *text, size_t len), void *data) {
    rpyc_host.data = data;
    rpyc_host.print = print;
    rpyc_host.poll = NULL;
    rpyc_host_set = print != NULL;
}

RPYC_EXPORT int32_t rpy_err_occurred(void) { return rpyc_err_code; }

/* The pending exception's code (0: none); its message goes to buf
 * (NUL-terminated, cut to len - 1 bytes). Clears the error. */
RPYC_EXPORT int32_t rpy_take_error(char *buf, size_t len) {
    int32_t code = rpyc_err_code;
    if (buf != NULL && len > 0) {
        size_t i = 0;
        for (; i + 1 < len && rpyc_err_msg[i] != 0; i++) buf[i] = rpyc_err_msg[i];
        buf[i] = 0;
    }
    rpyc_err_code = 0;
    rpyc_err_msg[0] = 0;
    return code;
}

/* A ctx for one plain-export call (depth limit 1000, no stack bound). */
static void rpyc_plain_begin(rpy_ctx *ctx) {
    rpyc_err_code = 0;
    rpyc_err_msg[0] = 0;
    rpy_ctx_init(ctx, rpyc_host_set ? &rpyc_host : NULL, 1000, 0);
}

static void rpyc_plain_end(rpy_ctx *ctx, int32_t st) {
    if (st != 0) {
        size_t i = 0;
        for (; i + 1 < RPY_MSG_CAP && ctx->msg[i] != 0; i++) rpyc_err_msg[i] = ctx->msg[i];
        rpyc_err_msg[i] = 0;
        rpyc_err_code = st;
    }
    rpy_ctx_destroy(ctx);
}
"#;

fn prelude(out: &mut String, m: &Module, name: &str) {
    let _ = writeln!(out, "/* Generated by rpythonic {} from {} (module {}). */", rpy_ir::VERSION, m.file().replace("*/", "*\\/"), name.replace("*/", "*\\/"));
    out.push_str(PRELUDE);
    out.push('\n');
}

/// `int32_t sym(rpy_ctx *ctx, int64_t a0, double a1, double *ret)`
fn direct_decl(f: &Function, sym: &str) -> String {
    let mut s = format!("int32_t {sym}(rpy_ctx *ctx");
    for (i, p) in f.params.iter().enumerate() {
        let _ = write!(s, ", {} a{i}", c_type(p.ty));
    }
    let _ = write!(s, ", {} *ret)", c_type(f.ret));
    s
}

/// The uniform entry: unpack the 64-bit argument words, call the direct
/// form, store the result word on success.
fn entry(out: &mut String, f: &Function, sym: &str) {
    let _ = writeln!(out, "RPYC_EXPORT int32_t {sym}__entry(rpy_ctx *ctx, const uint64_t *args, uint64_t *ret) {{");
    let _ = writeln!(out, "    {} r;", c_type(f.ret));
    if f.params.is_empty() {
        out.push_str("    (void)args;\n");
    }
    let mut call = format!("{sym}(ctx");
    for (i, p) in f.params.iter().enumerate() {
        match p.ty {
            Type::F64 => write!(call, ", rpyc_f64(args[{i}])"),
            Type::Ref(_) | Type::OptRef(_) => write!(call, ", (void *)(uintptr_t)args[{i}]"),
            _ => write!(call, ", (int64_t)args[{i}]"),
        }
        .unwrap_or_default();
    }
    call.push_str(", &r)");
    let _ = writeln!(out, "    int32_t st = {call};");
    let word = match f.ret {
        Type::F64 => "rpyc_bits(r)",
        Type::Ref(_) | Type::OptRef(_) => "(uint64_t)(uintptr_t)r",
        _ => "(uint64_t)r",
    };
    let _ = writeln!(out, "    if (st == 0) *ret = {word};\n    return st;\n}}");
}

/// `T rpyx_<name>(args...)`: its own ctx; errors go to the thread's slot.
fn plain_export(out: &mut String, f: &Function, sym: &str) {
    let ret = if f.ret == Type::None { "void" } else { c_type(f.ret) };
    let params: Vec<String> = f.params.iter().enumerate().map(|(i, p)| format!("{} a{i}", c_type(p.ty))).collect();
    let params = if params.is_empty() { "void".to_string() } else { params.join(", ") };
    let args: String = (0..f.params.len()).map(|i| format!("a{i}, ")).collect();
    let _ = writeln!(out, "RPYC_EXPORT {ret} rpyx_{}({params}) {{", export_ident(&f.name));
    let _ = writeln!(out, "    rpy_ctx ctx;\n    {} r = 0;\n    rpyc_plain_begin(&ctx);", c_type(f.ret));
    let _ = writeln!(out, "    int32_t st = {sym}(&ctx, {args}&r);\n    rpyc_plain_end(&ctx, st);");
    if f.ret == Type::None {
        out.push_str("    (void)r;\n}\n");
    } else {
        // A failed call returns 0 (0.0, NULL): callers test the error
        // slot only after a zero result.
        out.push_str("    return st == 0 ? r : 0;\n}\n");
    }
}

/// Helpers for hosts that build arguments and read results themselves
/// (the ctypes stub of `rpy build`): reference counting of any heap
/// object, and making lists, strs, array views and tuples with the
/// library's own runtime and descriptors. Failures return NULL with a
/// MemoryError (or ValueError for bad operands) in the thread's slot.
fn runtime_helpers(out: &mut String, m: &Module) {
    out.push_str(RUNTIME_HELPERS);
    out.push_str("RPYC_EXPORT void *rpyx__tuple_new(int64_t type) {\n    rpy_ctx ctx;\n    void *r = NULL;\n    int32_t st;\n    rpyc_plain_begin(&ctx);\n    switch (type) {\n");
    for (id, t) in m.types.iter() {
        if t.tuple_items().is_some() {
            let n = id.index();
            let _ = writeln!(out, "    case {n}: st = rpy_obj_new(&ctx, &rpyc_class_{n}, &r); break;");
        }
    }
    out.push_str("    default: st = rpy_raise(&ctx, RPY_E_VALUE, \"rpyx__tuple_new: not a tuple type of this module\");\n    }\n    rpyc_plain_end(&ctx, st);\n    return st == 0 ? r : NULL;\n}\n");
}

const RUNTIME_HELPERS: &str = r#"
/* ---- runtime helpers for hosts (containers, reference counts) ---- */
RPYC_EXPORT void rpyx__incref(void *o) { rpy_obj_incref(o); }
RPYC_EXPORT void rpyx__decref(void *o) { rpy_obj_decref(o); }

/* A new str of the n bytes of UTF-8 at data. */
RPYC_EXPORT void *rpyx__str_new(const char *data, int64_t n) {
    rpy_ctx ctx;
    void *r = NULL;
    int32_t st = 0;
    rpyc_plain_begin(&ctx);
    if (n < 0 || (n > 0 && data == NULL)) st = rpy_raise(&ctx, RPY_E_VALUE, "rpyx__str_new: bad length or data");
    else if ((r = rpy_str_new(n > 0 ? data : "", n)) == NULL) st = rpy_raise(&ctx, RPY_E_MEMORY, "");
    rpyc_plain_end(&ctx, st);
    return r;
}

/* A new list of elem (RPY_ELEM_*, | 4 for an *args tuple) items: the n
 * words at items (references are increfed: the list holds its own). */
RPYC_EXPORT void *rpyx__list_new(int64_t elem, int64_t n, const uint64_t *items) {
    rpy_ctx ctx;
    uint64_t r = 0;
    int32_t st = 0;
    rpyc_plain_begin(&ctx);
    if (elem < 0 || elem > 7 || n < 0 || (n > 0 && items == NULL) || n > (INT64_MAX / 8) - 2) {
        st = rpy_raise(&ctx, RPY_E_VALUE, "rpyx__list_new: bad item kind, length or items");
    } else {
        /* rpy_list_op's operands: elem, n, then the items */
        uint64_t *a = (uint64_t *)malloc((size_t)(n + 2) * sizeof(uint64_t));
        if (a == NULL) {
            st = rpy_raise(&ctx, RPY_E_MEMORY, "");
        } else {
            a[0] = (uint64_t)elem;
            a[1] = (uint64_t)n;
            for (int64_t i = 0; i < n; i++) a[2 + i] = items[i];
            st = rpy_list_op(&ctx, RPY_LIST_NEW, a, &r);
            free(a);
        }
    }
    rpyc_plain_end(&ctx, st);
    return st == 0 ? (void *)(uintptr_t)r : NULL;
}

/* A view (for one call) of len items of kind elem (RPY_ARR_*) at data. */
RPYC_EXPORT void *rpyx__array_view(int64_t elem, void *data, int64_t len, int64_t readonly) {
    rpy_ctx ctx;
    void *r = NULL;
    int32_t st = 0;
    rpyc_plain_begin(&ctx);
    if (elem < 0 || elem > RPY_ARR_U8 || len < 0 || (len > 0 && data == NULL)) st = rpy_raise(&ctx, RPY_E_VALUE, "rpyx__array_view: bad item kind, length or data");
    else if ((r = rpy_array_view(elem, data, len, readonly)) == NULL) st = rpy_raise(&ctx, RPY_E_MEMORY, "");
    rpyc_plain_end(&ctx, st);
    return r;
}

/* A new tuple of the module's tuple type `type` (its type-table index),
 * every item zero: the caller stores the items (24 + 8 * i; a reference
 * item is owned by the tuple). */
"#;

fn descriptor(out: &mut String, m: &Module, name: &str, syms: &[String]) {
    out.push_str("\n/* ---- descriptor ---- */\nstatic const struct rpy_func_v2 rpyc_funcs[] = {\n");
    for (f, sym) in m.funcs.values().zip(syms) {
        let params: Vec<String> = f.params.iter().map(|p| type_code(m, p.ty)).collect();
        let _ = writeln!(out, "    {{{}, {}, {}, {}, {sym}__entry}},", c_string(&f.name), f.params.len(), c_string(&params.join(",")), c_string(&type_code(m, f.ret)));
    }
    if m.funcs.is_empty() {
        out.push_str("    {0, 0, 0, 0, 0},\n");
    }
    out.push_str("};\n");
    for (id, t) in m.types.iter() {
        let Some(c) = t.as_class() else { continue };
        let _ = writeln!(out, "static const struct rpy_field_v2 rpyc_fields_{}[] = {{", id.index());
        for f in &c.fields {
            let _ = writeln!(out, "    {{{}, {}, {}}},", c_string(&f.name), c_string(&type_code(m, f.ty)), f.offset);
        }
        if c.fields.is_empty() {
            out.push_str("    {0, 0, 0},\n");
        }
        out.push_str("};\n");
    }
    out.push_str("static const struct rpy_class_v2 rpyc_classes[] = {\n");
    for (id, t) in m.types.iter() {
        let Some(c) = t.as_class() else { continue };
        let n = id.index();
        let _ = writeln!(out, "    {{{}, {}, {}, rpyc_fields_{n}, &rpyc_class_{n}}},", c_string(&c.name), c.size(), c.fields.len());
    }
    let nclasses = m.types.values().filter(|t| t.as_class().is_some()).count();
    if nclasses == 0 {
        out.push_str("    {0, 0, 0, 0, 0},\n");
    }
    out.push_str("};\n\n");
    let _ = writeln!(
        out,
        "RPYC_EXPORT const struct rpy_module_v2 rpy_module_v2 = {{RPY_ABI_VERSION, {}, {}, {}, {}, {}, rpyc_funcs, {}, rpyc_classes}};",
        c_string(&rpy_ir::ir_hash(m)),
        c_string(rpy_ir::VERSION),
        c_string(&crate::codegen_fingerprint()),
        c_string(name),
        m.funcs.len(),
        nclasses
    );
}

/// The C emitter of one function.
pub(crate) struct FnC<'a> {
    pub(crate) m: &'a Module,
    pub(crate) f: &'a Function,
    syms: &'a [String],
    out: String,
    pub(crate) loc: SrcLoc,
    last_line: u32,
    /// Whether an error path jumps to `unwind`.
    pub(crate) unwinds: bool,
    /// Inside `try`: the jump (with block arguments) an error of the
    /// current instruction takes instead of unwinding.
    catch: Option<String>,
    /// Whether the function polls (has loops): the poll countdown then
    /// lives in the local `rpyc_pc`, a register in the loops, and is
    /// written back to the context around calls and on return.
    polls: bool,
    /// The lists and arrays whose length and item buffer cannot change
    /// while the function runs (`rpy_ir::fixed_buffers`): read once where
    /// they are defined, into the locals `vN_n` and `vN_p` (and `vN_ro`,
    /// an array's read-only flag).
    fixed: HashSet<Value>,
}

impl<'a> FnC<'a> {
    fn new(m: &'a Module, f: &'a Function, syms: &'a [String]) -> Self {
        let fixed = rpy_ir::fixed_buffers(f, &m.types).into_iter().collect();
        FnC { m, f, syms, out: String::new(), loc: f.loc, last_line: 0, unwinds: false, catch: None, polls: f.polls(), fixed }
    }

    /// Whether `v` is an array (else a list) of `fixed`.
    fn is_array(&self, v: Value) -> bool {
        self.f.dfg.value_type(v).heap_type().and_then(|c| self.m.types.get(c)).is_some_and(|h| h.array_elem().is_some())
    }

    /// Read the length and buffer of `v` into its locals, if it is fixed.
    fn cache_fixed(&mut self, v: Value) {
        if self.fixed.contains(&v) {
            let line = if self.is_array(v) {
                format!("{{ rpy_array *a_ = (rpy_array *){v}; {v}_n = a_->len; {v}_p = a_->data; {v}_ro = a_->readonly; }}")
            } else {
                format!("{{ rpy_list *l_ = (rpy_list *){v}; {v}_n = l_->len; {v}_p = l_->items; }}")
            };
            self.line(&line);
        }
    }

    /// The C expressions of the length and the item buffer of list or
    /// array `v`: its locals if it is fixed, else loads through the object.
    pub(crate) fn seq_parts(&self, v: Value) -> (String, String) {
        if self.fixed.contains(&v) {
            (format!("{v}_n"), format!("{v}_p"))
        } else if self.is_array(v) {
            (format!("((rpy_array *){v})->len"), format!("((rpy_array *){v})->data"))
        } else {
            (format!("((rpy_list *){v})->len"), format!("((rpy_list *){v})->items"))
        }
    }

    /// The C expression of the read-only flag of array `v`.
    pub(crate) fn array_readonly(&self, v: Value) -> String {
        if self.fixed.contains(&v) {
            format!("{v}_ro")
        } else {
            format!("((rpy_array *){v})->readonly")
        }
    }

    /// `ctx->poll_countdown = rpyc_pc; ` where the local countdown is used.
    fn sync_poll(&self) -> &'static str {
        if self.polls { "ctx->poll_countdown = rpyc_pc; " } else { "" }
    }

    /// Append one statement line.
    pub(crate) fn line(&mut self, s: &str) {
        self.out.push_str("    ");
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn emit(mut self, sym: &str) -> String {
        let f = self.f;
        self.prologue();
        if let Some(entry) = f.layout.entry() {
            for (i, &p) in f.dfg.block_params(entry).iter().enumerate() {
                self.line(&format!("{p} = a{i};"));
                self.cache_fixed(p);
            }
            self.line(&format!("goto {entry};"));
        }
        for &blk in &f.layout.blocks {
            let _ = writeln!(self.out, "{blk}:");
            let insts = f.block_insts(blk);
            for (k, &inst) in insts.iter().enumerate() {
                self.loc = f.srclocs[inst];
                self.line_directive();
                self.catch = match insts.get(k + 1).map(|&i| &f.dfg.insts[i]) {
                    Some(InstData::Catch { handler, .. }) => Some(self.goto(handler)),
                    _ => None,
                };
                self.inst(inst);
                if let Some(v) = f.dfg.inst_result(inst) {
                    self.cache_fixed(v);
                }
            }
            self.catch = None;
        }
        if self.unwinds {
            self.out.push_str("unwind:\n    ctx->depth -= 1;\n    return st;\n");
        }
        let mut head = format!("/* {} */\nstatic inline {} {{\n", f.name.replace("*/", "*\\/"), direct_decl(f, sym));
        if self.unwinds {
            let _ = writeln!(head, "    static const char rpyc_fname[] = {};\n    int32_t st;", c_string(&f.name));
        }
        if self.polls {
            head.push_str("    int64_t rpyc_pc;\n");
        }
        for (v, data) in f.dfg.values.iter() {
            let _ = writeln!(head, "    {} {v};", c_type(data.ty));
            if self.fixed.contains(&v) {
                let (p, ro) = if self.is_array(v) { ("void *", format!(" int64_t {v}_ro;")) } else { ("uint64_t *", String::new()) };
                let _ = writeln!(head, "    int64_t {v}_n; {p}{v}_p;{ro}");
            }
        }
        head + &self.out + "}\n"
    }

    /// The type and byte offset of field `field` of the class of `obj`.
    fn field(&self, obj: rpy_ir::ir::Value, field: u32) -> (Type, u32) {
        let c = self.f.dfg.value_type(obj).heap_type().and_then(|c| self.m.types.get(c));
        c.and_then(|c| c.class().fields.get(field as usize)).map_or((Type::I64, 0), |f| (f.ty, f.offset))
    }

    /// Depth and stack check; the slow path raises RecursionError through
    /// `rpy_enter`, not located here (the caller records its call site).
    fn prologue(&mut self) {
        self.line("uintptr_t sp = (uintptr_t)__builtin_frame_address(0);");
        self.line("if (__builtin_expect(ctx->depth + 1 > ctx->depth_limit || sp < ctx->stack_low, 0))");
        self.line("    return rpy_enter(ctx, sp);");
        self.line("ctx->depth += 1;");
        if self.polls {
            self.line("rpyc_pc = ctx->poll_countdown;");
        }
    }

    fn line_directive(&mut self) {
        if self.loc.line != 0 && self.loc.line != self.last_line {
            self.last_line = self.loc.line;
            let _ = writeln!(self.out, "#line {} {}", self.loc.line, c_string(self.m.file_of(self.f)));
        }
    }

    /// `RPYC_RAISE(...)` of `kind(msg)` at the current location.
    pub(crate) fn raise(&mut self, kind: ExcKind, msg: &str) -> String {
        self.unwinds = true;
        let msg = c_string(&msg.replace('\0', "\\0"));
        match &self.catch {
            Some(to) => format!("{{ st = rpy_raise_at(ctx, {}, {msg}, {}, {}, rpyc_fname); {to} }}", exc_name(kind), self.loc.line, self.loc.col),
            None => format!("RPYC_RAISE({}, {msg}, {}, {});", exc_name(kind), self.loc.line, self.loc.col),
        }
    }

    /// Raise `kind(msg)` when `cond` (a C expression) is true.
    pub(crate) fn raise_if(&mut self, cond: &str, kind: ExcKind, msg: &str) {
        let r = self.raise(kind, msg);
        self.line(&format!("if (__builtin_expect({cond}, 0)) {r}"));
    }

    /// Call a fallible runtime function (status returned); on error record
    /// the location and unwind.
    pub(crate) fn check(&mut self, call: &str) {
        let s = self.check_str(call);
        self.line(&s);
    }

    /// The statement that calls `call` and, on error, records the location
    /// and unwinds (or, inside `try`, goes to the handler; an error of the
    /// host is never caught).
    pub(crate) fn check_str(&mut self, call: &str) -> String {
        self.unwinds = true;
        let (line, col) = (self.loc.line, self.loc.col);
        match &self.catch {
            Some(to) => format!("{{ st = ({call}); if (__builtin_expect(st != 0, 0)) {{ rpy_locate(ctx, {line}, {col}, rpyc_fname); if (st == RPY_E_HOST_PENDING) goto unwind; {to} }} }}"),
            None => format!("RPYC_CHECK({call}, {line}, {col});"),
        }
    }

    /// Assign the block arguments, then jump. Arguments that are also
    /// parameters of the target go through temporaries (parallel copy).
    fn goto(&self, bc: &BlockCall) -> String {
        let params = self.f.dfg.block_params(bc.block);
        let clash = bc.args.iter().enumerate().any(|(i, a)| params.contains(a) && params[i] != *a);
        let mut s = String::from("{ ");
        if clash {
            for (i, a) in bc.args.iter().enumerate() {
                let _ = write!(s, "{} t{i} = {a}; ", c_type(self.f.dfg.value_type(*a)));
            }
            for (i, p) in params.iter().enumerate() {
                let _ = write!(s, "{p} = t{i}; ");
            }
        } else {
            for (p, a) in params.iter().zip(&bc.args) {
                if p != a {
                    let _ = write!(s, "{p} = {a}; ");
                }
            }
        }
        let _ = write!(s, "goto {}; }}", bc.block);
        s
    }

    fn inst(&mut self, inst: rpy_ir::ir::Inst) {
        let r = self.f.dfg.inst_result(inst).map(|v| v.to_string()).unwrap_or_default();
        match &self.f.dfg.insts[inst] {
            InstData::IConst(n) => self.line(&format!("{r} = {};", c_int(*n))),
            InstData::FConst(x) => self.line(&format!("{r} = {};", c_float(*x))),
            InstData::BConst(b) => self.line(&format!("{r} = {};", i64::from(*b))),
            InstData::NoneConst => self.line(&format!("{r} = 0;")),
            InstData::Unary { op, arg } => self.unary(*op, &arg.to_string(), &r),
            InstData::Binary { op, args } => self.binary(*op, &args[0].to_string(), &args[1].to_string(), &r),
            InstData::Select { cond, then_val, else_val } => self.line(&format!("{r} = {cond} ? {then_val} : {else_val};")),
            InstData::Call { func, args } => {
                let mut call = format!("{}(ctx", self.syms[func.as_u32() as usize]);
                for a in args {
                    let _ = write!(call, ", {a}");
                }
                let _ = write!(call, ", &{r})");
                // A RecursionError from the callee's prologue is located
                // here, at the call (rpy_locate keeps an earlier location).
                // The callee counts down the same context.
                let check = self.check_str(&call);
                let (sync, reload) = (self.sync_poll(), if self.polls { " rpyc_pc = ctx->poll_countdown;" } else { "" });
                self.line(&format!("{sync}{check}{reload}"));
            }
            InstData::Print { pieces } => self.print(pieces),
            InstData::CheckBound { flag, name } => {
                let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
                self.raise_if(&format!("{flag} == 0"), ExcKind::UnboundLocalError, &msg);
            }
            InstData::Poll { keep, weight } => {
                // rpy_poll resets the context's countdown (and the host's
                // hook may run compiled code on it): reloaded after.
                let (call, keep) = if keep.is_empty() {
                    ("rpy_poll(ctx)".to_string(), String::new())
                } else {
                    let objs = keep.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ");
                    (format!("rpy_poll_keep(ctx, keep, {})", keep.len()), format!("void *keep[] = {{{objs}}}; "))
                };
                let c = self.check_str(&call);
                // A weight counts a loop's iterations down at once (at
                // least one).
                let down = match weight {
                    None => "--rpyc_pc".to_string(),
                    Some(n) => format!("(rpyc_pc -= ({n} > 1 ? {n} : 1))"),
                };
                self.line(&format!("if (__builtin_expect({down} <= 0, 0)) {{ {keep}{c} rpyc_pc = ctx->poll_countdown; }}"));
            }
            InstData::Jump { dest } => {
                let s = self.goto(dest);
                self.line(&s);
            }
            InstData::Brif { cond, then_dest, else_dest } => {
                let (t, e) = (self.goto(then_dest), self.goto(else_dest));
                self.line(&format!("if ({cond}) {t} else {e}"));
            }
            InstData::Return { value } => {
                let sync = self.sync_poll();
                self.line(&format!("*ret = {value}; {sync}ctx->depth -= 1; return 0;"));
            }
            InstData::Raise { kind, msg } => {
                let s = self.raise(*kind, msg);
                self.line(&s);
            }
            InstData::RaiseMsg { kind, pieces, handler } => {
                let to = handler.as_ref().map(|h| self.goto(h));
                self.raise_msg(*kind, pieces, to);
            }
            InstData::Catch { normal, .. } => {
                let s = self.goto(normal);
                self.line(&s);
            }
            InstData::ExcTake => self.line(&format!("{r} = rpy_exc_take(ctx);")),
            InstData::ExcCode { exc } => self.line(&format!("{r} = rpy_exc_code({exc});")),
            InstData::ExcDrop { exc } => self.line(&format!("rpy_exc_drop({exc});")),
            InstData::ExcRethrow { exc, handler } | InstData::ExcReraise { exc, handler } => {
                self.unwinds = true;
                let to = handler.as_ref().map_or_else(|| "goto unwind;".to_string(), |h| self.goto(h));
                let f = if matches!(&self.f.dfg.insts[inst], InstData::ExcReraise { .. }) { "rpy_exc_reraise" } else { "rpy_exc_rethrow" };
                self.line(&format!("st = {f}(ctx, {exc}); {to}"));
            }
            InstData::List { op, args } => self.list_op(inst, *op, args, &r),
            InstData::StrBuild { pieces } => self.str_build(pieces, &r),
            InstData::New { class } => self.check(&format!("rpy_obj_new(ctx, &rpyc_class_{}, &{r})", class.index())),
            InstData::GetField { obj, field } => {
                let (ty, off) = self.field(*obj, *field);
                self.line(&format!("{r} = *({} *)((char *){obj} + {off});", c_type(ty)));
            }
            InstData::SetField { obj, field, value } => {
                let (ty, off) = self.field(*obj, *field);
                if ty.is_ref() {
                    self.line(&format!("rpy_obj_set_ref({obj}, {off}, {value});"));
                } else {
                    self.line(&format!("*({} *)((char *){obj} + {off}) = {value};", c_type(ty)));
                }
            }
            InstData::IncRef { arg } => self.line(&format!("if ({arg}) ((rpy_object *){arg})->refcnt += 1;")),
            InstData::DecRef { arg } => self.line(&format!("if ({arg} && --((rpy_object *){arg})->refcnt == 0) rpy_obj_free({arg});")),
            InstData::Unwrap { arg, kind, msg } => {
                self.raise_if(&format!("{arg} == NULL"), *kind, msg);
                self.line(&format!("{r} = {arg};"));
            }
            InstData::ToOpt { arg } | InstData::NonNull { arg } => self.line(&format!("{r} = {arg};")),
            InstData::Null { .. } => self.line(&format!("{r} = NULL;")),
            InstData::RefIs { args } => self.line(&format!("{r} = {} == {};", args[0], args[1])),
        }
    }
}
