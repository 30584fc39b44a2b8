//! Timing of a proof whose trace is 2^16, 2^17 or 2^18 rows (run with
//! `cargo test --release -p zkvm-prover --test bench -- --ignored --nocapture`).

use isa_spec::asm::assemble;

fn looping(iterations: u64) -> isa_spec::Program {
    assemble(&format!(
        r#"
    li s1, {iterations}
    fpaddr s5, 128
loop:
    add s2, s2, s1
    mul s3, s2, s1
    xor s4, s3, s2
    st32 [s5 + 4], s4
    ld16 s6, [s5 + 6]
    shr s7, s3, s6
    sub s1, s1, 1
    bnz s1, loop
    commit s7
    halt s1
"#
    ))
    .unwrap()
}

#[test]
#[ignore]
fn prove_time_by_trace_height() {
    for (iters, label) in [(8000u64, "2^16"), (16000, "2^17"), (32000, "2^18")] {
        let p = looping(iters);
        let t = std::time::Instant::now();
        let (file, stats) = zkvm_prover::prove(&p, &[], None).unwrap();
        let total = t.elapsed();
        let t = std::time::Instant::now();
        zkvm_verifier::verify(&p, &file).unwrap();
        eprintln!(
            "{label}: {} cycles, {} x {} (+{} aux), prove {:.2?} (trace {:.2?}), verify {:.2?}, proof {} bytes, {} bits",
            stats.cycles,
            stats.main_width,
            stats.trace_height,
            stats.aux_width,
            total,
            stats.trace_time,
            t.elapsed(),
            stats.proof_bytes,
            stats.security_bits
        );
        if std::env::var("BENCH_ALL").is_err() {
            break;
        }
    }
}

/// A debug-mode proof (Winterfell checks every declared degree) of a trace longer than
/// the byte table and of a ROM whose period equals the trace length.
#[test]
#[ignore]
fn long_rom_and_trace_prove_in_debug() {
    let mut text = String::from("li s1, 3\n");
    for i in 0..70_000u64 {
        text.push_str(&format!("add s2, s2, {i}\n"));
    }
    text.push_str("commit s2\nhalt s1\n");
    let p = assemble(&text).unwrap();
    let (file, stats) = zkvm_prover::prove(&p, &[], None).unwrap();
    eprintln!("{stats:?}");
    zkvm_verifier::verify(&p, &file).unwrap();
}
