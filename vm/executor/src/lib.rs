//! The zkvm executor. [`execute`] runs a program as fast as it can; [`execute_traced`]
//! runs the very same interpreter loop but also records one [`Step`] per cycle, from
//! which the prover builds its trace. Both follow `isa_spec::semantics`.

mod fault;
mod memory;

use std::fmt;
use std::io::Write;

use isa_spec::layout::{self, STACK_BASE, STACK_END};
use isa_spec::semantics::{self, END_OF_INPUT};
use isa_spec::{Form, Instruction, Program, TrapKind};

#[doc(hidden)]
pub use fault::{Corruption, Fault, FaultSite, execute_traced_with_fault};
pub use memory::Memory;

/// Largest frame a function may have (slots are indexed below 2^20).
pub const MAX_FRAME_BYTES: u32 = (isa_spec::instruction::MAX_SLOT + 1) * 8;

/// Default cycle limit of `zkvm run`.
pub const DEFAULT_CYCLE_LIMIT: u64 = 1 << 32;

/// What one cycle did, as the trace builder needs it. Memory accesses follow from the
/// instruction at `pc` and these values (see `isa-spec/ISA.md`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Step {
    pub pc: u32,
    pub fp: u32,
    /// Value read from slot `b` (for `ret`: the link word in slot 0).
    pub b: u64,
    /// Second operand: slot `c`, the immediate, or for loads the cell read.
    pub c: u64,
    /// Value written: to slot `a`, the stored cell for stores, the link word for calls.
    pub a: u64,
    /// Effective byte address of a load or store.
    pub addr: u32,
}

/// Where guest console output goes.
pub struct Console<'a> {
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
}

/// A guest trap: the machine stopped abnormally at `pc`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trap {
    pub kind: TrapKind,
    pub pc: u32,
    pub function: Option<String>,
    pub cycles: u64,
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "guest trap: {} at pc {}", self.kind, self.pc)?;
        match &self.function {
            Some(name) => write!(f, " in `{name}`"),
            None => write!(f, " (no function symbol)"),
        }
    }
}

impl std::error::Error for Trap {}

/// A program that halted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exit {
    /// The value passed to `halt` (the low 32 bits of the slot).
    pub exit_code: u32,
    pub cycles: u64,
    pub journal: Vec<u8>,
    /// Cycles spent in each code address, when profiling was asked for.
    pub profile: Option<Vec<u64>>,
}

/// Execution options.
#[derive(Clone, Debug)]
pub struct Options {
    pub cycle_limit: u64,
    /// Count cycles per code address (slower).
    pub profile: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { cycle_limit: DEFAULT_CYCLE_LIMIT, profile: false }
    }
}

/// Runs `program` without recording a trace.
pub fn execute(program: &Program, input: &[u8], console: Console, options: &Options) -> Result<Exit, Trap> {
    let mut recorder = NoTrace;
    Machine::new(program, input, console).run(options, &mut recorder)
}

/// Runs `program` and records every step.
pub fn execute_traced(
    program: &Program,
    input: &[u8],
    console: Console,
    options: &Options,
) -> Result<(Exit, Vec<Step>), Trap> {
    let mut steps = Vec::new();
    let exit = Machine::new(program, input, console).run(options, &mut steps)?;
    Ok((exit, steps))
}

/// Receives each executed step; the fast path's recorder does nothing.
trait Recorder {
    fn record(&mut self, step: Step);

    /// Test hook: may change `value`, the machine's value at `site` in cycle `cycle`,
    /// before the machine acts on it. Only fault injection overrides it, so the other
    /// recorders compile it away.
    #[inline(always)]
    fn corrupt(&mut self, _cycle: u64, _site: FaultSite, _value: &mut u64) {}
}

struct NoTrace;

impl Recorder for NoTrace {
    #[inline(always)]
    fn record(&mut self, _: Step) {}
}

impl Recorder for Vec<Step> {
    #[inline(always)]
    fn record(&mut self, step: Step) {
        self.push(step);
    }
}

struct Machine<'a, 'c> {
    program: &'a Program,
    memory: Memory,
    input: &'a [u8],
    input_pos: usize,
    journal: Vec<u8>,
    console: Console<'c>,
}

impl<'a, 'c> Machine<'a, 'c> {
    fn new(program: &'a Program, input: &'a [u8], console: Console<'c>) -> Self {
        Machine {
            program,
            memory: Memory::with_image(layout::DATA_BASE, &program.data),
            input,
            input_pos: 0,
            journal: Vec::new(),
            console,
        }
    }

    fn slot(fp: u32, index: u32) -> u32 {
        fp.wrapping_add(index * 8)
    }

    fn run<R: Recorder>(mut self, options: &Options, recorder: &mut R) -> Result<Exit, Trap> {
        let code = &self.program.code;
        let mut profile = options.profile.then(|| vec![0u64; code.len()]);
        let mut pc = self.program.entry;
        let mut fp = STACK_BASE;
        let mut cycles = 0u64;
        loop {
            let trap = |kind: TrapKind, cycles: u64| Trap {
                kind,
                pc,
                function: self.program.function_at(pc).map(str::to_string),
                cycles,
            };
            if cycles >= options.cycle_limit {
                return Err(trap(TrapKind::CycleLimit(options.cycle_limit), cycles));
            }
            let Some(inst) = code.get(pc as usize) else {
                return Err(trap(TrapKind::BadJump(pc as u64), cycles));
            };
            if let Some(p) = profile.as_mut() {
                p[pc as usize] += 1;
            }
            let inst: Instruction = *inst;
            let mut step = Step { pc, fp, ..Step::default() };
            let form = inst.opcode.form();
            if form.reads_b() {
                step.b = self.memory.read(Self::slot(fp, inst.b));
            }
            if form.has_c() {
                step.c = if inst.c_is_imm { inst.imm } else { self.memory.read(Self::slot(fp, inst.c)) };
            }
            let mut next_pc = pc + 1;
            let mut next_fp = fp;
            match form {
                Form::Alu => {
                    step.a = semantics::alu(inst.opcode, step.b, step.c).map_err(|k| trap(k, cycles))?;
                }
                Form::LoadImm => step.a = inst.imm,
                Form::FpAddr => step.a = (fp as u64).wrapping_add(inst.imm),
                Form::Load => {
                    let width = inst.opcode.access_width().unwrap();
                    let addr = semantics::effective_address(step.b, inst.imm, width).map_err(|k| trap(k, cycles))?;
                    step.addr = addr;
                    step.c = self.memory.read(semantics::cell_of(addr));
                    recorder.corrupt(cycles, FaultSite::LoadedCell, &mut step.c);
                    step.a = semantics::load_from_cell(step.c, addr, width);
                }
                Form::Store => {
                    let width = inst.opcode.access_width().unwrap();
                    let addr = semantics::effective_address(step.b, inst.imm, width).map_err(|k| trap(k, cycles))?;
                    step.addr = addr;
                    let cell = semantics::cell_of(addr);
                    step.a = semantics::store_into_cell(self.memory.read(cell), addr, width, step.c);
                    recorder.corrupt(cycles, FaultSite::Written, &mut step.a);
                    self.memory.write(cell, step.a);
                }
                Form::Jump => next_pc = inst.imm as u32,
                Form::BranchNonZero => {
                    if step.b != 0 {
                        next_pc = inst.imm as u32;
                    }
                }
                Form::Call | Form::CallIndirect => {
                    let target = if form == Form::Call { inst.imm } else { step.b };
                    if target >= code.len() as u64 {
                        return Err(trap(TrapKind::BadJump(target), cycles));
                    }
                    next_fp = fp.wrapping_add(inst.a * 8);
                    if next_fp >= STACK_END - MAX_FRAME_BYTES {
                        return Err(trap(TrapKind::StackOverflow, cycles));
                    }
                    step.a = semantics::link_word(pc + 1, fp);
                    recorder.corrupt(cycles, FaultSite::Written, &mut step.a);
                    self.memory.write(next_fp, step.a);
                    next_pc = target as u32;
                }
                Form::Return => {
                    step.b = self.memory.read(fp);
                    (next_pc, next_fp) = semantics::split_link_word(step.b);
                }
                Form::Read => {
                    step.a = match self.input.get(self.input_pos) {
                        Some(&byte) => {
                            self.input_pos += 1;
                            byte as u64
                        }
                        None => END_OF_INPUT,
                    };
                }
                Form::CycleCount => step.a = cycles,
                Form::Write => {
                    let out = if inst.imm == 1 { &mut self.console.stdout } else { &mut self.console.stderr };
                    // Console output is best effort: a closed pipe must not change the run.
                    let _ = out.write_all(&[step.b as u8]);
                }
                Form::Commit => {
                    let mut byte = step.b & 0xff;
                    recorder.corrupt(cycles, FaultSite::JournalByte, &mut byte);
                    self.journal.push(byte as u8);
                }
                Form::Halt => {
                    recorder.record(step);
                    let _ = self.console.stdout.flush();
                    let _ = self.console.stderr.flush();
                    return Ok(Exit { exit_code: step.b as u32, cycles: cycles + 1, journal: self.journal, profile });
                }
                Form::Trap => {
                    let kind = TrapKind::from_code(inst.imm).unwrap_or(TrapKind::Abort);
                    let _ = self.console.stdout.flush();
                    return Err(trap(kind, cycles));
                }
            }
            if form.writes_a() {
                recorder.corrupt(cycles, FaultSite::Written, &mut step.a);
                self.memory.write(Self::slot(fp, inst.a), step.a);
            }
            let mut next = [next_pc as u64, next_fp as u64];
            recorder.corrupt(cycles, FaultSite::NextPc, &mut next[0]);
            recorder.corrupt(cycles, FaultSite::NextFp, &mut next[1]);
            (next_pc, next_fp) = (next[0] as u32, next[1] as u32);
            recorder.record(step);
            cycles += 1;
            pc = next_pc;
            fp = next_fp;
        }
    }
}
