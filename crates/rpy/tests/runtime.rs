//! The embedding API under load: recursion limits on any stack size,
//! the interrupt poll, concurrent calls, hooks, argument checking.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rpy::{Error, ErrorKind, ExcKind, Runtime, Tier};

const SRC: &str = "
def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def forever(n: int) -> int:
    i = 0
    while True:
        i = (i + n) % 1000003
    return i

def work(n: int, k: int) -> int:
    s = 0
    for i in range(n):
        s = (s + i * k) % 1000000007
    return s

def hello(n: int):
    print('hello', n, sep=', ', end='!\\n')
";

fn runtime() -> Runtime {
    Runtime::builder().tier(Tier::Jit).build().expect("runtime")
}

#[test]
fn recursion_limit_is_a_recursion_error() {
    let m = runtime().load_source("rec", SRC).expect("compiles");
    let depth = m.func::<(i64,), i64>("depth").expect("signature");
    // The limit counts compiled frames: 1000 frames are allowed.
    assert_eq!(depth.call((999,)).expect("within the limit"), 999);
    let e = depth.call((1000,)).expect_err("over the limit");
    assert_eq!(e.exc_kind(), Some(ExcKind::RecursionError));
    assert_eq!(e.message, "maximum recursion depth exceeded");
    // The runtime is usable after the error.
    assert_eq!(depth.call((10,)).expect("again"), 10);
}

#[test]
fn deep_recursion_on_a_small_stack_is_a_recursion_error_not_a_crash() {
    let rt = Runtime::builder().tier(Tier::Jit).recursion_limit(100_000).build().expect("runtime");
    let m = rt.load_source("rec", SRC).expect("compiles");
    let depth = m.func::<(i64,), i64>("depth").expect("signature");
    let r = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || (depth.call((90_000,)), depth.call((500,))))
        .expect("thread")
        .join()
        .expect("no crash");
    // 90,000 frames do not fit in 2 MiB: the stack check raises before
    // the guard page is hit.
    let e = r.0.expect_err("stack exhausted");
    assert_eq!(e.exc_kind(), Some(ExcKind::RecursionError));
    assert_eq!(r.1.expect("shallow call still works"), 500);
}

#[test]
fn poll_hook_stops_an_infinite_loop() {
    let polls = Arc::new(AtomicUsize::new(0));
    let p = polls.clone();
    let rt = Runtime::builder()
        .tier(Tier::Jit)
        .on_poll(move || {
            if p.fetch_add(1, Ordering::SeqCst) == 3 {
                Err(Error { kind: ErrorKind::Python(ExcKind::KeyboardInterrupt), message: String::new(), location: None })
            } else {
                Ok(())
            }
        })
        .build()
        .expect("runtime");
    let m = rt.load_source("loop", SRC).expect("compiles");
    let e = m.func::<(i64,), i64>("forever").expect("signature").call((7,)).expect_err("interrupted");
    assert_eq!(e.exc_kind(), Some(ExcKind::KeyboardInterrupt));
    assert_eq!(polls.load(Ordering::SeqCst), 4, "polled every 65536 iterations until interrupted");
    let loc = e.location.expect("location of the poll");
    assert_eq!((loc.line, loc.function.as_str()), (9, "forever"));
}

/// A loop whose poll the range pass moved in front of it (its counter is
/// bounded by a list's length) still counts its iterations towards the
/// next poll, and an endless loop around it is still interrupted, on
/// both native tiers (the interpreter: crates/rpy-ir/tests/interp.rs).
#[test]
fn polls_weighted_by_a_loop_bound_count_every_iteration() {
    const LOOPS: &str = "def sums(n: int, reps: int) -> int:\n    xs = [1] * n\n    s = 0\n    for r in range(reps):\n        for i in range(len(xs)):\n            s += xs[i]\n    return s\n\n\ndef forever(n: int) -> int:\n    xs = [1] * n\n    s = 0\n    while True:\n        for x in xs:\n            s = (s + x) % 7\n    return s\n";
    let mut tiers = vec![Tier::Jit];
    if !rpy_aot_compiler_missing() {
        tiers.push(Tier::Aot);
    }
    let dir = std::env::temp_dir().join(format!("rpy-poll-rt-{}", std::process::id()));
    for tier in tiers {
        let polls = Arc::new(AtomicUsize::new(0));
        let (p, stop) = (polls.clone(), Arc::new(AtomicUsize::new(usize::MAX)));
        let s = stop.clone();
        let rt = Runtime::builder()
            .tier(tier)
            .cache_dir(&dir)
            .on_poll(move || {
                if p.fetch_add(1, Ordering::SeqCst) + 1 == s.load(Ordering::SeqCst) {
                    Err(Error { kind: ErrorKind::Python(ExcKind::KeyboardInterrupt), message: String::new(), location: None })
                } else {
                    Ok(())
                }
            })
            .build()
            .expect("runtime");
        let m = rt.load_source("polls", LOOPS).expect("compiles");
        assert_eq!(m.tier(), tier);
        // 1000 * (1000 + 1) iterations: 15 polls of 65536.
        assert_eq!(m.func::<(i64, i64), i64>("sums").expect("signature").call((1000, 1000)).expect("call"), 1_000_000);
        assert_eq!(polls.load(Ordering::SeqCst), 15, "{tier:?}");
        polls.store(0, Ordering::SeqCst);
        stop.store(3, Ordering::SeqCst);
        let e = m.func::<(i64,), i64>("forever").expect("signature").call((100_000,)).expect_err("interrupted");
        assert_eq!(e.exc_kind(), Some(ExcKind::KeyboardInterrupt), "{tier:?}");
        assert_eq!(polls.load(Ordering::SeqCst), 3, "{tier:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn one_function_from_eight_threads() {
    let m = runtime().load_source("par", SRC).expect("compiles");
    let work = m.func::<(i64, i64), i64>("work").expect("signature");
    let expect = |n: i64, k: i64| (0..n).fold(0i64, |s, i| (s + i * k) % 1_000_000_007);
    let handles: Vec<_> = (0..8)
        .map(|t| {
            let w = work.clone();
            std::thread::spawn(move || (0..200).map(|j| w.call((1000 + j, t + 1)).expect("call")).collect::<Vec<_>>())
        })
        .collect();
    for (t, h) in handles.into_iter().enumerate() {
        let got = h.join().expect("thread");
        for (j, v) in got.into_iter().enumerate() {
            assert_eq!(v, expect(1000 + j as i64, t as i64 + 1));
        }
    }
}

#[test]
fn print_goes_through_the_hook_and_its_error_propagates() {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let l = lines.clone();
    let rt = Runtime::builder()
        .tier(Tier::Jit)
        .on_print(move |s| {
            l.lock().expect("lines").push(s.to_string());
            if s.contains("13") {
                return Err(Error { kind: ErrorKind::Host, message: "broken stdout".into(), location: None });
            }
            Ok(())
        })
        .build()
        .expect("runtime");
    let m = rt.load_source("p", SRC).expect("compiles");
    let hello = m.func::<(i64,), ()>("hello").expect("signature");
    hello.call((7,)).expect("prints");
    assert_eq!(lines.lock().expect("lines").as_slice(), ["hello, 7!\n"]);
    let e = hello.call((13,)).expect_err("hook failed");
    assert!(matches!(e.kind, ErrorKind::Host), "{e:?}");
    assert_eq!(e.message, "broken stdout");
}

#[test]
fn call_dyn_converts_and_fills_defaults_and_typed_handles_check_signatures() {
    let m = runtime().load_source("d", "def f(a: float, b: int = 3) -> float:\n    return a * b\n").expect("compiles");
    assert_eq!(m.call_dyn("f", &[rpy::Value::Int(2)]).expect("call"), rpy::Value::Float(6.0));
    assert!(m.call_dyn("f", &[rpy::Value::Float(2.0), rpy::Value::Float(1.0)]).is_err());
    assert!(m.func::<(i64, i64), f64>("f").is_err());
    assert!(m.func::<(f64, i64), f64>("nope").is_err());
    assert_eq!(m.tier(), Tier::Jit);
}

#[test]
fn compile_errors_come_back_as_errors() {
    let e = runtime().load_source("bad", "def f(x):\n    return x\n").err().expect("no type for x");
    assert!(matches!(e.kind, ErrorKind::Compile(_)));
    assert!(e.message.contains("parameter 'x' of 'f' has no type"), "{e}");
}

#[test]
fn handles_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<rpy::Func<(i64, f64), f64>>();
    check::<rpy::Module>();
    check::<rpy::DynFunc>();
    check::<Runtime>();
}

#[test]
fn aot_tier_builds_loads_and_runs_like_the_jit() {
    if rpy_aot_compiler_missing() {
        eprintln!("note: no C compiler found; AOT tier test skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("rpy-aot-rt-{}", std::process::id()));
    let lines = Arc::new(Mutex::new(Vec::new()));
    let l = lines.clone();
    let rt = Runtime::builder()
        .tier(Tier::Aot)
        .cache_dir(&dir)
        .on_print(move |s| {
            l.lock().expect("lines").push(s.to_string());
            Ok(())
        })
        .build()
        .expect("runtime");
    let m = rt.load_source("aot", SRC).expect("builds");
    assert_eq!(m.tier(), Tier::Aot);
    let work = m.func::<(i64, i64), i64>("work").expect("signature");
    assert_eq!(work.call((1000, 3)).expect("call"), (0..1000).fold(0i64, |s, i| (s + i * 3) % 1_000_000_007));
    m.func::<(i64,), ()>("hello").expect("signature").call((7,)).expect("prints");
    assert_eq!(lines.lock().expect("lines").as_slice(), ["hello, 7!\n"]);
    let e = m.func::<(i64,), i64>("depth").expect("signature").call((5000,)).expect_err("too deep");
    assert_eq!(e.exc_kind(), Some(ExcKind::RecursionError));
    // A second load of the same source reuses the library.
    let again = rt.load_source("aot", SRC).expect("cached");
    assert_eq!(again.func::<(i64,), i64>("depth").expect("signature").call((10,)).expect("call"), 10);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A script that imports a module next to it is one compile unit:
/// editing only the imported file gives another IR hash, so the cache
/// never hands back the library built from the old text.
#[test]
fn editing_an_imported_file_invalidates_the_cached_library() {
    if rpy_aot_compiler_missing() {
        eprintln!("note: no C compiler found; AOT unit test skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("rpy-unit-rt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let main = dir.join("main.py");
    std::fs::write(&main, "import helper\n\ndef run(n: int) -> int:\n    return helper.step(n) + 1\n").expect("write main");
    std::fs::write(dir.join("helper.py"), "def step(n: int) -> int:\n    return n * 2\n").expect("write helper");
    let rt = Runtime::builder().tier(Tier::Aot).cache_dir(dir.join("cache")).build().expect("runtime");
    let first = rt.load_file(&main).expect("builds");
    assert_eq!(first.func::<(i64,), i64>("run").expect("signature").call((20,)).expect("call"), 41);
    std::fs::write(dir.join("helper.py"), "def step(n: int) -> int:\n    return n * 3\n").expect("edit helper");
    let second = rt.load_file(&main).expect("rebuilds");
    assert_ne!(rpy_ir::ir_hash(first.ir()), rpy_ir::ir_hash(second.ir()));
    assert_eq!(second.tier(), Tier::Aot);
    assert_eq!(second.func::<(i64,), i64>("run").expect("signature").call((20,)).expect("call"), 61);
    // Both libraries are in the cache now, one per version of the unit.
    let cache = rpy::cache::CacheDir::open(Some(&dir.join("cache"))).expect("cache");
    assert_eq!(cache.ls().expect("ls").len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

fn rpy_aot_compiler_missing() -> bool {
    ["cc", "gcc", "clang"].iter().all(|c| std::process::Command::new(c).arg("--version").output().is_err()) && std::env::var_os("CC").is_none()
}

#[test]
fn auto_tier_runs_on_the_jit_then_hot_swaps_to_the_library_while_threads_call() {
    if rpy_aot_compiler_missing() {
        eprintln!("note: no C compiler found; auto tier test skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("rpy-auto-rt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let rt = Runtime::builder().tier(Tier::Auto).cache_dir(&dir).build().expect("runtime");
    let m = rt.load_source("auto", SRC).expect("compiles");
    assert_eq!(m.tier(), Tier::Jit, "a cold cache starts on the JIT");
    let work = m.func::<(i64, i64), i64>("work").expect("signature");
    let expect = |n: i64, k: i64| (0..n).fold(0i64, |s, i| (s + i * k) % 1_000_000_007);
    let stop = Arc::new(AtomicUsize::new(0));
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let (w, stop) = (work.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut calls = 0;
                while stop.load(Ordering::SeqCst) == 0 || calls < 100 {
                    let n = 500 + (calls % 50);
                    assert_eq!(w.call((n, t + 1)).expect("call"), expect(n, t + 1));
                    calls += 1;
                }
                calls
            })
        })
        .collect();
    assert!(m.wait_for_aot(std::time::Duration::from_secs(120)), "swapped to the library");
    assert_eq!(m.tier(), Tier::Aot);
    assert_eq!(work.tier(), Tier::Aot);
    stop.store(1, Ordering::SeqCst);
    for h in handles {
        assert!(h.join().expect("no wrong result during the swap") >= 100);
    }
    // A second load finds the valid cached library and runs it at once.
    let again = rt.load_source("auto", SRC).expect("compiles");
    assert_eq!(again.tier(), Tier::Aot);
    let _ = std::fs::remove_dir_all(&dir);
}

const CLASSES: &str = "
class Node:
    def __init__(self, value: int, next: 'Node | None' = None):
        self.value = value
        self.next = next

    def total(self) -> int:
        s = 0
        n = self
        while n is not None:
            s += n.value
            n = n.next
        return s

def chain(n: int) -> Node:
    head = Node(0)
    for i in range(1, n):
        head = Node(i, head)
    return head

def push(head: Node, v: int) -> Node:
    return Node(v, head)

def churn(rounds: int, n: int) -> int:
    t = 0
    for r in range(rounds):
        head = Node(r)
        for i in range(n):
            head = Node(i, head)
        t += head.total()
    return t
";

#[allow(unsafe_code)] // reads the struct directly, as a C host would
/// The instance's fields as the one layout says: value at 24, next at 32.
fn node_fields(o: &rpy::Object) -> (i64, u64) {
    // SAFETY: `o` is a live Node (the layout is checked by the IR text
    // snapshot of the same class in tests/cases).
    unsafe {
        let p = o.addr() as usize as *const u8;
        (std::ptr::read(p.add(24).cast::<i64>()), std::ptr::read(p.add(32).cast::<u64>()))
    }
}

#[test]
fn instances_made_on_the_jit_stay_valid_after_the_hot_swap() {
    if rpy_aot_compiler_missing() {
        eprintln!("note: no C compiler found; hot swap test skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("rpy-objswap-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let rt = Runtime::builder().tier(Tier::Auto).cache_dir(&dir).build().expect("runtime");
    let m = rt.load_source("objswap", CLASSES).expect("compiles");
    assert_eq!(m.tier(), Tier::Jit, "a cold cache starts on the JIT");
    let rpy::Value::Object(made_on_jit) = m.call_dyn("chain", &[rpy::Value::Int(100)]).expect("chain") else { panic!("an instance") };
    assert_eq!(made_on_jit.refcount(), 1, "only the host holds it");
    assert_eq!(node_fields(&made_on_jit).0, 99);
    assert!(m.wait_for_aot(std::time::Duration::from_secs(120)), "swapped to the library");
    assert_eq!(m.tier(), Tier::Aot);
    // The library reads, extends and returns the JIT's objects.
    let arg = rpy::Value::Object(made_on_jit.clone());
    assert_eq!(m.call_dyn("Node.total", &[arg.clone()]).expect("total on AOT"), rpy::Value::Int(4950));
    let rpy::Value::Object(longer) = m.call_dyn("push", &[arg, rpy::Value::Int(1000)]).expect("push on AOT") else { panic!("an instance") };
    assert_eq!(node_fields(&longer), (1000, made_on_jit.addr()));
    assert_eq!(made_on_jit.refcount(), 2, "held by the host and by the new node");
    assert_eq!(m.call_dyn("Node.total", &[rpy::Value::Object(longer.clone())]).expect("total"), rpy::Value::Int(5950));
    drop(longer);
    assert_eq!(made_on_jit.refcount(), 1, "the new node freed with its last reference");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Resident set size in pages.
fn rss_pages() -> u64 {
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    s.split_whitespace().nth(1).and_then(|x| x.parse().ok()).unwrap_or(0)
}

#[test]
fn a_million_instances_in_chains_are_freed() {
    let m = runtime().load_source("churn", CLASSES).expect("compiles");
    let churn = m.func::<(i64, i64), i64>("churn").expect("signature");
    // Warm up (allocator pools), then a million nodes in chains of 10000.
    churn.call((10, 10_000)).expect("warm-up");
    let before = rss_pages();
    let r = churn.call((100, 10_000)).expect("a million nodes");
    assert_eq!(r, (0..100).map(|rr: i64| rr + 49_995_000).sum::<i64>());
    let grown = rss_pages().saturating_sub(before);
    // A leak of a million 40-byte nodes would be ~10000 pages.
    assert!(grown < 1000, "RSS grew by {grown} pages");
}

/// The cache key is the content: the same source under another file name
/// (another directory, a notebook cell of another kernel, a bundled
/// module built elsewhere) has the same IR hash; a change of a line
/// number does change it (tracebacks name lines).
#[test]
fn the_ir_hash_is_of_the_content_not_the_path() {
    let src = "def f(a: int) -> int:\n    return a + 1\n";
    let hash = |name: &str, text: &str| rpy_ir::ir_hash(&rpy_ir::compile(&rpy_ir::SourceFile::new(name, text), &rpy_ir::Options::default()).expect("compiles"));
    assert_eq!(hash("/home/a/proj/m.py", src), hash("/tmp/ipykernel_77/123.py", src));
    assert_ne!(hash("m.py", src), hash("m.py", &format!("\n{src}")));
}

const SHAPES: &str = "
class Point:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

class Seg:
    def __init__(self, a: Point, b: Point | None = None, n: int = 0):
        self.a = a
        self.b = b
        self.n = n

def pair(k: int) -> tuple[int, float]:
    return (k, k / 2)

def add(a: int, b: int) -> int:
    return a + b

def scale(x: float, k: float) -> float:
    return x * k
";

#[test]
fn instances_are_made_and_their_fields_read_by_name() {
    let m = runtime().load_source("shapes", SHAPES).expect("compiles");
    let p = m.new_instance("Point", &[rpy::Value::Float(3.0), rpy::Value::Int(4)]).expect("Point(3.0, 4)");
    assert_eq!(m.type_name(&p), Some("Point"));
    assert_eq!(m.get_field(&p, "x").expect("x"), rpy::Value::Float(3.0));
    assert_eq!(m.get_field(&p, "y").expect("y, an int converted to float"), rpy::Value::Float(4.0));
    assert_eq!(m.call_dyn("Point.norm2", &[rpy::Value::Object(p.clone())]).expect("method"), rpy::Value::Float(25.0));
    // A reference field gives a new reference; an empty optional one None.
    let s = m.new_instance("Seg", &[rpy::Value::Object(p.clone())]).expect("Seg(p)");
    assert_eq!(p.refcount(), 2, "held by the host and by the segment");
    let rpy::Value::Object(a) = m.get_field(&s, "a").expect("a") else { panic!("an instance") };
    assert_eq!(a.addr(), p.addr());
    assert_eq!(p.refcount(), 3);
    drop(a);
    assert_eq!(m.get_field(&s, "b").expect("b"), rpy::Value::None);
    assert_eq!(m.get_field(&s, "n").expect("n"), rpy::Value::Int(0));
    // Tuple items are fields "0", "1".
    let rpy::Value::Object(t) = m.call_dyn("pair", &[rpy::Value::Int(5)]).expect("pair") else { panic!("a tuple") };
    assert_eq!(m.type_name(&t), Some("tuple"));
    assert_eq!(m.get_field(&t, "1").expect("item 1"), rpy::Value::Float(2.5));
    // Misuse is an error of the right kind.
    let kind = |e: Error| e.kind;
    assert!(matches!(m.get_field(&p, "z").map_err(kind), Err(ErrorKind::NotFound)));
    assert!(matches!(m.new_instance("Nope", &[]).map_err(kind), Err(ErrorKind::NotFound)));
    assert!(matches!(m.new_instance("add", &[]).map_err(kind), Err(ErrorKind::NotFound)), "a function is not a class");
    assert!(matches!(m.new_instance("Point", &[rpy::Value::Float(1.0)]).map_err(kind), Err(ErrorKind::ArgCount)));
    assert!(matches!(m.new_instance("Seg", &[rpy::Value::Int(1)]).map_err(kind), Err(ErrorKind::ArgType)));
    assert!(matches!(m.call_dyn("Point.norm2", &[rpy::Value::Object(s.clone())]).map_err(kind), Err(ErrorKind::ArgType)), "a Seg is not a Point");
    drop(s);
    assert_eq!(p.refcount(), 1, "the segment released its field");
}

#[test]
fn an_object_is_accepted_only_by_the_module_that_made_it() {
    let rt = runtime();
    let m1 = rt.load_source("one", SHAPES).expect("compiles");
    // Same class index, other layout: reading it as a Point would be wrong.
    let m2 = rt.load_source("two", "class Other:\n    def __init__(self, v: int):\n        self.v = v\n\ndef v(o: Other) -> int:\n    return o.v\n").expect("compiles");
    let o = m2.new_instance("Other", &[rpy::Value::Int(7)]).expect("Other(7)");
    assert_eq!(m2.call_dyn("v", &[rpy::Value::Object(o.clone())]).expect("own module"), rpy::Value::Int(7));
    let e = m1.call_dyn("Point.norm2", &[rpy::Value::Object(o.clone())]).expect_err("another module's object");
    assert!(matches!(e.kind, ErrorKind::ArgType), "{e:?}");
    assert!(e.message.contains("another module"), "{e}");
    assert!(matches!(m1.get_field(&o, "x").map_err(|e| e.kind), Err(ErrorKind::ArgType)));
    assert_eq!(m1.type_name(&o), None);
}

#[test]
fn dyn_funcs_check_each_call_and_typed_calls_check_the_signature() {
    let m = runtime().load_source("shapes", SHAPES).expect("compiles");
    let add = m.dyn_func("add").expect("add");
    assert_eq!(add.call_i64(&[2, 40]).expect("typed"), 42);
    assert_eq!(add.call(&[rpy::Value::Bool(true), rpy::Value::Int(1)]).expect("bool is an int"), rpy::Value::Int(2));
    assert!(matches!(add.call_i64(&[1]).map_err(|e| e.kind), Err(ErrorKind::ArgCount)));
    assert!(matches!(add.call_f64(&[1.0, 2.0]).map_err(|e| e.kind), Err(ErrorKind::ArgType)));
    assert!(matches!(add.call(&[rpy::Value::Float(1.0), rpy::Value::Int(1)]).map_err(|e| e.kind), Err(ErrorKind::ArgType)));
    assert!(matches!(add.call(&[rpy::Value::Int(1)]).map_err(|e| e.kind), Err(ErrorKind::ArgCount)));
    let e = add.call_i64(&[i64::MAX, 1]).expect_err("overflow");
    assert_eq!(e.exc_kind(), Some(ExcKind::OverflowError));
    let scale = m.dyn_func("scale").expect("scale");
    assert_eq!(scale.call_f64(&[1.5, 4.0]).expect("typed"), 6.0);
    assert!(matches!(scale.call_i64(&[1, 2]).map_err(|e| e.kind), Err(ErrorKind::ArgType)));
    assert_eq!(scale.function().params.len(), 2);
    assert!(matches!(m.dyn_func("nope").map_err(|e| e.kind), Err(ErrorKind::NotFound)));
}

/// The inline fast paths of `**` with a constant exponent (0 to 4) and of
/// int `/` (both operands within 2**53) against the exact answers: on the
/// JIT and the AOT library, every power that leaves 64 bits is the
/// runtime's OverflowError and every other one is exact, and a quotient
/// just outside the fast path is still correctly rounded.
#[test]
fn inline_fast_paths_agree_with_exact_arithmetic_on_both_tiers() {
    const POWERS: &str = "
def p0(a: int) -> int:
    return a ** 0
def p1(a: int) -> int:
    return a ** 1
def p2(a: int) -> int:
    return a ** 2
def p3(a: int) -> int:
    return a ** 3
def p4(a: int) -> int:
    return a ** 4
def p(a: int, e: int) -> int:
    return a ** e
def div(a: int, b: int) -> float:
    return a / b
";
    let mut tiers = vec![(Tier::Jit, Runtime::builder().tier(Tier::Jit).build().expect("jit"))];
    let dir = std::env::temp_dir().join(format!("rpy-fast-paths-{}", std::process::id()));
    if !rpy_aot_compiler_missing() {
        tiers.push((Tier::Aot, Runtime::builder().tier(Tier::Aot).cache_dir(&dir).build().expect("aot")));
    }
    let edges = [0i64, 1, -1, 2, -2, 3, 55108, 55109, -55109, 2097151, 2097152, -2097152, -2097153, 3037000499, 3037000500, -3037000500, i64::MAX, i64::MIN];
    for (tier, rt) in &tiers {
        let m = rt.load_source("fast_paths", POWERS).expect("compiles");
        assert_eq!(m.tier(), *tier);
        for (e, name) in ["p0", "p1", "p2", "p3", "p4"].iter().enumerate() {
            let f = m.func::<(i64,), i64>(name).expect("signature");
            let general = m.func::<(i64, i64), i64>("p").expect("signature");
            for &a in &edges {
                let exact = (0..e).try_fold(1i64, |acc, _| acc.checked_mul(a));
                let got = f.call((a,));
                match exact {
                    Some(v) => assert_eq!(got.as_ref().ok(), Some(&v), "{tier:?}: {a} ** {e}: {got:?}"),
                    None => {
                        let err = got.expect_err("overflows");
                        assert_eq!((err.exc_kind(), err.message.as_str()), (Some(ExcKind::OverflowError), "integer overflow"), "{tier:?}: {a} ** {e}");
                    }
                }
                // The inline code and the runtime's agree.
                let slow = general.call((a, e as i64));
                assert_eq!(f.call((a,)).map_err(|e| e.message), slow.map_err(|e| e.message), "{tier:?}: {a} ** {e}");
            }
        }
        let div = m.func::<(i64, i64), f64>("div").expect("signature");
        let lim = 1i64 << 53;
        // (a, b, CPython's a / b)
        for (a, b, want) in [(lim, 3, 3002399751580330.5f64), (lim + 1, 3, 3002399751580331.0), (lim + 1, 7, 1286742750677284.8), (-lim - 1, 7, -1286742750677284.8), (i64::MIN, 3, -3.0744573456182584e18), (0, -7, -0.0), (7, lim + 1, 7.771561172376095e-16)] {
            let got = div.call((a, b)).expect("divides");
            assert_eq!(got.to_bits(), want.to_bits(), "{tier:?}: {a} / {b} = {got:e}, CPython {want:e}");
        }
        let e = div.call((lim, 0)).expect_err("by zero");
        assert_eq!((e.exc_kind(), e.message.as_str()), (Some(ExcKind::ZeroDivisionError), "division by zero"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The range pass (rpy-ir/src/range.rs) keeps every overflow check it
/// cannot prove: loops ending at the edges of 64 bits, on the JIT and the
/// AOT library, against exact (i128) arithmetic. The sums it proves give
/// the exact value; the ones it must not prove raise OverflowError.
#[test]
fn range_pass_keeps_the_overflow_checks_it_cannot_prove() {
    const SRC: &str = "
def up1(start: int, stop: int) -> int:
    s = 0
    for i in range(start, stop):
        s = i + 1
    return s
def up2(start: int, stop: int) -> int:
    s = 0
    for i in range(start, stop):
        s = i + 2
    return s
def down1(start: int, stop: int) -> int:
    s = 0
    for i in range(start, stop, -1):
        s = i - 1
    return s
def down2(start: int, stop: int) -> int:
    s = 0
    for i in range(start, stop, -1):
        s = i - 2
    return s
def dec(a: int, k: int) -> int:
    j = a
    c = 0
    while c < k:
        j -= 1
        c += 1
    return j
def sq(x: int) -> int:
    y = x * x
    return y + y
def lcg(x: int) -> int:
    r = x % 2147483648
    return r * 4294967296 + r
def lcg2(x: int) -> int:
    r = x % 2147483648
    return r * 4294967297 * 2
";
    let mut tiers = vec![(Tier::Jit, Runtime::builder().tier(Tier::Jit).build().expect("jit"))];
    let dir = std::env::temp_dir().join(format!("rpy-range-pass-{}", std::process::id()));
    if !rpy_aot_compiler_missing() {
        tiers.push((Tier::Aot, Runtime::builder().tier(Tier::Aot).cache_dir(&dir).build().expect("aot")));
    }
    let (max, min) = (i64::MAX, i64::MIN);
    let fits = |v: i128| i64::try_from(v).ok();
    // (function, a, b, the exact result)
    let cases: Vec<(&str, i64, i64, Option<i64>)> = vec![
        ("up1", max - 3, max, fits(i128::from(max))),
        ("up2", max - 3, max, None),
        ("up2", max - 3, max - 1, fits(i128::from(max))),
        ("down1", min + 3, min, fits(i128::from(min))),
        ("down2", min + 3, min, None),
        ("down2", min + 3, min + 1, fits(i128::from(min))),
        ("dec", min + 1, 1, Some(min)),
        ("dec", min + 1, 2, None),
        ("sq", 2147483648, 0, None),
        ("sq", 2147483647, 0, fits(2 * 2147483647i128 * 2147483647)),
        ("lcg", -1, 0, fits(2147483647i128 * 4294967296 + 2147483647)),
        ("lcg", 12345, 0, fits(12345i128 * 4294967296 + 12345)),
        ("lcg2", -1, 0, None),
        ("lcg2", 1, 0, fits(4294967297i128 * 2)),
    ];
    for (tier, rt) in &tiers {
        let m = rt.load_source("range_pass", SRC).expect("compiles");
        assert_eq!(m.tier(), *tier);
        for &(name, a, b, want) in &cases {
            let got = if name == "sq" || name.starts_with("lcg") {
                m.func::<(i64,), i64>(name).expect("signature").call((a,))
            } else {
                m.func::<(i64, i64), i64>(name).expect("signature").call((a, b))
            };
            match want {
                Some(v) => assert_eq!(got.as_ref().ok(), Some(&v), "{tier:?}: {name}({a}, {b}): {got:?}"),
                None => {
                    let err = got.expect_err("overflows");
                    assert_eq!((err.exc_kind(), err.message.as_str()), (Some(ExcKind::OverflowError), "integer overflow"), "{tier:?}: {name}({a}, {b})");
                }
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Loop versioning (rpy-ir/src/version.rs) at the edges of 64 bits: the
/// test in front of a loop must send every loop whose indices or
/// invariant products it cannot bound exactly to the original loop, which
/// raises (or not) as before. On the JIT and the AOT library.
#[test]
fn versioned_loops_at_the_edges_of_64_bits_raise_as_the_original() {
    const SRC: &str = "
def shifted(a: int, b: int) -> int:
    xs = [1, 2, 3, 4]
    s = 0
    for i in range(a, b):
        s += xs[i - a]
    return s
def offset(k: int, z: int) -> int:
    xs = [1, 2, 3, 4]
    s = 0
    for i in range(4):
        s += xs[i + k]
    return s
def product(k: int, m: int) -> int:
    xs = [1, 2, 3, 4]
    s = 0
    for i in range(4):
        s += xs[i + k * m]
    return s
def const_product(n: int, z: int) -> int:
    # A product of constants that overflows (a fuzzer's find): never
    # computed in front of the loop, raised in its first iteration.
    xs = [0, 0, 0, 0]
    s = 0
    for i in range(n):
        s += 1
        xs[i] = (-9223372036854775807 - 1) * (-1)
    return s
";
    let mut tiers = vec![(Tier::Jit, Runtime::builder().tier(Tier::Jit).build().expect("jit"))];
    let dir = std::env::temp_dir().join(format!("rpy-versioned-{}", std::process::id()));
    if !rpy_aot_compiler_missing() {
        tiers.push((Tier::Aot, Runtime::builder().tier(Tier::Aot).cache_dir(&dir).build().expect("aot")));
    }
    let (max, min) = (i64::MAX, i64::MIN);
    // (function, a, b, the result or the exception)
    let cases: Vec<(&str, i64, i64, Result<i64, ExcKind>)> = vec![
        ("shifted", 0, 4, Ok(10)),
        ("shifted", max - 3, max, Ok(6)),
        ("shifted", min, min + 3, Ok(6)),
        ("shifted", 5, 10, Err(ExcKind::IndexError)),
        ("offset", 0, 0, Ok(10)),
        ("offset", -4, 0, Ok(10)),
        ("offset", -2, 0, Ok(3 + 4 + 1 + 2)),
        ("offset", 1, 0, Err(ExcKind::IndexError)),
        ("offset", max - 1, 0, Err(ExcKind::IndexError)),
        ("offset", min, 0, Err(ExcKind::IndexError)),
        ("product", 0, max, Ok(10)),
        ("product", 1 << 40, 1 << 30, Err(ExcKind::OverflowError)),
        ("product", -1, 1, Ok(4 + 1 + 2 + 3)),
        ("product", 1 << 31, 1 << 31, Err(ExcKind::IndexError)),
        ("const_product", 3, 0, Err(ExcKind::OverflowError)),
        ("const_product", 0, 0, Ok(0)),
    ];
    for (tier, rt) in &tiers {
        let m = rt.load_source("versioned", SRC).expect("compiles");
        for &(name, a, b, want) in &cases {
            let got = m.func::<(i64, i64), i64>(name).expect("signature").call((a, b));
            match want {
                Ok(v) => assert_eq!(got.as_ref().ok(), Some(&v), "{tier:?}: {name}({a}, {b}): {got:?}"),
                Err(kind) => assert_eq!(got.expect_err("raises").exc_kind(), Some(kind), "{tier:?}: {name}({a}, {b})"),
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
