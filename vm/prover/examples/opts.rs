use std::time::Instant;
use winterfell::{BatchingMethod, FieldExtension, ProofOptions};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let program = isa_spec::Program::from_bytes(&std::fs::read(&a[1]).unwrap()).unwrap();
    let input = std::fs::read(&a[2]).unwrap();
    let ex = zkvm_prover::testing::build_trace(&program, &input).unwrap();
    for spec in a[3..].iter() {
        let v: Vec<usize> = spec.split(',').map(|x| x.parse().unwrap()).collect();
        let (q, b, g, fold, rem) = (v[0], v[1], v[2] as u32, v[3], v[4]);
        let o = ProofOptions::new(
            q,
            b,
            g,
            FieldExtension::Quadratic,
            fold,
            rem,
            BatchingMethod::Linear,
            BatchingMethod::Linear,
        );
        let t = Instant::now();
        let f = zkvm_prover::testing::prove_with_options(&ex, o).unwrap();
        let dt = t.elapsed().as_secs_f64();
        let p = winterfell::Proof::from_bytes(&f.proof).unwrap();
        let bits = p.conjectured_security::<zkvm_air::Hasher>().bits();
        let t = Instant::now();
        zkvm_verifier::verify(&program, &f).unwrap();
        let vt = t.elapsed().as_secs_f64() * 1e3;
        println!(
            "rows {} q{q} b{b} g{g} fold{fold} rem{rem}: size {} bits {bits} prove {dt:.2}s verify {vt:.1}ms",
            ex.trace.len,
            f.to_bytes().len()
        );
    }
}
