//! A Rust program that embeds rpythonic through the `rpy` crate: the twin
//! of examples/c_host/main.c. It loads a Python file, calls functions with
//! typed handles and dynamically typed values, makes an instance of a
//! compiled class and calls its methods, reads fields by name, and reports
//! a Python exception, a compile error and API misuse.
//!
//! ```text
//! cargo run -p rpy-rust-host -- examples/c_host/shapes.py
//! ```
//!
//! Its output is checked against examples/rust_host/expected_output.txt by
//! tests/output.rs.

#![allow(clippy::print_stdout)] // an example program prints

use rpy::{ErrorKind, Runtime, Tier, Value};

fn report(what: &str, e: &rpy::Error) {
    let kind = match &e.kind {
        ErrorKind::Python(k) => format!("{k}, exc code {}", k.code()),
        ErrorKind::Compile(_) => "CompileError".into(),
        k => format!("{k:?}"),
    };
    println!("{what} failed: {kind}");
    println!("  message: {}", e.message);
    if let Some(l) = &e.location {
        println!("  at {}:{}:{} in {}", l.file, l.line, l.col, l.function);
    }
}

fn float(v: &Value) -> f64 {
    match v {
        Value::Float(x) => *x,
        v => panic!("not a float: {v:?}"),
    }
}

fn main() -> Result<(), rpy::Error> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: rust_host FILE.py");
        std::process::exit(2);
    };
    let rt = Runtime::builder()
        .tier(Tier::Jit)
        .on_print(|line| {
            print!("[py] {line}");
            Ok(())
        })
        .build()?;
    let m = rt.load_file(&path)?;

    // Typed handles: the signature is checked once, here.
    let add = m.func::<(i64, i64), i64>("add")?;
    let hypot = m.func::<(f64, f64), f64>("hypot")?;
    println!("add(2, 40) = {}", add.call((2, 40))?);
    println!("hypot(3.0, 4.0) = {}", hypot.call((3.0, 4.0))?);
    println!("add runs on the {:?} tier", add.tier());

    // Dynamically typed calls: an int converts to float, omitted trailing
    // arguments take their defaults.
    let mean = m.call_dyn("mean", &[Value::Int(4), Value::Float(5.0)])?;
    println!("mean(4, 5.0) = {}", float(&mean));

    // A compiled class: construct, call methods, read fields by name.
    let v = m.new_instance("Vec2", &[Value::Float(3.0), Value::Float(4.0)])?;
    let norm = m.call_dyn("Vec2.norm", &[Value::Object(v.clone())])?;
    println!("{}(3.0, 4.0).norm() = {}", m.type_name(&v).unwrap_or("?"), float(&norm));
    let Value::Object(half) = m.call_dyn("Vec2.scaled", &[Value::Object(v.clone()), Value::Float(0.5)])? else {
        panic!("scaled returns a Vec2");
    };
    let (x, y) = (m.get_field(&half, "x")?, m.get_field(&half, "y")?);
    println!("v.scaled(0.5) = ({}, {})", float(&x), float(&y));
    let dot = m.call_dyn("Vec2.dot", &[Value::Object(v.clone()), Value::Object(half)])?;
    println!("v.dot(v.scaled(0.5)) = {}", float(&dot));
    m.call_dyn("report", &[Value::Object(v)])?;

    // A Python exception: its type, message and source location.
    if let Err(e) = m.func::<(i64, i64), i64>("safe_div")?.call((1, 0)) {
        report("safe_div(1, 0)", &e);
    }
    if let Err(e) = m.call_dyn("check_positive", &[Value::Int(-3)]) {
        report("check_positive(-3)", &e);
        println!("  as Python prints it:\n{e}");
    }

    // A compile error, with every diagnostic rendered.
    if let Err(e) = rt.load_source("bad", "def f(x):\n    return x\n") {
        if let ErrorKind::Compile(ce) = &e.kind {
            let d = &ce.diagnostics[0];
            let (line, col) = ce.line_col(d);
            println!("bad: CompileError at {}:{line}:{col}: {}", ce.locate(d).0.name, d.message);
        }
    }

    // Misuse is an error, never a crash.
    if let Err(e) = m.dyn_func("nope") {
        report("dyn_func(\"nope\")", &e);
    }
    if let Err(e) = m.dyn_func("add")?.call_i64(&[2]) {
        report("add(2)", &e);
    }
    if let Err(e) = m.func::<(f64, f64), f64>("add") {
        report("func::<(f64, f64), f64>(\"add\")", &e);
    }
    println!("done");
    Ok(())
}
