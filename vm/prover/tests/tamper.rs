//! Tamper matrix: for every fixture row and every column its instruction constrains,
//! changing that one cell (by +1, -1 and +2^32) must make the trace unprovable. The
//! oracle (`TamperOracle`) is exact for a cheater who also rebuilds the aux segment
//! and the table multiplicities; `oracle_agrees_with_full_check` cross-checks it against
//! the prover's own constraint validation.

use std::collections::{BTreeMap, BTreeSet};

use isa_spec::Opcode::{self, *};
use winterfell::math::{FieldElement, fields::f64::BaseElement as Felt};
use zkvm_air::columns::{
    self, FLAG_OPS, SHA256_BITS, WIDTH, bytes, decoder::*, helpers::H, io, memory::*, range, tables,
};
use zkvm_air::constraints::{ALU, LOADS, READS_B, STORES, WRITES_SLOT_A};
use zkvm_prover::fixtures::fixtures;
use zkvm_prover::testing::{self, TamperOracle};

fn s(i: usize) -> usize {
    range::S + i
}

fn h(i: usize) -> usize {
    H + i
}

/// Columns that the constraints of a row executing `op` pin down, given the row.
fn used_columns(op: Opcode, row: &[Felt]) -> Vec<usize> {
    let int = |c: usize| row[c].as_int();
    let mut cols = vec![CLK, PC, FP, IA, IB, IC, IMM0, IMM1, CIMM, PAD, io::JIDX, io::EOF];
    cols.extend(FLAGS..PAD);
    cols.extend((0..bytes::COUNT).map(bytes::z));
    if READS_B.contains(&op) {
        cols.extend([B0, B1, range::TS_B, range::TS_B + 1]);
    }
    let alu = ALU.contains(&op);
    if (alu && int(CIMM) == 0) || LOADS.contains(&op) || STORES.contains(&op) {
        cols.extend([C0, C1, ADDR_C, range::TS_C, range::TS_C + 1]);
    }
    if alu && int(CIMM) == 1 {
        cols.extend([C0, C1]);
    }
    if WRITES_SLOT_A.contains(&op) || STORES.contains(&op) {
        cols.extend([A0, A1, OA0, OA1, ADDR_A, range::TS_A, range::TS_A + 1]);
    }
    let xy = |j: usize| [bytes::x(j), bytes::y(j)];
    match op {
        Add | Sub | FpAddr | LtU => cols.extend([s(0), s(1), s(2), s(3), h(0), h(1)]),
        LtS => cols.extend((0..8).map(s).chain([h(0), h(1), h(2), h(3)])),
        Eq => {
            if int(B0) != int(C0) {
                cols.push(h(0));
            }
            if int(B1) != int(C1) {
                cols.push(h(1));
            }
        }
        And | Or | Xor | AndN | Mul | MulHu | DivU | RemU | DivS | RemS => {
            cols.extend((0..8).flat_map(xy));
            match op {
                Mul | MulHu => cols.extend((0..14).map(s)),
                DivU | RemU => cols.extend((0..10).map(s).chain([h(0)])),
                DivS | RemS => {
                    // Sign bits, |c| carry, zero flags of the result's limbs and their
                    // inverse witnesses (only where the limb is non-zero).
                    cols.extend((0..14).map(s).chain((0..5).map(h)).chain([h(6)]));
                    if int(h(4)) == 1 {
                        cols.push(h(5));
                    }
                    if int(h(6)) == 1 {
                        cols.push(h(7));
                    }
                }
                _ => {}
            }
        }
        Sha256Sum | Sha256Sig => cols.extend(SHA256_BITS),
        Shl | Shr | Sra | Rotl => {
            cols.extend((0..10).map(s).chain((0..8).map(h)).chain([h(10)]));
            if matches!(op, Shr | Sra) {
                cols.push(h(8));
                let v: u64 = (0..6).map(|i| int(h(i)) << i).sum();
                if v != 0 {
                    cols.push(h(9));
                }
            }
            if op == Sra {
                cols.extend([s(10), s(11)]);
            }
        }
        Load8 | Load16 | Load32 | Load64 | Store8 | Store16 | Store32 | Store64 => {
            cols.extend((0..11).map(h).chain((0..5).map(s)).chain((0..4).flat_map(xy)));
            if matches!(op, Store8 | Store16) {
                cols.extend((4..6).flat_map(xy));
            }
        }
        Call | CallIndirect | Return => cols.extend([s(0), s(1), s(2)]),
        BranchNonZero if int(B0) + int(B1) != 0 => cols.push(h(0)),
        Read => {
            cols.push(h(0));
            if int(h(0)) == 0 {
                cols.push(bytes::x(0));
            }
        }
        Commit => cols.extend((0..2).flat_map(xy)),
        _ => {}
    }
    cols
}

fn deltas(v: Felt) -> [Felt; 3] {
    [v + Felt::ONE, v - Felt::ONE, v + Felt::new(1 << 32)]
}

#[test]
fn every_constrained_cell_is_tamper_evident() {
    let mut covered = BTreeSet::new();
    let mut per_column: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut count = 0usize;
    for f in fixtures() {
        let exec = testing::build_trace(&f.program, &f.input).unwrap();
        let oracle = TamperOracle::new(&exec);
        let t = &exec.trace;
        let mut check = |col: usize, row: usize, what: &'static str| {
            for v in deltas(t.get(col, row)) {
                count += 1;
                if oracle.detect(col, row, v).is_none() {
                    failures.push(format!("{}: {} at row {row} ({what}) = {v}", f.name, columns::name(col)));
                    return;
                }
            }
            covered.insert(col);
            per_column.entry(columns::name(col)).or_default().insert(what);
        };
        for row in 0..t.cycles {
            let r = t.row(row);
            let flag = (FLAGS..PAD).find(|&c| r[c] == Felt::ONE).unwrap();
            let op = FLAG_OPS[flag - FLAGS];
            for col in used_columns(op, &r) {
                check(col, row, op.mnemonic());
            }
        }
        // Padding rows: the first one, and the last constrained one (only reached as a
        // "next" row: its own flags are free and harmless, its lookups do not count).
        for col in [CLK, PAD, io::JIDX, io::EOF].into_iter().chain(FLAGS..PAD) {
            check(col, t.cycles, "padding");
        }
        for col in [CLK, PAD, io::JIDX, io::EOF] {
            check(col, t.len - 2, "padding");
        }
        // Final-memory table.
        for row in 0..t.cells {
            for col in [FM_ACT, FM_ADDR, FM_V0, FM_V1, FM_TS, FM_IMG] {
                check(col, row, "final memory");
            }
            if row + 1 < t.cells {
                check(range::FM_GAP, row, "final memory");
                check(range::FM_GAP + 1, row, "final memory");
            }
        }
        check(FM_ACT, t.cells, "final memory");
        // Table multiplicities.
        check(tables::M_ROM, exec.program.entry as usize, "tables");
        for col in tables::M_RANGE..tables::END {
            check(col, 0, "tables");
        }
    }
    for line in per_column.iter().map(|(c, ops)| format!("{c}: {}", ops.iter().cloned().collect::<Vec<_>>().join(" ")))
    {
        eprintln!("{line}");
    }
    eprintln!("{count} tampered cells");
    assert!(failures.is_empty(), "{} undetected tampers:\n{}", failures.len(), failures.join("\n"));
    let missing: Vec<String> = (0..WIDTH).filter(|c| !covered.contains(c)).map(columns::name).collect();
    assert!(missing.is_empty(), "columns never tamper-tested: {missing:?}");
}

/// The oracle and the full constraint check (what the debug prover runs) agree on a
/// sample of tampers, including ones the oracle deems harmless.
#[test]
fn oracle_agrees_with_full_check() {
    let f = &fixtures()[1];
    let exec = testing::build_trace(&f.program, &f.input).unwrap();
    // (row, column): harmful and harmless changes on li (row 0), ld64 (row 1) and
    // st64 (row 10) rows.
    let cases = [
        (0, PC),
        (0, s(3)),
        (0, bytes::x(1)),
        (0, h(2)),
        (1, C1),
        (1, bytes::y(6)),
        (1, h(8)),
        (10, OA1),
        (10, range::TS_C),
        (10, bytes::x(5)),
        (3, FM_V0),
        (2, tables::M_RANGE),
    ];
    let mut exec = exec;
    let (mut harmful, mut harmless) = (0, 0);
    for &(row, col) in &cases {
        {
            let old = exec.trace.get(col, row);
            let new = old + Felt::ONE;
            let predicted = TamperOracle::new(&exec).detect(col, row, new).is_some();
            exec.trace.set(col, row, new);
            if !(tables::M_ROM..tables::END).contains(&col) {
                let prog = exec.program.clone();
                exec.trace.recompute_multiplicities(&prog);
            }
            let actual = testing::check(&exec).is_err();
            exec.trace.set(col, row, old);
            let prog = exec.program.clone();
            exec.trace.recompute_multiplicities(&prog);
            assert_eq!(predicted, actual, "{} at row {row}", columns::name(col));
            if actual {
                harmful += 1;
            } else {
                harmless += 1;
            }
        }
    }
    assert!(harmful >= 6 && harmless >= 3, "{harmful} harmful, {harmless} harmless");
}

/// Changes aimed at the special cases: ±1, the non-canonical limbs `v + 2^32` and
/// `v + p - 2^32` (field elements that are not u32s but may satisfy a linear
/// constraint), ±2^16, and the boundary values 0, 1, 2^32 - 1, 2^32 and p - 1.
fn edge_values(v: Felt) -> Vec<Felt> {
    let two32 = Felt::new(1 << 32);
    let mut out = vec![
        v + Felt::ONE,
        v - Felt::ONE,
        v + two32,
        v - two32,
        v + Felt::new(1 << 16),
        v - Felt::new(1 << 16),
        Felt::ZERO,
        Felt::ONE,
        Felt::new(u32::MAX as u64),
        two32,
        -Felt::ONE,
    ];
    out.retain(|x| *x != v);
    out.sort_by_key(|x| x.as_int());
    out.dedup();
    out
}

/// Boundary operands and operand aliasing: every constrained cell of every row of the
/// edge fixtures, changed to each of `edge_values`, is detected.
#[test]
fn boundary_and_aliasing_rows_are_tamper_evident() {
    let mut failures = Vec::new();
    let mut count = 0usize;
    let mut aliasing = BTreeSet::new();
    for f in zkvm_prover::fixtures::edge_fixtures() {
        let exec = testing::build_trace(&f.program, &f.input).unwrap();
        let oracle = TamperOracle::new(&exec);
        let t = &exec.trace;
        for row in 0..t.cycles {
            let r = t.row(row);
            let flag = (FLAGS..PAD).find(|&c| r[c] == Felt::ONE).unwrap();
            let op = FLAG_OPS[flag - FLAGS];
            let (a, b, c, imm) = (r[IA], r[IB], r[IC], r[CIMM] == Felt::ONE);
            if ALU.contains(&op) && !imm {
                for (pattern, hit) in [("a=b", a == b), ("a=c", a == c), ("b=c", b == c), ("a=b=c", a == b && b == c)] {
                    if hit {
                        aliasing.insert((op.mnemonic(), pattern));
                    }
                }
            }
            for col in used_columns(op, &r) {
                for v in edge_values(r[col]) {
                    count += 1;
                    if oracle.detect(col, row, v).is_none() {
                        failures.push(format!(
                            "{}: {} at row {row} ({}) = {v}",
                            f.name,
                            columns::name(col),
                            op.mnemonic()
                        ));
                    }
                }
            }
        }
    }
    eprintln!("{count} tampered cells");
    assert!(failures.is_empty(), "{} undetected tampers:\n{}", failures.len(), failures.join("\n"));
    for op in ALU.iter() {
        for pattern in ["a=b", "a=c", "b=c", "a=b=c"] {
            assert!(aliasing.contains(&(op.mnemonic(), pattern)), "no {} row with {pattern}", op.mnemonic());
        }
    }
}

/// Padding rows cannot be turned into instructions, unpadded, re-clocked or given
/// journal or end-of-input changes, wherever they are: first, middle, last constrained.
#[test]
fn padding_rows_are_tamper_evident() {
    let mut failures = Vec::new();
    for f in fixtures() {
        let exec = testing::build_trace(&f.program, &f.input).unwrap();
        let oracle = TamperOracle::new(&exec);
        let t = &exec.trace;
        for row in [t.cycles, t.cycles + 1, (t.cycles + t.len) / 2, t.len - 3, t.len - 2] {
            let mut cols = vec![CLK, PAD, io::JIDX, io::EOF];
            if row < t.len - 2 {
                cols.extend(FLAGS..PAD);
            }
            for col in cols {
                for v in edge_values(t.get(col, row)) {
                    if oracle.detect(col, row, v).is_none() {
                        failures.push(format!("{}: {} at padding row {row} = {v}", f.name, columns::name(col)));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} undetected tampers:\n{}", failures.len(), failures.join("\n"));
}

/// Loads and stores claiming another address: a cell in the null guard, address 0, the
/// first unmapped cell, the neighbouring cells, a misaligned address, or another offset
/// within the cell.
#[test]
fn memory_addresses_cannot_be_forged() {
    let f = zkvm_prover::fixtures::fixture("memory");
    let exec = testing::build_trace(&f.program, &f.input).unwrap();
    let oracle = TamperOracle::new(&exec);
    let t = &exec.trace;
    let mut failures = Vec::new();
    let mut rows = 0;
    for row in 0..t.cycles {
        let r = t.row(row);
        let op = FLAG_OPS[(FLAGS..PAD).find(|&c| r[c] == Felt::ONE).unwrap() - FLAGS];
        let addr_col = if LOADS.contains(&op) {
            ADDR_C
        } else if STORES.contains(&op) {
            ADDR_A
        } else {
            continue;
        };
        rows += 1;
        let addr = r[addr_col].as_int();
        let forgeries = [0xff8, 0, 0x1000 - 1, 0x8000_0000, addr + 8, addr - 8, addr + 4, addr + 1, 0x7fff_fff8];
        for forged in forgeries.into_iter().filter(|&a| a != addr) {
            if oracle.detect(addr_col, row, Felt::new(forged)).is_none() {
                failures.push(format!("{} at row {row}: address {forged:#x}", op.mnemonic()));
            }
        }
        // Move the offset one-hot to every other offset.
        let offset = (0..8).find(|&i| r[h(i)] == Felt::ONE).unwrap();
        for other in (0..8).filter(|&i| i != offset) {
            if oracle.detect(h(other), row, Felt::ONE).is_none() {
                failures.push(format!("{} at row {row}: offset {other} set too", op.mnemonic()));
            }
        }
    }
    assert!(rows >= 30, "{rows} memory rows");
    assert!(failures.is_empty(), "{} undetected tampers:\n{}", failures.len(), failures.join("\n"));
}

/// Consistent forgeries, beyond one cell: the fault-injecting executor makes a load
/// return a value never stored (or a store write a different cell value) and the trace
/// builder fills the whole row to match, so only the memory argument can object.
#[test]
fn loads_of_values_never_stored_are_rejected() {
    use zkvm_executor::{Corruption, Fault, FaultSite};
    use zkvm_prover::testing::FaultyRun;
    let mut rejected = 0;
    for f in fixtures().into_iter().chain(zkvm_prover::fixtures::edge_fixtures()) {
        let exec = testing::build_trace(&f.program, &f.input).unwrap();
        let t = &exec.trace;
        for row in 0..t.cycles {
            let op = FLAG_OPS[(FLAGS..PAD).find(|&c| t.get(c, row) == Felt::ONE).unwrap() - FLAGS];
            let site = if LOADS.contains(&op) {
                FaultSite::LoadedCell
            } else if STORES.contains(&op) {
                FaultSite::Written
            } else {
                continue;
            };
            // One corruption per row (each check costs a full constraint pass).
            let corruption = if row % 2 == 0 { Corruption::Add(1) } else { Corruption::Add(1 << 32) };
            let fault = Fault { cycle: row as u64, site, corruption };
            match testing::build_faulty_trace(&f.program, &f.input, fault, 1 << 16) {
                FaultyRun::Built(faulty) => {
                    let err = testing::check(&faulty).expect_err(&format!("{}: {fault:?} accepted", f.name));
                    if site == FaultSite::LoadedCell {
                        assert!(
                            err.contains("aux"),
                            "{}: {fault:?} rejected by {err}, not the memory argument",
                            f.name
                        );
                    }
                    rejected += 1;
                }
                FaultyRun::Trapped(_) | FaultyRun::Unprovable { .. } => rejected += 1,
                FaultyRun::NotInjected => panic!("{}: {fault:?} not injected", f.name),
            }
        }
    }
    assert!(rejected >= 30, "{rejected} forgeries");
}

/// The oracle's verdicts on the special cases agree with the full constraint check.
#[test]
fn oracle_agrees_with_full_check_on_edge_cases() {
    let f = &zkvm_prover::fixtures::edge_fixtures()[0];
    let mut exec = testing::build_trace(&f.program, &f.input).unwrap();
    let two32 = Felt::new(1 << 32);
    let mut checked = 0;
    // Rows 6.. are ALU rows on boundary operands; tamper limbs non-canonically.
    for row in (6..exec.trace.cycles).step_by(97) {
        let r = exec.trace.row(row);
        let op = FLAG_OPS[(FLAGS..PAD).find(|&c| r[c] == Felt::ONE).unwrap() - FLAGS];
        let used = used_columns(op, &r);
        let cases = [(A0, two32), (A1, -two32), (B1, two32), (s(0), two32), (h(0), Felt::ONE)];
        for (col, delta) in cases.into_iter().filter(|(c, _)| used.contains(c)) {
            let old = exec.trace.get(col, row);
            let new = old + delta;
            let predicted = TamperOracle::new(&exec).detect(col, row, new);
            exec.trace.set(col, row, new);
            let prog = exec.program.clone();
            exec.trace.recompute_multiplicities(&prog);
            let actual = testing::check(&exec);
            exec.trace.set(col, row, old);
            exec.trace.recompute_multiplicities(&prog);
            assert!(predicted.is_some(), "{} at row {row}: oracle misses it", columns::name(col));
            assert!(actual.is_err(), "{} at row {row}: full check accepts it", columns::name(col));
            checked += 1;
        }
    }
    assert!(checked >= 20, "{checked}");
}

/// Main constraints that a row (with `next` as its next row) violates.
fn violated(row: &[Felt], next: &[Felt]) -> Vec<usize> {
    use zkvm_air::constraints::{Sink, count, evaluate};
    let mut res = vec![Felt::ZERO; count()];
    evaluate(row, next, Felt::ZERO, &mut Sink::new(&mut res));
    (0..res.len()).filter(|&i| res[i] != Felt::ZERO).collect()
}

/// `a0` as the AIR computes it from a `sha256sum`/`sha256sig` row's bit columns and
/// variant `c0`, in field arithmetic (so also for non-boolean bits or variants): an
/// independent restatement of the tap-table constraint.
fn claimed_a0(op: Opcode, row: &[Felt]) -> Felt {
    use isa_spec::semantics::sha256::{SIG, SUM, Tap};
    let bit = |j: u32| row[SHA256_BITS[j as usize]];
    let mix = |taps: [Tap; 3]| {
        (0..32).fold(Felt::ZERO, |acc, i| {
            let xor = taps
                .iter()
                .filter_map(|t| t.source_bit(i))
                .map(bit)
                .reduce(|x, y| x + y - Felt::new(2) * x * y)
                .unwrap();
            acc + Felt::new(1 << i) * xor
        })
    };
    let table = if op == Sha256Sum { SUM } else { SIG };
    (Felt::ONE - row[C0]) * mix(table[0]) + row[C0] * mix(table[1])
}

/// `sha256sum`/`sha256sig` rows forged so that the row stays consistent everywhere but
/// one place: exactly one main constraint must object, and a different one for each
/// kind of forgery. Kinds: a non-boolean bit (bit k + 2, bit k + 1 − 1: the
/// decomposition still holds), bits of another word (a flipped bit), a wrong result, a
/// non-zero high result limb, the variant 2 (with the result its linear combination of
/// the two tap tables gives), a non-zero high limb of the variant, and the result of
/// the other function or variant. Every row of the fixtures that runs these ops.
#[test]
fn sha256_forgeries_each_break_their_own_constraint() {
    use isa_spec::semantics::alu;
    type Forge = fn(Opcode, &mut [Felt]) -> bool;
    let forgeries: [(&str, Forge); 7] = [
        ("non-boolean bit", |op, r| {
            let Some(k) = (0..31).find(|&k| r[SHA256_BITS[k + 1]] == Felt::ONE) else { return false };
            r[SHA256_BITS[k]] += Felt::new(2);
            r[SHA256_BITS[k + 1]] = Felt::ZERO;
            r[A0] = claimed_a0(op, r);
            true
        }),
        ("decomposition", |op, r| {
            r[SHA256_BITS[7]] = Felt::ONE - r[SHA256_BITS[7]];
            r[A0] = claimed_a0(op, r);
            true
        }),
        ("result", |_, r| {
            r[A0] += Felt::ONE;
            true
        }),
        ("high result limb", |_, r| {
            r[A1] = Felt::ONE;
            true
        }),
        ("variant 2", |op, r| {
            r[C0] = Felt::new(2);
            if r[CIMM] == Felt::ONE {
                r[IMM0] = r[C0];
            }
            r[A0] = claimed_a0(op, r);
            true
        }),
        ("variant high limb", |_, r| {
            r[C1] = Felt::ONE;
            if r[CIMM] == Felt::ONE {
                r[IMM1] = r[C1];
            }
            true
        }),
        ("other function", |op, r| {
            let b = r[B0].as_int() | r[B1].as_int() << 32;
            let c = r[C0].as_int();
            let honest = r[A0].as_int();
            let other = if op == Sha256Sum { Sha256Sig } else { Sha256Sum };
            let wrong = [alu(other, b, c), alu(op, b, 1 - c)].into_iter().map(|a| a.unwrap()).find(|&a| a != honest);
            let Some(a) = wrong else { return false };
            r[A0] = Felt::new(a);
            true
        }),
    ];
    let mut caught: BTreeMap<(&str, &str), BTreeSet<usize>> = BTreeMap::new();
    let mut rows = 0;
    for f in fixtures().into_iter().chain(zkvm_prover::fixtures::edge_fixtures()) {
        let exec = testing::build_trace(&f.program, &f.input).unwrap();
        let t = &exec.trace;
        for row in 0..t.cycles {
            let r = t.row(row);
            let Some(op) = [Sha256Sum, Sha256Sig].into_iter().find(|&op| r[columns::f(op)] == Felt::ONE) else {
                continue;
            };
            rows += 1;
            let next = t.row(row + 1);
            assert_eq!(violated(&r, &next), [], "{}: honest row {row}", f.name);
            for (kind, forge) in forgeries {
                let mut forged = r.clone();
                if !forge(op, &mut forged) {
                    continue;
                }
                let v = violated(&forged, &next);
                assert_eq!(v.len(), 1, "{}: {kind} at row {row} ({}) violates {v:?}", f.name, op.mnemonic());
                caught.entry((op.mnemonic(), kind)).or_default().insert(v[0]);
            }
        }
    }
    assert!(rows >= 60, "{rows} rows");
    for op in [Sha256Sum, Sha256Sig] {
        // Every kind happened. The other function's result is caught by the result
        // constraint, a non-boolean bit by that bit's own constraint, every other kind
        // by one constraint of its own.
        let by = |kind: &'static str| {
            caught.get(&(op.mnemonic(), kind)).unwrap_or_else(|| panic!("no {kind} forgery of {}", op.mnemonic()))
        };
        assert_eq!(by("other function"), by("result"), "{}", op.mnemonic());
        let single = ["decomposition", "result", "high result limb", "variant 2", "variant high limb"];
        let mut seen = by("non-boolean bit").clone();
        for kind in single {
            assert_eq!(by(kind).len(), 1, "{kind}: {:?}", by(kind));
            assert!(seen.is_disjoint(by(kind)), "{kind} shares a constraint: {:?}", by(kind));
            seen.extend(by(kind));
        }
    }
}

/// Whole-trace forgeries that only the `sha256sum`/`sha256sig` constraints can catch:
/// the fault-injecting executor writes the result of the other function, of the other
/// variant, or of `b` with one bit flipped (whose bits then replace `b`'s in the row),
/// and memory, journal and lookups all agree with it. The full constraint check (what
/// the debug prover runs) must reject each through a main constraint.
#[test]
fn sha256_results_of_other_inputs_are_rejected() {
    use isa_spec::semantics::alu;
    use zkvm_executor::{Corruption, Fault, FaultSite};
    use zkvm_prover::testing::FaultyRun;
    let f = zkvm_prover::fixtures::fixture("alu");
    let exec = testing::build_trace(&f.program, &f.input).unwrap();
    let t = &exec.trace;
    // A bit held in a helper column, so the flip needs no byte-table entry of its own.
    let flipped = 5;
    assert!((H..range::START).contains(&SHA256_BITS[flipped]));
    let mut rejected = 0;
    for row in 0..t.cycles {
        let r = t.row(row);
        let Some(op) = [Sha256Sum, Sha256Sig].into_iter().find(|&op| r[columns::f(op)] == Felt::ONE) else {
            continue;
        };
        let b = r[B0].as_int() | r[B1].as_int() << 32;
        let c = r[C0].as_int();
        let honest = alu(op, b, c).unwrap();
        let other = if op == Sha256Sum { Sha256Sig } else { Sha256Sum };
        let forged = [(alu(other, b, c), false), (alu(op, b, 1 - c), false), (alu(op, b ^ 1 << flipped, c), true)];
        for (a, flip) in forged {
            let a = a.unwrap();
            if a == honest {
                continue;
            }
            let fault = Fault {
                cycle: row as u64,
                site: FaultSite::Written,
                corruption: Corruption::Add(a.wrapping_sub(honest)),
            };
            let FaultyRun::Built(mut faulty) = testing::build_faulty_trace(&f.program, &f.input, fault, 1 << 16) else {
                panic!("{fault:?} not built");
            };
            if flip {
                let col = SHA256_BITS[flipped];
                faulty.trace.set(col, row, Felt::ONE - faulty.trace.get(col, row));
            }
            let prog = faulty.program.clone();
            faulty.trace.recompute_multiplicities(&prog);
            let err = testing::check(&faulty).expect_err(&format!("{} at row {row}: {a:#x} accepted", op.mnemonic()));
            assert!(err.contains("main transition constraint") && err.contains(&format!("row {row}")), "{err}");
            rejected += 1;
        }
    }
    assert!(rejected >= 20, "{rejected} forgeries");
}

/// The 64-bit value held in limb columns `lo`, `hi` of a row.
fn word(r: &[Felt], lo: usize, hi: usize) -> u64 {
    r[lo].as_int() | r[hi].as_int() << 32
}

/// Writes `a` as the row's result limbs.
fn set_result(r: &mut [Felt], a: u64) {
    r[A0] = Felt::new(a & 0xffff_ffff);
    r[A1] = Felt::new(a >> 32);
}

/// Fills a `rotl` row's shift slots as the trace builder would for operand `beta` and
/// multiplier `2^u`: `beta0 2^u = x0 + 2^32 x1`, `beta1 2^u = y0 + 2^32 y1`.
fn set_shift_products(r: &mut [Felt], beta: u64, u: u32) {
    let (x, y) = ((beta & 0xffff_ffff) << u, (beta >> 32) << u);
    for (base, p) in [(2, x), (6, y)] {
        r[s(base)] = Felt::new(p & 0xffff);
        r[s(base + 1)] = Felt::new((p >> 16) & 0xffff);
        r[s(base + 2)] = Felt::new((p >> 32) & 0x7fff);
        r[s(base + 3)] = Felt::new(p >> 47);
    }
}

/// The rotation amount `v` of a shift row, from its bits `h0..h5`.
fn amount(r: &[Felt]) -> u32 {
    (0..6).map(|i| (r[h(i)].as_int() as u32) << i).sum()
}

/// Replaces a row's result by `a`; false (nothing to forge) when it is the honest one.
fn replace_result(r: &mut [Felt], a: u64) -> bool {
    let honest = word(r, A0, A1);
    set_result(r, a);
    a != honest
}

/// The `andn` result that a row's byte slots state: the bytes `x_j - z_j`.
fn andn_of_bytes(r: &[Felt]) -> u64 {
    (0..8).fold(0, |a, j| a | (r[bytes::x(j)].as_int() - r[bytes::z(j)].as_int()) << (8 * j))
}

/// A row forgery: false when it does not apply to the row.
type Forge = fn(&mut [Felt]) -> bool;

/// A wrong low result limb, the rest of the row as it was.
fn result_low(r: &mut [Felt]) -> bool {
    r[A0] += Felt::ONE;
    true
}

/// A wrong high result limb, the rest of the row as it was.
fn result_high(r: &mut [Felt]) -> bool {
    r[A1] += Felt::ONE;
    true
}

/// Named forgeries.
type Forgeries = &'static [(&'static str, Forge)];

/// `rotl` forgeries that must each violate exactly one main constraint, a different
/// one per kind: a wrong result limb (low, high), the amount's bit v5 flipped with the
/// limbs swapped to match (only `c0 = 64q + v` objects), the power `h7` doubled with the
/// products and result of a rotation by one more (only `h7 = P(h0..h4)` objects), the
/// sign flag set with the products and result of rotating `!b` (only the no-sign
/// constraint objects).
const ROTL_SINGLE: [(&str, Forge); 5] = [
    ("result low", result_low),
    ("result high", result_high),
    ("v5 flipped", |r| {
        r[h(5)] = Felt::ONE - r[h(5)];
        let a = word(r, A0, A1);
        set_result(r, a.rotate_left(32));
        true
    }),
    ("power", |r| {
        let v = amount(r);
        if v % 32 == 31 {
            return false;
        }
        let b = word(r, B0, B1);
        r[h(7)] = r[h(7)] + r[h(7)];
        set_shift_products(r, b, v % 32 + 1);
        set_result(r, b.rotate_left(v + 1));
        true
    }),
    ("sign", |r| {
        let v = amount(r);
        let not_b = !word(r, B0, B1);
        r[h(10)] = Felt::ONE;
        set_shift_products(r, not_b, v % 32);
        set_result(r, not_b.rotate_left(v));
        true
    }),
];

/// `rotl` results of the wrong computation, caught by the result constraints alone:
/// the `shl` result (the low half of `b 2^v` without the wrapped-around bits) and the
/// limbs in the other order.
const ROTL_RESULTS: [(&str, Forge); 2] = [
    ("shl result", |r| {
        let a = isa_spec::semantics::alu(Shl, word(r, B0, B1), word(r, C0, C1)).unwrap();
        replace_result(r, a)
    }),
    ("limbs swapped", |r| {
        let a = word(r, A0, A1).rotate_left(32);
        replace_result(r, a)
    }),
];

/// `andn` forgeries that must each violate exactly one main constraint, a different
/// one per kind: a wrong result limb (low, high), the bytes of another `b` or `c` (one
/// bit flipped, `z` and the result recomputed: only the operand's decomposition
/// objects).
const ANDN_SINGLE: [(&str, Forge); 4] = [
    ("result low", result_low),
    ("result high", result_high),
    ("bytes of b", |r| {
        r[bytes::x(3)] = Felt::new(r[bytes::x(3)].as_int() ^ 1);
        r[bytes::z(3)] = Felt::new(r[bytes::x(3)].as_int() & r[bytes::y(3)].as_int());
        let a = andn_of_bytes(r);
        set_result(r, a);
        true
    }),
    ("bytes of c", |r| {
        r[bytes::y(5)] = Felt::new(r[bytes::y(5)].as_int() ^ 0x10);
        r[bytes::z(5)] = Felt::new(r[bytes::x(5)].as_int() & r[bytes::y(5)].as_int());
        let a = andn_of_bytes(r);
        set_result(r, a);
        true
    }),
];

/// `andn` results of the wrong computation, caught by the result constraints alone:
/// `b & c` and `c & !b`.
const ANDN_RESULTS: [(&str, Forge); 2] = [
    ("and result", |r| {
        let a = word(r, B0, B1) & word(r, C0, C1);
        replace_result(r, a)
    }),
    ("c & !b", |r| {
        let a = word(r, C0, C1) & !word(r, B0, B1);
        replace_result(r, a)
    }),
];

/// `rotl` and `andn` rows forged so that the row stays consistent everywhere but one
/// place (`ROTL_SINGLE`, `ANDN_SINGLE`: exactly one main constraint objects, a
/// different one per kind), and rows claiming the result of another computation
/// (`ROTL_RESULTS`, `ANDN_RESULTS`: only result constraints object). Every row of the
/// fixtures that runs these ops.
#[test]
fn rotl_andn_forgeries_each_break_their_own_constraint() {
    let kinds: [(Opcode, Forgeries, Forgeries); 2] =
        [(Rotl, &ROTL_SINGLE, &ROTL_RESULTS), (AndN, &ANDN_SINGLE, &ANDN_RESULTS)];
    let mut caught: BTreeMap<(&str, &str), BTreeSet<usize>> = BTreeMap::new();
    let mut rows = BTreeMap::new();
    for f in fixtures().into_iter().chain(zkvm_prover::fixtures::edge_fixtures()) {
        let exec = testing::build_trace(&f.program, &f.input).unwrap();
        let t = &exec.trace;
        for row in 0..t.cycles {
            let r = t.row(row);
            let Some(&(op, single, results)) = kinds.iter().find(|(op, ..)| r[columns::f(*op)] == Felt::ONE) else {
                continue;
            };
            *rows.entry(op).or_insert(0) += 1;
            let next = t.row(row + 1);
            assert_eq!(violated(&r, &next), [], "{}: honest row {row}", f.name);
            for (k, &(kind, forge)) in single.iter().chain(results).enumerate() {
                let mut forged = r.clone();
                if !forge(&mut forged) {
                    continue;
                }
                let v = violated(&forged, &next);
                let what = format!("{}: {kind} at row {row} ({})", f.name, op.mnemonic());
                assert!(!v.is_empty(), "{what} accepted");
                assert!(k >= single.len() || v.len() == 1, "{what} violates {v:?}");
                caught.entry((op.mnemonic(), kind)).or_default().extend(v);
            }
        }
    }
    assert!(rows[&Rotl] >= 80 && rows[&AndN] >= 40, "{rows:?}");
    for (op, single, results) in kinds {
        let by = |kind: &'static str| {
            caught.get(&(op.mnemonic(), kind)).unwrap_or_else(|| panic!("no {kind} forgery of {}", op.mnemonic()))
        };
        let mut seen = BTreeSet::new();
        for &(kind, _) in single {
            assert_eq!(by(kind).len(), 1, "{kind}: {:?}", by(kind));
            assert!(seen.is_disjoint(by(kind)), "{kind} shares a constraint: {:?}", by(kind));
            seen.extend(by(kind));
        }
        let result: BTreeSet<usize> = by("result low").union(by("result high")).copied().collect();
        for &(kind, _) in results {
            assert!(by(kind).is_subset(&result), "{kind}: {:?} beyond the result constraints {result:?}", by(kind));
        }
    }
}

/// Whole-trace forgeries that only the `rotl`/`andn` result constraints can catch: the
/// fault-injecting executor writes the `shl` result or the swapped limbs instead of a
/// rotation, the `and` result or `c & !b` instead of `b & !c`, and memory, journal and
/// lookups all agree with it. The full constraint check (what the debug prover runs)
/// must reject each through a main constraint of that row.
#[test]
fn rotl_andn_results_of_other_ops_are_rejected() {
    use isa_spec::semantics::alu;
    use zkvm_executor::{Corruption, Fault, FaultSite};
    use zkvm_prover::testing::FaultyRun;
    let f = zkvm_prover::fixtures::fixture("alu");
    let exec = testing::build_trace(&f.program, &f.input).unwrap();
    let t = &exec.trace;
    let mut rejected = BTreeMap::new();
    for row in 0..t.cycles {
        let r = t.row(row);
        let Some(op) = [Rotl, AndN].into_iter().find(|&op| r[columns::f(op)] == Felt::ONE) else {
            continue;
        };
        let (b, c, honest) = (word(&r, B0, B1), word(&r, C0, C1), word(&r, A0, A1));
        let forged = if op == Rotl { [alu(Shl, b, c).unwrap(), honest.rotate_left(32)] } else { [b & c, c & !b] };
        for a in forged.into_iter().filter(|&a| a != honest) {
            let fault = Fault {
                cycle: row as u64,
                site: FaultSite::Written,
                corruption: Corruption::Add(a.wrapping_sub(honest)),
            };
            let FaultyRun::Built(faulty) = testing::build_faulty_trace(&f.program, &f.input, fault, 1 << 16) else {
                panic!("{fault:?} not built");
            };
            let err = testing::check(&faulty).expect_err(&format!("{} at row {row}: {a:#x} accepted", op.mnemonic()));
            assert!(err.contains("main transition constraint") && err.contains(&format!("row {row}")), "{err}");
            *rejected.entry(op).or_insert(0) += 1;
        }
    }
    assert!(rejected[&Rotl] >= 15 && rejected[&AndN] >= 8, "{rejected:?}");
}
