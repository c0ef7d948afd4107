//! The cost of one call of `add(a: int, b: int) -> int` through the C
//! API's entry points (`rpy_call_i64`, `rpy_call`), next to the `rpy`
//! calls they wrap (`Func::call`, `DynFunc::call_i64`, `DynFunc::call`),
//! on the JIT tier: the differences are the C API's own share. Run with
//! `cargo bench -p rpy-ffi --bench call`; `make c-bench` measures the
//! same from a C loop through the shared library.

#![allow(unsafe_code)] // the C API is called with raw pointers
#![allow(clippy::unwrap_used)] // a bench whose setup fails should stop loudly
#![allow(missing_docs)] // criterion_group! generates an undocumented pub fn

use std::ffi::CString;
use std::ptr::null_mut;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use rpy_ffi::*;

const SRC: &str = "def add(a: int, b: int) -> int:\n    return a + b\n";

fn calls(c: &mut Criterion) {
    let mut g = c.benchmark_group("call add(a, b)");
    let rt = rpy::Runtime::builder().tier(rpy::Tier::Jit).build().unwrap();
    let m = rt.load_source("bench", SRC).unwrap();
    let typed = m.func::<(i64, i64), i64>("add").unwrap();
    let dynf = m.dyn_func("add").unwrap();
    g.bench_function("rpy Func::call", |b| b.iter(|| typed.call(black_box((1, 2))).unwrap()));
    g.bench_function("rpy DynFunc::call_i64", |b| b.iter(|| dynf.call_i64(black_box(&[1, 2])).unwrap()));
    let vals = [rpy::Value::Int(1), rpy::Value::Int(2)];
    g.bench_function("rpy DynFunc::call", |b| b.iter(|| dynf.call(black_box(&vals)).unwrap()));

    let opts = rpy_runtime_options { tier: RPY_TIER_JIT, ..rpy_runtime_options_default() };
    let (mut crt, mut cm, mut cf) = (null_mut(), null_mut(), null_mut());
    let (file, text, name) = (CString::new("bench.py").unwrap(), CString::new(SRC).unwrap(), CString::new("add").unwrap());
    // SAFETY: valid pointers; the handles live until the end of the bench.
    unsafe {
        assert_eq!(rpy_runtime_new(&opts, &mut crt), RPY_OK);
        assert_eq!(rpy_load_source(crt, file.as_ptr(), text.as_ptr(), &mut cm), RPY_OK);
        assert_eq!(rpy_module_func(cm, name.as_ptr(), &mut cf), RPY_OK);
    }
    let f = cf.cast_const();
    g.bench_function("C rpy_call_i64", |b| {
        let args = [1i64, 2];
        let mut r = 0i64;
        // SAFETY: live handle, two arguments, writable result.
        b.iter(|| unsafe { rpy_call_i64(f, black_box(args.as_ptr()), 2, &mut r) });
    });
    g.bench_function("C rpy_call", |b| {
        let args = [rpy_value_int(1), rpy_value_int(2)];
        let mut r = rpy_value_none();
        // SAFETY: live handle, two arguments, writable result.
        b.iter(|| unsafe { rpy_call(f, black_box(args.as_ptr()), 2, &mut r) });
    });
    g.finish();
    // SAFETY: handles from this API, freed once.
    unsafe {
        rpy_func_free(cf);
        rpy_module_free(cm);
        rpy_runtime_free(crt);
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = calls
}
criterion_main!(benches);
