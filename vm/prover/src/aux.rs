//! The aux segment: per-row LogUp group sums and the running total, computed with the
//! very fraction code the AIR evaluates (`zkvm_air::lookups`), plus a fast checker
//! that validates a whole trace against the AIR (Winterfell's own validation evaluates
//! the 2^16-period table polynomials once per row, which is far too slow).

use winterfell::math::{FieldElement, StarkField, batch_inversion, fields::f64::BaseElement as Felt};
use winterfell::matrix::ColMatrix;
use winterfell::{Air, AuxRandElements, EvaluationFrame};
use zkvm_air::PublicInputs;
use zkvm_air::columns::WIDTH;
use zkvm_air::hiding::Seed;
use zkvm_air::lookups::{
    AUX_WIDTH, CLAIM, GROUP, NUM_FRACTIONS, NUM_GROUPS, NUM_TAILS, Rand, claim_share, fractions, tail_fractions,
};

/// Rows processed per batch inversion.
const CHUNK: usize = 1 << 12;

/// Builds the aux columns for the main trace `main` (columns of equal length). The
/// claim is what the rows' fractions and the verifier's terms leave over: zero for an
/// honest single trace, the open memory chains of a segment. A hiding trace's aux
/// segment has random last rows and the mask columns ([`zkvm_air::hiding`]).
pub fn build<E: FieldElement<BaseField = Felt>>(
    main: &ColMatrix<Felt>,
    periodic: &[Vec<Felt>],
    rand_elements: &[E],
    pub_inputs: &PublicInputs,
    hiding: Option<&Seed>,
) -> ColMatrix<E> {
    let exempt = zkvm_air::hiding::exempt_rows(hiding.is_some());
    let n = main.num_rows();
    let rand = Rand::new(rand_elements);
    let per_row = NUM_FRACTIONS + NUM_TAILS;
    // group sums: [row][group]
    let mut sums = vec![E::ZERO; n * NUM_GROUPS];
    let mut row = vec![Felt::ZERO; WIDTH];
    let mut per = vec![Felt::ZERO; periodic.len()];
    let mut fr = [(E::ZERO, E::ZERO); NUM_FRACTIONS];
    let rows = n - 1;
    let mut start = 0;
    while start < rows {
        let end = (start + CHUNK).min(rows);
        let mut nums = Vec::with_capacity((end - start) * per_row);
        let mut dens = Vec::with_capacity((end - start) * per_row);
        for r in start..end {
            main.read_row_into(r, &mut row);
            for (p, col) in per.iter_mut().zip(periodic) {
                *p = col[r % col.len()];
            }
            fractions(&row, &per, &rand, &mut fr);
            for &(num, den) in fr.iter().chain(tail_fractions::<Felt, E>(&row, &rand).iter()) {
                nums.push(num);
                dens.push(den);
            }
        }
        let inv = batch_inversion(&dens);
        for (k, r) in (start..end).enumerate() {
            for i in 0..per_row {
                let g = if i < NUM_FRACTIONS { i / GROUP } else { 0 };
                let idx = k * per_row + i;
                sums[r * NUM_GROUPS + g] += nums[idx] * inv[idx];
            }
        }
        start = end;
    }
    let mut cols = vec![vec![E::ZERO; n]; AUX_WIDTH];
    for r in 0..rows {
        for g in 1..NUM_GROUPS {
            cols[g][r] = sums[r * NUM_GROUPS + g];
        }
    }
    let row_total = |r: usize| (0..NUM_GROUPS).fold(E::ZERO, |a, g| a + sums[r * NUM_GROUPS + g]);
    let constrained = n - exempt;
    let fractions_sum = (0..constrained).fold(E::ZERO, |a, r| a + row_total(r));
    let claim = -pub_inputs.public_sum(&rand) - fractions_sum;
    let share = claim.mul_base(claim_share(n, exempt));
    for r in 0..rows {
        cols[0][r + 1] = cols[0][r] + row_total(r) + share;
        cols[CLAIM][r] = claim;
    }
    // Random last row, like the main trace, so every aux constraint has full degree.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for col in cols.iter_mut() {
        let mut v = E::ZERO;
        for _ in 0..E::EXTENSION_DEGREE {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            v = v * E::from(Felt::new(1 << 20)) + E::from(Felt::new(seed % Felt::MODULUS));
        }
        col[n - 1] = v;
    }
    if let Some(seed) = hiding {
        // The claim column stays constant but for its last row: the verifier of a
        // segmented proof reads the claim, which is public, off its out-of-domain values.
        let claim_col = cols[CLAIM].clone();
        append_hiding(&mut cols, seed);
        cols[CLAIM] = claim_col;
    }
    ColMatrix::new(cols)
}

/// Makes an aux segment hiding: random last rows, then the mask columns.
pub fn append_hiding<E: FieldElement<BaseField = Felt>>(cols: &mut Vec<Vec<E>>, seed: &Seed) {
    crate::trace::randomize_rows(cols, seed, "aux rows");
    let n = cols[0].len();
    cols.extend(zkvm_air::hiding::aux_columns(n, seed));
}

/// Checks every assertion and transition constraint of `air` on the trace, with
/// periodic values read by index. Returns the first failure.
pub fn validate<A, E>(
    air: &A,
    main: &ColMatrix<Felt>,
    aux: Option<(&ColMatrix<E>, &AuxRandElements<E>)>,
) -> Result<(), String>
where
    A: Air<BaseField = Felt>,
    E: FieldElement<BaseField = Felt>,
{
    validate_named(air, main, aux, zkvm_air::columns::name)
}

/// [`validate`] for any AIR, naming main columns with `name`.
pub fn validate_named<A, E>(
    air: &A,
    main: &ColMatrix<Felt>,
    aux: Option<(&ColMatrix<E>, &AuxRandElements<E>)>,
    name: fn(usize) -> String,
) -> Result<(), String>
where
    A: Air<BaseField = Felt>,
    E: FieldElement<BaseField = Felt>,
{
    let n = main.num_rows();
    for a in air.get_assertions() {
        let mut err = None;
        a.apply(n, |step, value| {
            if main.get(a.column(), step) != value && err.is_none() {
                err =
                    Some(format!("assertion on main column {} ({}) at row {step} fails", a.column(), name(a.column())));
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
    }
    if let Some((aux, rand)) = aux {
        for a in air.get_aux_assertions(rand) {
            let mut err = None;
            a.apply(n, |step, value| {
                if aux.get(a.column(), step) != value && err.is_none() {
                    err = Some(format!("assertion on aux column {} at row {step} fails", a.column()));
                }
            });
            if let Some(e) = err {
                return Err(e);
            }
        }
    }
    let periodic = air.get_periodic_column_values();
    let mut per = vec![Felt::ZERO; periodic.len()];
    let mut frame = EvaluationFrame::<Felt>::new(main.num_cols());
    let mut res = vec![Felt::ZERO; air.context().num_main_transition_constraints()];
    let mut aux_frame = aux.map(|(m, _)| EvaluationFrame::<E>::new(m.num_cols()));
    let mut aux_res = vec![E::ZERO; air.context().num_aux_transition_constraints()];
    for r in 0..n - air.context().num_transition_exemptions() {
        main.read_row_into(r, frame.current_mut());
        main.read_row_into(r + 1, frame.next_mut());
        air.evaluate_transition(&frame, &[], &mut res);
        if let Some(i) = res.iter().position(|v| *v != Felt::ZERO) {
            return Err(format!("main transition constraint {i} fails at row {r}"));
        }
        if let (Some((aux, rand)), Some(af)) = (aux, aux_frame.as_mut()) {
            for (p, col) in per.iter_mut().zip(&periodic) {
                *p = col[r % col.len()];
            }
            aux.read_row_into(r, af.current_mut());
            aux.read_row_into(r + 1, af.next_mut());
            air.evaluate_aux_transition(&frame, af, &per, rand, &mut aux_res);
            if let Some(i) = aux_res.iter().position(|v| *v != E::ZERO) {
                return Err(format!("aux transition constraint {i} fails at row {r}"));
            }
        }
    }
    Ok(())
}
