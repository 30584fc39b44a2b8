//! Every example in `examples/` (found by listing `examples/rust/*` and `examples/c/*.c`)
//! runs on the executor and its output is checked against an independent computation
//! on the host (the `sha2` crate, `serde_json`, plain Rust). Under `make test-long` each
//! is also proven and verified through `zkvm-sdk`, printing cycles, prove time and proof
//! size. A new example needs a case in [`case`].

use std::path::{Path, PathBuf};
use std::time::Instant;

use sha2::{Digest, Sha256};
use zkvm_sdk::{Execution, Input, Program};
use zkvm_tests::*;

/// One run of an example: its input and a check of what it did.
struct Case {
    input: Input,
    check: fn(&Input, &Execution),
}

fn examples() -> Vec<PathBuf> {
    let root = repo_root().join("examples");
    let mut found: Vec<PathBuf> = std::fs::read_dir(root.join("rust"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("Cargo.toml").is_file())
        .chain(
            std::fs::read_dir(root.join("c"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "c")),
        )
        .collect();
    found.sort();
    found
}

fn build(example: &Path) -> Program {
    if example.extension().is_some_and(|e| e == "c") {
        let dir = scratch("examples-c");
        zkcc(&[c_to_ir(example, &dir)]).into()
    } else {
        build_guest(example).into()
    }
}

fn case(name: &str) -> Vec<Case> {
    match name {
        "fibonacci" => vec![Case {
            input: Input::from(50u32.to_le_bytes().to_vec()),
            check: |_, run| {
                let fib = (0..50).fold((0u64, 1u64), |(a, b), _| (b, a + b)).0;
                assert_eq!(run.journal.bytes, [&50u32.to_le_bytes()[..], &fib.to_le_bytes()].concat());
            },
        }],
        "sha256" => [0usize, 64, 1000]
            .into_iter()
            .map(|len| Case {
                input: Input::from((0..len).map(|i| (i * 7 + 3) as u8).collect::<Vec<u8>>()),
                check: |input, run| assert_eq!(run.journal.bytes, Sha256::digest(input.as_bytes()).as_slice()),
            })
            .collect(),
        "json" => [
            r#"{"id": 7, "owner": "ada", "balance": 1200, "tags": ["a", "b"]}"#,
            r#"{"balance": 18446744073709551615, "extra": {"x": [1, 2.5, null]}, "owner": "", "id": 4294967295}"#,
        ]
        .into_iter()
        .map(|doc| Case {
            input: Input::from(doc.as_bytes().to_vec()),
            check: |input, run| {
                let doc: serde_json::Value = serde_json::from_slice(input.as_bytes()).unwrap();
                let expected = (doc["id"].as_u64().unwrap() as u32, doc["balance"].as_u64().unwrap());
                assert_eq!(run.journal.decode::<(u32, u64)>().unwrap(), expected);
            },
        })
        .collect(),
        // The sample's signature is valid; with one message byte changed it is not. Either
        // way the journal carries the message's SHA-256 and the key, computed here on the host.
        "ecdsa" => {
            let sample = std::fs::read(repo_root().join("examples/inputs/ecdsa.bin")).unwrap();
            let mut tampered = sample.clone();
            *tampered.last_mut().unwrap() ^= 1;
            vec![
                Case { input: Input::from(sample), check: ecdsa_valid },
                Case { input: Input::from(tampered), check: ecdsa_invalid },
            ]
        }
        "collatz.c" => vec![Case {
            input: Input::from(b"27".to_vec()),
            check: |_, run| {
                let (mut n, mut steps, mut peak) = (27u64, 0u32, 27u64);
                while n != 1 {
                    n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
                    steps += 1;
                    peak = peak.max(n);
                }
                assert_eq!(String::from_utf8(run.journal.bytes.clone()).unwrap(), format!("27 {steps} {peak}"));
            },
        }],
        "lcg.c" => vec![Case {
            input: Input::from(b"1000".to_vec()),
            check: |_, run| {
                let x =
                    (0..1000).fold(1u64, |x, _| x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407));
                assert_eq!(run.journal.bytes, x.to_le_bytes());
            },
        }],
        other => panic!("example `{other}` has no case in tests/tests/examples.rs"),
    }
}

/// The `ecdsa` example's journal: validity byte, SHA-256 of the message, public key.
fn ecdsa_journal(input: &Input, valid: bool) -> Vec<u8> {
    let (key, rest) = input.as_bytes().split_at(33);
    [&[valid as u8][..], Sha256::digest(&rest[64..]).as_slice(), key].concat()
}

fn ecdsa_valid(input: &Input, run: &Execution) {
    assert_eq!(run.journal.bytes, ecdsa_journal(input, true));
}

fn ecdsa_invalid(input: &Input, run: &Execution) {
    assert_eq!(run.journal.bytes, ecdsa_journal(input, false));
}

fn name_of(example: &Path) -> String {
    example.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn examples_run_and_match_the_host() {
    for example in examples() {
        let program = build(&example);
        for case in case(&name_of(&example)) {
            let run = program.execute(&case.input).unwrap_or_else(|e| panic!("{}: {e}", example.display()));
            assert_eq!(run.exit_code, 0, "{}: {}", example.display(), String::from_utf8_lossy(&run.stderr));
            (case.check)(&case.input, &run);
            eprintln!("{}: {} cycles", name_of(&example), run.cycles);
        }
    }
}

#[test]
fn json_example_rejects_malformed_documents() {
    let program = build(&repo_root().join("examples/rust/json"));
    for doc in [&b"{\"id\": 1"[..], b"[]", b"{\"id\": -1, \"owner\": \"x\", \"balance\": 0}"] {
        let run = program.execute(&Input::from(doc.to_vec())).unwrap();
        assert_eq!(run.exit_code, 1, "{}", String::from_utf8_lossy(doc));
        assert!(String::from_utf8_lossy(&run.stderr).starts_with("Error: "), "{run:?}");
        assert!(run.journal.bytes.is_empty());
    }
}

#[test]
#[ignore = "proves every example: make test-long"]
fn examples_prove_and_verify() {
    for example in examples() {
        let program = build(&example);
        let case = case(&name_of(&example)).swap_remove(0);
        let start = Instant::now();
        let receipt = program.prove(&case.input).unwrap_or_else(|e| panic!("{}: {e}", example.display()));
        let elapsed = start.elapsed();
        let statement = receipt.verify_with_id(&program, program.id()).expect("verify");
        assert_eq!((statement.exit_code, &statement.journal), (0, &receipt.journal.bytes));
        let run = program.execute(&case.input).unwrap();
        (case.check)(&case.input, &run);
        let stats = receipt.stats.as_ref().unwrap();
        eprintln!(
            "{}: {} cycles, {} rows, prove {:.2} s, proof {} bytes, {} bits",
            name_of(&example),
            stats.cycles,
            stats.trace_height,
            elapsed.as_secs_f64(),
            receipt.to_bytes().len(),
            statement.security_bits
        );
    }
}
