//! Helpers shared by the end-to-end tests: build guests from source with clang-22 or
//! cargo/rustc, compile them with zkcc, run them natively and on the executor.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use isa_spec::Program;
use zkvm_executor::{Console, Options};

/// Root of the repository.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Scratch directory for build products, inside the cargo target directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = repo_root().join("target").join("e2e").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The C programs of the differential corpus, sorted.
pub fn c_programs() -> Vec<PathBuf> {
    let mut sources: Vec<_> = std::fs::read_dir(repo_root().join("tests/programs/c"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    sources.sort();
    sources
}

fn check(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
}

/// Compiles a C file to LLVM IR the way a user would (clang-22, x86-64, -O2).
pub fn c_to_ir(source: &Path, out_dir: &Path) -> PathBuf {
    c_to_ir_with(source, out_dir, &[])
}

/// [`c_to_ir`] with extra clang arguments (e.g. `-I` for a third-party header dir).
pub fn c_to_ir_with(source: &Path, out_dir: &Path, extra: &[&std::ffi::OsStr]) -> PathBuf {
    let ll = out_dir.join(source.file_stem().unwrap()).with_extension("ll");
    check(
        Command::new("clang-22")
            .args(["--target=x86_64-unknown-linux-gnu", "-ffreestanding", "-fno-stack-protector", "-O2"])
            .arg("-I")
            .arg(repo_root().join("stdlib/include"))
            .args(extra)
            .args(["-S", "-emit-llvm", "-o"])
            .arg(&ll)
            .arg(source),
    );
    ll
}

/// Builds a Cargo guest crate to one LLVM IR module as `zkcc build` does (no_std cdylib,
/// the guest profile forced through `--config`), into a scratch target directory.
pub fn rust_to_ir(crate_dir: &Path) -> PathBuf {
    // Named after the whole path: cargo leaves an up-to-date crate's IR file alone, so
    // two guests of the same folder name must not share one.
    let rel = crate_dir.strip_prefix(repo_root()).unwrap_or(crate_dir);
    let name = rel.to_string_lossy().trim_matches('/').replace('/', "-");
    let target_dir = scratch("guests");
    let ir = target_dir.join(format!("{name}.ll"));
    let mut emit = std::ffi::OsString::from("--emit=llvm-ir=");
    emit.push(&ir);
    check(
        Command::new(env!("CARGO"))
            .args(["rustc", "--release", "-q", "--lib", "--crate-type", "cdylib", "--manifest-path"])
            .arg(crate_dir.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&target_dir)
            .args(["--config", "profile.release.panic=\"abort\"", "--config", "profile.release.lto=\"fat\""])
            .args(["--config", "profile.release.codegen-units=1", "--"])
            .arg(emit),
    );
    ir
}

/// Links IR natively against glibc, the native stand-in for the zk_* ABI and the
/// runtime's plain-C libraries that glibc lacks (`zkvm_sha256.h`, `zkvm_keccak.h`).
pub fn native_binary(ir: &Path, out_dir: &Path) -> PathBuf {
    let exe = out_dir.join(format!("{}.native", ir.file_stem().unwrap().to_string_lossy()));
    check(
        Command::new("clang-22")
            .args(["-O1", "-Wno-override-module", "-o"])
            .arg(&exe)
            .arg(ir)
            .arg(repo_root().join("tests/native/zk_native.c"))
            // After the system headers: glibc's, not the guest libc's, for zk_native.c.
            .arg("-idirafter")
            .arg(repo_root().join("stdlib/include"))
            .arg(repo_root().join("stdlib/runtime/sha256.c"))
            .arg(repo_root().join("stdlib/runtime/keccak.c"))
            .arg("-lm"),
    );
    exe
}

/// Compiles IR with zkcc (runtime linked).
pub fn zkcc(ir: &[PathBuf]) -> Program {
    zkcc::compile(ir, &zkcc::Options::default()).unwrap_or_else(|e| panic!("zkcc failed: {e}"))
}

/// What a run printed and returned.
#[derive(Debug, PartialEq, Eq)]
pub struct RunResult {
    pub stdout: Vec<u8>,
    pub exit_code: u8,
    pub journal: Vec<u8>,
}

/// Runs a native executable.
pub fn run_native(exe: &Path, input: &[u8]) -> RunResult {
    use std::io::Write;
    let journal = exe.with_extension("journal");
    let _ = std::fs::remove_file(&journal);
    let mut child = Command::new(exe)
        .env("ZK_JOURNAL", &journal)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    RunResult {
        stdout: out.stdout,
        exit_code: out.status.code().expect("native run killed by a signal") as u8,
        journal: std::fs::read(&journal).unwrap_or_default(),
    }
}

/// Runs a program on the executor; returns the result and the cycle count.
pub fn run_zkvm(program: &Program, input: &[u8]) -> (RunResult, u64) {
    let mut stdout = Vec::new();
    let options = Options { cycle_limit: 1 << 30, profile: false };
    let exit =
        zkvm_executor::execute(program, input, Console { stdout: &mut stdout, stderr: &mut std::io::sink() }, &options)
            .unwrap_or_else(|trap| panic!("{trap}\nstdout so far:\n{}", String::from_utf8_lossy(&stdout)));
    (RunResult { stdout, exit_code: exit.exit_code as u8, journal: exit.journal }, exit.cycles)
}

/// Builds a Cargo guest crate ([`rust_to_ir`]) and compiles it with zkcc.
pub fn build_guest(crate_dir: &Path) -> Program {
    zkcc(&[rust_to_ir(crate_dir)])
}

/// Like [`native_binary`] but an IR `unreachable` traps instead of falling through
/// (a program that reaches UB clang found has no reference output). Errors with
/// clang's diagnostics.
pub fn native_trapping(ir: &Path, dir: &Path) -> Result<PathBuf, String> {
    let exe = ir.with_extension("native");
    let out = Command::new("clang-22")
        .args(["-O1", "-w", "-Wno-override-module", "-mllvm", "-trap-unreachable"])
        .arg("-o")
        .arg(&exe)
        .arg(ir)
        .arg(repo_root().join("tests/native/zk_native.c"))
        .arg("-lm")
        .current_dir(dir)
        .output()
        .expect("cannot run clang-22");
    match out.status.success() {
        true => Ok(exe),
        false => Err(format!("native link of {} failed:\n{}", ir.display(), String::from_utf8_lossy(&out.stderr))),
    }
}

/// Runs a native executable with empty stdin, killing it after `timeout`.
pub fn run_native_bounded(exe: &Path, timeout: Duration) -> Result<(Vec<u8>, ExitStatus), String> {
    let mut child = Command::new(exe).stdin(Stdio::null()).stdout(Stdio::piped()).spawn().unwrap();
    // Drain stdout on a thread so a chatty program cannot block on a full pipe.
    let mut pipe = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut pipe, &mut buf).map(|_| buf)
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > timeout {
            child.kill().unwrap();
            child.wait().unwrap();
            return Err(format!("native run over {timeout:?}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok((reader.join().unwrap().unwrap(), status))
}

/// `f` of every item, on one thread per core; results in the order of `items`.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::with_capacity(items.len()));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    results.lock().unwrap().push((i, r));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}
