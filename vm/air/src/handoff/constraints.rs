//! Constraints and buses of the handoff AIR (see the module docs of [`super`]).

use winterfell::TransitionConstraintDegree;
use winterfell::math::{ExtensionOf, FieldElement, batch_inversion, fields::f64::BaseElement as Felt};

use super::RoleConsts;
use super::columns::{BYTES, Cols, WIDTH};
use crate::buses::{TAG_BYTE, TAG_HANDOFF, TAG_MEM};
use crate::constraints::Sink;
use crate::lookups::{Rand, den, group_constraint};
use crate::value::{Deg, Val};

/// Aux columns: the handoff bus's running sum and its two helper columns, then the
/// link bus's running sum.
pub const BUS_SUM: usize = 0;
pub const LINK_SUM: usize = 3;
pub const AUX_WIDTH: usize = 4;
/// Random elements Winterfell draws for the aux segment. The handoff AIR uses none of
/// them (its challenges are public inputs, drawn after its trace was committed), but a
/// multi-segment trace must ask for at least one.
pub const NUM_RAND: usize = 1;
/// Period of the byte table (a periodic column: `i` in row `i`).
pub const BYTE_TABLE_LEN: usize = 256;
/// Fractions of the handoff bus per row: take, leave, six byte lookups, the table.
pub const NUM_FRACTIONS: usize = 9;

/// `x (1 - x)`.
fn bin<V: Val>(x: V) -> V {
    x * (V::cst(1) - x)
}

/// Little-endian bytes.
fn bytes<V: Val>(b: &[V]) -> V {
    b.iter().rev().fold(V::cst(0), |acc, &x| acc * V::cst(256) + x)
}

/// The main transition constraints; `top` is the largest tag `prev` may hold. Returns
/// how many there are.
pub fn evaluate<V: Val>(c: &[V], n: &[V], top: V, result: &mut [V]) -> usize {
    let mut out = Sink::new(result);
    let one = V::cst(1);
    let (c, n) = (Cols::of(c), Cols::of(n));
    // The rows are a prefix of cells with strictly increasing addresses; inactive rows
    // repeat the last address (so the last constrained row holds it).
    out.push(bin(c.act));
    out.push(n.act * (one - c.act));
    out.push(n.act * (n.addr - c.addr - one - bytes(&c.gap)));
    out.push((one - n.act) * (n.addr - c.addr));
    // A cell's value comes from a segment tagged at most `top`.
    out.push(c.act * (top - c.prev - bytes(&c.prev_gap)));
    out.push(bin(c.img));
    out.len
}

/// Degrees of the main constraints.
pub fn main_degrees() -> Vec<TransitionConstraintDegree> {
    let row = vec![Deg(1); WIDTH];
    let mut buf = vec![Deg(0); 16];
    let len = evaluate(&row, &row, Deg(0), &mut buf);
    buf[..len].iter().map(|d| TransitionConstraintDegree::new(d.0)).collect()
}

/// Degrees of the aux constraints (the byte table is a periodic column of period 256).
pub fn aux_degrees() -> Vec<TransitionConstraintDegree> {
    vec![
        TransitionConstraintDegree::new(5),
        TransitionConstraintDegree::new(5),
        TransitionConstraintDegree::with_cycles(1, vec![BYTE_TABLE_LEN]),
        TransitionConstraintDegree::new(3),
    ]
}

/// The handoff-bus fractions of row `r`: take `(addr, in, prev)`, leave `(addr, out,
/// tag_out)` (zero in the final role, and nothing for an image cell there), the byte
/// lookups and the byte table's side.
pub fn fractions<F, E>(r: &[F], periodic: &[F], rand: &Rand<E>, role: &RoleConsts) -> [(E, E); NUM_FRACTIONS]
where
    F: FieldElement<BaseField = Felt>,
    E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
{
    let e = |v: F| E::from(v);
    let c = Cols::of(r);
    let keep = F::from(role.keeps_out);
    let mut out = [(E::ZERO, E::ZERO); NUM_FRACTIONS];
    out[0] = (-e(c.act), den(rand, TAG_HANDOFF, &[c.addr, c.input[0], c.input[1], c.prev]));
    out[1] = (
        e(c.act * (F::ONE - c.img * F::from(role.honours_img))),
        den(rand, TAG_HANDOFF, &[c.addr, c.output[0] * keep, c.output[1] * keep, F::from(role.tag_out)]),
    );
    for (k, &col) in BYTES.iter().enumerate() {
        out[2 + k] = (E::ONE, den(rand, TAG_BYTE, &[r[col]]));
    }
    out[8] = (-e(c.mult), den(rand, TAG_BYTE, &[periodic[0]]));
    out
}

/// The link-bus fractions of row `r`: the start `(addr, in, 0)` and the end
/// `(addr, out, time)` of the cell's memory chain in the segment's execution trace, in
/// that trace's memory-tuple encoding.
pub fn link_fractions<F, E>(r: &[F], rand: &Rand<E>, role: &RoleConsts) -> [(E, E); 2]
where
    F: FieldElement<BaseField = Felt>,
    E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
{
    let c = Cols::of(r);
    let num = E::from(c.act * F::from(role.links));
    [
        (num, den(rand, TAG_MEM, &[c.addr, c.input[0], c.input[1], F::ZERO])),
        (-num, den(rand, TAG_MEM, &[c.addr, c.output[0], c.output[1], c.time])),
    ]
}

/// Evaluates the aux constraints with the run-wide challenges `bus` and the link
/// challenges `link`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn evaluate_aux<F, E>(
    main: &[F],
    aux: &[E],
    aux_next: &[E],
    periodic: &[F],
    bus: &[E; 2],
    link: &[E; 2],
    role: &RoleConsts,
    result: &mut [E],
) where
    F: FieldElement<BaseField = Felt>,
    E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
{
    let fr = fractions(main, periodic, &Rand::new(bus), role);
    let running = aux_next[BUS_SUM] - aux[BUS_SUM] - aux[1] - aux[2];
    result[0] = group_constraint(running, &fr[..4]);
    result[1] = group_constraint(aux[1], &fr[4..8]);
    result[2] = group_constraint(aux[2], &fr[8..]);
    let lf = link_fractions(main, &Rand::new(link), role);
    result[3] = group_constraint(aux_next[LINK_SUM] - aux[LINK_SUM], &lf);
}

/// The verifier's entries on the handoff bus: every non-zero cell of the program's
/// initial image, left by "segment 0".
pub fn image_sum<E: FieldElement<BaseField = Felt>>(program: &isa_spec::Program, bus: &[E; 2]) -> E {
    let rand = Rand::new(bus);
    let f = Felt::new;
    let dens: Vec<E> = program
        .initial_cells()
        .into_iter()
        .map(|(addr, v)| den::<Felt, E>(&rand, TAG_HANDOFF, &[f(addr as u64), f(v & 0xffff_ffff), f(v >> 32), f(0)]))
        .collect();
    batch_inversion(&dens).into_iter().fold(E::ZERO, |a, x| a + x)
}
