//! Random C programs from csmith (DESIGN-NOTES §7), generated from fixed seeds so the
//! suite is deterministic: each is compiled by clang-22 to IR as a user would, run
//! natively (glibc) and on zkvm, and must print the same bytes and exit the same way.
//!
//! csmith programs are UB-free in C, but a few still go wrong in ways that are not zkcc's
//! fault; the options and skip rules below keep those out, deterministically:
//! - packed structs give misaligned accesses, which our machine traps on:
//!   `--no-packed-struct`;
//! - programs that run too long: the zkvm run is bounded by [`CYCLE_LIMIT`] and such a
//!   program is skipped (counted) before the native run, so the rule is not time-based;
//! - native runs that pass an IR `unreachable` (UB clang found): the native binary is
//!   built with `-trap-unreachable`, and a native run killed by a signal is skipped
//!   (counted), having no reference output;
//! - with `--float`, csmith assigns out-of-range floats to integers (UB: x86 wraps, zkvm
//!   saturates): a mismatching program that traps when built with
//!   `-fsanitize=float-cast-overflow` is skipped (counted).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use zkvm_executor::{Console, Options};
use zkvm_tests::*;

/// Keeps programs small and fast (the defaults give minutes-long runs on zkvm).
const CSMITH_OPTIONS: &[&str] =
    &["--no-argc", "--no-packed-struct", "--max-funcs", "4", "--max-block-depth", "3", "--max-array-len-per-dim", "6"];

/// Odd seeds also get `--float`, for the soft-float paths (exact IEEE-754 is required).
/// csmith then passes `float *` to `char *` parameters, an error since clang 16, so those
/// programs need `-Wno-incompatible-pointer-types` (as they would for any user).
const FLOAT_CLANG_FLAG: &str = "-Wno-incompatible-pointer-types";

/// zkvm cycles after which a program counts as over-long and is skipped.
const CYCLE_LIMIT: u64 = 1 << 28;

/// A native run that takes longer than this although zkvm finished within
/// [`CYCLE_LIMIT`] is a failure (a safety net only; it never decides a skip).
const NATIVE_TIMEOUT: Duration = Duration::from_secs(60);

/// Seeds excluded because of a known zkcc bug (seed, bug). Empty: none known.
const EXCLUDED: &[(u64, &str)] = &[];

#[test]
fn csmith_programs_match_native() {
    differential(1..=38, 30);
}

#[test]
#[ignore = "long: run by `make test-long`"]
fn csmith_programs_match_native_long() {
    differential(1000..=1349, 300);
}

enum Outcome {
    Pass(u64),
    Skip(&'static str),
    Fail(String),
}

/// Runs every seed (in parallel), prints a summary and asserts that nothing failed and
/// at least `min_passed` programs passed.
fn differential(seeds: std::ops::RangeInclusive<u64>, min_passed: usize) {
    let start = Instant::now();
    let include = csmith_include();
    let dir = scratch("csmith");
    let seeds: Vec<u64> = seeds.filter(|s| EXCLUDED.iter().all(|(e, _)| e != s)).collect();
    let outcomes: Vec<_> = seeds.iter().zip(parallel_map(&seeds, |&seed| check_seed(seed, &include, &dir))).collect();

    let (mut passed, mut cycles, mut failures) = (0, 0, Vec::new());
    let mut skips = std::collections::BTreeMap::<_, Vec<_>>::new();
    for (seed, outcome) in &outcomes {
        match outcome {
            Outcome::Pass(c) => (passed, cycles) = (passed + 1, cycles + c),
            Outcome::Skip(why) => skips.entry(*why).or_default().push(seed),
            Outcome::Fail(why) => failures.push(format!("seed {seed}: {why}")),
        }
    }
    let skipped: Vec<_> = skips.iter().map(|(why, seeds)| format!("{} {why}: seeds {seeds:?}", seeds.len())).collect();
    eprintln!(
        "csmith: {} programs, {passed} passed, {} failed, skipped: [{}]; \
         {cycles} zkvm cycles in passed programs; {:.1} s",
        outcomes.len(),
        failures.len(),
        skipped.join("; "),
        start.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(passed >= min_passed, "only {passed} programs passed");
}

/// csmith's runtime headers (`csmith.h`): `$CSMITH_INCLUDE`, else `include/csmith*` next
/// to the `bin/` holding `csmith` (Debian: `/usr/include/csmith` from `libcsmith-dev`;
/// upstream installs use `include/csmith-<version>`).
fn csmith_include() -> PathBuf {
    if let Some(dir) = std::env::var_os("CSMITH_INCLUDE") {
        return dir.into();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut found: Vec<PathBuf> = std::env::split_paths(&path)
        .filter(|bin| bin.join("csmith").is_file())
        .filter_map(|bin| std::fs::read_dir(bin.parent()?.join("include")).ok())
        .flatten()
        .map(|e| e.unwrap().path())
        .filter(|d| d.file_name().unwrap().to_string_lossy().starts_with("csmith") && d.join("csmith.h").is_file())
        .collect();
    found.sort();
    found.pop().expect("csmith.h not found: install csmith and libcsmith-dev (`make deps`) or set CSMITH_INCLUDE")
}

fn check_seed(seed: u64, include: &Path, dir: &Path) -> Outcome {
    let source = dir.join(format!("seed{seed}.c"));
    let status = Command::new("csmith")
        .args(["--seed", &seed.to_string()])
        .args(CSMITH_OPTIONS)
        .args((seed % 2 == 1).then_some("--float"))
        .arg("-o")
        .arg(&source)
        .current_dir(dir) // csmith writes `platform.info` into its working directory
        .stdout(Stdio::null())
        .status()
        .expect("cannot run csmith: install it (`make deps`)");
    assert!(status.success(), "csmith --seed {seed} failed");
    let flags = [OsStr::new("-I"), include.as_os_str(), OsStr::new(FLOAT_CLANG_FLAG)];
    let ir = c_to_ir_with(&source, dir, &flags);

    // zkvm first: the cycle limit decides the over-long skip deterministically.
    let program = match zkcc::compile(std::slice::from_ref(&ir), &zkcc::Options::default()) {
        Ok(p) => p,
        Err(e) => return Outcome::Fail(format!("zkcc: {e}")),
    };
    let mut zk_stdout = Vec::new();
    let options = Options { cycle_limit: CYCLE_LIMIT, profile: false };
    let console = Console { stdout: &mut zk_stdout, stderr: &mut std::io::sink() };
    let zk = zkvm_executor::execute(&program, b"", console, &options);
    if matches!(&zk, Err(trap) if matches!(trap.kind, isa_spec::TrapKind::CycleLimit(_))) {
        return Outcome::Skip("over 2^28 zkvm cycles");
    }

    let (native_stdout, native_status) =
        match run_native_bounded(&native_trapping(&ir, dir).unwrap_or_else(|e| panic!("{e}")), NATIVE_TIMEOUT) {
            Ok(run) => run,
            Err(e) => return Outcome::Fail(e),
        };
    let Some(native_code) = native_status.code() else {
        return Outcome::Skip("native run killed by a signal (UB)");
    };
    match zk {
        Ok(exit) if exit.exit_code as u8 == native_code as u8 && zk_stdout == native_stdout => {
            Outcome::Pass(exit.cycles)
        }
        _ if has_float_cast_overflow(&source, include) => Outcome::Skip("float-to-int conversion out of range (UB)"),
        zk => Outcome::Fail(format!(
            "native exit {native_code}, zkvm {}\n--- native\n{}--- zkvm\n{}",
            match zk {
                Ok(exit) => format!("exit {}", exit.exit_code),
                Err(trap) => trap.to_string(),
            },
            String::from_utf8_lossy(&native_stdout),
            String::from_utf8_lossy(&zk_stdout)
        )),
    }
}

/// Whether the program, built natively from C with the float-cast-overflow sanitizer in
/// trapping mode, dies on a signal (i.e. hits that UB).
fn has_float_cast_overflow(source: &Path, include: &Path) -> bool {
    let exe = source.with_extension("ubsan");
    let built = Command::new("clang-22")
        .args(["-O1", "-w", FLOAT_CLANG_FLAG, "-fsanitize=float-cast-overflow"])
        .args(["-fsanitize-trap=float-cast-overflow", "-I"])
        .arg(include)
        .arg("-o")
        .arg(&exe)
        .arg(source)
        .arg("-lm")
        .status()
        .expect("cannot run clang-22");
    assert!(built.success(), "sanitized build of {} failed", source.display());
    run_native_bounded(&exe, NATIVE_TIMEOUT).is_ok_and(|(_, status)| status.code().is_none())
}
