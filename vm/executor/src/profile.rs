//! The profiled run's call tree: which function (or guest cycle span) each cycle ran in,
//! and through which calls it got there.
//!
//! Calls and returns are the ISA's `call`/`calli` and `ret`; a `jmp` or `bnz` into
//! another function's code is a tail call (it replaces the current frame, and the
//! callee's `ret` returns to the caller's caller). zkcc emits no tail calls today, but
//! hand-written assembly may. Spans are markers the guest writes to [`SPAN_FD`]: the
//! executor ignores that descriptor (it is console output, which is never proven), so a
//! program with spans proves the same statement and runs unprofiled at full speed.

use std::collections::HashMap;

use isa_spec::{Program, SymbolKind};

use crate::Memory;

pub use isa_spec::semantics::SPAN_FD;

/// Longest span name read from guest memory; longer ones are cut.
const MAX_SPAN_NAME: usize = 256;

/// What a call-tree node stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Frame {
    /// A function: its index in the program's symbol table.
    Function(u32),
    /// Code that no function symbol covers.
    NoSymbol,
    /// A guest cycle span: its index in [`Profile::spans`].
    Span(u32),
}

/// One call path's node in the call tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackNode {
    /// The caller's node (the root, node 0, is its own parent).
    pub parent: u32,
    pub frame: Frame,
    /// Cycles that ran with exactly this call path (self cycles).
    pub cycles: u64,
}

/// What a profiled run recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// Cycles spent at each code address.
    pub pcs: Vec<u64>,
    /// The call tree. Node 0 is the entry function; a node's parent has a smaller index.
    /// The nodes' cycles sum to the run's cycles.
    pub nodes: Vec<StackNode>,
    /// Span names, in the order they were first opened.
    pub spans: Vec<String>,
}

/// Builds the [`Profile`] as the profiled loop steps.
pub(crate) struct Tracker {
    /// The function symbol covering each code address.
    function_of: Vec<Frame>,
    nodes: Vec<StackNode>,
    children: HashMap<(u32, Frame), u32>,
    spans: Vec<String>,
    span_ids: HashMap<String, u32>,
    /// Open frames, innermost last: (node, whether it is a span). Never empty.
    stack: Vec<(u32, bool)>,
    pcs: Vec<u64>,
}

impl Tracker {
    pub fn new(program: &Program) -> Tracker {
        let mut function_of = vec![Frame::NoSymbol; program.code.len()];
        for (i, s) in program.symbols.iter().enumerate() {
            if s.kind == SymbolKind::Function {
                let end = (s.end as usize).min(function_of.len());
                for f in function_of.iter_mut().take(end).skip(s.start as usize) {
                    *f = Frame::Function(i as u32);
                }
            }
        }
        let root = function_of.get(program.entry as usize).copied().unwrap_or(Frame::NoSymbol);
        Tracker {
            function_of,
            nodes: vec![StackNode { parent: 0, frame: root, cycles: 0 }],
            children: HashMap::new(),
            spans: Vec::new(),
            span_ids: HashMap::new(),
            stack: vec![(0, false)],
            pcs: vec![0; program.code.len()],
        }
    }

    /// Counts one cycle at `pc` in the current frame.
    #[inline]
    pub fn count(&mut self, pc: u32) {
        self.pcs[pc as usize] += 1;
        let node = self.current();
        self.nodes[node as usize].cycles += 1;
    }

    fn current(&self) -> u32 {
        self.stack.last().expect("the root frame stays").0
    }

    fn frame_at(&self, pc: u32) -> Frame {
        self.function_of.get(pc as usize).copied().unwrap_or(Frame::NoSymbol)
    }

    fn child(&mut self, frame: Frame) -> u32 {
        let parent = self.current();
        *self.children.entry((parent, frame)).or_insert_with(|| {
            self.nodes.push(StackNode { parent, frame, cycles: 0 });
            (self.nodes.len() - 1) as u32
        })
    }

    /// A call landed at `target`.
    pub fn call(&mut self, target: u32) {
        let node = self.child(self.frame_at(target));
        self.stack.push((node, false));
    }

    /// A `ret`: leaves the innermost function frame and the spans it left open.
    pub fn ret(&mut self) {
        while self.stack.len() > 1 {
            if !self.stack.pop().expect("checked").1 {
                break;
            }
        }
    }

    /// A jump or branch from `from` to `to`: a tail call when it lands in another function.
    pub fn jump(&mut self, from: u32, to: u32) {
        let frame = self.frame_at(to);
        if frame == self.frame_at(from) {
            return;
        }
        if self.stack.len() > 1 {
            self.ret();
            self.call(to);
        } else {
            // A tail call from the entry function: the root becomes a new path.
            let node = self.child(frame);
            self.stack[0] = (node, false);
        }
    }

    /// A marker written to [`SPAN_FD`] with the slot value `marker`.
    pub fn span(&mut self, marker: u64, memory: &Memory) {
        if marker == 0 {
            if self.stack.last().is_some_and(|&(_, is_span)| is_span) {
                self.stack.pop();
            }
            return;
        }
        let name = read_name(memory, marker as u32, (marker >> 32) as usize);
        let next = self.spans.len() as u32;
        let id = *self.span_ids.entry(name.clone()).or_insert(next);
        if id == next {
            self.spans.push(name);
        }
        let node = self.child(Frame::Span(id));
        self.stack.push((node, true));
    }

    pub fn finish(self) -> Profile {
        Profile { pcs: self.pcs, nodes: self.nodes, spans: self.spans }
    }
}

/// A span's name: `len` bytes at `addr`, or up to a NUL when `len` is 0.
fn read_name(memory: &Memory, addr: u32, len: usize) -> String {
    let byte = |a: u32| (memory.read(a & !7) >> (8 * (a & 7))) as u8;
    let mut bytes = Vec::new();
    for i in 0..if len == 0 { MAX_SPAN_NAME } else { len.min(MAX_SPAN_NAME) } {
        let b = byte(addr.wrapping_add(i as u32));
        if len == 0 && b == 0 {
            break;
        }
        bytes.push(b);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}
