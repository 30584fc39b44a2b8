//! Hand-written IR exercising specific lowering paths (tests/ir/*.ll), each linked with
//! the printing helpers and compared with the same IR compiled natively.

mod common;

use common::*;

#[test]
fn ir_programs_match_native() {
    let dir = scratch("ir");
    let helpers = print_helpers(&dir);
    let mut files: Vec<_> = std::fs::read_dir(manifest_dir().join("tests/ir"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ll"))
        .collect();
    files.sort();
    assert!(files.len() >= 8);
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let irs = vec![file.clone(), helpers.clone()];
        let native = run_native(&irs, &dir, &name);
        let out = match zkcc_bare(&irs) {
            Ok(out) => out,
            Err(e) => {
                failures.push(format!("{name}: zkcc: {e}"));
                continue;
            }
        };
        let (zk, cycles) = run_zkvm(&out.program, b"");
        eprintln!("{name}: {cycles} cycles, {} instructions", out.program.code.len());
        if zk != native {
            failures.push(format!(
                "{name}:\n--- native ({})\n{}--- zkvm ({})\n{}",
                native.status, native.stdout, zk.status, zk.stdout
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The disassembly of tests/ir/`file` compiled with the printing helpers.
fn disassembly(file: &str) -> String {
    let dir = scratch(&format!("ir-{file}"));
    let irs = vec![manifest_dir().join("tests/ir").join(file), print_helpers(&dir)];
    isa_spec::asm::disassemble(&zkcc_bare(&irs).unwrap().program)
}

/// The body of function `name` in a disassembly, as (mnemonic, operands) pairs.
fn function_body(asm: &str, name: &str) -> Vec<(String, String)> {
    let header = format!(".func \"{name}\"");
    let start = asm.lines().position(|l| l == header).unwrap_or_else(|| panic!("no function {name}:\n{asm}"));
    asm.lines()
        .skip(start + 1)
        .take_while(|l| !l.starts_with(".func"))
        .filter_map(|l| {
            let code = l.split(';').next()?.trim();
            let (mnemonic, operands) = code.split_once(' ').unwrap_or((code, ""));
            (!mnemonic.is_empty()).then(|| (mnemonic.to_string(), operands.trim().to_string()))
        })
        .collect()
}

/// SHA-256's mixing functions in tests/ir/sha256_mix.ll become one `sha256sum` or
/// `sha256sig` each, the near misses none (`ir_programs_match_native` checks the values).
#[test]
fn sha256_mixing_functions_are_fused() {
    let asm = disassembly("sha256_mix.ll");
    let cases: &[(&str, &[&str])] = &[
        ("sum0_fshl", &["sha256sum 0"]),
        ("sum1_fshr", &["sha256sum 1"]),
        ("sig0_mixed", &["sha256sig 0"]),
        ("sig1_wide_amount", &["sha256sig 1"]),
        ("sig0_shared_inner", &["sha256sig 0"]),
        ("sum0_shared_taps", &["sha256sum 0"]),
        ("sum1_dirty", &["sha256sum 1", "sha256sig 1"]),
        ("sum0_then_xor", &["sha256sum 0"]),
        ("miss_amount", &[]),
        ("miss_values", &[]),
        ("miss_ashr", &[]),
        ("miss_rotate_for_shift", &[]),
        ("miss_funnel", &[]),
    ];
    for &(name, want) in cases {
        let body = function_body(&asm, name);
        let has = |m: &str| body.iter().any(|(mn, _)| mn == m);
        let mixes: Vec<String> = body
            .iter()
            .filter(|(m, _)| m.starts_with("sha256"))
            .map(|(m, ops)| format!("{m} {}", ops.rsplit(", ").next().unwrap_or("")))
            .collect();
        assert_eq!(mixes, want, "{name}: {body:?}");
        match name {
            // Everything folded: no rotate (mul, shr), shift or xor is left.
            "sum0_fshl" | "sum1_fshr" | "sig0_mixed" | "sig1_wide_amount" => {
                assert!(!has("xor") && !has("shr") && !has("mul"), "{name}: {body:?}")
            }
            // The inner xor and the taps with other uses are still computed.
            "sig0_shared_inner" => assert!(has("xor"), "{name}: {body:?}"),
            "sum0_shared_taps" => assert!(has("shr"), "{name}: {body:?}"),
            // The product feeds the operations unmasked.
            "sum1_dirty" => {
                let first = body.iter().position(|(m, _)| m.starts_with("sha256")).unwrap();
                assert!(!body[..first].iter().any(|(m, _)| m == "and"), "{name}: {body:?}");
            }
            _ => {}
        }
    }
}

/// 64-bit rotates in tests/ir/rotl_andn.ll become one `rotl` each and `and x, !y` one
/// `andn`, the near misses neither (`ir_programs_match_native` checks the values).
#[test]
fn rotates_and_and_nots_are_fused() {
    let asm = disassembly("rotl_andn.ll");
    let count = |name: &str, m: &str| function_body(&asm, name).iter().filter(|(mn, _)| mn == m).count();
    let shifts = |name: &str| count(name, "shl") + count(name, "shr");
    for (name, rotates) in [("rot_const", 3), ("rot_wide", 1), ("rot_var", 2)] {
        assert_eq!(count(name, "rotl"), rotates, "{name}: {:?}", function_body(&asm, name));
        assert_eq!(shifts(name) + count(name, "or"), 0, "{name}: {:?}", function_body(&asm, name));
    }
    assert_eq!(count("miss_funnel", "rotl"), 0, "{:?}", function_body(&asm, "miss_funnel"));
    // chi: two and-nots, and the only xor left is the outer one.
    assert_eq!(count("chi", "andn"), 2, "{:?}", function_body(&asm, "chi"));
    assert_eq!(count("chi", "xor") + count("chi", "and"), 1, "{:?}", function_body(&asm, "chi"));
    // The dirty sum feeds the and-not unmasked; the result is masked once for the zext.
    assert_eq!(count("andn_dirty", "andn"), 1, "{:?}", function_body(&asm, "andn_dirty"));
    assert_eq!(count("andn_dirty", "and"), 1, "{:?}", function_body(&asm, "andn_dirty"));
    // A negation with another use is still computed.
    assert_eq!(count("andn_shared_not", "andn"), 1, "{:?}", function_body(&asm, "andn_shared_not"));
    assert_eq!(count("andn_shared_not", "xor"), 1, "{:?}", function_body(&asm, "andn_shared_not"));
    assert_eq!(count("miss_mask", "andn"), 0, "{:?}", function_body(&asm, "miss_mask"));
}

/// i128 operations on zero-extended values in tests/ir/i128_halves.ll fold their zero
/// high halves, and halves nobody reads are not computed (`ir_programs_match_native`
/// checks the values).
#[test]
fn i128_zero_halves_fold_and_unused_halves_vanish() {
    let asm = disassembly("i128_halves.ll");
    let ops = |name: &str| -> Vec<String> { function_body(&asm, name).into_iter().map(|(m, _)| m).collect() };
    assert_eq!(ops("mul_hi"), ["mulhu", "ret"], "{:?}", function_body(&asm, "mul_hi"));
    // mul, mulhu, the 128-bit add (add, ltu, add), the limb (and), the carry (shr, shl,
    // or) and the xor: no multiplication by the zero high halves.
    let mac = ops("mac_limb");
    assert_eq!(mac.iter().filter(|m| m.starts_with("mul")).count(), 2, "{mac:?}");
    assert!(mac.len() <= 11, "{:?}", function_body(&asm, "mac_limb"));
    // No and with 0 or all ones, no or with 0.
    let masks = function_body(&asm, "masks");
    assert!(
        !masks.iter().any(|(m, o)| (m == "and" || m == "or") && (o.ends_with(", 0") || o.ends_with(", -1"))),
        "{masks:?}"
    );
}

/// Volatile accesses in tests/ir/volatile_slots.ll: those of a private stack slot become
/// register moves, those of a global or of an escaping slot stay
/// (`ir_programs_match_native` checks the values).
#[test]
fn volatile_accesses_of_private_slots_vanish() {
    let asm = disassembly("volatile_slots.ll");
    let memory = |name: &str| {
        function_body(&asm, name).iter().filter(|(m, _)| m.starts_with("ld") || m.starts_with("st")).count()
    };
    assert_eq!(memory("black_box"), 0, "{:?}", function_body(&asm, "black_box"));
    assert_eq!(memory("bump"), 2, "{:?}", function_body(&asm, "bump"));
    assert_eq!(memory("escaping"), 1, "{:?}", function_body(&asm, "escaping"));
}

/// GEP indices `i + k` in tests/ir/gep_index.ll fold `k` into the address offset and
/// share one scaled `i` (`ir_programs_match_native` checks the values).
#[test]
fn gep_index_constants_fold_into_offsets() {
    let asm = disassembly("gep_index.ll");
    let count = |name: &str, m: &str| function_body(&asm, name).iter().filter(|(mn, _)| mn == m).count();
    // Four loads at i, i | 1, i | 2, i + 3: one shift, no index arithmetic.
    assert_eq!(count("sum4", "shl"), 1, "{:?}", function_body(&asm, "sum4"));
    assert_eq!(count("sum4", "or"), 0, "{:?}", function_body(&asm, "sum4"));
    assert_eq!(count("sum4", "ld32"), 4, "{:?}", function_body(&asm, "sum4"));
    // a[i - 1] and a[i + 1]: one shift and one add of the base for both.
    assert_eq!(count("neighbours", "shl"), 1, "{:?}", function_body(&asm, "neighbours"));
    assert_eq!(count("neighbours", "add"), 1, "{:?}", function_body(&asm, "neighbours"));
    // The index sum is also a value: still computed.
    assert!(count("shared_sum", "add") >= 1, "{:?}", function_body(&asm, "shared_sum"));
}
