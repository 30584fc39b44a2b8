//! Helpers for zkcc's tests: build IR with clang-22, compile with zkcc, run on the
//! executor and natively.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// This crate's directory.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Scratch directory for build products.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("zkcc-tests").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn check(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
}

/// Compiles C to LLVM IR as a user would.
pub fn c_to_ir(source: &Path, out: &Path) {
    check(
        Command::new("clang-22")
            .args(["--target=x86_64-unknown-linux-gnu", "-ffreestanding", "-fno-stack-protector", "-O2"])
            .arg("-I")
            .arg(manifest_dir().join("../stdlib/include"))
            .args(["-S", "-emit-llvm", "-o"])
            .arg(out)
            .arg(source),
    );
}

/// The IR of the printing helpers the IR tests link with.
pub fn print_helpers(dir: &Path) -> PathBuf {
    let out = dir.join("print.ll");
    c_to_ir(&manifest_dir().join("tests/support/print.c"), &out);
    out
}

/// A run's observable behaviour.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    /// Exit status (134 for a trap).
    pub status: i32,
}

/// Runs a program on the executor.
pub fn run_zkvm(program: &isa_spec::Program, input: &[u8]) -> (Outcome, u64) {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let options = zkvm_executor::Options { cycle_limit: 1 << 32, profile: false };
    let console = zkvm_executor::Console { stdout: &mut stdout, stderr: &mut stderr };
    let (status, cycles) = match zkvm_executor::execute(program, input, console, &options) {
        Ok(exit) => ((exit.exit_code & 0xff) as i32, exit.cycles),
        Err(trap) => (134, trap.cycles),
    };
    (Outcome { stdout: String::from_utf8_lossy(&stdout).into_owned(), status }, cycles)
}

/// Builds IR natively (with the stand-ins for the zkvm builtins) and runs it.
pub fn run_native(irs: &[PathBuf], dir: &Path, name: &str) -> Outcome {
    let exe = dir.join(format!("{name}.native"));
    check(
        Command::new("clang-22")
            .args(["-O1", "-w", "-Wno-override-module", "-o"])
            .arg(&exe)
            .args(irs)
            .arg(manifest_dir().join("tests/support/native_shim.c"))
            .arg("-lm"),
    );
    let out = Command::new(&exe).output().unwrap();
    Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        status: out.status.code().expect("native run killed by a signal"),
    }
}

/// Compiles without the C runtime.
pub fn zkcc_bare(irs: &[PathBuf]) -> zkcc::Result<zkcc::Output> {
    let inputs: Vec<zkcc::Input> =
        irs.iter().map(|p| zkcc::Input { name: p.display().to_string(), bytes: std::fs::read(p).unwrap() }).collect();
    zkcc::compile_inputs(&inputs, &zkcc::Options { runtime: false })
}

/// Compiles IR text (no runtime).
pub fn zkcc_text(ir: &str) -> zkcc::Result<zkcc::Output> {
    zkcc::compile_inputs(
        &[zkcc::Input { name: "test.ll".into(), bytes: ir.as_bytes().to_vec() }],
        &zkcc::Options { runtime: false },
    )
}

/// The target header every hand-written IR test starts with.
pub const HEADER: &str = "target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\"\ntarget triple = \"x86_64-unknown-linux-gnu\"\n";
