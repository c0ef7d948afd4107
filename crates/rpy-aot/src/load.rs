//! Loading a built library: `dlopen` (`RTLD_NOW | RTLD_LOCAL`, never
//! closed), read and check the `rpy_module_v2` descriptor, hand out the
//! uniform entries by function name.

#![allow(unsafe_code)]

use std::ffi::{c_char, c_void, CStr, CString};
use std::path::Path;

use rpy_rt::RpyCtx;

/// The uniform entry: `int32_t f__entry(rpy_ctx *, const uint64_t *args,
/// uint64_t *ret)`.
pub type EntryFn = unsafe extern "C" fn(*mut RpyCtx, *const u64, *mut u64) -> i32;

/// `struct rpy_func_v2` of the emitted C.
#[repr(C)]
struct FuncV2 {
    name: *const c_char,
    nparams: u32,
    params: *const c_char,
    ret: *const c_char,
    entry: EntryFn,
}

/// `struct rpy_field_v2` of the emitted C.
#[repr(C)]
struct FieldV2 {
    name: *const c_char,
    ty: *const c_char,
    offset: u32,
}

/// `struct rpy_class_v2` of the emitted C.
#[repr(C)]
struct ClassV2 {
    name: *const c_char,
    size: u32,
    nfields: u32,
    fields: *const FieldV2,
    rt: *const rpy_rt::RpyClass,
}

/// `struct rpy_module_v2` of the emitted C.
#[repr(C)]
struct ModuleV2 {
    abi_version: u32,
    ir_hash: *const c_char,
    rpy_version: *const c_char,
    codegen: *const c_char,
    name: *const c_char,
    nfuncs: u32,
    funcs: *const FuncV2,
    nclasses: u32,
    classes: *const ClassV2,
}

/// Why a library cannot be used.
#[derive(Debug)]
pub enum LoadError {
    /// `dlopen` or `dlsym` failed (the `dlerror` text).
    Dl(String),
    /// The library was built for another ABI version.
    Abi(u32),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Dl(e) => write!(f, "cannot load the library: {e}"),
            LoadError::Abi(v) => write!(f, "library has ABI version {v}, expected {}", rpy_rt::ABI_VERSION),
        }
    }
}

impl std::error::Error for LoadError {}

/// One function of a loaded library.
#[derive(Clone, Debug)]
pub struct AotFunc {
    /// The Python name.
    pub name: String,
    /// Parameter type codes (`i f b n`, `c0`, `c0?`), comma-separated.
    pub params: String,
    /// Return type code.
    pub ret: String,
    /// The uniform entry.
    pub entry: EntryFn,
}

/// A loaded library. Its code stays mapped for the life of the process.
#[derive(Debug)]
pub struct AotModule {
    handle: *mut c_void,
    /// The IR hash it was built from.
    pub ir_hash: String,
    /// The rpythonic version that built it.
    pub rpy_version: String,
    /// The code-generator fingerprint of the emitter that wrote it.
    pub codegen: String,
    /// Its functions, in IR order.
    pub funcs: Vec<AotFunc>,
    /// Its classes (the type table): name, size, and fields (name, type
    /// code, offset).
    pub classes: Vec<AotClass>,
}

/// A class of a loaded library, as its descriptor describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct AotClass {
    /// The class name.
    pub name: String,
    /// Instance size in bytes.
    pub size: u32,
    /// Fields: name, type code, byte offset.
    pub fields: Vec<(String, String, u32)>,
}

// SAFETY: the handle is only used for dlsym, which is thread-safe; the
// library is never closed.
unsafe impl Send for AotModule {}
unsafe impl Sync for AotModule {}

impl AotModule {
    /// The uniform entry of the (last) function named `name`.
    pub fn entry(&self, name: &str) -> Option<EntryFn> {
        self.funcs.iter().rev().find(|f| f.name == name).map(|f| f.entry)
    }

    /// The address of exported symbol `sym` (e.g. `rpyx_f`), if any.
    pub fn symbol(&self, sym: &str) -> Option<*const c_void> {
        let c = CString::new(sym).ok()?;
        // SAFETY: handle is a live dlopen handle; c is NUL-terminated.
        let p = unsafe { libc::dlsym(self.handle, c.as_ptr()) };
        (!p.is_null()).then_some(p.cast_const())
    }
}

fn dl_error() -> String {
    // SAFETY: dlerror returns NULL or a NUL-terminated thread-local string.
    let e = unsafe { libc::dlerror() };
    if e.is_null() {
        "unknown error".to_string()
    } else {
        unsafe { CStr::from_ptr(e) }.to_string_lossy().into_owned()
    }
}

fn text(p: *const c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: descriptor strings are NUL-terminated static data.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// Open the library at `path` and read its descriptor.
pub fn load(path: &Path) -> Result<AotModule, LoadError> {
    let c = CString::new(path.as_os_str().as_encoded_bytes()).map_err(|e| LoadError::Dl(e.to_string()))?;
    // SAFETY: dlopen of a path; a library's initialisers are ours (none).
    let handle = unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL) };
    if handle.is_null() {
        return Err(LoadError::Dl(dl_error()));
    }
    // SAFETY: as above.
    let d = unsafe { libc::dlsym(handle, c"rpy_module_v2".as_ptr()) };
    if d.is_null() {
        return Err(LoadError::Dl(dl_error()));
    }
    // SAFETY: rpy_module_v2 is the descriptor struct emitted by emit_c.
    let d = unsafe { &*d.cast::<ModuleV2>() };
    if d.abi_version != rpy_rt::ABI_VERSION {
        return Err(LoadError::Abi(d.abi_version));
    }
    // SAFETY: funcs points at nfuncs descriptors (at least one element).
    let table = unsafe { std::slice::from_raw_parts(d.funcs, d.nfuncs as usize) };
    let funcs = table.iter().map(|f| AotFunc { name: text(f.name), params: text(f.params), ret: text(f.ret), entry: f.entry }).collect();
    // SAFETY: classes points at nclasses descriptors, each with nfields
    // fields (arrays of at least one element).
    let ctable = unsafe { std::slice::from_raw_parts(d.classes, d.nclasses as usize) };
    let classes = ctable
        .iter()
        .map(|c| {
            let fs = unsafe { std::slice::from_raw_parts(c.fields, c.nfields as usize) };
            AotClass { name: text(c.name), size: c.size, fields: fs.iter().map(|f| (text(f.name), text(f.ty), f.offset)).collect() }
        })
        .collect();
    Ok(AotModule { handle, ir_hash: text(d.ir_hash), rpy_version: text(d.rpy_version), codegen: text(d.codegen), funcs, classes })
}
