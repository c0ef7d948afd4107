//! The Rust declarations of `rpy_rt.h` match the C layout: a probe program
//! compiled by the same C compiler prints every field offset of `rpy_ctx`
//! and `rpy_host`, compared with `std::mem::offset_of!`.

#![allow(unsafe_code)]

use std::mem::{align_of, offset_of, size_of};
use std::path::PathBuf;
use std::process::Command;

use rpy_rt::{RpyCtx, RpyHost, RpyClass, RpyObject, RPY_OBJECT_HEADER};

const PROBE: &str = r#"
#include <stdio.h>
#include <stddef.h>
#include "rpy_rt.h"
#define F(T, f) printf(#T "." #f " %zu\n", offsetof(T, f))
int main(void) {
    printf("rpy_ctx.size %zu\nrpy_ctx.align %zu\n", sizeof(rpy_ctx), _Alignof(rpy_ctx));
    printf("rpy_host.size %zu\nrpy_host.align %zu\n", sizeof(rpy_host), _Alignof(rpy_host));
    F(rpy_ctx, status); F(rpy_ctx, err_line); F(rpy_ctx, err_col); F(rpy_ctx, err_func);
    F(rpy_ctx, msg); F(rpy_ctx, depth); F(rpy_ctx, depth_limit); F(rpy_ctx, stack_low);
    F(rpy_ctx, poll_countdown); F(rpy_ctx, buf); F(rpy_ctx, buf_len); F(rpy_ctx, buf_cap);
    F(rpy_ctx, host); F(rpy_ctx, keep); F(rpy_ctx, keep_len); F(rpy_ctx, keep_cap);
    F(rpy_host, data); F(rpy_host, print); F(rpy_host, poll);
    printf("rpy_class.size %zu\nrpy_object.size %zu\nRPY_OBJECT_HEADER %d\n", sizeof(rpy_class), sizeof(rpy_object), RPY_OBJECT_HEADER);
    F(rpy_class, name); F(rpy_class, size); F(rpy_class, nrefs); F(rpy_class, ref_offsets);
    F(rpy_object, refcnt); F(rpy_object, cls); F(rpy_object, host);
    return 0;
}
"#;

fn rust_layout() -> Vec<String> {
    let ctx = [
        ("status", offset_of!(RpyCtx, status)),
        ("err_line", offset_of!(RpyCtx, err_line)),
        ("err_col", offset_of!(RpyCtx, err_col)),
        ("err_func", offset_of!(RpyCtx, err_func)),
        ("msg", offset_of!(RpyCtx, msg)),
        ("depth", offset_of!(RpyCtx, depth)),
        ("depth_limit", offset_of!(RpyCtx, depth_limit)),
        ("stack_low", offset_of!(RpyCtx, stack_low)),
        ("poll_countdown", offset_of!(RpyCtx, poll_countdown)),
        ("buf", offset_of!(RpyCtx, buf)),
        ("buf_len", offset_of!(RpyCtx, buf_len)),
        ("buf_cap", offset_of!(RpyCtx, buf_cap)),
        ("host", offset_of!(RpyCtx, host)),
        ("keep", offset_of!(RpyCtx, keep)),
        ("keep_len", offset_of!(RpyCtx, keep_len)),
        ("keep_cap", offset_of!(RpyCtx, keep_cap)),
    ];
    let host = [
        ("data", offset_of!(RpyHost, data)),
        ("print", offset_of!(RpyHost, print)),
        ("poll", offset_of!(RpyHost, poll)),
    ];
    let mut out = vec![
        format!("rpy_ctx.size {}", size_of::<RpyCtx>()),
        format!("rpy_ctx.align {}", align_of::<RpyCtx>()),
        format!("rpy_host.size {}", size_of::<RpyHost>()),
        format!("rpy_host.align {}", align_of::<RpyHost>()),
    ];
    out.extend(ctx.iter().map(|(f, o)| format!("rpy_ctx.{f} {o}")));
    out.extend(host.iter().map(|(f, o)| format!("rpy_host.{f} {o}")));
    out.push(format!("rpy_class.size {}", size_of::<RpyClass>()));
    out.push(format!("rpy_object.size {}", size_of::<RpyObject>()));
    out.push(format!("RPY_OBJECT_HEADER {RPY_OBJECT_HEADER}"));
    for (f, o) in [("name", offset_of!(RpyClass, name)), ("size", offset_of!(RpyClass, size)), ("nrefs", offset_of!(RpyClass, nrefs)), ("ref_offsets", offset_of!(RpyClass, ref_offsets))] {
        out.push(format!("rpy_class.{f} {o}"));
    }
    for (f, o) in [("refcnt", offset_of!(RpyObject, refcnt)), ("cls", offset_of!(RpyObject, cls)), ("host", offset_of!(RpyObject, host))] {
        out.push(format!("rpy_object.{f} {o}"));
    }
    out
}

#[test]
fn struct_layouts_match_the_header() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rpy-rt-abi-probe");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let src = dir.join("probe.c");
    let exe = dir.join("probe");
    std::fs::write(&src, PROBE).expect("write probe");
    let csrc = concat!(env!("CARGO_MANIFEST_DIR"), "/csrc");
    let status = Command::new(env!("RPY_RT_CC"))
        .args(["-std=c11", "-I", csrc, "-o"])
        .arg(&exe)
        .arg(&src)
        .status()
        .expect("run the C compiler");
    assert!(status.success(), "probe compiles");
    let output = Command::new(&exe).output().expect("run probe");
    let c_layout: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(c_layout, rust_layout());
}

#[test]
fn sizes_on_64_bit_targets() {
    if size_of::<usize>() == 8 {
        assert_eq!(size_of::<RpyHost>(), 24);
        assert_eq!(offset_of!(RpyCtx, msg), 24);
        assert_eq!(size_of::<RpyCtx>(), 24 + 512 + 11 * 8);
    }
}
