//! The range pass (rpy-ir/src/range.rs), in golden IR: each function
//! below before the pass (`Options::no_optimize`) and after it, and
//! assertions on the checks each must keep or lose. Whether the code
//! still computes what CPython does is tests/cases/range_checks.py (every
//! tier against CPython) and the overflow edges in crates/rpy/tests.

#![allow(clippy::unwrap_used)] // tests: a failed unwrap is a failed test

use rpy_ir::{compile, Options, SourceFile};

const SOURCE: &str = r#"
def fold() -> int:
    # Constants fold; the range step's sign and zero test go.
    s = 0
    for i in range(10, 0, -(1 + 1)):
        s += i
    return s


def sum_range(xs: list[int], n: int) -> int:
    # A parameter list can be resized by a callee's alias: checks stay;
    # `i + 1` cannot overflow below `n`.
    s = 0
    for i in range(n):
        s += xs[i] + (i + 1)
    return s


def local_list(n: int) -> int:
    # A list made here, never resized or passed on: no index checks.
    xs = [0] * n
    for i in range(n):
        xs[i] = i
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


def shift_down(n: int) -> int:
    # The inner `while j >= 0 and xs[j] > v` of an insertion sort.
    xs = [1] * n
    for i in range(1, n):
        v = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > v:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = v
    return xs[0]


def matrix(n: int) -> float:
    # Row-major n-by-n indexing: `i * n + j < n * n`.
    a = [0.0] * (n * n)
    for i in range(n):
        for j in range(n):
            a[i * n + j] = 1.0
    return a[0]


def one_short(n: int) -> int:
    # One item short of the loop: the check stays.
    xs = [0] * (n - 1)
    s = 0
    for i in range(n):
        s += xs[i]
    return s


def forever(n: int) -> int:
    # The inner loop's counter is bounded by len(xs): its poll goes in
    # front of it, weighted by len(xs); the endless outer loop keeps its
    # own.
    xs = [1] * n
    s = 0
    while True:
        for i in range(len(xs)):
            s += xs[i] % 3
        s = s % 7


def unbounded(n: int) -> int:
    # Nothing bounds this loop by a length: it keeps its poll.
    s = 0
    i = 0
    while i < n:
        s += i % 3
        i += 1
    return s


def each(a: rpythonic.f64[:]) -> float:
    # `for x in a`: its index goes up by one from 0 while below len(a).
    s = 0.0
    for x in a:
        s += x
    return s


def array_sum(a: rpythonic.f64[:]) -> float:
    # An array's length is fixed while its buffer is held.
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s


def array_matmul(a: rpythonic.f64[:], b: rpythonic.f64[:], c: rpythonic.f64[:], n: int) -> None:
    # Parameters: nothing bounds i * n + j by len(c), so the inner loop
    # gets a copy without checks, behind a test of its first and last
    # index (i * n computed once in front of it).
    for i in range(n):
        for k in range(n):
            aik = a[i * n + k]
            for j in range(n):
                c[i * n + j] += aik * b[k * n + j]


def backwards(a: rpythonic.i64[:], n: int, m: int) -> None:
    for i in range(n - 1, -1, -1):
        a[i + m] = a[i]
"#;

fn ir(name: &str, optimize: bool) -> String {
    let src = SourceFile::new("range.py", format!("import rpythonic\n{SOURCE}"));
    let opts = Options { no_optimize: !optimize, ..Options::default() };
    let m = compile(&src, &opts).unwrap();
    let (id, f) = m.funcs.iter().find(|(_, f)| f.name == name).unwrap();
    let mut out = String::new();
    rpy_ir::ir::write_function(&mut out, f, id, Some(&m)).unwrap();
    out
}

const FUNCS: &[&str] = &["fold", "sum_range", "local_list", "shift_down", "matrix", "one_short", "forever", "unbounded", "each", "array_sum", "array_matmul", "backwards"];

#[test]
fn before_and_after() {
    let text: Vec<String> = FUNCS.iter().map(|n| format!("## {n}: before\n{}\n## {n}: after\n{}", ir(n, false), ir(n, true))).collect();
    insta::assert_snapshot!(text.join("\n"));
}

/// The count of `needle` in the optimised IR of `name`.
fn count(name: &str, needle: &str) -> usize {
    ir(name, true).matches(needle).count()
}

#[test]
fn checks_that_go_and_checks_that_stay() {
    // Folded: no range sign test, no zero-step raise.
    assert_eq!(count("fold", "raise"), 0, "{}", ir("fold", true));
    assert_eq!(count("fold", "int.neg"), 0, "{}", ir("fold", true));
    // A parameter list keeps its checks; the sum `i + 1` loses its own.
    assert_eq!(count("sum_range", "list.get"), 1);
    assert_eq!(count("sum_range", "int.add.wrap v"), 2, "{}", ir("sum_range", true));
    for f in ["local_list", "shift_down", "matrix", "array_sum"] {
        let text = ir(f, true);
        let inner = text.lines().filter(|l| l.contains("list.get") || l.contains("list.set ")).count();
        let before = ir(f, false).lines().filter(|l| l.contains("list.get") || l.contains("list.set ")).count();
        assert!(inner < before, "{f}: nothing removed\n{text}");
    }
    assert_eq!(count("local_list", "list.get"), 0);
    assert_eq!(count("local_list", "list.set "), 0);
    assert_eq!(count("array_sum", "list.get"), 0);
    assert_eq!(count("matrix", "list.set "), 0);
    assert_eq!(count("one_short", "list.get"), 1);
    // shift_down: in the loops nothing keeps a check; after the inner
    // loop, the store at `j + 1` does (the pass does not know j >= -1
    // there), and so does the `xs[0]` of the return (n may be 0).
    assert_eq!(count("shift_down", "list.get"), 1, "{}", ir("shift_down", true));
    assert_eq!(count("shift_down", "list.set "), 1, "{}", ir("shift_down", true));
}

#[test]
fn polls_of_loops_bounded_by_a_length_go_in_front_of_them() {
    // shift_down: the fill loop of `[1] * n` makes no loop; the outer
    // loop polls; the inner while loop (j from i - 1 down to 0, i < n <=
    // len(xs)) polls once in front, weighted.
    assert_eq!(ir("shift_down", false).matches("    poll").count(), 2);
    let text = ir("shift_down", true);
    assert_eq!(text.lines().filter(|l| l.trim() == "poll" || l.trim().starts_with("poll ") && !l.contains("weight")).count(), 1, "{text}");
    assert_eq!(count("shift_down", "poll weight"), 1, "{text}");
    let forever = ir("forever", true);
    assert_eq!(count("forever", "poll weight"), 1, "{forever}");
    assert_eq!(forever.lines().filter(|l| l.trim().starts_with("poll") && !l.contains("weight")).count(), 1, "{forever}");
    for f in ["each", "array_sum", "local_list"] {
        let text = ir(f, true);
        assert!(text.contains("poll weight"), "{text}");
        assert!(!text.lines().any(|l| l.trim().starts_with("poll") && !l.contains("weight")), "{text}");
    }
    let unbounded = ir("unbounded", true);
    assert_eq!(count("unbounded", "poll weight"), 0, "{unbounded}");
    assert_eq!(unbounded.lines().filter(|l| l.trim().starts_with("poll")).count(), 1, "{unbounded}");
}

/// The lines of the loop whose header is the block that `poll weight`
/// jumps to (the fast copy), up to the next block that is not its own.
fn fast_copy(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.trim().starts_with("poll weight")).expect("a weighted poll");
    let jump = lines[at + 1].trim();
    let header = jump.strip_prefix("jump ").and_then(|t| t.split('(').next()).expect("a jump into the copy");
    let start = lines.iter().position(|l| l.starts_with(&format!("{header}("))).expect("the copy's header");
    lines[start..].iter().skip(1).take_while(|l| l.starts_with("    ")).map(|l| l.to_string()).collect()
}

#[test]
fn loops_with_checks_left_get_a_copy_without_them() {
    for f in ["array_matmul", "backwards"] {
        let before = ir(f, false);
        let text = ir(f, true);
        let checks = |t: &str| t.lines().filter(|l| l.contains("list.get") || l.contains("list.set ")).count();
        // The original loop keeps every check; the copy has none.
        assert_eq!(checks(&text), checks(&before), "{f}:\n{text}");
        let fast = fast_copy(&text);
        assert!(fast.iter().any(|l| l.contains("list.item")), "{f}:\n{text}");
        assert!(!fast.iter().any(|l| l.contains("list.get") || l.contains("list.set ") || l.trim().starts_with("poll")), "{f}:\n{}", fast.join("\n"));
    }
    // i * n and k * n: once in front of the copy, wrapping.
    let fast = fast_copy(&ir("array_matmul", true));
    assert!(!fast.iter().any(|l| l.contains("int.mul")), "{}", fast.join("\n"));
}
