//! Executing a program without proving it.

use crate::Journal;

/// Where the guest's console output (never part of the proof) goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Console {
    /// Kept in [`Execution::stdout`] and [`Execution::stderr`].
    #[default]
    Capture,
    /// Written to this process's stdout and stderr as the guest runs.
    Forward,
    /// Dropped.
    Discard,
}

/// How to execute.
#[derive(Clone, Debug)]
pub struct ExecuteOptions {
    /// The run traps after this many cycles.
    pub max_cycles: u64,
    pub console: Console,
    /// Count cycles per function ([`Execution::profile`]); slower.
    pub profile: bool,
}

impl Default for ExecuteOptions {
    fn default() -> Self {
        ExecuteOptions { max_cycles: zkvm_executor::DEFAULT_CYCLE_LIMIT, console: Console::default(), profile: false }
    }
}

/// A run that halted (a trap is an [`Error::Trap`](crate::Error::Trap) instead).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Execution {
    pub cycles: u64,
    /// The guest's exit code (0 for success; 101 for a Rust panic).
    pub exit_code: u32,
    pub journal: Journal,
    /// Captured console output (empty unless [`Console::Capture`]).
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Cycles per function, most first, when [`ExecuteOptions::profile`] was set.
    pub profile: Option<Vec<FunctionCycles>>,
}

/// Cycles spent in one function's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionCycles {
    pub name: String,
    pub cycles: u64,
}

/// Sums per-address cycle counts into per-function ones, most first (ties by name).
pub(crate) fn per_function(program: &isa_spec::Program, counts: &[u64]) -> Vec<FunctionCycles> {
    let mut functions: Vec<FunctionCycles> = program
        .symbols
        .iter()
        .filter(|s| s.kind == isa_spec::SymbolKind::Function)
        .map(|s| FunctionCycles {
            name: zkvm_executor::demangle(&s.name),
            cycles: counts[s.start as usize..s.end as usize].iter().sum(),
        })
        .filter(|f| f.cycles > 0)
        .collect();
    functions.sort_by(|a, b| b.cycles.cmp(&a.cycles).then_with(|| b.name.cmp(&a.name)));
    functions
}
