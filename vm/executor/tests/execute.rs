//! Executor behaviour per opcode, driven through the assembler.

use isa_spec::asm::assemble;
use isa_spec::{Opcode, Program, TrapKind, semantics};
use zkvm_executor::{Console, Exit, Options, Trap, execute, execute_traced};

fn run_with(program: &Program, input: &[u8]) -> (Result<Exit, Trap>, Vec<u8>, Vec<u8>) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let options = Options { cycle_limit: 1 << 20, profile: false };
    let result = execute(program, input, Console { stdout: &mut out, stderr: &mut err }, &options);
    (result, out, err)
}

fn run(text: &str) -> Result<Exit, Trap> {
    run_with(&assemble(text).unwrap(), &[]).0
}

/// Commits the 8 bytes of slot `s` (little endian), clobbering it.
fn commit64(s: &str) -> String {
    format!("commit {s}\nshr {s}, {s}, 8\n").repeat(8)
}

fn journal_u64(exit: &Exit) -> u64 {
    u64::from_le_bytes(exit.journal[..8].try_into().unwrap())
}

const EDGES: [u64; 9] = [0, 1, 2, 7, 0xffff_ffff, 0x1_0000_0000, i64::MAX as u64, i64::MIN as u64, u64::MAX];

#[test]
fn alu_opcodes_follow_the_semantics_with_slots_and_immediates() {
    let ops = Opcode::ALL.iter().filter(|op| op.form() == isa_spec::Form::Alu);
    for &op in ops {
        for b in EDGES {
            for c in EDGES {
                let expected = semantics::alu(op, b, c);
                for imm in [false, true] {
                    let operand = if imm { format!("{}", c as i64) } else { "s2".to_string() };
                    let text = format!(
                        "li s1, {}\nli s2, {}\n{} s3, s1, {operand}\n{}li s4, 0\nhalt s4\n",
                        b as i64,
                        c as i64,
                        op.mnemonic(),
                        commit64("s3")
                    );
                    match (run(&text), expected) {
                        (Ok(exit), Ok(v)) => {
                            assert_eq!(journal_u64(&exit), v, "{} {b:#x} {c:#x}", op.mnemonic())
                        }
                        (Err(trap), Err(kind)) => {
                            assert_eq!(trap.kind, kind);
                            assert_eq!(trap.pc, 2);
                        }
                        (got, want) => panic!("{} {b:#x} {c:#x}: got {got:?}, want {want:?}", op.mnemonic()),
                    }
                }
            }
        }
    }
}

#[test]
fn operand_aliasing_reads_before_writing() {
    let exit = run(&format!("li s1, 5\nmul s1, s1, s1\n{}li s2, 0\nhalt s2\n", commit64("s1"))).unwrap();
    assert_eq!(journal_u64(&exit), 25);
}

#[test]
fn sub_word_loads_and_stores() {
    let text = format!(
        ".data \"1122334455667788\"\n\
         li s1, 65536\n\
         ld16 s2, [s1 + 2]\n\
         li s3, 0xaabb\n\
         st8 [s1 + 7], s3\n\
         ld64 s4, [s1]\n\
         {}{}li s5, 0\nhalt s5\n",
        commit64("s2"),
        commit64("s4")
    );
    let exit = run(&text).unwrap();
    assert_eq!(journal_u64(&exit), 0x4433);
    assert_eq!(u64::from_le_bytes(exit.journal[8..16].try_into().unwrap()), 0xbb77_6655_4433_2211);
}

#[test]
fn memory_traps() {
    assert_eq!(run("li s1, 0\nld8 s2, [s1]\nhalt s2\n").unwrap_err().kind, TrapKind::BadAddress(0));
    assert_eq!(run("li s1, 65537\nld32 s2, [s1]\nhalt s2\n").unwrap_err().kind, TrapKind::Misaligned(65537));
    assert_eq!(run("li s1, -1\nst8 [s1 + 2], s1\nhalt s1\n").unwrap_err().kind, TrapKind::BadAddress(1));
}

#[test]
fn calls_returns_and_frames() {
    // square(x) = x * x, called directly and through a pointer.
    let text = "\
.func \"_start\"
    li s1, 7
    add s9, s1, 0
    call square, 8
    add s2, s9, 0
    li s3, 8
    add s9, s2, 0
    calli s3, 8
    halt s9
.func \"square\"
    mul s1, s1, s1
    ret
.func \"pad\"
    trap 0
    trap 0
    trap 0
    trap 0
";
    let program = assemble(text).unwrap();
    assert_eq!(program.code[12].opcode, Opcode::Trap);
    let exit = run_with(&program, &[]).0.unwrap();
    assert_eq!(exit.exit_code, 7 * 7 * 7 * 7);
}

#[test]
fn deep_recursion_overflows_the_stack_cleanly() {
    let trap = run(".func \"f\"\ncall f, 1048568\n").unwrap_err();
    assert_eq!(trap.kind, TrapKind::StackOverflow);
    assert_eq!(trap.function.as_deref(), Some("f"));
    assert_eq!(trap.to_string(), "guest trap: stack overflow at pc 0 in `f`");
}

#[test]
fn io_input_console_and_journal() {
    let text = "\
loop:
    read s1
    eq s2, s1, -1
    bnz s2, done
    write 1, s1
    write 2, s1
    commit s1
    jmp loop
done:
    li s3, 3
    halt s3
";
    let (result, out, err) = run_with(&assemble(text).unwrap(), b"abc");
    let exit = result.unwrap();
    assert_eq!((out.as_slice(), err.as_slice(), exit.journal.as_slice()), (&b"abc"[..], &b"abc"[..], &b"abc"[..]));
    assert_eq!(exit.exit_code, 3);
    assert_eq!(exit.cycles, 3 * 7 + 3 + 2);
}

#[test]
fn cycle_limit_and_guest_traps() {
    let (result, ..) = run_with(&assemble("l:\njmp l\n").unwrap(), &[]);
    assert_eq!(result.unwrap_err().kind, TrapKind::CycleLimit(1 << 20));
    assert_eq!(run("trap 1\n").unwrap_err().kind, TrapKind::Abort);
    assert_eq!(run("li s1, 1\ndivu s2, s1, 0\nhalt s1\n").unwrap_err().kind, TrapKind::DivisionByZero);
}

#[test]
fn traced_and_fast_paths_agree() {
    let text =
        format!("li s1, 3\nl:\nsub s1, s1, 1\nbnz s1, l\nfpaddr s2, 64\nst64 [s2], s1\n{}halt s1\n", commit64("s2"));
    let program = assemble(&text).unwrap();
    let fast = run_with(&program, &[]).0.unwrap();
    let (traced, steps) = execute_traced(
        &program,
        &[],
        Console { stdout: &mut Vec::new(), stderr: &mut Vec::new() },
        &Options::default(),
    )
    .unwrap();
    assert_eq!(fast, traced);
    assert_eq!(steps.len() as u64, traced.cycles);
    assert_eq!(steps[0].pc, program.entry);
    assert_eq!(steps[0].fp, isa_spec::layout::STACK_BASE);
    let store = steps.iter().find(|s| program.code[s.pc as usize].opcode == Opcode::Store64).unwrap();
    assert_eq!(store.addr, isa_spec::layout::STACK_BASE + 64);
}

#[test]
fn cycles_reads_the_number_of_cycles_executed_before_it() {
    let program = assemble(
        "cycles s1\nli s2, 0\nli s2, 1\ncycles s3\ncycles s3\nsub s4, s3, s1\ncommit s1\ncommit s4\nhalt s3\n",
    )
    .unwrap();
    let exit = run_with(&program, &[]).0.unwrap();
    assert_eq!(exit.journal, [0, 4]);
    assert_eq!(exit.exit_code, 4);
    // The traced run records the same value as the step's result, in the same row.
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let console = Console { stdout: &mut out, stderr: &mut err };
    let (_, steps) = execute_traced(&program, &[], console, &Options::default()).unwrap();
    for (k, step) in steps.iter().enumerate() {
        if program.code[step.pc as usize].opcode == Opcode::CycleCount {
            assert_eq!(step.a, k as u64);
        }
    }
}
