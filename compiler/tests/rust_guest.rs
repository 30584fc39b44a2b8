//! A no_std Rust guest (core::fmt, trait objects, u128/i256 arithmetic, sorting,
//! parsing) built as rustc emits it (fat LTO, x86-64 IR), compiled by zkcc and compared
//! with the same IR run natively.

mod common;

use std::process::Command;

use common::*;

#[test]
fn rust_fmt_guest_matches_native() {
    let dir = scratch("rust-fmt");
    let krate = manifest_dir().join("tests/guests/fmt");
    let target = dir.join("target");
    let status = Command::new(env!("CARGO"))
        .args(["rustc", "--release", "-q", "--offline", "--manifest-path"])
        .arg(krate.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .args(["--", "--emit=llvm-ir"])
        .status()
        .unwrap();
    assert!(status.success());
    let ir = target.join("release/deps/fmt_guest.ll");
    let native = run_native(std::slice::from_ref(&ir), &dir, "fmt");
    let program = zkcc::compile(&[&ir], &zkcc::Options::default()).unwrap();
    let (zk, cycles) = run_zkvm(&program, b"");
    eprintln!("fmt guest: {cycles} cycles, {} instructions", program.code.len());
    assert_eq!(zk, native);
    assert!(zk.stdout.contains("u128 4900673314698349517631204764130242160"), "{}", zk.stdout);
}
