//! What the CLI's test files share: running zkvm, assembling programs.

#![allow(dead_code)] // each test file uses some

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn zkvm(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zkvm")).args(args).current_dir(dir).output().unwrap()
}

pub fn assemble(dir: &Path, name: &str, text: &str) -> PathBuf {
    std::fs::write(dir.join(format!("{name}.s")), text).unwrap();
    let out = zkvm(&["asm", &format!("{name}.s"), "-o", &format!("{name}.zkbin")], dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    dir.join(format!("{name}.zkbin"))
}

pub fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr).lines().map(str::to_string).collect()
}

/// A loop of `n` iterations, four cycles each, that commits 0 and exits with 5.
pub fn counting_loop(n: u64) -> String {
    format!(
        ".func \"_start\"\n    li s1, {n}\nloop:\n    sub s1, s1, 1\n    eq s2, s1, 0\n    bnz s2, done\n    jmp loop\ndone:\n    commit s1\n    li s3, 5\n    halt s3\n"
    )
}
