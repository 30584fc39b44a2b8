//! `zkcc build [PATH]`: Cargo guest crates that use the `zkvm-guest` crate
//! (`stdlib/rust`) built into programs and run: the fibonacci example and a crate that
//! exercises the guest API (input, journal, console, allocator, panics, exit codes).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs `zkcc build` and returns the program path it printed. Not offline: `zkvm-guest`
/// depends on serde and postcard, which a fresh machine may not have cached yet.
fn build(args: &[&str], dir: &Path) -> PathBuf {
    let out =
        Command::new(env!("CARGO_BIN_EXE_zkcc")).arg("build").args(args).arg("-q").current_dir(dir).output().unwrap();
    assert!(out.status.success(), "zkcc build failed:\n{}", stderr_of(&out));
    let printed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(printed.lines().count(), 1, "{printed:?}");
    dir.join(printed.trim_end())
}

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
    journal: Vec<u8>,
}

fn run(program: &Path, input: &[u8]) -> Run {
    let program = isa_spec::Program::from_bytes(&std::fs::read(program).unwrap()).unwrap();
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let console = zkvm_executor::Console { stdout: &mut stdout, stderr: &mut stderr };
    let exit = zkvm_executor::execute(&program, input, console, &zkvm_executor::Options::default())
        .unwrap_or_else(|trap| panic!("trap: {trap}"));
    Run {
        status: (exit.exit_code & 0xff) as i32,
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
        journal: exit.journal,
    }
}

#[test]
fn fibonacci_example() {
    let krate = manifest_dir().join("../examples/rust/fibonacci");
    let program = build(&[], &krate);
    assert_eq!(program, krate.join("target/zkvm/fibonacci.zkbin"));

    let r = run(&program, &90u32.to_le_bytes());
    assert_eq!((r.status, r.stdout.as_str(), r.stderr.as_str()), (0, "fib(90) = 2880067194370816120\n", ""));
    let mut journal = 90u32.to_le_bytes().to_vec();
    journal.extend(2880067194370816120u64.to_le_bytes());
    assert_eq!(r.journal, journal);

    // Overflow and short input panic: message and location on stderr, status 101.
    let r = run(&program, &94u32.to_le_bytes());
    assert_eq!(r.status, 101);
    assert!(
        r.stderr.starts_with("panicked at src/lib.rs:") && r.stderr.ends_with(": fib(n) overflows u64\n"),
        "{}",
        r.stderr
    );
    assert!(r.journal.is_empty() && r.stdout.is_empty());
    let r = run(&program, &[1]);
    assert_eq!(r.status, 101);
    assert!(r.stderr.contains("expected n as 4 bytes (u32, little endian), got 1"), "{}", r.stderr);
}

#[test]
fn guest_api() {
    let krate = manifest_dir().join("tests/guests/guest_api");
    let dir = scratch("guest-api");
    // From the crate's directory with no PATH, and with an explicit manifest and output.
    let program = build(&[], &krate);
    assert_eq!(program, krate.join("target/zkvm/guest-api.zkbin"));
    let out = dir.join("api.zkbin");
    let manifest = krate.join("Cargo.toml");
    assert_eq!(build(&[manifest.to_str().unwrap(), "-o", out.to_str().unwrap()], &dir), out);
    assert_eq!(std::fs::read(&program).unwrap(), std::fs::read(&out).unwrap());

    let r = run(&program, b"ehello journal");
    assert_eq!((r.status, r.stdout.as_str(), r.stderr.as_str()), (0, "read 13 bytes\n", "to stderr\n"));
    assert_eq!(r.journal, b"hello journal");
    let big: Vec<u8> = (0..5000u32).map(|i| (i * 31) as u8).collect();
    let r = run(&program, &[b"e".as_slice(), &big].concat());
    assert_eq!(r.journal, big);

    let r = run(&program, b"a");
    assert_eq!((r.status, r.stdout.as_str(), r.stderr.as_str()), (0, "alloc ok 101 400\n", ""));

    let r = run(&program, b"r");
    assert_eq!((r.status, r.stderr.as_str()), (1, "Error: \"bad input\"\n"));
    assert_eq!(run(&program, b"").stderr, "Error: \"no input\"\n");
    assert_eq!(run(&program, b"x").status, 42);
    assert_eq!(run(&program, b"c").status, 7);

    let r = run(&program, b"p");
    assert_eq!(r.status, 101);
    assert!(r.stderr.starts_with("panicked at src/lib.rs:"), "{}", r.stderr);
    assert!(r.stderr.ends_with(": index out of bounds: the len is 0 but the index is 3\n"), "{}", r.stderr);
    let r = run(&program, b"?");
    assert_eq!((r.status, r.stderr.ends_with(": unknown case ?\n")), (101, true), "{}", r.stderr);
}

/// A typed-input frame: `u32` little-endian length, then the postcard bytes.
fn frame(postcard: &[u8]) -> Vec<u8> {
    [&(postcard.len() as u32).to_le_bytes()[..], postcard].concat()
}

/// `read::<T>()` / `commit(&T)` against hand-written postcard bytes (the wire format
/// that docs/guest.md describes: varints, zigzag for signed, length-prefixed strings and
/// sequences, `Option` and enum tags as varints).
#[test]
fn typed_input_and_journal() {
    let program = build(&[], &manifest_dir().join("tests/guests/guest_api"));
    let job1 = [
        &[0xac, 0x02][..],   // id: 300
        &[0x02, b'a', b'b'], // name: "ab"
        &[0x03, 2, 3, 6],    // values: [1, -2, 3] (zigzag)
        &[0x01, 20],         // scale: Some(10)
        &[0x01, 0x05],       // shape: Square(5)
    ]
    .concat();
    let job2 = [1, 0, 0, 0, 0]; // id 1, "", [], None, Point
    let input = [&b"t"[..], &frame(&[2]), &frame(&job1), &frame(&job2), &[0x7f]].concat();
    let r = run(&program, &input);
    assert_eq!((r.status, r.stderr.as_str()), (0, ""));
    let summary1 = [&[0xac, 0x02][..], &[0x02, b'a', b'b'], &[40], &[25]].concat(); // sum 20 (zigzag 40)
    let summary2 = [1, 0, 0, 0];
    assert_eq!(r.journal, [&summary1[..], &summary2, &[0x7f]].concat());

    // Malformed input: a clear panic naming the type, exit status 101.
    let r = run(&program, &[&b"b"[..], &frame(&[5])].concat());
    assert_eq!(r.status, 101);
    assert!(r.stderr.contains("zkvm_guest::read::<(u8, bool)>: cannot decode the frame"), "{}", r.stderr);
    let r = run(&program, &[&b"b"[..], &10u32.to_le_bytes(), &[1, 1]].concat());
    assert!(r.stderr.contains("the input ends inside a frame (2 of 10 bytes)"), "{}", r.stderr);
    // A length no input holds (as a stray raw byte string would give): a truncated frame,
    // not an out-of-memory trap.
    let r = run(&program, &[&b"b"[..], &0x6c6c_6548u32.to_le_bytes(), b"o, world"].concat());
    assert_eq!(r.status, 101);
    assert!(r.stderr.contains("the input ends inside a frame (8 of 1819043144 bytes)"), "{}", r.stderr);
    let r = run(&program, b"b");
    assert!(r.stderr.contains("the input is exhausted"), "{}", r.stderr);
    let r = run(&program, &[&b"t"[..], &frame(&[1]), &frame(&[1, 0, 0, 0, 7])].concat());
    assert!(r.stderr.contains("zkvm_guest::read::<guest_api::Job>: cannot decode the frame"), "{}", r.stderr);
}

#[test]
fn build_errors_are_one_line() {
    let dir = scratch("guest-build-errors");
    let zkcc = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_zkcc")).args(args).current_dir(&dir).output().unwrap();
    // No crate here.
    let out = zkcc(&["build", "."]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("zkcc: error: no Cargo.toml"), "{err}");
    // A crate that does not compile: cargo's diagnostics, then one zkcc line.
    let krate = dir.join("broken");
    std::fs::create_dir_all(krate.join("src")).unwrap();
    std::fs::write(
        krate.join("Cargo.toml"),
        "[package]\nname = \"broken\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n",
    )
    .unwrap();
    std::fs::write(krate.join("src/lib.rs"), "#![no_std]\npub fn f() -> u32 { undefined_name }\n").unwrap();
    let out = zkcc(&["build", "broken", "--offline", "-q"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.contains("undefined_name"), "{err}");
    assert!(err.lines().last().unwrap().starts_with("zkcc: error: cargo failed to build"), "{err}");
    assert!(!krate.join("target/zkvm/broken.zkbin").exists());
    // Usage errors.
    assert_eq!(zkcc(&["build", "--bogus"]).status.code(), Some(2));
    assert_eq!(zkcc(&["build", "--help"]).status.code(), Some(0));
}
