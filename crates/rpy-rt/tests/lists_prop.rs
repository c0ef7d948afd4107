//! Property tests of the runtime's list operations (`rpy_list_op`, what
//! every tier calls) against a model: Rust's `Vec` with Python's rules
//! for negative indices, slices, `insert` clamping, `pop`, `remove`,
//! `index`, `count`, stable `sort` and lexicographic `<`.

#![allow(unsafe_code)] // the test drives the C runtime through its ABI
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use rpy_rt::{rpy_list_op, RpyCtx, RpyList};

const NEW: i64 = 0;
const GET: i64 = 2;
const SET: i64 = 3;
const APPEND: i64 = 4;
const POP: i64 = 5;
const INSERT: i64 = 6;
const INDEX: i64 = 10;
const COUNT: i64 = 11;
const REMOVE: i64 = 12;
const LT: i64 = 29;
const SLICE: i64 = 17;
const SORT: i64 = 22;
const DEL_SLICE: i64 = 20;

/// Call `rpy_list_op`; Ok(result word) or Err(status, message).
fn op(code: i64, args: &[u64]) -> Result<u64, (i32, String)> {
    let mut ctx = RpyCtx::zeroed();
    let mut out = 0u64;
    // SAFETY: the operands are what `code` reads: live lists of ints and
    // int words.
    let st = unsafe { rpy_list_op(&mut ctx, code, args.as_ptr(), &mut out) };
    if st == 0 { Ok(out) } else { Err((st, ctx.message())) }
}

fn new_list(xs: &[i64]) -> u64 {
    let mut a = vec![0u64, xs.len() as u64];
    a.extend(xs.iter().map(|&x| x as u64));
    op(NEW, &a).unwrap()
}

fn items(l: u64) -> Vec<i64> {
    // SAFETY: `l` is a live list of ints.
    unsafe {
        let l = &*(l as usize as *const RpyList);
        l.words().iter().map(|&w| w as i64).collect()
    }
}

fn free(l: u64) {
    // SAFETY: the test owns its one reference.
    unsafe { rpy_rt::rpy_obj_decref(l as usize as *mut std::ffi::c_void) }
}

/// Python's `slice.indices` and the selected positions.
fn slice_positions(n: i64, start: Option<i64>, stop: Option<i64>, step: i64) -> Vec<usize> {
    let (lo, hi) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let adj = |v: Option<i64>, dflt: i64| match v {
        None => dflt,
        Some(v) if v < 0 => (v + n).max(lo),
        Some(v) => v.min(hi),
    };
    let (s, e) = (adj(start, if step > 0 { lo } else { hi }), adj(stop, if step > 0 { hi } else { lo }));
    let mut out = Vec::new();
    let mut i = s;
    while (step > 0 && i < e) || (step < 0 && i > e) {
        out.push(i as usize);
        i += step;
    }
    out
}

#[derive(Debug, Clone)]
enum Op {
    Append(i64),
    Pop(i64),
    Insert(i64, i64),
    Set(i64, i64),
    Get(i64),
    Remove(i64),
    DelSlice(Option<i64>, Option<i64>, i64),
    Sort(bool),
}

fn an_op() -> impl Strategy<Value = Op> {
    let small = -8i64..8;
    let idx = || prop::option::of(-10i64..10);
    prop_oneof![
        small.clone().prop_map(Op::Append),
        (-10i64..10).prop_map(Op::Pop),
        ((-10i64..10), small.clone()).prop_map(|(i, v)| Op::Insert(i, v)),
        ((-10i64..10), small.clone()).prop_map(|(i, v)| Op::Set(i, v)),
        (-10i64..10).prop_map(Op::Get),
        small.prop_map(Op::Remove),
        (idx(), idx(), prop_oneof![Just(1i64), Just(2), Just(-1), Just(-3)]).prop_map(|(a, b, c)| Op::DelSlice(a, b, c)),
        any::<bool>().prop_map(Op::Sort),
    ]
}

fn norm(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn list_ops_match_the_model(init in prop::collection::vec(-8i64..8, 0..12), ops in prop::collection::vec(an_op(), 0..25)) {
        let l = new_list(&init);
        let mut m = init.clone();
        for o in ops {
            match o {
                Op::Append(v) => { op(APPEND, &[l, v as u64]).unwrap(); m.push(v); }
                Op::Pop(i) => {
                    let r = op(POP, &[l, i as u64]);
                    if m.is_empty() {
                        prop_assert_eq!(r, Err((8, "pop from empty list".to_string())));
                    } else {
                        match norm(i, m.len()) {
                            Some(j) => prop_assert_eq!(r.map(|w| w as i64), Ok(m.remove(j))),
                            None => prop_assert_eq!(r, Err((8, "pop index out of range".to_string()))),
                        }
                    }
                }
                Op::Insert(i, v) => {
                    op(INSERT, &[l, i as u64, v as u64]).unwrap();
                    let n = m.len() as i64;
                    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
                    m.insert(j as usize, v);
                }
                Op::Set(i, v) => {
                    let r = op(SET, &[l, i as u64, v as u64]);
                    match norm(i, m.len()) {
                        Some(j) => { prop_assert!(r.is_ok()); m[j] = v; }
                        None => prop_assert_eq!(r, Err((8, "list assignment index out of range".to_string()))),
                    }
                }
                Op::Get(i) => {
                    let r = op(GET, &[l, i as u64]).map(|w| w as i64);
                    match norm(i, m.len()) {
                        Some(j) => prop_assert_eq!(r, Ok(m[j])),
                        None => prop_assert_eq!(r, Err((8, "list index out of range".to_string()))),
                    }
                }
                Op::Remove(v) => {
                    let r = op(REMOVE, &[l, v as u64]);
                    match m.iter().position(|&x| x == v) {
                        Some(j) => { prop_assert!(r.is_ok()); m.remove(j); }
                        None => prop_assert_eq!(r, Err((4, "list.remove(x): x not in list".to_string()))),
                    }
                    let count = op(COUNT, &[l, v as u64]).unwrap() as usize;
                    prop_assert_eq!(count, m.iter().filter(|&&x| x == v).count());
                    let idx = op(INDEX, &[l, v as u64]);
                    match m.iter().position(|&x| x == v) {
                        Some(j) => prop_assert_eq!(idx, Ok(j as u64)),
                        None => prop_assert_eq!(idx, Err((4, format!("{v} is not in list")))),
                    }
                }
                Op::DelSlice(a, b, c) => {
                    let flags = u64::from(a.is_some()) | (u64::from(b.is_some()) << 1) | 4;
                    let words = [l, a.unwrap_or(0) as u64, b.unwrap_or(0) as u64, c as u64, flags];
                    let sl = op(SLICE, &words).unwrap();
                    let pos = slice_positions(m.len() as i64, a, b, c);
                    prop_assert_eq!(items(sl), pos.iter().map(|&p| m[p]).collect::<Vec<_>>());
                    free(sl);
                    op(DEL_SLICE, &words).unwrap();
                    let mut keep = Vec::new();
                    for (k, &x) in m.iter().enumerate() {
                        if !pos.contains(&k) { keep.push(x); }
                    }
                    m = keep;
                }
                Op::Sort(rev) => {
                    op(SORT, &[l, u64::from(rev)]).unwrap();
                    if rev { m.sort_by(|a, b| b.cmp(a)); } else { m.sort(); }
                }
            }
            prop_assert_eq!(items(l), m.clone());
        }
        let other = new_list(&init);
        let lt = op(LT, &[l, other]).unwrap() != 0;
        prop_assert_eq!(lt, m < init);
        free(other);
        free(l);
    }
}
