//! Fault injection through the whole pipeline: run each corpus program with one value of
//! one random cycle corrupted (the result written, a loaded cell, the next pc or fp, a
//! journal byte), let the machine continue from the corrupted state, build the trace of
//! what it did and check it against the AIR. Every faulty run must be rejected (it
//! traps, the trace builder refuses it, or the constraint check fails); none may yield
//! a provable trace, whatever journal and exit code it ends with. The one exception is
//! a `read` returning another input byte: that run is an honest run on another input,
//! which the statement ("for some input") allows, and the test checks exactly that.
//!
//! `make test` runs a few faults per program; `make test-long` runs many more.

use isa_spec::semantics::END_OF_INPUT;
use isa_spec::{Form, Program};
use zkvm_executor::{Console, Corruption, Fault, FaultSite, Options, Step};
use zkvm_prover::Execution;
use zkvm_prover::testing::{self, FaultyRun};
use zkvm_tests::*;

/// A program of the corpus with its input.
struct Subject {
    name: String,
    program: Program,
    input: Vec<u8>,
}

/// The C test programs, the C and Rust examples and the prover's fixtures, each with a trace of at
/// most `max_rows` rows.
fn corpus(max_rows: usize) -> Vec<Subject> {
    let dir = scratch("faults");
    let root = repo_root();
    let c = |path: &std::path::Path, input: &[u8]| Subject {
        name: path.file_name().unwrap().to_string_lossy().into_owned(),
        program: zkcc(&[c_to_ir(path, &dir)]),
        input: input.to_vec(),
    };
    let mut subjects: Vec<Subject> = c_programs().iter().map(|p| c(p, b"")).collect();
    subjects.push(c(&root.join("examples/c/collatz.c"), b"27"));
    subjects.push(c(&root.join("examples/c/lcg.c"), b"100"));
    // `examples/rust/fibonacci` is built by `zkcc build` only; sha256 carries its own
    // guest profile.
    let ir = rust_to_ir(&root.join("examples/rust/sha256"));
    subjects.push(Subject { name: "sha256".to_string(), program: zkcc(&[ir]), input: b"abc".to_vec() });
    for f in zkvm_prover::fixtures::fixtures() {
        subjects.push(Subject { name: format!("fixture {}", f.name), program: f.program, input: f.input });
    }
    subjects.retain(|s| {
        let (_, cycles) = run_zkvm(&s.program, &s.input);
        let fits = (cycles as usize + 2).next_power_of_two() <= max_rows;
        if !fits {
            eprintln!("{}: {cycles} cycles, skipped", s.name);
        }
        fits
    });
    subjects
}

/// SplitMix64: a seeded, deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Whether cycle `step` of `program` has a value at `site`.
fn has_site(program: &Program, step: &Step, site: FaultSite) -> bool {
    let form = program.code[step.pc as usize].opcode.form();
    match site {
        FaultSite::Written => form.writes_a() || matches!(form, Form::Store | Form::Call | Form::CallIndirect),
        FaultSite::LoadedCell => form == Form::Load,
        FaultSite::JournalByte => form == Form::Commit,
        FaultSite::NextPc | FaultSite::NextFp => form != Form::Halt,
    }
}

/// `count` faults on cycles of the honest run `steps` that have the fault's site.
fn draw_faults(program: &Program, steps: &[Step], rng: &mut Rng, count: usize) -> Vec<Fault> {
    let mut faults = Vec::new();
    while faults.len() < count {
        let site = FaultSite::ALL[rng.below(FaultSite::ALL.len() as u64) as usize];
        let candidates: Vec<usize> = (0..steps.len()).filter(|&k| has_site(program, &steps[k], site)).collect();
        if candidates.is_empty() {
            continue;
        }
        let cycle = candidates[rng.below(candidates.len() as u64) as usize] as u64;
        // Bits the machine keeps at the site: every corruption drawn changes the value.
        let bits = match site {
            FaultSite::Written | FaultSite::LoadedCell => 64,
            FaultSite::NextPc | FaultSite::NextFp => 32,
            FaultSite::JournalByte => 8,
        };
        let corruption = match rng.below(4) {
            0 => Corruption::FlipBit(rng.below(bits) as u32),
            1 => Corruption::Add(1),
            2 => Corruption::Add(u64::MAX),
            _ if bits == 64 => Corruption::Add(1 << 32),
            _ => Corruption::Add(2),
        };
        faults.push(Fault { cycle, site, corruption });
    }
    faults
}

/// How the faulty runs ended.
#[derive(Default, Debug)]
struct Tally {
    runs: usize,
    not_injected: usize,
    trapped: usize,
    unprovable: usize,
    check_failed: usize,
    /// Accepted, but only a `read` result was changed and the run is the honest run
    /// on another input: private input is not part of the statement.
    other_input: usize,
    /// Halted with a journal or exit code other than the honest run's.
    false_statement: usize,
    accepted: Vec<String>,
}

/// Whether `fault` changed only what a `read` returned, so that the faulty run `exec` is
/// the honest run on another input (the AIR proves "for some input").
fn is_other_input(program: &Program, input: &[u8], steps: &[Step], fault: Fault, exec: &Execution) -> bool {
    let step = &steps[fault.cycle as usize];
    if fault.site != FaultSite::Written || program.code[step.pc as usize].opcode.form() != Form::Read {
        return false;
    }
    let index = steps[..fault.cycle as usize]
        .iter()
        .filter(|s| program.code[s.pc as usize].opcode.form() == Form::Read && s.a != END_OF_INPUT)
        .count()
        .min(input.len());
    let value = fault.corruption.apply(step.a);
    let mut other = input[..index].to_vec();
    if value < 256 {
        other.push(value as u8);
        other.extend(input.get(index + 1..).unwrap_or_default());
    } else if value != END_OF_INPUT {
        return false;
    }
    let (mut out, mut err) = (std::io::sink(), std::io::sink());
    let options = Options { cycle_limit: 1 << 30, profile: false };
    let console = Console { stdout: &mut out, stderr: &mut err };
    zkvm_executor::execute(program, &other, console, &options)
        .is_ok_and(|honest| (honest.journal, honest.exit_code) == (exec.journal.clone(), exec.exit_code))
}

fn inject(subjects: &[Subject], faults_per_subject: usize, seed: u64) -> Tally {
    let mut tally = Tally::default();
    for subject in subjects {
        let (program, input) = (&subject.program, &subject.input);
        let (mut out, mut err) = (std::io::sink(), std::io::sink());
        let options = Options { cycle_limit: 1 << 30, profile: false };
        let console = Console { stdout: &mut out, stderr: &mut err };
        let (honest, steps) = zkvm_executor::execute_traced(program, input, console, &options).unwrap();
        let mut rng = Rng(seed ^ subject.name.bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64)));
        // A faulty run may loop: past twice the honest length (and the trace size) it
        // counts as trapped.
        let limit = 2 * steps.len() as u64 + 1000;
        for fault in draw_faults(program, &steps, &mut rng, faults_per_subject) {
            tally.runs += 1;
            let statement =
                |journal: &[u8], exit_code: u32| (journal != honest.journal) || exit_code != honest.exit_code;
            match testing::build_faulty_trace(program, input, fault, limit) {
                FaultyRun::NotInjected => tally.not_injected += 1,
                FaultyRun::Trapped(_) => tally.trapped += 1,
                FaultyRun::Unprovable { journal, exit_code, .. } => {
                    tally.unprovable += 1;
                    tally.false_statement += statement(&journal, exit_code) as usize;
                }
                FaultyRun::Built(exec) => {
                    tally.false_statement += statement(&exec.journal, exec.exit_code) as usize;
                    match testing::check(&exec) {
                        Err(_) => tally.check_failed += 1,
                        Ok(()) if is_other_input(program, input, &steps, fault, &exec) => tally.other_input += 1,
                        Ok(()) => tally.accepted.push(format!("{}: {fault:?}", subject.name)),
                    }
                }
            }
        }
    }
    tally
}

fn run_campaign(max_rows: usize, faults_per_subject: usize, seed: u64) {
    let subjects = corpus(max_rows);
    assert!(subjects.len() >= 15, "only {} programs in the corpus", subjects.len());
    let tally = inject(&subjects, faults_per_subject, seed);
    eprintln!("{} programs: {tally:?}", subjects.len());
    assert!(tally.accepted.is_empty(), "faulty runs accepted:\n{}", tally.accepted.join("\n"));
    // Every fault hits a cycle with a value at its site and changes that value.
    assert_eq!(tally.not_injected, 0, "{tally:?}");
    assert!(tally.false_statement > 0 && tally.check_failed > 0, "{tally:?}");
}

#[test]
fn faulty_runs_of_the_corpus_are_rejected() {
    run_campaign(1 << 17, 4, 0x5eed);
}

#[test]
#[ignore = "slow: many faults per program (make test-long)"]
fn many_faulty_runs_of_the_corpus_are_rejected() {
    run_campaign(1 << 18, 60, 0x10_0000_5eed);
}
