//! The zkvm executor. [`execute`] runs a program as fast as it can; [`execute_traced`]
//! runs the very same interpreter loop but also records one [`Step`] per cycle, from
//! which the prover builds its trace. Both follow `isa_spec::semantics`.

mod fault;
mod memory;
mod profile;
mod touches;

use std::fmt;
use std::io::Write;

use isa_spec::layout::{self, STACK_BASE, STACK_END};
use isa_spec::semantics::{self, END_OF_INPUT};
use isa_spec::{Form, Instruction, Program, TrapKind};

#[doc(hidden)]
pub use fault::{Corruption, Fault, FaultSite, Injection, execute_traced_with_fault};
pub use memory::Memory;
pub use profile::{Frame, Profile, SPAN_FD, StackNode};
pub use touches::{Touched, Touches};

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

/// A symbol name as people write it: Rust's (legacy and v0 mangling) demangled without
/// the hash, any other name unchanged.
pub fn demangle(symbol: &str) -> String {
    format!("{:#}", rustc_demangle::demangle(symbol))
}

/// A program that halted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exit {
    /// The value passed to `halt` (the low 32 bits of the slot).
    pub exit_code: u32,
    pub cycles: u64,
    pub journal: Vec<u8>,
    /// Cycles per code address and per call path, when profiling was asked for.
    pub profile: Option<Profile>,
}

/// Execution options.
#[derive(Clone, Debug)]
pub struct Options {
    pub cycle_limit: u64,
    /// Count cycles per code address and per call path, and follow the guest's cycle
    /// spans (slower).
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
    /// Whether [`touch`](Recorder::touch) wants to hear of memory accesses.
    const TOUCHES: bool = false;

    fn record(&mut self, step: Step);

    /// Called before every memory access with the cell and its value before the access
    /// (only when [`TOUCHES`](Recorder::TOUCHES)).
    #[inline(always)]
    fn touch(&mut self, _cell: u32, _value: u64) {}

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

/// The machine's state at a segment boundary: everything the next cycle depends on
/// besides memory and the input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub pc: u32,
    pub fp: u32,
    /// Cycles executed so far.
    pub cycles: u64,
    /// Bytes of the journal committed so far.
    pub journal_len: u64,
    /// Whether a `read` has already returned end of input.
    pub eof: bool,
}

/// How a segment ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SegmentEnd {
    /// The segment's cycle budget ran out; the machine can resume.
    Paused,
    /// The program halted with this exit code.
    Halted(u32),
}

/// What [`Machine::run_segment`] recorded.
pub struct Segment {
    pub end: SegmentEnd,
    /// One step per executed cycle.
    pub steps: Vec<Step>,
    /// The cells the segment accessed, each with its value before the segment and the
    /// tag of the last earlier segment that accessed it, in first-access order.
    pub touched: Vec<Touched>,
}

struct SegmentRecorder<'t> {
    steps: Vec<Step>,
    touches: &'t mut Touches,
    /// Test hook: a fault to inject (see [`Fault`]).
    fault: Option<&'t mut fault::Injection>,
}

impl Recorder for SegmentRecorder<'_> {
    const TOUCHES: bool = true;

    #[inline(always)]
    fn record(&mut self, step: Step) {
        self.steps.push(step);
    }

    #[inline(always)]
    fn touch(&mut self, cell: u32, value: u64) {
        self.touches.touch(cell, value);
    }

    #[inline(always)]
    fn corrupt(&mut self, cycle: u64, site: FaultSite, value: &mut u64) {
        if let Some(f) = self.fault.as_mut() {
            f.apply(cycle, site, value);
        }
    }
}

/// A resumable machine: [`execute`] runs one to the end, the segmenting prover runs it
/// a bounded number of cycles at a time ([`Machine::run_segment`]).
pub struct Machine<'a, 'c> {
    program: &'a Program,
    memory: Memory,
    input: &'a [u8],
    input_pos: usize,
    journal: Vec<u8>,
    console: Console<'c>,
    state: State,
}

impl<'a, 'c> Machine<'a, 'c> {
    /// The machine at the program's entry, memory holding its data image.
    pub fn new(program: &'a Program, input: &'a [u8], console: Console<'c>) -> Self {
        Machine {
            program,
            memory: Memory::with_image(layout::DATA_BASE, &program.data),
            input,
            input_pos: 0,
            journal: Vec::new(),
            console,
            state: State { pc: program.entry, fp: STACK_BASE, ..State::default() },
        }
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn memory(&self) -> &Memory {
        &self.memory
    }

    pub fn journal(&self) -> &[u8] {
        &self.journal
    }

    /// Runs until the program halts or `max_cycles` more cycles have run, recording
    /// the segment's steps and, in `touches`, which cells it accessed. A trap (also the
    /// cycle limit of `options`) ends the run for good.
    pub fn run_segment(&mut self, options: &Options, max_cycles: u64, touches: &mut Touches) -> Result<Segment, Trap> {
        self.run_segment_with_fault(options, max_cycles, touches, None)
    }

    /// [`run_segment`](Self::run_segment) with a fault, if any, injected when its cycle
    /// runs (soundness tests; see [`Fault`]).
    #[doc(hidden)]
    pub fn run_segment_with_fault(
        &mut self,
        options: &Options,
        max_cycles: u64,
        touches: &mut Touches,
        fault: Option<&mut fault::Injection>,
    ) -> Result<Segment, Trap> {
        touches.begin_segment();
        let mut recorder = SegmentRecorder { steps: Vec::new(), touches, fault };
        let stop = self.state.cycles.saturating_add(max_cycles);
        let end = match self.step_until(options, stop, &mut recorder)? {
            Some(exit_code) => SegmentEnd::Halted(exit_code),
            None => SegmentEnd::Paused,
        };
        let touched = std::mem::take(&mut recorder.touches.first);
        Ok(Segment { end, steps: recorder.steps, touched })
    }

    fn slot(fp: u32, index: u32) -> u32 {
        fp.wrapping_add(index * 8)
    }

    fn run<R: Recorder>(mut self, options: &Options, recorder: &mut R) -> Result<Exit, Trap> {
        if options.profile {
            let mut tracker = profile::Tracker::new(self.program);
            let exit_code = self.step_until_profiled(options, recorder, &mut tracker)?;
            let profile = Some(tracker.finish());
            return Ok(Exit { exit_code, cycles: self.state.cycles, journal: self.journal, profile });
        }
        let exit_code = self.step_until(options, u64::MAX, recorder)?.expect("no stop before the cycle limit");
        Ok(Exit { exit_code, cycles: self.state.cycles, journal: self.journal, profile: None })
    }

    /// [`step_until`](Self::step_until) one cycle at a time, following calls, returns
    /// and span markers (profiling is the slow path, so the plain loop stays free of it).
    fn step_until_profiled<R: Recorder>(
        &mut self,
        options: &Options,
        recorder: &mut R,
        tracker: &mut profile::Tracker,
    ) -> Result<u32, Trap> {
        loop {
            let pc = self.state.pc;
            let inst = self.program.code.get(pc as usize).copied();
            let halted = self.step_until(options, self.state.cycles + 1, recorder)?;
            // The cycle ran in the frame current before it: a call's in the caller, a
            // `ret`'s in the callee.
            tracker.count(pc);
            if let Some(exit_code) = halted {
                return Ok(exit_code);
            }
            let inst = inst.expect("a cycle ran at pc");
            match inst.opcode.form() {
                Form::Call | Form::CallIndirect => tracker.call(self.state.pc),
                Form::Return => tracker.ret(),
                Form::Jump | Form::BranchNonZero => tracker.jump(pc, self.state.pc),
                Form::Write if inst.imm == SPAN_FD => {
                    // The step left memory as it was: the slot still holds the marker.
                    let marker = self.memory.read(Self::slot(self.state.fp, inst.b));
                    tracker.span(marker, &self.memory);
                }
                _ => {}
            }
        }
    }

    /// Executes until `halt` (returning the exit code) or until `stop` cycles have run
    /// in total (returning `None`).
    fn step_until<R: Recorder>(&mut self, options: &Options, stop: u64, recorder: &mut R) -> Result<Option<u32>, Trap> {
        let code = &self.program.code;
        let State { mut pc, mut fp, mut cycles, .. } = self.state;
        let bound = stop.min(options.cycle_limit);
        let result = loop {
            let trap = |kind: TrapKind, cycles: u64| Trap {
                kind,
                pc,
                function: self.program.function_at(pc).map(demangle),
                cycles,
            };
            if cycles >= bound {
                if cycles >= options.cycle_limit {
                    break Err(trap(TrapKind::CycleLimit(options.cycle_limit), cycles));
                }
                break Ok(None);
            }
            let Some(inst) = code.get(pc as usize) else {
                break Err(trap(TrapKind::BadJump(pc as u64), cycles));
            };
            let inst: Instruction = *inst;
            let mut step = Step { pc, fp, ..Step::default() };
            let form = inst.opcode.form();
            if form.reads_b() {
                let cell = Self::slot(fp, inst.b);
                step.b = self.memory.read(cell);
                if R::TOUCHES {
                    recorder.touch(cell, step.b);
                }
            }
            if form.has_c() {
                step.c = if inst.c_is_imm {
                    inst.imm
                } else {
                    let cell = Self::slot(fp, inst.c);
                    let value = self.memory.read(cell);
                    if R::TOUCHES {
                        recorder.touch(cell, value);
                    }
                    value
                };
            }
            let mut next_pc = pc + 1;
            let mut next_fp = fp;
            match form {
                Form::Alu => match semantics::alu(inst.opcode, step.b, step.c) {
                    Ok(v) => step.a = v,
                    Err(k) => break Err(trap(k, cycles)),
                },
                Form::LoadImm => step.a = inst.imm,
                Form::FpAddr => step.a = (fp as u64).wrapping_add(inst.imm),
                Form::Load => {
                    let width = inst.opcode.access_width().unwrap();
                    let addr = match semantics::effective_address(step.b, inst.imm, width) {
                        Ok(a) => a,
                        Err(k) => break Err(trap(k, cycles)),
                    };
                    step.addr = addr;
                    let cell = semantics::cell_of(addr);
                    step.c = self.memory.read(cell);
                    if R::TOUCHES {
                        recorder.touch(cell, step.c);
                    }
                    recorder.corrupt(cycles, FaultSite::LoadedCell, &mut step.c);
                    step.a = semantics::load_from_cell(step.c, addr, width);
                }
                Form::Store => {
                    let width = inst.opcode.access_width().unwrap();
                    let addr = match semantics::effective_address(step.b, inst.imm, width) {
                        Ok(a) => a,
                        Err(k) => break Err(trap(k, cycles)),
                    };
                    step.addr = addr;
                    let cell = semantics::cell_of(addr);
                    let old = self.memory.read(cell);
                    if R::TOUCHES {
                        recorder.touch(cell, old);
                    }
                    step.a = semantics::store_into_cell(old, addr, width, step.c);
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
                        break Err(trap(TrapKind::BadJump(target), cycles));
                    }
                    next_fp = fp.wrapping_add(inst.a * 8);
                    if next_fp >= STACK_END - MAX_FRAME_BYTES {
                        break Err(trap(TrapKind::StackOverflow, cycles));
                    }
                    step.a = semantics::link_word(pc + 1, fp);
                    recorder.corrupt(cycles, FaultSite::Written, &mut step.a);
                    if R::TOUCHES {
                        recorder.touch(next_fp, self.memory.read(next_fp));
                    }
                    self.memory.write(next_fp, step.a);
                    next_pc = target as u32;
                }
                Form::Return => {
                    step.b = self.memory.read(fp);
                    if R::TOUCHES {
                        recorder.touch(fp, step.b);
                    }
                    (next_pc, next_fp) = semantics::split_link_word(step.b);
                }
                Form::Read => {
                    step.a = match self.input.get(self.input_pos) {
                        Some(&byte) => {
                            self.input_pos += 1;
                            byte as u64
                        }
                        None => {
                            self.state.eof = true;
                            END_OF_INPUT
                        }
                    };
                }
                Form::CycleCount => step.a = cycles,
                Form::Write => {
                    // Span markers (SPAN_FD) are for the profiled loop, not the console.
                    if inst.imm != SPAN_FD {
                        let out = if inst.imm == 1 { &mut self.console.stdout } else { &mut self.console.stderr };
                        // Console output is best effort: a closed pipe must not change the run.
                        let _ = out.write_all(&[step.b as u8]);
                    }
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
                    cycles += 1;
                    break Ok(Some(step.b as u32));
                }
                Form::Trap => {
                    let kind = TrapKind::from_code(inst.imm).unwrap_or(TrapKind::Abort);
                    let _ = self.console.stdout.flush();
                    break Err(trap(kind, cycles));
                }
            }
            if form.writes_a() {
                recorder.corrupt(cycles, FaultSite::Written, &mut step.a);
                let cell = Self::slot(fp, inst.a);
                if R::TOUCHES {
                    recorder.touch(cell, self.memory.read(cell));
                }
                self.memory.write(cell, step.a);
            }
            let mut next = [next_pc as u64, next_fp as u64];
            recorder.corrupt(cycles, FaultSite::NextPc, &mut next[0]);
            recorder.corrupt(cycles, FaultSite::NextFp, &mut next[1]);
            (next_pc, next_fp) = (next[0] as u32, next[1] as u32);
            recorder.record(step);
            cycles += 1;
            pc = next_pc;
            fp = next_fp;
        };
        self.state.pc = pc;
        self.state.fp = fp;
        self.state.cycles = cycles;
        self.state.journal_len = self.journal.len() as u64;
        result
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn symbols_are_demangled_without_their_hash() {
        assert_eq!(super::demangle("_ZN4core9panicking5panic17h0123456789abcdefE"), "core::panicking::panic");
        assert_eq!(super::demangle("_RNvNtCs1234_7mycrate4wide3mul"), "mycrate::wide::mul");
        assert_eq!(super::demangle("main"), "main");
        assert_eq!(super::demangle("__udivti3"), "__udivti3");
    }
}
