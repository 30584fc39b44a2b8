//! What a segment of a segmented proof states about its boundaries, and the run-wide
//! challenge that ties the segments' memory together (`isa-spec/ISA.md`, "Segments").

use winterfell::crypto::RandomCoin as _;
use winterfell::math::fields::QuadExtension;
use winterfell::math::fields::f64::BaseElement as Felt;

use winterfell::math::ToElements;

use crate::{DIGEST_BYTES, PublicInputs, RandomCoin};

/// The extension field the challenges live in.
pub type Ext = QuadExtension<Felt>;

/// The machine state at a segment boundary, as far as the statement fixes it: the
/// input cursor is private (the statement holds for some input), memory crosses through
/// the handoff proofs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Boundary {
    pub pc: u32,
    pub fp: u32,
    /// Journal bytes committed before the boundary.
    pub journal_len: u32,
    /// Whether a `read` before the boundary returned end of input.
    pub eof: bool,
}

impl Boundary {
    fn push_elements(&self, out: &mut Vec<Felt>) {
        out.extend([self.pc as u64, self.fp as u64, self.journal_len as u64, self.eof as u64].map(Felt::new));
    }
}

/// One segment's place in its run: its execution trace starts at `start` after
/// `cycles_before` cycles and runs to `end` (to `halt` when `last`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentInputs {
    pub index: u32,
    pub last: bool,
    pub start: Boundary,
    /// Where the next segment starts; `pc` and `fp` mean nothing when `last`.
    pub end: Boundary,
    pub cycles_before: u64,
    /// Commitment to the main trace of this segment's handoff proof (its memory
    /// boundary), made before the segment's own challenges are drawn.
    pub handoff_root: [u8; DIGEST_BYTES],
}

impl SegmentInputs {
    /// Tag of the values this segment leaves in memory (0 is the initial memory).
    pub fn tag(&self) -> u32 {
        self.index + 1
    }

    pub(crate) fn push_elements(&self, out: &mut Vec<Felt>) {
        out.extend([self.index as u64, self.last as u64].map(Felt::new));
        self.start.push_elements(out);
        self.end.push_elements(out);
        out.extend([self.cycles_before & 0xffff_ffff, self.cycles_before >> 32].map(Felt::new));
        push_bytes(&self.handoff_root, out);
    }
}

/// Bytes as little-endian u32 elements (the last one zero-padded).
pub(crate) fn push_bytes(bytes: &[u8], out: &mut Vec<Felt>) {
    for chunk in bytes.chunks(4) {
        let mut w = [0u8; 4];
        w[..chunk.len()].copy_from_slice(chunk);
        out.push(Felt::new(u32::from_le_bytes(w) as u64));
    }
}

/// A stretch of the final memory as the statement names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FinalStretch {
    pub first: u32,
    pub last: u32,
    /// Commitment to the main trace of its handoff proof.
    pub root: [u8; DIGEST_BYTES],
}

/// The challenges of the run-wide handoff bus: `(alpha, beta)` drawn from a coin
/// seeded with the whole statement (program, journal, exit code; every segment's
/// boundaries; the final stretches) and the main-trace commitments of every handoff
/// proof. Those traces are committed before the challenges exist, which is what makes
/// their bus sound; the execution traces take no part in it.
pub fn handoff_challenges(base: &PublicInputs, segments: &[SegmentInputs], finals: &[FinalStretch]) -> [Ext; 2] {
    let mut seed = base.to_elements();
    seed.push(Felt::new(segments.len() as u64));
    for s in segments {
        s.push_elements(&mut seed);
    }
    seed.push(Felt::new(finals.len() as u64));
    for f in finals {
        seed.extend([Felt::new(f.first as u64), Felt::new(f.last as u64)]);
        push_bytes(&f.root, &mut seed);
    }
    let mut coin = RandomCoin::new(&seed);
    std::array::from_fn(|_| coin.draw::<Ext>().expect("a fresh coin draws"))
}

/// An extension element as its two base-field coordinates (for public inputs).
pub fn ext_elements(e: Ext) -> [Felt; 2] {
    e.to_base_elements()
}
