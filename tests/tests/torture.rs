//! GCC's C torture suite (`gcc.c-torture/execute`, GPL test programs fetched from
//! Debian's `gcc-12-source` by `make gcc-torture`, never copied into this repository),
//! differentially: each program is compiled to IR by clang-22 against the guest libc,
//! as `zkcc` compiles C, and that IR runs natively (glibc) and on zkvm. The programs
//! call `abort()` when a check fails, so the exit status and stdout must match.
//!
//! Not every program is for us: those clang-22 does not compile as C (GCC extensions
//! such as nested functions), and those that fail natively (target-specific behaviour)
//! are skipped, counted. A program the guest toolchain rejects (a header or libc
//! function outside the guest libc, an unsupported construct) must be listed in
//! `tests/gcc-torture-rejected.txt` with the reason; a listed program that now passes
//! fails the test too, so the list stays exact. Anything else that differs is a
//! miscompile and fails.
//!
//! `make test` runs every fourth program; `make test-long` runs them all.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use zkvm_executor::{Console, Options};
use zkvm_tests::*;

/// Where `make gcc-torture` puts the suite (overridden by `$ZKVM_GCC_TORTURE`).
const SUITE_DIR: &str = "target/gcc-torture/execute";
/// Programs that the guest toolchain rejects, with the reason: `NAME: reason` lines.
const REJECTED: &str = include_str!("../gcc-torture-rejected.txt");
/// How `zkcc` compiles C (`compiler/src/build/clang.rs`), here to textual IR.
const GUEST_FLAGS: &[&str] =
    &["--target=x86_64-unknown-linux-gnu", "-ffreestanding", "-nostdlibinc", "-fno-stack-protector", "-O2"];
/// The torture programs are K&R-era C with implicit declarations and implicit int.
const DIALECT: &[&str] = &["-std=gnu89", "-w"];
/// `dg-options` a program may ask for that change what its C means.
const PASSED_OPTIONS: &[&str] = &["-fwrapv", "-fno-strict-aliasing", "-fsigned-char", "-funsigned-char", "-fno-inline"];
const NATIVE_TIMEOUT: Duration = Duration::from_secs(20);
const CYCLE_LIMIT: u64 = 1 << 28;

#[test]
fn gcc_torture_sample_matches_native() {
    torture(4, 280);
}

#[test]
#[ignore = "long: run by `make test-long`"]
fn gcc_torture_matches_native() {
    torture(1, 1400);
}

enum Outcome {
    Pass,
    Skip(&'static str),
    Rejected(String),
    Fail(String),
}

/// Runs every `step`-th program of the suite and asserts that none failed, that the
/// rejections are exactly the listed ones, and that at least `min_passed` passed.
fn torture(step: usize, min_passed: usize) {
    let start = Instant::now();
    let suite = suite_dir();
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&suite)
        .unwrap_or_else(|e| panic!("{}: {e}: run `make gcc-torture` first", suite.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    sources.sort();
    let sources: Vec<PathBuf> = sources.into_iter().step_by(step).collect();
    let dir = scratch("gcc-torture");
    let outcomes = parallel_map(&sources, |source| check(source, &dir));

    let listed = rejected_list();
    let (mut passed, mut failures, mut skips) = (0, Vec::new(), BTreeMap::<_, usize>::new());
    for (source, outcome) in sources.iter().zip(outcomes) {
        let name = source.file_stem().unwrap().to_string_lossy().into_owned();
        match (outcome, listed.contains_key(&name)) {
            (Outcome::Pass, false) => passed += 1,
            (Outcome::Pass, true) => {
                failures.push(format!("{name}: passes now; remove it from gcc-torture-rejected.txt"))
            }
            (Outcome::Skip(why), _) => *skips.entry(why).or_default() += 1,
            (Outcome::Rejected(_), true) => *skips.entry("rejected, as listed").or_default() += 1,
            (Outcome::Rejected(why), false) => failures.push(format!("{name}: rejected (list it if intended): {why}")),
            (Outcome::Fail(why), _) => failures.push(format!("{name}: {why}")),
        }
    }
    let skipped: Vec<_> = skips.iter().map(|(why, n)| format!("{n} {why}")).collect();
    eprintln!(
        "gcc torture: {} programs, {passed} passed, {} failed; skipped: [{}]; {:.1} s",
        sources.len(),
        failures.len(),
        skipped.join("; "),
        start.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(passed >= min_passed, "only {passed} programs passed");
}

fn suite_dir() -> PathBuf {
    match std::env::var_os("ZKVM_GCC_TORTURE") {
        Some(dir) => dir.into(),
        None => repo_root().join(SUITE_DIR),
    }
}

/// The listed rejections, name to reason.
fn rejected_list() -> BTreeMap<String, String> {
    REJECTED
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, why) = l.split_once(':').unwrap_or_else(|| panic!("gcc-torture-rejected.txt: `{l}`"));
            (name.trim().to_string(), why.trim().to_string())
        })
        .collect()
}

/// The `dg-options` and `dg-additional-options` of a program that we pass to clang.
fn dg_options(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for directive in ["dg-options \"", "dg-additional-options \""] {
        for (pos, _) in text.match_indices(directive) {
            let rest = &text[pos + directive.len()..];
            let opts = &rest[..rest.find('"').unwrap_or(0)];
            out.extend(opts.split_whitespace().filter(|o| PASSED_OPTIONS.contains(o)));
        }
    }
    out
}

fn check(source: &Path, dir: &Path) -> Outcome {
    let Ok(bytes) = std::fs::read(source) else { return Outcome::Fail("unreadable".into()) };
    let text = String::from_utf8_lossy(&bytes);
    let mut flags: Vec<&OsStr> = DIALECT.iter().map(OsStr::new).collect();
    flags.extend(dg_options(&text).into_iter().map(OsStr::new));

    let ir = dir.join(source.file_stem().unwrap()).with_extension("ll");
    let out = Command::new("clang-22")
        .args(GUEST_FLAGS)
        .arg("-I")
        .arg(repo_root().join("stdlib/include"))
        .args(&flags)
        .args(["-S", "-emit-llvm", "-o"])
        .arg(&ir)
        .arg(source)
        .output()
        .expect("cannot run clang-22");
    if !out.status.success() {
        // Against the host's headers: is it C that clang compiles at all?
        let hosted = Command::new("clang-22").args(&flags).arg("-fsyntax-only").arg(source).output();
        if !hosted.is_ok_and(|o| o.status.success()) {
            return Outcome::Skip("not C that clang-22 compiles");
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr.lines().find(|l| l.contains("error")).unwrap_or("clang failed");
        return Outcome::Rejected(first.rsplit_once(": error: ").map_or(first, |(_, e)| e).to_string());
    }

    let Ok(native) = native_trapping(&ir, dir) else { return Outcome::Skip("does not link natively") };
    let (native_stdout, native_status) = match run_native_bounded(&native, NATIVE_TIMEOUT) {
        Ok(run) => run,
        Err(_) => return Outcome::Skip("over the native time limit"),
    };
    if !native_status.success() {
        return Outcome::Skip("fails natively");
    }

    let compiled = catch_unwind(AssertUnwindSafe(|| zkcc::compile(std::slice::from_ref(&ir), &Default::default())));
    let program = match compiled {
        Ok(Ok(p)) => p,
        Ok(Err(e)) => return Outcome::Rejected(e.to_string()),
        Err(_) => return Outcome::Fail("zkcc panicked".into()),
    };
    let mut stdout = Vec::new();
    let options = Options { cycle_limit: CYCLE_LIMIT, profile: false };
    let console = Console { stdout: &mut stdout, stderr: &mut std::io::sink() };
    match zkvm_executor::execute(&program, b"", console, &options) {
        Ok(exit) if exit.exit_code == 0 && stdout == native_stdout => Outcome::Pass,
        Ok(exit) if exit.exit_code == 0 => Outcome::Fail(format!(
            "stdout differs\n--- native\n{}--- zkvm\n{}",
            String::from_utf8_lossy(&native_stdout),
            String::from_utf8_lossy(&stdout)
        )),
        Ok(exit) => Outcome::Fail(format!("native exit 0, zkvm exit {}", exit.exit_code)),
        Err(trap) => Outcome::Fail(format!("native exit 0, zkvm {trap}")),
    }
}
