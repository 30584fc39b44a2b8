//! Rust guests built from real crates (`tests/guests/*`: sha3, the guest library's
//! SHA-256 against sha2, blake2 + blake3, k256 ECDSA, miniz_oxide, alloc collections, trait objects and closures, core::fmt with
//! floats and u128, a panic), each compiled unchanged by rustc to one IR module, then run
//! natively (clang-22, x86-64, glibc) and on the zkvm. Compared: stdout, journal and exit
//! status byte for byte; for the panicking guest stderr as well (the panic message).
//! Known answers for a few inputs guard against both sides being wrong the same way.
//! Larger inputs run in `make test-long`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use zkvm_executor::{Console, Options};
use zkvm_tests::*;

/// A compiled guest: its native executable and zkvm program.
struct Guest {
    name: &'static str,
    native: PathBuf,
    program: isa_spec::Program,
}

fn guest(name: &'static str) -> Guest {
    let ir = rust_to_ir(&repo_root().join("tests/guests").join(name));
    let native = native_binary(&ir, &scratch("crates"));
    Guest { name, native, program: zkcc(&[ir]) }
}

impl Guest {
    /// Runs both sides on `input`; panics on any difference. Returns the zkvm result.
    fn check(&self, input: &[u8]) -> RunResult {
        let native = run_native(&self.native, input);
        let (zk, cycles) = run_zkvm(&self.program, input);
        eprintln!("{}: {} input bytes, {cycles} cycles", self.name, input.len());
        assert_eq!(
            (zk.exit_code, &zk.journal),
            (native.exit_code, &native.journal),
            "{}: exit code or journal differs\n--- native\n{}--- zkvm\n{}",
            self.name,
            String::from_utf8_lossy(&native.stdout),
            String::from_utf8_lossy(&zk.stdout)
        );
        assert!(
            zk.stdout == native.stdout,
            "{}: stdout differs\n--- native\n{}--- zkvm\n{}",
            self.name,
            String::from_utf8_lossy(&native.stdout),
            String::from_utf8_lossy(&zk.stdout)
        );
        zk
    }
}

/// Deterministic text-like bytes (words from a small vocabulary, so they compress).
fn text(len: usize, seed: u64) -> Vec<u8> {
    const WORDS: [&str; 12] =
        ["zero", "knowledge", "proof", "field", "Goldilocks", "trace", "AIR", "42", "stark", "commit", "fri", "\n"];
    let mut state = seed | 1;
    let mut out = Vec::with_capacity(len + 16);
    while out.len() < len {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.extend_from_slice(WORDS[(state % WORDS.len() as u64) as usize].as_bytes());
        out.push(if state & 0x300 == 0 { b',' } else { b' ' });
    }
    out.truncate(len);
    out
}

/// Deterministic incompressible bytes.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed | 1;
    (0..len)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 56) as u8
        })
        .collect()
}

fn stdout(r: &RunResult) -> String {
    String::from_utf8_lossy(&r.stdout).into_owned()
}

#[test]
fn sha3_matches_native() {
    let g = guest("sha3");
    let empty = stdout(&g.check(b""));
    assert!(empty.contains("keccak256: c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"), "{empty}");
    let abc = stdout(&g.check(b"abc"));
    assert!(abc.contains("sha3-256: 3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"), "{abc}");
    for len in [135, 136, 137, 1000] {
        assert!(stdout(&g.check(&noise(len, len as u64))).contains("chunked matches: true"));
    }
}

/// The guest library's `sha256` module against the `sha2` crate, whose code zkcc
/// compiles to the same SHA-256 instructions.
#[test]
fn guest_sha256_matches_sha2_and_native() {
    let g = guest("sha256-api");
    let empty = stdout(&g.check(b""));
    assert!(empty.contains("sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), "{empty}");
    let abc = stdout(&g.check(b"abc"));
    assert!(abc.contains("sha256: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), "{abc}");
    for len in [55, 56, 63, 64, 1000] {
        let out = stdout(&g.check(&noise(len, len as u64)));
        for line in ["one-shot matches sha2: true", "chunked matches: true", "prefixes differing from sha2: 0"] {
            assert!(out.contains(line), "{len} bytes: {out}");
        }
    }
}

#[test]
fn blake2_blake3_match_native() {
    let g = guest("blake");
    let empty = stdout(&g.check(b""));
    assert!(empty.contains("blake3: af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"), "{empty}");
    let abc = stdout(&g.check(b"abc"));
    assert!(abc.contains("blake2s-256: 508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"), "{abc}");
    // Several BLAKE3 chunks (1024 bytes each) and a partial one: the tree is exercised.
    g.check(&noise(3 * 1024 + 100, 3));
}

#[test]
fn k256_ecdsa_matches_native() {
    let g = guest("k256");
    let mut input = [0x11u8; 32].to_vec();
    input.extend_from_slice(b"pay 10 coins to alice");
    let out = stdout(&g.check(&input));
    assert!(out.contains("verify: true") && out.contains("verify tampered message: false"), "{out}");
    assert!(out.contains("verify tampered signature: false"), "{out}");
    // An all-zero secret key is invalid: a clean error exit on both sides.
    assert_eq!(g.check(&[0u8; 40]).exit_code, 3);
}

/// The user-facing example `examples/rust/ecdsa` on its sample input and on a tampered
/// message (still a clean run: the journal says "invalid").
#[test]
fn ecdsa_example_matches_native() {
    let ir = rust_to_ir(&repo_root().join("examples/rust/ecdsa"));
    let g = Guest { name: "ecdsa example", native: native_binary(&ir, &scratch("crates")), program: zkcc(&[ir]) };
    let mut input = std::fs::read(repo_root().join("examples/inputs/ecdsa.bin")).unwrap();
    let valid = g.check(&input);
    assert_eq!(valid.journal[0], 1, "{}", stdout(&valid));
    assert_eq!(valid.journal.len(), 1 + 32 + 33);
    *input.last_mut().unwrap() ^= 1;
    assert_eq!(g.check(&input).journal[0], 0);
    assert_eq!(g.check(&input[..50]).exit_code, 2);
}

#[test]
fn miniz_oxide_round_trip_matches_native() {
    let g = guest("miniz");
    for input in [Vec::new(), text(4000, 7), noise(600, 8)] {
        let r = g.check(&input);
        assert_eq!(r.exit_code, 0, "{}", stdout(&r));
        assert!(stdout(&r).contains("level 9: raw"));
    }
}

#[test]
fn alloc_collections_match_native() {
    let g = guest("collections");
    g.check(&text(1500, 11));
    g.check(b"");
}

#[test]
fn trait_objects_and_closures_match_native() {
    let g = guest("closures");
    g.check(&text(300, 5));
    g.check(b"\x00\x01\x02\x03\x04\x05\x06\x07");
}

#[test]
fn fmt_floats_and_u128_match_native() {
    let g = guest("fmt");
    let out = stdout(&g.check(b"seed"));
    assert!(
        out.contains("1.7976931348623157e308") && out.contains("u128::MAX 340282366920938463463374607431768211455")
    );
    g.check(&noise(64, 1));
}

/// A panic: exit status 101, the `panicked at FILE:LINE:COL: MESSAGE` line on stderr
/// (compared too), and what was printed and committed before it.
#[test]
fn panic_matches_native() {
    let g = guest("panic");
    let input = [7u8];
    let r = g.check(&input);
    assert_eq!(r.exit_code, 101);
    assert_eq!(r.journal, b"partial");

    let mut child =
        Command::new(&g.native).stdin(Stdio::piped()).stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let native_stderr = child.wait_with_output().unwrap().stderr;
    let mut zk_stderr = Vec::new();
    let options = Options { cycle_limit: 1 << 30, profile: false };
    zkvm_executor::execute(
        &g.program,
        &input,
        Console { stdout: &mut std::io::sink(), stderr: &mut zk_stderr },
        &options,
    )
    .unwrap();
    let message = String::from_utf8_lossy(&zk_stderr);
    assert_eq!(message, String::from_utf8_lossy(&native_stderr));
    assert!(message.starts_with("panicked at src/lib.rs:"), "{message}");
    assert!(message.contains("index out of bounds: the len is 5 but the index is 7"), "{message}");
}

/// Larger inputs: many hash blocks, a 200 KB compression round trip, more signatures.
#[test]
#[ignore]
fn crates_long_inputs_match_native() {
    let sha3 = guest("sha3");
    sha3.check(&noise(100_000, 21));
    let blake = guest("blake");
    blake.check(&noise(100_000, 22));
    let miniz = guest("miniz");
    miniz.check(&text(200_000, 23));
    let ecdsa = guest("k256");
    for seed in 1..5u64 {
        let mut input = noise(32, seed);
        input.extend_from_slice(&text(500, seed));
        ecdsa.check(&input);
    }
}
