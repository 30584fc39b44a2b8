//! The C runtime built for the host (symbols renamed) against glibc: printf family,
//! string.h, strto*, ctype, qsort, rand, and an allocator stress test; and zkcc's
//! x86_fp80 soft-float routines against the host's x87 unit.

use std::process::Command;

#[test]
fn runtime_matches_glibc() {
    let out = Command::new("sh")
        .arg("tests/native/run_checks.sh")
        .current_dir(zkvm_tests::repo_root())
        .output()
        .expect("cannot run sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains(" 0 mismatches") && stdout.contains(" 0 failures"), "{stdout}");
    let xfloat = stdout.lines().find(|l| l.starts_with("xfloat_check: ")).unwrap_or_default();
    assert!(xfloat.ends_with(" cases, 0 mismatches"), "{stdout}");
}
