//! Executing a program without proving it.

use std::collections::HashMap;

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
    /// Where the cycles went, when [`ExecuteOptions::profile`] was set.
    pub profile: Option<Profile>,
}

/// A profiled run's cycles per function and per call stack. Guest cycle spans
/// (`zkvm_guest::cycle_span`, `zkvm_span_begin` in C) are frames like functions, named
/// `span:NAME`: cycles inside a span count to the span, not to the function that opened it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// Every function and span that ran, most inclusive cycles first (ties by name).
    pub functions: Vec<FunctionCycles>,
    /// Self cycles per call stack, outermost frame first, in the order of the stacks'
    /// first appearance in the run.
    pub stacks: Vec<(Vec<String>, u64)>,
}

impl Profile {
    /// The stacks in the folded format that `inferno-flamegraph` and `flamegraph.pl`
    /// read: one `outer;inner;leaf CYCLES` line per stack.
    pub fn folded(&self) -> String {
        let mut out = String::new();
        for (frames, cycles) in &self.stacks {
            out.push_str(&frames.join(";"));
            out.push(' ');
            out.push_str(&cycles.to_string());
            out.push('\n');
        }
        out
    }
}

/// Cycles of one function (or span, named `span:NAME`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionCycles {
    pub name: String,
    /// Cycles in the function's own code (self, exclusive cycles).
    pub cycles: u64,
    /// Cycles from its calls' start to their return, callees included, each cycle
    /// counted once however deep the function recurses (inclusive cycles).
    pub inclusive: u64,
}

/// Names a call-tree frame as the profile prints it. `;` separates folded frames and a
/// line is one stack, so neither may be part of a name.
fn frame_name(program: &isa_spec::Program, spans: &[String], frame: zkvm_executor::Frame) -> String {
    let name = match frame {
        zkvm_executor::Frame::Function(i) => zkvm_executor::demangle(&program.symbols[i as usize].name),
        zkvm_executor::Frame::NoSymbol => "[unknown]".to_string(),
        zkvm_executor::Frame::Span(i) => format!("span:{}", spans[i as usize]),
    };
    name.replace(|c: char| c == ';' || c.is_control(), "_")
}

/// Folds the executor's call tree into per-function totals and named stacks. Frames are
/// keyed by name: distinct symbols that demangle alike (generic instances) are one row
/// and one frame, so the table and the folded stacks agree.
pub(crate) fn summarize(program: &isa_spec::Program, profile: &zkvm_executor::Profile) -> Profile {
    let nodes = &profile.nodes;
    let mut names: Vec<String> = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let key: Vec<usize> = nodes
        .iter()
        .map(|n| {
            let name = frame_name(program, &profile.spans, n.frame);
            *ids.entry(name).or_insert_with_key(|name| {
                names.push(name.clone());
                names.len() - 1
            })
        })
        .collect();
    // Subtree totals: a node's parent has a smaller index.
    let mut subtree: Vec<u64> = nodes.iter().map(|n| n.cycles).collect();
    for i in (1..nodes.len()).rev() {
        subtree[nodes[i].parent as usize] += subtree[i];
    }
    let (mut own, mut inclusive) = (vec![0u64; names.len()], vec![0u64; names.len()]);
    for (i, node) in nodes.iter().enumerate() {
        own[key[i]] += node.cycles;
        // Inclusive cycles come from the outermost activation only, so that recursion
        // does not count a cycle twice.
        let mut up = i;
        let outermost = loop {
            if up == 0 {
                break true;
            }
            up = nodes[up].parent as usize;
            if key[up] == key[i] {
                break false;
            }
        };
        if outermost {
            inclusive[key[i]] += subtree[i];
        }
    }
    let mut functions: Vec<FunctionCycles> = (0..names.len())
        .filter(|&k| inclusive[k] > 0)
        .map(|k| FunctionCycles { name: names[k].clone(), cycles: own[k], inclusive: inclusive[k] })
        .collect();
    functions.sort_by(|a, b| b.inclusive.cmp(&a.inclusive).then_with(|| a.name.cmp(&b.name)));
    // Stacks by their frames' names, in order of first appearance.
    let mut stacks: Vec<(Vec<String>, u64)> = Vec::new();
    let mut seen: HashMap<Vec<usize>, usize> = HashMap::new();
    for i in (0..nodes.len()).filter(|&i| nodes[i].cycles > 0) {
        let mut path = vec![key[i]];
        let mut up = i;
        while up != 0 {
            up = nodes[up].parent as usize;
            path.push(key[up]);
        }
        path.reverse();
        match seen.get(&path) {
            Some(&at) => stacks[at].1 += nodes[i].cycles,
            None => {
                seen.insert(path.clone(), stacks.len());
                stacks.push((path.iter().map(|&k| names[k].clone()).collect(), nodes[i].cycles));
            }
        }
    }
    Profile { functions, stacks }
}
