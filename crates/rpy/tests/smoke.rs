//! Smoke test of the embedding API: load, call, print hook.

use std::sync::{Arc, Mutex};

#[test]
fn smoke() {
    let out = Arc::new(Mutex::new(String::new()));
    let o = out.clone();
    let rt = rpy::Runtime::builder().tier(rpy::Tier::Jit).on_print(move |s| { o.lock().unwrap().push_str(s); Ok(()) }).build().unwrap();
    let m = rt.load_source("demo", "import math\ndef add(a=1, b=1000):\n    return a + b\n\ndef fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\ndef f(x: float) -> float:\n    print('x =', x, f'{x:.3f}', '%5d|' % 42)\n    return math.sqrt(x) // 1.0\n\ndef div(a: int, b: int) -> int:\n    return a // b\n").unwrap();
    let add = m.func::<(i64, i64), i64>("add").unwrap();
    assert_eq!(add.call((1, 2)).unwrap(), 3);
    assert_eq!(m.func::<(i64,), i64>("fib").unwrap().call((20,)).unwrap(), 6765);
    assert_eq!(m.func::<(f64,), f64>("f").unwrap().call((10.0,)).unwrap(), 3.0);
    assert_eq!(&*out.lock().unwrap(), "x = 10.0 10.000    42|\n");
    let d = m.func::<(i64, i64), i64>("div").unwrap();
    assert_eq!(d.call((-7, 2)).unwrap(), -4);
    let e = d.call((1, 0)).unwrap_err();
    assert_eq!(e.to_string(), "ZeroDivisionError: integer division or modulo by zero\n  File \"<demo>\", line 15, in div");
    let e = add.call((i64::MAX, 1)).unwrap_err();
    assert_eq!(e.exc_kind(), Some(rpy::ExcKind::OverflowError));
}
