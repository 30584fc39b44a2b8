//! The LogUp argument. Every bus (memory, ROM, journal, exit code, 16-bit range,
//! byte AND) is one sum of fractions `m / (alpha - h(tuple))` over all rows, plus the
//! public terms the verifier adds; the whole sum must vanish. `h(tuple) = tag +
//! sum beta^(i+1) v_i`, where the tag separates the buses. The fractions of a row are
//! grouped four by four: helper aux columns hold each group's per-row sum, and aux
//! column 0 is the running total, so every aux constraint has degree at most 5.
//!
//! The last aux column is the *claim*: a value constant over the constrained rows that
//! the running total absorbs (`1/(n-2)` of it per row, so all of it by the last row).
//! A single-trace proof asserts it is zero. A segment of a segmented proof leaves its
//! memory chains open (the segment's handoff proof closes them), so its own sum does
//! not vanish; the claim is that sum, which the verifier reads off the proof's
//! out-of-domain frame and hands to the handoff proof (`isa-spec/ISA.md`, "Segments").

use winterfell::TransitionConstraintDegree;
use winterfell::math::{ExtensionOf, FieldElement, fields::f64::BaseElement as Felt};

use crate::columns::{bytes, decoder::*, io::JIDX, memory::*, range, tables};
use crate::constraints::{READS_B, flags, port_a_active, port_c_active};
use crate::tables::TABLE_LEN;
use crate::value::Val;
use isa_spec::Opcode;

pub use crate::buses::{TAG_AND, TAG_EXIT, TAG_JOURNAL, TAG_MEM, TAG_RANGE, TAG_ROM};

/// Fractions per row with a non-constant denominator.
pub const NUM_FRACTIONS: usize = 44;
/// Fractions whose denominator is a constant (the tail table entries).
pub const NUM_TAILS: usize = 4;
pub const GROUP: usize = 4;
pub const NUM_GROUPS: usize = NUM_FRACTIONS / GROUP;
/// Aux column holding the claim (see the module docs).
pub const CLAIM: usize = NUM_GROUPS;
/// Aux columns: the running sum, one helper column per further group, the claim.
pub const AUX_WIDTH: usize = NUM_GROUPS + 1;
/// Random elements drawn for the aux segment: alpha and beta.
pub const NUM_RAND: usize = 2;

/// Index of the first 16-bit range lookup and of the first byte lookup.
pub const FR_RANGE: usize = 11;
pub const FR_BYTES: usize = FR_RANGE + range::COUNT;
/// Fractions whose denominator is a periodic column (ROM, range and AND tables).
pub const FR_ROM_TABLE: usize = FR_BYTES + bytes::COUNT;

/// ROM tuple arity: (pc, opcode, a, b, c, imm0, imm1, c_is_imm).
pub const ROM_FIELDS: usize = 8;
/// Periodic columns: the ROM fields, then the byte table (x, y, x & y).
pub const NUM_PERIODIC: usize = ROM_FIELDS + 3;

/// Memory timestamps of ports B, C, A in row `clk`.
pub fn port_time(clk: u64, port: usize) -> u64 {
    3 * clk + 1 + port as u64
}

/// `alpha - (tag + sum beta^(i+1) v_i)` for trace values `v`.
#[inline(always)]
pub fn den<F, E>(rand: &Rand<E>, tag: u64, vals: &[F]) -> E
where
    F: FieldElement<BaseField = Felt>,
    E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
{
    let mut acc = E::from(Felt::new(tag));
    for (i, &v) in vals.iter().enumerate() {
        acc += rand.beta[i].mul_base(v);
    }
    rand.alpha - acc
}

/// The random elements with the powers of beta precomputed.
#[derive(Clone, Debug)]
pub struct Rand<E> {
    pub alpha: E,
    pub beta: [E; ROM_FIELDS],
    /// Denominators of the tail fractions.
    pub tails: [E; NUM_TAILS],
}

impl<E: FieldElement<BaseField = Felt>> Rand<E> {
    pub fn new(elements: &[E]) -> Self {
        let (alpha, b) = (elements[0], elements[1]);
        let mut beta = [b; ROM_FIELDS];
        for i in 1..ROM_FIELDS {
            beta[i] = beta[i - 1] * b;
        }
        let mut rand = Rand { alpha, beta, tails: [E::ONE; NUM_TAILS] };
        for (k, (tag, vals, len)) in tail_tuples().into_iter().enumerate() {
            let vals = vals.map(Felt::new);
            rand.tails[k] = den::<Felt, E>(&rand, tag, &vals[..len]);
        }
        rand
    }
}

/// The constant tail entries: range values 2^16-2, 2^16-1 and the byte-table rows
/// (254, 255, 254), (255, 255, 255), which sit in the exempt last rows of a 2^16 trace.
pub fn tail_tuples() -> [(u64, [u64; 3], usize); NUM_TAILS] {
    let l = TABLE_LEN as u64;
    [
        (TAG_RANGE, [l - 2, 0, 0], 1),
        (TAG_RANGE, [l - 1, 0, 0], 1),
        (TAG_AND, [254, 255, 254], 3),
        (TAG_AND, [255, 255, 255], 3),
    ]
}

/// Computes the (numerator, denominator) of every non-constant fraction of row `r`.
pub fn fractions<F, E>(r: &[F], periodic: &[F], rand: &Rand<E>, out: &mut [(E, E); NUM_FRACTIONS])
where
    F: FieldElement<BaseField = Felt>,
    E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
{
    let e = |v: F| E::from(v);
    let three = F::cst(3);
    let clk3 = three * r[CLK];
    let gap = |c: usize| r[c] + F::cst(1 << 16) * r[c + 1];
    // Memory: remove (addr, old value, old time), add (addr, new value, now).
    let act_b = flags(r, &READS_B);
    let addr_b = r[FP] + F::cst(8) * r[IB];
    let t_b_old = clk3 - gap(range::TS_B);
    out[0] = (-e(act_b), den(rand, TAG_MEM, &[addr_b, r[B0], r[B1], t_b_old]));
    out[1] = (e(act_b), den(rand, TAG_MEM, &[addr_b, r[B0], r[B1], clk3 + F::ONE]));
    let act_c = port_c_active(r);
    let t_c_old = clk3 + F::ONE - gap(range::TS_C);
    out[2] = (-e(act_c), den(rand, TAG_MEM, &[r[ADDR_C], r[C0], r[C1], t_c_old]));
    out[3] = (e(act_c), den(rand, TAG_MEM, &[r[ADDR_C], r[C0], r[C1], clk3 + F::cst(2)]));
    let act_a = port_a_active(r);
    let t_a_old = clk3 + F::cst(2) - gap(range::TS_A);
    out[4] = (-e(act_a), den(rand, TAG_MEM, &[r[ADDR_A], r[OA0], r[OA1], t_a_old]));
    out[5] = (e(act_a), den(rand, TAG_MEM, &[r[ADDR_A], r[A0], r[A1], clk3 + three]));
    // Final memory: remove the last (value, time) of each cell; a cell outside the
    // initial image starts at zero at time 0.
    out[6] = (-e(r[FM_ACT]), den(rand, TAG_MEM, &[r[FM_ADDR], r[FM_V0], r[FM_V1], r[FM_TS]]));
    out[7] = (e(r[FM_ACT] * (F::ONE - r[FM_IMG])), den(rand, TAG_MEM, &[r[FM_ADDR], F::ZERO, F::ZERO, F::ZERO]));
    // ROM: the executed instruction is the program's instruction at pc.
    let mut opcode = F::ZERO;
    for (i, op) in crate::columns::FLAG_OPS.iter().enumerate() {
        opcode += F::cst(*op as u64) * r[FLAGS + i];
    }
    out[8] = (e(F::ONE - r[PAD]), den(rand, TAG_ROM, &[r[PC], opcode, r[IA], r[IB], r[IC], r[IMM0], r[IMM1], r[CIMM]]));
    // Journal and exit code.
    let commit = r[crate::columns::f(Opcode::Commit)];
    out[9] = (e(commit), den(rand, TAG_JOURNAL, &[r[JIDX], r[bytes::x(0)]]));
    let halt = r[crate::columns::f(Opcode::Halt)];
    out[10] = (e(halt), den(rand, TAG_EXIT, &[r[B0]]));
    // Range and byte slots, looked up on every row.
    for i in 0..range::COUNT {
        out[FR_RANGE + i] = (E::ONE, den(rand, TAG_RANGE, &[r[range::START + i]]));
    }
    for j in 0..bytes::COUNT {
        out[FR_BYTES + j] = (E::ONE, den(rand, TAG_AND, &[r[bytes::x(j)], r[bytes::y(j)], r[bytes::z(j)]]));
    }
    // Table sides: the periodic tables minus their multiplicities.
    out[FR_ROM_TABLE] = (-e(r[tables::M_ROM]), den(rand, TAG_ROM, &periodic[..ROM_FIELDS]));
    let (tx, ty, tz) = (periodic[ROM_FIELDS], periodic[ROM_FIELDS + 1], periodic[ROM_FIELDS + 2]);
    out[FR_ROM_TABLE + 1] = (-e(r[tables::M_RANGE]), den(rand, TAG_RANGE, &[tx + F::cst(256) * ty]));
    out[FR_ROM_TABLE + 2] = (-e(r[tables::M_AND]), den(rand, TAG_AND, &[tx, ty, tz]));
}

/// (numerator, denominator) of the constant-denominator tail fractions.
pub fn tail_fractions<F, E>(r: &[F], rand: &Rand<E>) -> [(E, E); NUM_TAILS]
where
    F: FieldElement<BaseField = Felt>,
    E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
{
    std::array::from_fn(|k| (-E::from(r[tables::M_TAIL + k]), rand.tails[k]))
}

/// `target * prod(d) - sum n_i prod_{j != i} d_j` for one group.
pub(crate) fn group_constraint<E: FieldElement>(target: E, fr: &[(E, E)]) -> E {
    let k = fr.len();
    let mut prefix = [E::ONE; GROUP + NUM_TAILS + 1];
    for i in 0..k {
        prefix[i + 1] = prefix[i] * fr[i].1;
    }
    let mut suffix = E::ONE;
    let mut sum = E::ZERO;
    for i in (0..k).rev() {
        sum += fr[i].0 * prefix[i] * suffix;
        suffix *= fr[i].1;
    }
    target * prefix[k] - sum
}

/// Evaluates the aux transition constraints; `kappa` is `1/(n-2)`, the share of the
/// claim each constrained row adds to the running total.
pub fn evaluate_aux<F, E>(
    main: &[F],
    aux: &[E],
    aux_next: &[E],
    periodic: &[F],
    rand: &Rand<E>,
    kappa: Felt,
    result: &mut [E],
) where
    F: FieldElement<BaseField = Felt>,
    E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
{
    let mut fr = [(E::ZERO, E::ZERO); NUM_FRACTIONS];
    fractions(main, periodic, rand, &mut fr);
    result[NUM_GROUPS] = aux_next[CLAIM] - aux[CLAIM];
    let mut running = aux_next[0] - aux[0] - aux[CLAIM].mul_base(kappa);
    for g in 1..NUM_GROUPS {
        result[g] = group_constraint(aux[g], &fr[g * GROUP..(g + 1) * GROUP]);
        running -= aux[g];
    }
    let tails = tail_fractions(main, rand);
    let mut own = [(E::ZERO, E::ZERO); GROUP + NUM_TAILS];
    own[..GROUP].copy_from_slice(&fr[..GROUP]);
    own[GROUP..].copy_from_slice(&tails);
    result[0] = group_constraint(running, &own);
}

/// Declared degrees of the aux constraints for a ROM of period `rom_period`.
pub fn aux_degrees(rom_period: usize) -> Vec<TransitionConstraintDegree> {
    let mut degrees: Vec<_> = (0..NUM_GROUPS)
        .map(|g| {
            let mut linear = 0;
            let mut cycles = Vec::new();
            for i in g * GROUP..(g + 1) * GROUP {
                match i {
                    FR_ROM_TABLE => cycles.push(rom_period),
                    i if i > FR_ROM_TABLE => cycles.push(TABLE_LEN),
                    _ => linear += 1,
                }
            }
            TransitionConstraintDegree::with_cycles(1 + linear, cycles)
        })
        .collect();
    degrees.push(TransitionConstraintDegree::new(1));
    degrees
}

/// `1/(n-e)` for a trace of `n` rows, `e` of them exempt: the claim's share per
/// constrained row.
pub fn claim_share(n: usize, exempt: usize) -> Felt {
    use winterfell::math::FieldElement;
    Felt::new((n - exempt) as u64).inv()
}

/// Group of every fraction (for the prover's per-row sums).
pub fn group_of(fraction: usize) -> usize {
    fraction / GROUP
}
