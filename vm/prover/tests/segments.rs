//! Segmented proving: every trace of a multi-segment run satisfies its AIR and the
//! buses that join them, and every change to a handoff trace or to a segment's
//! boundary is caught.

use std::sync::OnceLock;

use winterfell::math::FieldElement;
use winterfell::math::fields::f64::BaseElement as Felt;
use winterfell::matrix::ColMatrix;
use zkvm_air::handoff::columns::{self as col, BYTES, WIDTH};
use zkvm_air::handoff::{BYTE_TABLE_LEN, HandoffInputs, Role, constraints};
use zkvm_air::hiding::PLAIN_EXEMPT_ROWS as EXEMPT_ROWS;
use zkvm_air::lookups::Rand;
use zkvm_air::segment::Ext;
use zkvm_prover::handoff::HandoffTrace;
use zkvm_prover::testing::{self, SegmentedRun};
use zkvm_prover::{fixtures, handoff};

fn run() -> &'static SegmentedRun {
    static RUN: OnceLock<SegmentedRun> = OnceLock::new();
    RUN.get_or_init(|| {
        let f = fixtures::segmented();
        testing::build_segmented(&f.program, &f.input, 16).unwrap()
    })
}

fn fresh() -> SegmentedRun {
    let f = fixtures::segmented();
    testing::build_segmented(&f.program, &f.input, 16).unwrap()
}

#[test]
fn segmented_run_satisfies_every_air() {
    let run = run();
    assert_eq!(run.executions.len(), 3);
    assert!(run.executions.iter().all(|e| e.trace.len == 1 << 16));
    assert_eq!(run.finals.len(), 1);
    // The array written in the first segment is read back in the second.
    let cells = |h: &HandoffTrace| h.cols[col::ACT].iter().filter(|v| **v == Felt::ONE).count();
    assert!(cells(&run.handoffs[0]) > 700 && cells(&run.handoffs[1]) > 700);
    testing::check_segmented(run).unwrap();
}

/// A hiding segmented run (2^17-row segments of `2^17 - 65` cycles, random rows and
/// mask columns in every execution, handoff and final-memory trace) satisfies every AIR
/// and bus, with the same seed giving the same traces.
#[test]
fn hiding_segmented_run_satisfies_every_air() {
    let f = fixtures::segmented();
    let seed = zkvm_prover::Seed([5; 32]);
    let run = testing::build_hiding_segmented(&f.program, &f.input, 17, seed).unwrap();
    assert_eq!(run.executions.len(), 2);
    assert_eq!(run.executions[0].trace.cycles, (1 << 17) - zkvm_air::hiding::HIDING_EXEMPT_ROWS);
    assert!(run.executions.iter().all(|e| e.trace.hiding.is_some()));
    assert!(run.handoffs.iter().chain(run.finals.iter().map(|(h, _)| h)).all(|h| h.hiding.is_some()));
    testing::check_segmented(&run).unwrap();
    let again = testing::build_hiding_segmented(&f.program, &f.input, 17, seed).unwrap();
    assert_eq!(again.executions[1].trace.cols, run.executions[1].trace.cols);
    assert_eq!(again.bus, run.bus);
}

/// Decides whether changing cell (`c`, `r`) of handoff trace `ht` to `value` is caught,
/// assuming the cheater rebuilds the byte multiplicities and the aux columns and claims
/// whatever share of the handoff bus the trace then has. Exact: the cell enters the
/// main constraints of rows `r - 1` and `r`, the assertions, its row's byte lookups
/// (which must stay in the table) and its row's bus and link fractions, whose sums must
/// not change (the verifier fixes the link sum to the execution proof's claim, and the
/// other proofs' shares of the handoff bus do not move).
fn detect(ht: &HandoffTrace, inputs: &HandoffInputs, c: usize, r: usize, value: Felt) -> Option<String> {
    use winterfell::Air;
    let n = ht.len();
    let info = winterfell::TraceInfo::new_multi_segment(WIDTH, 4, 1, n, Vec::new());
    let air = zkvm_air::handoff::HandoffAir::new(info, *inputs, zkvm_prover::proof_options(Default::default()));
    for a in air.get_assertions() {
        if a.column() == c && a.first_step() == r && a.values()[0] != value {
            return Some(format!("assertion on {} at row {r}", col::name(c)));
        }
    }
    let consts = inputs.consts();
    let mut rows: Vec<Vec<Felt>> = (r.saturating_sub(1)..=(r + 1).min(n - 1)).map(|i| ht.row(i)).collect();
    let at = r - r.saturating_sub(1);
    let orig = rows[at].clone();
    rows[at][c] = value;
    for i in 0..rows.len() - 1 {
        let row = r.saturating_sub(1) + i;
        if row >= n - EXEMPT_ROWS {
            continue;
        }
        let mut res = vec![Felt::ZERO; 16];
        let len = constraints::evaluate(&rows[i], &rows[i + 1], consts.top, &mut res);
        if let Some(k) = res[..len].iter().position(|v| *v != Felt::ZERO) {
            return Some(format!("main constraint {k} at row {row}"));
        }
    }
    if r >= n - EXEMPT_ROWS {
        return None;
    }
    if c == col::MULT {
        return (value != orig[c]).then(|| "byte table multiplicity".into());
    }
    if BYTES.contains(&c) && value.as_int() >= 256 {
        return Some("byte lookup".into());
    }
    let table = [Felt::new((r % BYTE_TABLE_LEN) as u64)];
    let (bus, link) = (Rand::<Ext>::new(&inputs.bus), Rand::<Ext>::new(&inputs.link()));
    let sums = |row: &[Felt]| {
        let f = constraints::fractions(row, &table, &bus, &consts);
        let l = constraints::link_fractions(row, &link, &consts);
        (f[0].0 / f[0].1 + f[1].0 / f[1].1, l[0].0 / l[0].1 + l[1].0 / l[1].1)
    };
    let (before, after) = (sums(&orig), sums(&rows[at]));
    if before.0 != after.0 {
        return Some("handoff bus".into());
    }
    if before.1 != after.1 {
        return Some("link bus".into());
    }
    None
}

/// The cells of a handoff trace whose value matters in its role: on a cell row every
/// column the role reads, on the other rows the activity flag and the address (their
/// other cells enter no constraint and no bus); the multiplicities of the byte table.
fn constrained(ht: &HandoffTrace, role: &Role) -> Vec<(usize, usize)> {
    let n = ht.len();
    let cells = ht.cols[col::ACT].iter().take(n - 1).filter(|v| **v == Felt::ONE).count();
    let role_cols: Vec<usize> = match role {
        Role::Segment { .. } => (0..WIDTH).filter(|&c| c != col::IMG && c != col::MULT).collect(),
        Role::Final { .. } => {
            (0..WIDTH).filter(|&c| ![col::OUT0, col::OUT1, col::TIME, col::MULT].contains(&c)).collect()
        }
    };
    let mut out = Vec::new();
    for r in 0..n - 1 {
        if r < cells {
            // The last cell's address gap points at no cell: its bytes are only range checked.
            out.extend(
                role_cols.iter().filter(|&&c| r + 1 < cells || !(col::GAP..col::GAP + 4).contains(&c)).map(|&c| (c, r)),
            );
        } else {
            out.extend([(col::ACT, r), (col::ADDR, r)]);
        }
        if r < BYTE_TABLE_LEN {
            out.push((col::MULT, r));
        }
    }
    out
}

/// Every constrained cell of every handoff trace, changed by +1, -1, +2^32 and to
/// p - 1, is caught; a sample of the changes is confirmed by the full check of the
/// whole run.
#[test]
fn handoff_tamper_matrix() {
    let run = run();
    let inputs = testing::handoff_inputs(run);
    let traces: Vec<&HandoffTrace> = run.handoffs.iter().chain(run.finals.iter().map(|(h, _)| h)).collect();
    let mut scratch = fresh();
    let mut checked = 0;
    let mut confirmed = 0;
    for (t, (ht, inputs)) in traces.iter().zip(&inputs).enumerate() {
        for (c, r) in constrained(ht, &inputs.role) {
            let v = ht.cols[c][r];
            for value in [v + Felt::ONE, v - Felt::ONE, v + Felt::new(1 << 32), -Felt::ONE] {
                if value == v {
                    continue;
                }
                let reason = detect(ht, inputs, c, r, value);
                assert!(reason.is_some(), "trace {t}: {} at row {r} = {value} is not caught", col::name(c));
                checked += 1;
                // Confirm some with the full check, multiplicities rebuilt as a cheater would.
                if checked % 20_011 == 0 {
                    let segments = scratch.handoffs.len();
                    let h = if t < segments { &mut scratch.handoffs[t] } else { &mut scratch.finals[t - segments].0 };
                    h.cols[c][r] = value;
                    if c != col::MULT {
                        h.recompute_multiplicities();
                    }
                    assert!(testing::check_segmented(&scratch).is_err(), "{reason:?}: full check accepts it");
                    let h = if t < segments { &mut scratch.handoffs[t] } else { &mut scratch.finals[t - segments].0 };
                    h.cols[c][r] = v;
                    h.recompute_multiplicities();
                    confirmed += 1;
                }
            }
        }
    }
    testing::check_segmented(&scratch).unwrap();
    assert!(checked > 50_000, "{checked}");
    assert!(confirmed >= 3, "{confirmed}");
}

/// The don't-care cells of [`constrained`] really change nothing: the full check of
/// the whole run still passes with each of them set to another value.
#[test]
fn unconstrained_handoff_cells_change_nothing() {
    let mut run = fresh();
    let last_cell = |h: &HandoffTrace| h.cols[col::ACT].iter().filter(|v| **v == Felt::ONE).count() - 1;
    let (n, cells) = (run.handoffs[0].len(), last_cell(&run.handoffs[0]));
    // An inactive row's values, the segment role's image flag, the last cell's gap.
    run.handoffs[0].cols[col::IN0][cells + 3] = Felt::new(99);
    run.handoffs[0].cols[col::TIME][n - 3] = Felt::new(5);
    run.handoffs[1].cols[col::IMG][4] = Felt::ONE;
    let cells = last_cell(&run.handoffs[2]);
    run.handoffs[2].cols[col::GAP][cells] += Felt::ONE;
    run.finals[0].0.cols[col::OUT0][0] = Felt::new(3);
    for h in run.handoffs.iter_mut().chain(run.finals.iter_mut().map(|(h, _)| h)) {
        h.recompute_multiplicities();
    }
    testing::check_segmented(&run).unwrap();
}

/// Every cell of every aux column of a handoff trace (the bus running sum and its
/// helpers, the link running sum), changed on a constrained row, breaks a constraint
/// or an assertion.
#[test]
fn handoff_aux_tampers_are_caught() {
    use winterfell::Air;
    let run = run();
    let inputs = testing::handoff_inputs(run);
    for (ht, inputs) in
        run.handoffs.iter().zip(&inputs).take(1).chain(run.finals.iter().map(|(h, _)| h).zip(&inputs[3..]))
    {
        let main = ColMatrix::new(ht.cols.clone());
        let (aux, _, _) = handoff::build_aux(&main, inputs, None);
        let info = winterfell::TraceInfo::new_multi_segment(WIDTH, 4, 1, ht.len(), Vec::new());
        let air = zkvm_air::handoff::HandoffAir::new(info, *inputs, zkvm_prover::proof_options(Default::default()));
        let none = winterfell::AuxRandElements::new(vec![Ext::ONE]);
        let validate = |aux: &ColMatrix<Ext>| testing::validate_handoff(&air, &main, aux, &none);
        validate(&aux).unwrap();
        for c in 0..aux.num_cols() {
            // The helpers' last constrained row is n - 3 (row n - 2 is only a "next" row).
            let last = if c == 1 || c == 2 { ht.len() - 3 } else { ht.len() - 2 };
            for r in [0, 1, 2, 100, 511, ht.len() - 3, last] {
                let mut cols: Vec<Vec<Ext>> = (0..aux.num_cols()).map(|i| aux.get_column(i).to_vec()).collect();
                cols[c][r] += Ext::ONE;
                assert!(validate(&ColMatrix::new(cols)).is_err(), "aux column {c} row {r}");
            }
        }
        assert_eq!(air.get_aux_assertions(&none).len(), 4);
    }
}

/// A segment's execution trace is bound at its boundaries: every state cell of its
/// first rows and of the rows up to the one holding the next segment's start
/// (clock, pc, fp, padding flag, journal index, end-of-input flag, final-memory flag;
/// pc and fp of the last segment's padding rows after `halt` mean nothing)
/// changed by +1 or -1 is caught, as are a `cycles` result and the cycles the segment
/// claims to run after.
#[test]
fn segment_boundary_rows_are_tamper_evident() {
    use zkvm_air::columns::{decoder, f, io, memory};
    let run = run();
    let mut checked = 0;
    for (k, exec) in run.executions.iter().enumerate() {
        let n = exec.trace.len;
        let oracle = testing::TamperOracle::new(exec);
        for r in [0, 1, 2, n - 4, n - 3, n - 2] {
            for c in [decoder::CLK, decoder::PC, decoder::FP, decoder::PAD, io::JIDX, io::EOF, memory::FM_ACT] {
                // After `halt`, padding rows carry no pc or fp.
                let padding = exec.trace.get(decoder::PAD, r) == Felt::ONE;
                if padding && (c == decoder::PC || c == decoder::FP) {
                    continue;
                }
                let v = exec.trace.get(c, r);
                for value in [v + Felt::ONE, v - Felt::ONE] {
                    let reason = oracle.detect(c, r, value);
                    assert!(reason.is_some(), "segment {k}: {} at row {r} = {value}", zkvm_air::columns::name(c));
                    checked += 1;
                }
            }
        }
        // The cycle counter reads the cycles of earlier segments plus the row.
        for r in (0..exec.trace.cycles).filter(|&r| exec.trace.get(f(isa_spec::Opcode::CycleCount), r) == Felt::ONE) {
            let a0 = exec.trace.get(memory::A0, r);
            assert_eq!(a0.as_int(), exec.segment.unwrap().cycles_before + r as u64);
            assert!(oracle.detect(memory::A0, r, a0 + Felt::ONE).is_some());
            let mut forged = testing::build_segmented(&fixtures::segmented().program, b"abc", 16).unwrap();
            forged.executions[k].segment.as_mut().unwrap().cycles_before += 1;
            assert!(testing::check(&forged.executions[k]).is_err(), "cycles_before + 1 accepted");
            checked += 1;
        }
    }
    assert!(checked >= 240, "{checked}");
}

/// The claim column: changed on one row it breaks `c' = c`; changed on every row (a
/// cheater claiming another sum for the open memory chains) the running sum no longer
/// ends where the verifier's terms say. A whole-run trace's claim must be zero.
#[test]
fn claims_are_bound() {
    use zkvm_air::lookups::CLAIM;
    let exec = &run().executions[1];
    testing::check_with_aux(exec, |_| ()).unwrap();
    for r in [0, 1, 1000, exec.trace.len - 2] {
        assert!(testing::check_with_aux(exec, |cols| cols[CLAIM][r] += Ext::ONE).is_err(), "row {r}");
    }
    let shifted = |cols: &mut [Vec<Ext>]| {
        let n = cols[CLAIM].len();
        cols[CLAIM][..n - 1].iter_mut().for_each(|c| *c += Ext::ONE);
    };
    assert!(testing::check_with_aux(exec, shifted).is_err());
    let whole = fixtures::fixtures().remove(1);
    let exec = testing::build_trace(&whole.program, &whole.input).unwrap();
    testing::check_with_aux(&exec, |_| ()).unwrap();
    assert!(testing::check_with_aux(&exec, shifted).is_err());
}

/// Fault injection across boundaries: the fixture's machine computes one value wrong
/// (a value written, a loaded cell, the next pc or fp, a journal byte) in the cycles
/// around each segment boundary and in loads that read memory an earlier segment wrote,
/// then carries on; the prover builds every trace of the faulty run as faithfully as it
/// can. No such run satisfies the AIRs and buses: it traps, is refused by the trace
/// builder, or fails the full check. `make test-long` tries more cycles and corruptions.
#[test]
fn faults_across_boundaries_are_caught() {
    use isa_spec::Opcode;
    use zkvm_executor::{Corruption, Fault, FaultSite};
    let long = std::env::var_os("ZKVM_TEST_LONG").is_some();
    let f = fixtures::segmented();
    let budget = (1u64 << 16) - 2;
    let around: &[u64] = if long { &[2, 1, 0] } else { &[1, 0] };
    let mut cycles: Vec<u64> =
        [budget, 2 * budget].iter().flat_map(|&b| around.iter().flat_map(move |&d| [b - 1 - d, b + d])).collect();
    // Loads of the array the first segment wrote, read in the second.
    let steps = {
        let (mut out, mut err) = (std::io::sink(), std::io::sink());
        let console = zkvm_executor::Console { stdout: &mut out, stderr: &mut err };
        zkvm_executor::execute_traced(&f.program, &f.input, console, &Default::default()).unwrap().1
    };
    let loads =
        (budget as usize..steps.len()).filter(|&c| f.program.code[steps[c].pc as usize].opcode == Opcode::Load64);
    cycles.extend(loads.step_by(if long { 37 } else { 233 }).map(|c| c as u64));
    let corruptions: &[Corruption] = if long {
        &[Corruption::Add(1), Corruption::FlipBit(35), Corruption::Add(u64::MAX)]
    } else {
        &[Corruption::Add(1)]
    };
    let mut injected = 0;
    for &cycle in &cycles {
        for site in FaultSite::ALL {
            for &corruption in corruptions {
                let fault = Fault { cycle, site, corruption };
                let Some(result) = testing::build_segmented_with_fault(&f.program, &f.input, 16, fault) else {
                    continue;
                };
                injected += 1;
                if let Ok(run) = result {
                    assert!(testing::check_segmented(&run).is_err(), "{fault:?} accepted");
                }
            }
        }
    }
    assert!(injected >= 15, "{injected} faults injected");
}
