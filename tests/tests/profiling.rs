//! The profiler on compiled guests: call stacks through zkcc's calls and returns, cycle
//! spans from the C header and the Rust guest crate, inclusive and self cycles that
//! agree with the folded stacks; spans change neither the run nor what is proven. And
//! typed input written from text (`Input::write_spec`, what `zkvm input` runs) read back
//! by a Rust guest's `read::<T>()`.

use std::collections::BTreeMap;

use zkvm_sdk::{ExecuteOptions, Execution, Input, Profile, Program};
use zkvm_tests::*;

fn calls_program() -> Program {
    let dir = scratch("profile");
    zkcc(&[c_to_ir(&repo_root().join("tests/programs/profile/calls.c"), &dir)]).into()
}

fn profiled(program: &Program, input: &Input) -> (Execution, Profile) {
    let options = ExecuteOptions { profile: true, ..ExecuteOptions::default() };
    let mut run = program.execute_with(input, &options).expect("run");
    let profile = run.profile.take().expect("a profile");
    (run, profile)
}

/// Self cycles per stack, by the stack's frames joined with `;`.
fn stacks(profile: &Profile) -> BTreeMap<String, u64> {
    let folded = profile.folded();
    let mut out = BTreeMap::new();
    for line in folded.lines() {
        let (stack, n) = line.rsplit_once(' ').unwrap_or_else(|| panic!("bad folded line {line:?}"));
        assert!(out.insert(stack.to_string(), n.parse::<u64>().unwrap()).is_none(), "stack twice: {line}");
    }
    out
}

/// The table agrees with the stacks: inclusive = every stack through the frame (once,
/// however often it recurses), self = the stacks ending in it; self sums to the run.
fn check_consistent(run: &Execution, profile: &Profile) {
    let stacks = stacks(profile);
    assert_eq!(stacks.values().sum::<u64>(), run.cycles);
    assert_eq!(profile.functions.iter().map(|f| f.cycles).sum::<u64>(), run.cycles);
    let names: std::collections::HashSet<&str> = profile.functions.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names.len(), profile.functions.len(), "one row per name");
    for f in &profile.functions {
        let through: u64 = stacks.iter().filter(|(s, _)| s.split(';').any(|x| x == f.name)).map(|(_, n)| n).sum();
        let ending: u64 = stacks.iter().filter(|(s, _)| s.rsplit(';').next() == Some(&f.name)).map(|(_, n)| n).sum();
        assert_eq!((f.inclusive, f.cycles), (through, ending), "{}", f.name);
    }
    assert!(stacks.keys().all(|s| s == "_start" || s.starts_with("_start;")), "{stacks:?}");
}

fn function<'a>(profile: &'a Profile, name: &str) -> &'a zkvm_sdk::FunctionCycles {
    profile.functions.iter().find(|f| f.name == name).unwrap_or_else(|| panic!("no {name}: {:?}", profile.functions))
}

#[test]
fn c_call_stacks_and_spans_are_consistent() {
    let program = calls_program();
    let n = 6u32;
    let input = Input::from(n.to_le_bytes().to_vec());
    let (run, profile) = profiled(&program, &input);
    check_consistent(&run, &profile);
    let stacks = stacks(&profile);
    let main = function(&profile, "main");
    let startup: u64 = stacks.iter().filter(|(s, _)| !s.split(';').any(|f| f == "main")).map(|(_, n)| n).sum();
    assert_eq!(main.inclusive, run.cycles - startup);
    // Startup is the runtime's: `_start` and what it calls around `main`.
    let user = ["work", "leaf", "parse", "span:parse"];
    assert!(stacks.keys().filter(|s| !s.contains(";main")).all(|s| !s.split(';').any(|f| user.contains(&f))));
    // The span is a frame under the function that opened it, around its callees.
    let span = function(&profile, "span:parse");
    let in_span: Vec<&String> = stacks.keys().filter(|s| s.contains("span:parse")).collect();
    assert!(!in_span.is_empty());
    for s in &in_span {
        assert!(s.starts_with("_start;main;parse;span:parse"), "{s}");
    }
    assert!(stacks.contains_key("_start;main;parse;span:parse;work;leaf"), "{stacks:?}");
    // A leaf calls nothing; work(2n) inside the span calls leaf twice as often as work(n).
    let leaf = function(&profile, "leaf");
    assert_eq!(leaf.inclusive, leaf.cycles);
    let direct = stacks["_start;main;work;leaf"];
    assert_eq!(stacks["_start;main;parse;span:parse;work;leaf"], 2 * direct);
    assert_eq!(direct % n as u64, 0);
    assert!(span.inclusive > stacks["_start;main;parse;span:parse;work"]);
    assert!(function(&profile, "parse").inclusive > span.inclusive);
    // Profiling changes nothing about the run; the span markers are not console output.
    let plain = program.execute(&input).unwrap();
    assert_eq!((plain.cycles, &plain.journal, plain.exit_code), (run.cycles, &run.journal, run.exit_code));
    assert!(plain.stdout.is_empty() && plain.stderr.is_empty());
}

#[test]
fn programs_with_spans_prove_and_verify() {
    let program = calls_program();
    let input = Input::from(3u32.to_le_bytes().to_vec());
    let expected = program.execute(&input).unwrap();
    let receipt = program.prove(&input).expect("prove");
    let statement = receipt.verify(&program).expect("verify");
    assert_eq!(statement.journal, expected.journal.bytes);
    assert_eq!(statement.exit_code, 0);
}

#[test]
fn typed_input_specs_reach_a_rust_guest_and_its_spans_profile() {
    let program: Program = build_guest(&repo_root().join("tests/guests/typed-input")).into();
    let dir = scratch("typed-input");
    std::fs::write(dir.join("blob.bin"), [7u8, 0, 255]).unwrap();
    let mut input = Input::new();
    for spec in ["u32:4000000000", "str:héllo", &format!("bytes:@{}", dir.join("blob.bin").display())] {
        input.write_spec(spec).unwrap();
    }
    for spec in ["i64:-0x10", "bool:true", "char:λ", "rawhex:0102ff", "raw:tail"] {
        input.write_spec(spec).unwrap();
    }
    let (run, profile) = profiled(&program, &input);
    assert_eq!(run.exit_code, 0, "{}", String::from_utf8_lossy(&run.stderr));
    type Values = (u32, String, Vec<u8>, i64, bool, char);
    let (values, rest, _hash): (Values, Vec<u8>, u64) = run.journal.decode().unwrap();
    assert_eq!(values, (4_000_000_000, "héllo".to_string(), vec![7, 0, 255], -16, true, 'λ'));
    assert_eq!(rest, b"\x01\x02\xfftail");

    check_consistent(&run, &profile);
    let stacks = stacks(&profile);
    // The reads run inside "parse" (through the runtime's zk_read), the checksum inside
    // "hash"; the spans are siblings, each closed before the next opens.
    let parse: Vec<&String> = stacks.keys().filter(|s| s.contains(";span:parse")).collect();
    assert!(parse.iter().any(|s| s.contains(";span:parse;") && s.ends_with(";zk_read")), "{parse:?}");
    let hash: Vec<&String> = stacks.keys().filter(|s| s.contains(";span:hash")).collect();
    assert!(hash.iter().any(|s| s.ends_with(";span:hash;typed_input_guest::checksum")), "{hash:?}");
    assert!(!stacks.keys().any(|s| s.contains("span:parse") && s.contains("span:hash")));
    assert!(function(&profile, "span:parse").inclusive > function(&profile, "span:hash").inclusive);
}
