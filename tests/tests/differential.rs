//! zkvm against native execution of the same IR: every C program under
//! `tests/programs/c` must print the same bytes and exit with the same status.

use zkvm_tests::*;

#[test]
fn c_programs_match_native() {
    let dir = scratch("c");
    let sources = c_programs();
    assert!(sources.len() >= 5);
    let mut failures = Vec::new();
    for source in &sources {
        let ir = c_to_ir(source, &dir);
        let native = run_native(&native_binary(&ir, &dir), b"");
        let (zk, cycles) = run_zkvm(&zkcc(std::slice::from_ref(&ir)), b"");
        eprintln!("{}: {cycles} cycles", source.display());
        if native != zk {
            failures.push(format!(
                "{}: native exit {} vs zkvm exit {}\n--- native\n{}--- zkvm\n{}",
                source.display(),
                native.exit_code,
                zk.exit_code,
                String::from_utf8_lossy(&native.stdout),
                String::from_utf8_lossy(&zk.stdout)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The runtime's `zk_read` against the native one on inputs of every length up to 80
/// bytes and a longer one: the same counts, bytes and end-of-input behaviour.
#[test]
fn input_reads_match_native() {
    let dir = scratch("c-input");
    let ir = c_to_ir(&repo_root().join("tests/programs/input/read_sizes.c"), &dir);
    let native = native_binary(&ir, &dir);
    let program = zkcc(std::slice::from_ref(&ir));
    for len in (0..=80).chain([1000]) {
        let input: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
        let want = run_native(&native, &input);
        let (got, _) = run_zkvm(&program, &input);
        assert_eq!(got, want, "{len} input bytes");
        assert!(String::from_utf8_lossy(&got.stdout).contains("overwrites 0"), "{len} bytes");
    }
}
