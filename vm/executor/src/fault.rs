//! Fault injection for soundness tests: the traced interpreter with one value of one
//! cycle corrupted. Execution continues from the corrupted state, so the steps (and the
//! journal and exit code) are those of a machine that computed one thing wrong; the
//! prover must then fail to prove the run, or the verifier reject the proof.

use isa_spec::Program;

use crate::{Console, Exit, Machine, Options, Recorder, Step, Trap};

/// Which value of a cycle a [`Fault`] corrupts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FaultSite {
    /// The value written: slot `a`, a store's new cell, a call's link word.
    Written,
    /// The cell a load reads (a value never stored).
    LoadedCell,
    /// The next `pc`.
    NextPc,
    /// The next `fp`.
    NextFp,
    /// The byte `commit` appends to the journal.
    JournalByte,
}

impl FaultSite {
    pub const ALL: [FaultSite; 5] =
        [FaultSite::Written, FaultSite::LoadedCell, FaultSite::NextPc, FaultSite::NextFp, FaultSite::JournalByte];

    /// Bits the machine keeps of a value at this site.
    fn mask(self) -> u64 {
        match self {
            FaultSite::Written | FaultSite::LoadedCell => u64::MAX,
            FaultSite::NextPc | FaultSite::NextFp => u32::MAX as u64,
            FaultSite::JournalByte => 0xff,
        }
    }
}

/// How a [`Fault`] changes the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corruption {
    /// Flip one bit.
    FlipBit(u32),
    /// Add a constant, wrapping (`u64::MAX` subtracts one).
    Add(u64),
}

impl Corruption {
    pub fn apply(self, v: u64) -> u64 {
        match self {
            Corruption::FlipBit(bit) => v ^ (1 << (bit % 64)),
            Corruption::Add(d) => v.wrapping_add(d),
        }
    }
}

/// One corrupted value: `site` of cycle `cycle` (counted from 0), changed by `corruption`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fault {
    pub cycle: u64,
    pub site: FaultSite,
    pub corruption: Corruption,
}

/// A fault waiting for its cycle, and whether it changed anything.
#[derive(Clone, Copy, Debug)]
pub struct Injection {
    pub fault: Fault,
    pub injected: bool,
}

impl Injection {
    pub fn new(fault: Fault) -> Self {
        Injection { fault, injected: false }
    }

    pub(crate) fn apply(&mut self, cycle: u64, site: FaultSite, value: &mut u64) {
        if cycle == self.fault.cycle && site == self.fault.site {
            let new = self.fault.corruption.apply(*value) & site.mask();
            self.injected |= new != *value;
            *value = new;
        }
    }
}

struct Injector {
    steps: Vec<Step>,
    injection: Injection,
}

impl Recorder for Injector {
    fn record(&mut self, step: Step) {
        self.steps.push(step);
    }

    fn corrupt(&mut self, cycle: u64, site: FaultSite, value: &mut u64) {
        self.injection.apply(cycle, site, value);
    }
}

/// [`crate::execute_traced`] with `fault` injected. Also says whether the fault changed
/// anything (cycle `fault.cycle` ran and had a value at `fault.site` that the
/// corruption changes).
#[doc(hidden)]
pub fn execute_traced_with_fault(
    program: &Program,
    input: &[u8],
    console: Console,
    options: &Options,
    fault: Fault,
) -> (Result<(Exit, Vec<Step>), Trap>, bool) {
    let mut injector = Injector { steps: Vec::new(), injection: Injection::new(fault) };
    let result = Machine::new(program, input, console).run(options, &mut injector);
    (result.map(|exit| (exit, injector.steps)), injector.injection.injected)
}
