//! Golden tests of the emitted C (insta): the direct forms, uniform
//! entries, plain exports and descriptor of a few small programs that
//! together cover every kind of instruction the emitter has a pattern for
//! (loops and their poll, calls, overflow checks, objects and fields,
//! try/except, list, array, tuple and str operations). The hashes in the descriptor are replaced by `<hash>`, so
//! a snapshot changes only when the C does. Review changes with `cargo
//! insta review`; each one is a change of the code every AOT library has.

use rpy_ir::{compile, Options, SourceFile};

/// The C of `src` from the direct forms on (the fixed preamble is the
/// same for every module and is left out).
fn c_text(name: &str, src: &str) -> String {
    let ir = compile(&SourceFile::new(&format!("{name}.py"), src), &Options::default()).expect("compiles");
    let c = rpy_aot::emit_c(&ir, name);
    let start = c.find("/* ---- direct forms").expect("direct forms section");
    let mut out = String::new();
    for line in c[start..].lines() {
        // 64-hex-digit strings (the IR hash, the codegen fingerprint).
        let mut l = line.to_string();
        while let Some(i) = find_hash(&l) {
            l.replace_range(i..i + 64, "<hash>");
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

fn find_hash(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(63)).find(|&i| b[i..i + 64].iter().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()))
}

#[test]
fn loop_with_poll_and_overflow_checks() {
    let src = "\
def count(n: int) -> int:
    s = 0
    i = 0
    while i < n:
        s += i * i
        i += 1
    return s
";
    insta::assert_snapshot!(c_text("loop", src));
}

#[test]
fn calls_floats_and_recursion() {
    let src = "\
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def mean(a: float, b: float = 2.0) -> float:
    return (a + b) / 2 + fib(3)
";
    insta::assert_snapshot!(c_text("calls", src));
}

#[test]
fn objects_fields_and_a_list_walk() {
    let src = "\
class Node:
    def __init__(self, value: int, next: \"Node | None\" = None):
        self.value = value
        self.next = next


def total(n: int) -> int:
    head = None
    for i in range(n):
        head = Node(i, head)
    s = 0
    while head is not None:
        s += head.value
        head = head.next
    return s
";
    insta::assert_snapshot!(c_text("objects", src));
}

#[test]
fn try_except_finally_and_raise() {
    let src = "\
def safe_div(a: int, b: int) -> int:
    try:
        if b < 0:
            raise ValueError(f\"negative divisor {b}\")
        return a // b
    except ZeroDivisionError:
        return 0
    finally:
        print(\"done\")
";
    insta::assert_snapshot!(c_text("exceptions", src));
}

#[test]
fn lists_arrays_tuples_and_strings() {
    let src = "\
import rpythonic


def lists(xs: list[int], i: int) -> list[int]:
    ys = [x * 2 for x in xs if x > 0]
    ys.append(xs[i])
    xs[-1] = len(ys)
    return ys[1:]


def arrays(a: rpythonic.f64[:], b: rpythonic.u8[:], i: int) -> float:
    b[i] = 7
    a[i] += 1.5
    return a[-1]


def tuples_and_str(n: int) -> tuple[int, str]:
    s = f\"n={n}\" + \"!\"
    return (len(s), s[0])
";
    insta::assert_snapshot!(c_text("heap", src));
}

/// Every list operation's C name is the runtime's constant of the same
/// code (the emitted C spells the name, the JIT and the interpreter pass
/// the code).
#[test]
fn list_op_names_match_the_runtime_header() {
    for &op in rpy_ir::ir::ListOp::ALL {
        let decl = format!("{} = {}", op.c_name(), op.code());
        assert!(rpy_rt::RT_H.contains(&decl), "rpy_rt.h lacks `{decl}`");
    }
}
