//! Verification of a segmented proof (`isa-spec/ISA.md`, "Segments"). The statement
//! holds only if every part verifies and they chain:
//!
//! - segment 0 starts at the program's entry, each later one where its predecessor
//!   ended, after the cycles of all before it; only the last one halts, and the run
//!   stays below 2^32 cycles;
//! - each segment's execution proof is seeded with the commitment of its handoff
//!   proof's trace, and that handoff proof closes exactly the memory chains the
//!   execution proof left open: its link challenges are the ones the execution proof
//!   drew, its link sum is the execution proof's claim (read off its out-of-domain
//!   frame);
//! - the run-wide challenges are drawn from the statement and every handoff trace's
//!   commitment, and the handoff proofs' shares of that bus, plus the initial image,
//!   add up to zero;
//! - the final-memory stretches have strictly increasing addresses across proofs.

use isa_spec::Program;
use isa_spec::layout::STACK_BASE;
use winterfell::crypto::{Digest, RandomCoin as _};
use winterfell::math::fields::f64::BaseElement as Felt;
use winterfell::math::{FieldElement, StarkField, ToElements};
use winterfell::{Air, Proof};
use zkvm_air::handoff::{self, HandoffAir, HandoffInputs, Role};
use zkvm_air::hiding::exempt_rows;
use zkvm_air::lookups::CLAIM;
use zkvm_air::segment::{Boundary, Ext, FinalStretch, SegmentInputs, handoff_challenges};
use zkvm_air::{DIGEST_BYTES, Hasher, PublicInputs, RandomCoin, Segments, ZkvmAir};

use crate::{Verified, VerifyError, check_trace_shape, decode, decode_execution, run_verifier, verify_execution};

/// Most cycles a run may have (the `cycles` instruction's values stay below 2^32).
const MAX_RUN_CYCLES: u64 = 1 << 32;

fn rejected(what: String) -> VerifyError {
    VerifyError::Rejected(what)
}

/// Verifies a segmented proof of `base`'s statement; returns its least conjectured
/// security and whether every part is hiding.
pub fn verify(program: &Program, base: PublicInputs, s: &Segments) -> Result<Verified, VerifyError> {
    let count = s.segments.len();
    if count == 0 {
        return Err(VerifyError::Malformed("a segmented proof without segments".into()));
    }
    if count >= handoff::MAX_TAG as usize {
        return Err(VerifyError::Malformed(format!("{count} segments, more than {}", handoff::MAX_TAG - 1)));
    }
    // Decode everything and rebuild each segment's boundaries by chaining.
    let mut executions = Vec::with_capacity(count);
    let mut handoffs = Vec::with_capacity(count);
    let mut inputs = Vec::with_capacity(count);
    let mut start = Boundary { pc: program.entry, fp: STACK_BASE, journal_len: 0, eof: false };
    let mut cycles_before = 0u64;
    let mut all_hiding = true;
    for (k, seg) in s.segments.iter().enumerate() {
        let part = |e: VerifyError| prefixed(e, &format!("segment {k}"));
        let (execution, hiding) = decode_execution(program, &seg.execution).map_err(part)?;
        let (handoff, handoff_hiding) = decode_handoff(&seg.handoff).map_err(part)?;
        all_hiding &= hiding && handoff_hiding;
        let last = k + 1 == count;
        let before = cycles_before;
        cycles_before += (execution.trace_info().length() - exempt_rows(hiding)) as u64;
        if cycles_before > MAX_RUN_CYCLES {
            return Err(rejected(format!("segment {k}: the run would exceed 2^32 cycles")));
        }
        let segment = SegmentInputs {
            index: k as u32,
            last,
            start,
            end: seg.end,
            cycles_before: before,
            handoff_root: main_root(&handoff).map_err(part)?,
        };
        if seg.end.journal_len < start.journal_len || seg.end.journal_len as usize > base.journal.len() {
            return Err(rejected(format!("segment {k}: journal length {} out of order", seg.end.journal_len)));
        }
        if last && seg.end.journal_len as usize != base.journal.len() {
            return Err(rejected(format!(
                "the last segment ends with {} journal bytes, the journal has {}",
                seg.end.journal_len,
                base.journal.len()
            )));
        }
        start = seg.end;
        executions.push(execution);
        handoffs.push(handoff);
        inputs.push(segment);
    }
    let mut finals = Vec::with_capacity(s.finals.len());
    let mut stretches = Vec::with_capacity(s.finals.len());
    for (j, f) in s.finals.iter().enumerate() {
        let (proof, hiding) = decode_handoff(&f.proof).map_err(|e| prefixed(e, &format!("final memory {j}")))?;
        all_hiding &= hiding;
        if f.first > f.last || stretches.last().is_some_and(|p: &FinalStretch| p.last >= f.first) {
            return Err(rejected(format!("final memory {j}: addresses 0x{:x}..0x{:x} out of order", f.first, f.last)));
        }
        stretches.push(FinalStretch { first: f.first, last: f.last, root: main_root(&proof)? });
        finals.push(proof);
    }
    let bus = handoff_challenges(&base, &inputs, &stretches);

    // Each segment: its execution proof, then the handoff proof that closes its memory.
    let mut bits = u32::MAX;
    let mut total = handoff::image_sum::<Ext>(program, &bus);
    for (k, ((execution, handoff), segment)) in executions.into_iter().zip(handoffs).zip(inputs).enumerate() {
        let part = |e: VerifyError| prefixed(e, &format!("segment {k}"));
        let pub_inputs = base.for_segment(segment);
        if execution.options().field_extension() != winterfell::FieldExtension::Quadratic {
            return Err(part(VerifyError::WeakOptions("a segment must use the quadratic extension".into())));
        }
        let (link, claim) = std::panic::catch_unwind(|| drawn(&execution, &pub_inputs))
            .map_err(|_| part(VerifyError::Malformed("the verifier could not process the proof".into())))?
            .map_err(part)?;
        bits = bits.min(verify_execution(execution, pub_inputs).map_err(part)?);
        let sum = ext(s.segments[k].sum).map_err(part)?;
        let inputs = HandoffInputs { role: Role::Segment { index: k as u32, link, claim }, bus, sum };
        bits = bits.min(
            run_verifier::<HandoffAir>(handoff, inputs).map_err(|e| prefixed(e, &format!("segment {k} handoff")))?,
        );
        total += sum;
    }
    for (j, (proof, f)) in finals.into_iter().zip(&s.finals).enumerate() {
        let part = |e: VerifyError| prefixed(e, &format!("final memory {j}"));
        let sum = ext(f.sum).map_err(part)?;
        let inputs = HandoffInputs { role: Role::Final { first: f.first, last: f.last }, bus, sum };
        bits = bits.min(run_verifier::<HandoffAir>(proof, inputs).map_err(part)?);
        total += sum;
    }
    if total != Ext::ZERO {
        return Err(rejected("the segments' memory handoffs do not add up".into()));
    }
    Ok(Verified { security_bits: bits, hiding: all_hiding })
}

fn prefixed(e: VerifyError, what: &str) -> VerifyError {
    match e {
        VerifyError::Malformed(m) => VerifyError::Malformed(format!("{what}: {m}")),
        VerifyError::WeakOptions(m) => VerifyError::WeakOptions(format!("{what}: {m}")),
        VerifyError::Rejected(m) => VerifyError::Rejected(format!("{what}: {m}")),
        other => other,
    }
}

/// An extension element from its coordinates, which must be canonical.
fn ext(c: [u64; 2]) -> Result<Ext, VerifyError> {
    if c.iter().any(|&v| v >= Felt::MODULUS) {
        return Err(VerifyError::Malformed("a bus sum is not a field element".into()));
    }
    Ok(Ext::new(Felt::new(c[0]), Felt::new(c[1])))
}

/// Decodes a handoff proof; says whether it is hiding (as [`decode_execution`]).
fn decode_handoff(bytes: &[u8]) -> Result<(Proof, bool), VerifyError> {
    let shape = (handoff::columns::WIDTH, handoff::AUX_WIDTH, handoff::NUM_RAND);
    let hiding = check_trace_shape(bytes, shape, 2 * handoff::BYTE_TABLE_LEN)?;
    let proof = decode(bytes, hiding)?;
    // The bus challenges are elements of the quadratic extension.
    if proof.options().field_extension() != winterfell::FieldExtension::Quadratic {
        return Err(VerifyError::WeakOptions("a handoff proof must use the quadratic extension".into()));
    }
    Ok((proof, hiding))
}

/// The commitment to a proof's main trace.
fn main_root(proof: &Proof) -> Result<[u8; DIGEST_BYTES], VerifyError> {
    let layers = proof.options().to_fri_options().num_fri_layers(proof.lde_domain_size());
    let (roots, _, _) = proof
        .commitments
        .clone()
        .parse::<Hasher>(2, layers)
        .map_err(|e| VerifyError::Malformed(format!("undecodable commitments: {e}")))?;
    Ok(roots[0].as_bytes()[..DIGEST_BYTES].try_into().expect("a BLAKE3-192 digest"))
}

/// What an execution proof's own transcript drew for its aux segment (the link
/// challenges) and the claim it left open. The transcript is replayed as Winterfell's
/// verifier runs it, with the AIR's own methods, up to the out-of-domain point `z`;
/// the claim column is constant on the constrained rows, `c(x) = claim + (mu - claim)
/// L(x)` with `L` the Lagrange polynomial of the last row, so its values at `z` and
/// `gz` in the proof's out-of-domain frame give the claim. (The frame is bound by the
/// proof; this runs before the proof is verified and means nothing unless it is.)
fn drawn(proof: &Proof, pub_inputs: &PublicInputs) -> Result<([Ext; 2], Ext), VerifyError> {
    let bad = |m: &str| VerifyError::Malformed(m.to_string());
    let mut seed = proof.context.to_elements();
    seed.extend(pub_inputs.to_elements());
    let mut coin = RandomCoin::new(&seed);
    let air = ZkvmAir::new(proof.trace_info().clone(), pub_inputs.clone(), proof.options().clone());
    let layers = proof.options().to_fri_options().num_fri_layers(proof.lde_domain_size());
    let (roots, constraint_root, _) =
        proof.commitments.clone().parse::<Hasher>(2, layers).map_err(|_| bad("undecodable commitments"))?;
    coin.reseed(roots[0]);
    let rand = air.get_aux_rand_elements::<Ext, RandomCoin>(&mut coin).map_err(|_| bad("no aux challenges"))?;
    coin.reseed(roots[1]);
    air.get_constraint_composition_coefficients::<Ext, RandomCoin>(&mut coin).map_err(|_| bad("no coefficients"))?;
    coin.reseed(constraint_root);
    let z: Ext = coin.draw().map_err(|_| bad("no out-of-domain point"))?;
    let width = air.trace_info().main_trace_width();
    let quotients = air.context().num_constraint_composition_columns();
    let frame = proof
        .ood_frame
        .clone()
        .parse::<Ext>(width, air.trace_info().aux_segment_width(), quotients)
        .map_err(|_| bad("undecodable out-of-domain frame"))?
        .0;
    let (cz, cgz) = (frame.current_row()[width + CLAIM], frame.next_row()[width + CLAIM]);
    let n = air.trace_length();
    let g = Felt::get_root_of_unity(n.ilog2());
    let last = Ext::from(g.exp(n as u64 - 1));
    let lagrange = |x: Ext| last * (x.exp(n as u64) - Ext::ONE) / (Ext::from(Felt::new(n as u64)) * (x - last));
    let (lz, lgz) = (lagrange(z), lagrange(z * Ext::from(g)));
    if lz == lgz || z == last || z * Ext::from(g) == last {
        return Err(bad("degenerate out-of-domain point"));
    }
    let slope = (cz - cgz) / (lz - lgz);
    let r = rand.rand_elements();
    Ok(([r[0], r[1]], cz - slope * lz))
}
