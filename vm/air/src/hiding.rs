//! Hiding (zero-knowledge) proofs, shared by every AIR of the zkvm.
//!
//! Winterfell 0.13 has no zero-knowledge option, so the masking that eprint 2024/1037
//! prescribes is built from what an AIR and a prover control, leaving Winterfell's
//! protocol untouched (`docs/security.md`, "Zero knowledge", has the argument):
//!
//! - **Random rows.** The last [`RANDOM_ROWS`] rows of every main and aux column are
//!   uniformly random and exempt from the transition constraints. A column is then a
//!   uniformly random polynomial among those through its constrained rows, so its
//!   values at any [`RANDOM_ROWS`] points outside the trace domain (counting a point of
//!   the quadratic extension twice) are uniform and independent of the witness. The
//!   proof opens each column at `z`, `g z` and the queried points `x_j`, and the
//!   composition values at `x_j` depend on the columns at `g x_j` too: `4 + 2 q` points.
//! - **A quotient mask.** The composition polynomial's segments are opened one by one,
//!   and each is a global function of the trace. The aux columns `A_0..A_4` (uniform on
//!   every row) enter five constraints `PZ(x) · P1(x)^i · A_i(x)` that vanish on every
//!   constrained row, so soundness does not change, while their quotients add
//!   `Σ α_i x^(e-1+i(n-1)) A_i(x)`, a uniformly random polynomial over every
//!   coefficient the segments hold but the lowest `e - 1` (`e` exempt rows), to the
//!   composition. `PZ = Z_e(x) x^(e-1)` (`Z_e` the transition divisor) and
//!   `P1 = x^(n-1)` are public polynomials of degree `n - 1`, held in two aux columns
//!   (no constraint needs them to be right: they only shape the quotient).
//! - **A DEEP mask.** One more aux column, uniform on every row and unconstrained, makes
//!   the DEEP composition polynomial, and so every FRI layer, a uniformly random
//!   polynomial of its degree (the random codeword of Aurora's batching step).
//! - **Salted commitments** ([`crate::commit`]): every Merkle leaf is hashed with a
//!   secret salt, so unopened rows stay hidden.
//!
//! The random rows, mask columns and salts all come from one secret [`Seed`] per proof.

use winterfell::TransitionConstraintDegree;
use winterfell::math::{FieldElement, StarkField, fields::f64::BaseElement as Felt};

/// Random rows at the end of every column of a hiding trace.
pub const RANDOM_ROWS: usize = 64;

/// Transition exemptions of a hiding trace: the random rows and the row before them,
/// which is only reached as "next".
pub const HIDING_EXEMPT_ROWS: usize = RANDOM_ROWS + 1;

/// Transition exemptions of a plain trace: one random row (so that every constraint has
/// its full degree, which the debug prover checks) and the row before it.
pub const PLAIN_EXEMPT_ROWS: usize = 2;

/// The most queries whose openings the random rows cover: `4 + 2 q` points, with a
/// margin of four.
pub const MAX_QUERIES: usize = (RANDOM_ROWS - 8) / 2;

/// The least blowup of a hiding proof: the quotient mask's constraints reach degree 6.
pub const MIN_BLOWUP: usize = 8;

/// Quotient mask columns `A_0..A_4`.
pub const MASKS: usize = 5;

/// Aux columns a hiding trace appends: `PZ`, `P1`, the quotient masks and the DEEP mask.
pub const AUX_WIDTH: usize = 2 + MASKS + 1;

/// Aux column of `PZ` within the appended ones.
const PZ: usize = 0;
/// Aux column of `P1`.
const P1: usize = 1;
/// First quotient mask column.
const MASK: usize = 2;

/// Transition exemptions of a trace.
pub const fn exempt_rows(hiding: bool) -> usize {
    if hiding { HIDING_EXEMPT_ROWS } else { PLAIN_EXEMPT_ROWS }
}

/// Aux columns of a trace of an AIR whose own aux segment is `base_aux_width` wide.
pub const fn aux_width(base_aux_width: usize, hiding: bool) -> usize {
    base_aux_width + if hiding { AUX_WIDTH } else { 0 }
}

/// Whether a trace with `aux_width` aux columns, of an AIR whose own aux segment is
/// `base_aux_width` wide, is hiding; `None` for any other width.
pub fn is_hiding(aux_width: usize, base_aux_width: usize) -> Option<bool> {
    match aux_width.checked_sub(base_aux_width) {
        Some(0) => Some(false),
        Some(AUX_WIDTH) => Some(true),
        _ => None,
    }
}

/// Degrees of the quotient mask constraints: `PZ · P1^i · A_i` has degree `i + 2`.
pub fn aux_degrees() -> Vec<TransitionConstraintDegree> {
    (0..MASKS).map(|i| TransitionConstraintDegree::new(i + 2)).collect()
}

/// The quotient mask constraints on the appended aux columns of the current row.
pub fn evaluate<E: FieldElement>(aux: &[E], result: &mut [E]) {
    let mut factor = aux[PZ];
    for (i, out) in result.iter_mut().enumerate().take(MASKS) {
        *out = factor * aux[MASK + i];
        factor *= aux[P1];
    }
}

/// A proof's secret randomness (random rows, masks, salts), expanded by BLAKE3 in
/// keyed mode: the same seed gives the same traces and commitments, which lets the parts
/// of a segmented proof be made apart.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Seed(pub [u8; 32]);

impl std::fmt::Debug for Seed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Seed(..)")
    }
}

impl Seed {
    /// A fresh seed from the operating system.
    pub fn random() -> Seed {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).expect("the operating system's random source failed");
        Seed(bytes)
    }

    /// The seed of one part of a proof, named by `label` and `index`.
    pub fn derive(&self, label: &str, index: u64) -> Seed {
        let mut h = blake3::Hasher::new_keyed(&self.0);
        h.update(label.as_bytes()).update(&index.to_le_bytes());
        Seed(*h.finalize().as_bytes())
    }

    /// A stream of uniform field elements.
    pub fn elements(&self, label: &str) -> Elements {
        let mut h = blake3::Hasher::new_keyed(&self.0);
        h.update(label.as_bytes());
        Elements { xof: h.finalize_xof() }
    }
}

/// Uniform field elements from a [`Seed`]: 128 random bits reduced modulo p (bias
/// below 2^-64).
pub struct Elements {
    xof: blake3::OutputReader,
}

impl Elements {
    pub fn next_felt(&mut self) -> Felt {
        let mut b = [0u8; 16];
        self.xof.fill(&mut b);
        Felt::new((u128::from_le_bytes(b) % Felt::MODULUS as u128) as u64)
    }

    pub fn next_element<E: FieldElement<BaseField = Felt>>(&mut self) -> E {
        let coords: Vec<Felt> = (0..E::EXTENSION_DEGREE).map(|_| self.next_felt()).collect();
        E::slice_from_base_elements(&coords)[0]
    }

    /// Fills `out` with uniform elements.
    pub fn fill<E: FieldElement<BaseField = Felt>>(&mut self, out: &mut [E]) {
        out.iter_mut().for_each(|v| *v = self.next_element());
    }
}

/// The appended aux columns of a hiding trace of `n` rows: `PZ`, `P1`, then uniform
/// quotient and DEEP masks from `seed`.
pub fn aux_columns<E: FieldElement<BaseField = Felt>>(n: usize, seed: &Seed) -> Vec<Vec<E>> {
    let e = HIDING_EXEMPT_ROWS;
    let g = Felt::get_root_of_unity(n.ilog2());
    let g_inv = g.inv();
    let mut p1 = Vec::with_capacity(n);
    let mut x_inv = Felt::ONE;
    for _ in 0..n {
        p1.push(E::from(x_inv));
        x_inv *= g_inv;
    }
    // Z_e(x) = (x^n - 1) / Π_{s exempt} (x - g^s); at an exempt row r, x^n - 1 over
    // (x - g^r) is n x^(n-1) = n g^-r, over the other exempt factors.
    let exempt: Vec<Felt> = (n - e..n).map(|s| g.exp(s as u64)).collect();
    let mut pz = vec![E::ZERO; n];
    for (k, r) in (n - e..n).enumerate() {
        let x = exempt[k];
        let others = exempt.iter().enumerate().filter(|&(j, _)| j != k).fold(Felt::ONE, |a, (_, &s)| a * (x - s));
        let z = Felt::new(n as u64) * x.inv() / others;
        pz[r] = E::from(z * x.exp((e - 1) as u64));
    }
    let mut cols = vec![pz, p1];
    let mut rng = seed.elements("masks");
    for _ in 0..MASKS + 1 {
        let mut col = vec![E::ZERO; n];
        rng.fill(&mut col);
        cols.push(col);
    }
    cols
}

#[cfg(test)]
mod tests {
    use super::*;
    use winterfell::math::{fft, polynom};

    /// `PZ` and `P1` interpolate to `Z_e(x) x^(e-1)` and `x^(n-1)`, both of degree
    /// exactly `n - 1`, and `PZ` vanishes on every constrained row.
    #[test]
    fn public_mask_columns_are_the_polynomials_the_argument_needs() {
        let n = 256;
        let cols = aux_columns::<Felt>(n, &Seed([7; 32]));
        let g = Felt::get_root_of_unity(n.ilog2());
        let inv_twiddles = fft::get_inv_twiddles::<Felt>(n);
        let mut p1 = cols[P1].clone();
        fft::interpolate_poly(&mut p1, &inv_twiddles);
        assert!(p1[..n - 1].iter().all(|c| *c == Felt::ZERO) && p1[n - 1] == Felt::ONE);
        let mut pz = cols[PZ].clone();
        assert!(pz[..n - HIDING_EXEMPT_ROWS].iter().all(|v| *v == Felt::ZERO));
        fft::interpolate_poly(&mut pz, &inv_twiddles);
        // Z_e(x) x^(e-1) · Π (x - g^s) = (x^n - 1) x^(e-1)
        let mut prod = pz.clone();
        for s in n - HIDING_EXEMPT_ROWS..n {
            prod = polynom::mul(&prod, &[-g.exp(s as u64), Felt::ONE]);
        }
        let mut want = vec![Felt::ZERO; n + HIDING_EXEMPT_ROWS];
        want[HIDING_EXEMPT_ROWS - 1] = -Felt::ONE;
        want[n + HIDING_EXEMPT_ROWS - 1] = Felt::ONE;
        prod.resize(want.len(), Felt::ZERO);
        assert_eq!(prod, want);
        assert_eq!(polynom::degree_of(&pz), n - 1);
    }

    #[test]
    fn mask_constraints_vanish_where_pz_does() {
        let mut res = [Felt::ONE; MASKS];
        let row = [0, 5, 1, 2, 3, 4, 6, 9].map(Felt::new);
        evaluate(&row, &mut res);
        assert!(res.iter().all(|v| *v == Felt::ZERO));
        let row = [2, 3, 1, 1, 1, 1, 1, 0].map(Felt::new);
        evaluate(&row, &mut res);
        assert_eq!(res, [2, 6, 18, 54, 162].map(Felt::new));
    }

    #[test]
    fn seeds_expand_deterministically_and_apart() {
        let s = Seed([1; 32]);
        let a: Vec<Felt> = (0..4)
            .map({
                let mut r = s.elements("x");
                move |_| r.next_felt()
            })
            .collect();
        let mut r = s.elements("x");
        assert!(a.iter().all(|v| *v == r.next_felt()));
        assert_ne!(s.derive("segment", 0), s.derive("segment", 1));
        assert_ne!(s.elements("x").next_felt(), s.elements("y").next_felt());
    }
}
