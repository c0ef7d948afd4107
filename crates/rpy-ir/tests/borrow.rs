//! Borrow inference (rpy-ir/src/borrow.rs): which reference locals lose
//! their counting, in golden IR. Each function below is one case; the
//! snapshot is the function's IR after every pass.

#![allow(clippy::unwrap_used)] // tests: a failed unwrap is a failed test

use rpy_ir::{compile, Options, SourceFile};

const SOURCE: &str = r#"
class Node:
    def __init__(self, val: int, next: "Node | None" = None):
        self.val = val
        self.next = next


def walk(head: Node) -> int:
    # Borrowed: nothing in the loop can free a node; the poll keeps `a`.
    total = 0
    a: "Node | None" = head.next
    while a is not None:
        total += a.val
        a = a.next
    return total


def second(head: Node) -> "Node | None":
    # Borrowed, and owned by the caller once returned (incref at return).
    b = head.next
    return b


def unlink(head: Node) -> int:
    # Owned: the store into head.next could free what `c` points at.
    c = head.next
    head.next = None
    if c is None:
        return 0
    return c.val


def across_call(head: Node) -> int:
    # Owned: the call could drop head.next while `d` still points at it.
    d = head.next
    walk(head)
    if d is None:
        return 0
    return d.val


def fresh(n: int) -> int:
    # Owned: `e` is made here (new), and the temporary it is read from is
    # released at the end of its statement.
    e = Node(n, Node(n + 1)).next
    if e is None:
        return 0
    return e.val
"#;

fn ir_of(name: &str) -> String {
    let src = SourceFile::new("borrow.py", SOURCE);
    let m = compile(&src, &Options::default()).unwrap();
    let (id, f) = m.funcs.iter().find(|(_, f)| f.name == name).unwrap();
    let mut out = String::new();
    rpy_ir::ir::write_function(&mut out, f, id, Some(&m)).unwrap();
    out
}

#[test]
fn borrowed_and_owned_locals() {
    let text: Vec<String> = ["walk", "second", "unlink", "across_call", "fresh"].iter().map(|n| ir_of(n)).collect();
    insta::assert_snapshot!(text.join("\n"));
}

#[test]
fn a_borrowed_walk_does_no_counting_in_its_loop() {
    let walk = ir_of("walk");
    assert!(!walk.contains("incref") && !walk.contains("decref"), "{walk}");
    assert!(walk.contains("poll keep"), "{walk}");
    let unlink = ir_of("unlink");
    assert!(unlink.contains("decref"), "{unlink}");
}
