//! `rpy c FILE`: the C of the AOT tier, printed.

use std::process::Command;

#[test]
fn rpy_c_prints_the_module() {
    let dir = std::env::temp_dir().join(format!("rpy-c-cmd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join("prog.py");
    std::fs::write(&p, "def twice(x: float) -> float:\n    return x * 2.0\n\ndef unused() -> int:\n    return 1\n").expect("write source");
    let out = Command::new(env!("CARGO_BIN_EXE_rpy")).arg("c").arg(&p).arg("--entry").arg("twice").output().expect("run rpy");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let c = String::from_utf8_lossy(&out.stdout);
    assert!(c.contains("static inline int32_t rpy_main__twice__0(rpy_ctx *ctx, double a0, double *ret)"), "{c}");
    assert!(c.contains("int32_t rpy_main__twice__0__entry(rpy_ctx *ctx, const uint64_t *args, uint64_t *ret)"), "{c}");
    assert!(c.contains("double rpyx_twice(double a0)"), "{c}");
    assert!(c.contains("0x1.0000000000000p+1 /* 2.0 */"), "{c}");
    assert!(c.contains("rpy_module_v2"), "{c}");
    assert!(!c.contains("rpyx_unused"), "{c}");
}
