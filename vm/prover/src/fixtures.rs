//! Small assembly programs that together execute every provable opcode, with boundary
//! values, operand aliasing, sub-word memory access, calls, the cycle counter and
//! journal commits. Shared
//! by the prover's and the verifier's tests.

use isa_spec::Program;
use isa_spec::asm::assemble;

/// A named test program with its private input.
pub struct Fixture {
    pub name: &'static str,
    pub program: Program,
    pub input: Vec<u8>,
}

const ALU: &str = r#"
.entry main
.func "main"
    li s1, 0
    li s2, -1
    li s3, 0xffffffff
    li s4, -5
    li s5, 7
    li s60, 0x8000000000000000
    li s61, 0x7fffffffffffffff
    add s6, s2, s2
    add s7, s3, s5
    add s8, s2, 1
    sub s9, s1, s5
    sub s10, s2, s3
    sub s11, s5, 7
    mul s12, s2, s2
    mul s13, s3, s3
    mul s14, s4, 3
    mulhu s15, s2, s2
    mulhu s16, s3, s4
    mulhu s17, s5, s1
    divu s18, s2, s5
    remu s19, s2, s5
    divu s20, s5, s2
    remu s21, s4, s3
    divu s22, s2, 1
    remu s23, s60, s61
    divs s66, s4, s5
    rems s67, s4, s5
    divs s68, s5, s4
    rems s69, s5, s4
    divs s70, s60, s2
    rems s71, s60, s2
    divs s72, s61, s2
    rems s73, s61, s60
    divs s74, s60, s60
    rems s75, s60, s61
    divs s76, s60, 1
    rems s77, s1, s4
    divs s78, s1, s4
    divs s79, s4, -2
    rems s80, s4, -2
    divs s81, s2, s2
    rems s82, s4, s4
    divs s83, s3, s4
    li s84, -4294967296
    divs s85, s84, 1
    rems s86, s84, 0x200000000
    divs s87, s61, s61
    divs s88, s61, s60
    rems s89, s2, s60
    divs s90, s60, 3
    rems s91, s60, 3
    divs s92, s61, -3
    divs s93, s60, s84
    rems s94, s84, s84
    divs s95, s3, s3
    rems s96, s61, 0x100000000
    li s97, -100
    rems s97, s97, 7
    divs s97, s97, s97
    and s24, s2, s4
    or s25, s3, s4
    xor s26, s4, s5
    and s27, s4, 255
    xor s28, s2, -1
    shl s29, s2, 63
    shl s30, s5, 0
    shl s31, s5, 32
    shl s32, s5, 100
    shl s33, s4, s5
    shr s34, s2, 1
    shr s35, s2, 0
    shr s36, s4, 33
    shr s37, s2, 63
    shr s38, s4, s5
    sra s39, s4, 1
    sra s40, s4, 0
    sra s41, s4, 63
    sra s42, s5, 2
    sra s43, s4, 40
    sra s44, s60, s5
    eq s45, s2, s2
    eq s46, s3, s2
    eq s47, s1, s1
    eq s48, s5, 8
    ltu s49, s1, s2
    ltu s50, s2, s1
    ltu s51, s3, s3
    ltu s52, s3, 0x100000000
    lts s53, s4, s5
    lts s54, s5, s4
    lts s55, s2, s1
    lts s56, s4, s4
    lts s57, s60, s61
    lts s58, s61, s60
    add s59, s59, s59
    add s5, s5, s5
    mul s5, s5, s5
    sub s62, s62, 1
    eq s62, s62, s62
    shl s4, s4, s4
    fpaddr s63, 16
    fpaddr s64, -8
    divu s65, s3, s3
    li s98, 0x6a09e667
    li s99, 0xbb67ae85510e527f
    li s100, 1
    sha256sum s101, s98, 0
    sha256sum s102, s99, 1
    sha256sum s103, s2, s1
    sha256sum s104, s98, s100
    sha256sig s105, s98, 0
    sha256sig s106, s99, 1
    sha256sig s107, s2, s100
    sha256sig s108, s99, s1
    sha256sig s100, s100, s100
    li s109, 0x0123456789abcdef
    rotl s110, s109, 0
    rotl s111, s109, 1
    rotl s112, s109, 31
    rotl s113, s109, 32
    rotl s114, s109, 33
    rotl s115, s109, 63
    rotl s116, s109, 64
    rotl s117, s109, 127
    rotl s118, s109, 0x100000021
    li s119, 0xfedcba98fffffffd
    rotl s120, s109, s119
    rotl s121, s119, s109
    rotl s122, s60, 1
    rotl s123, s61, 45
    rotl s124, s2, 17
    andn s125, s109, s119
    andn s126, s119, s109
    andn s127, s2, s109
    andn s128, s109, s2
    andn s129, s109, 0xff00ff00
    andn s130, s1, s109
    commit s6
    commit s9
    commit s12
    commit s15
    commit s33
    commit s38
    commit s44
    commit s57
    commit s67
    commit s72
    commit s80
    commit s83
    commit s90
    commit s97
    commit s102
    commit s103
    commit s106
    commit s107
    commit s100
    commit s114
    commit s120
    commit s121
    commit s125
    halt s26
.endfunc
"#;

const MEMORY: &str = r#"
.entry main
.data "8877665544332211f0debc9a78563412"
.bss 64
.func "main"
    li s1, 0x10000
    ld64 s2, [s1]
    ld8 s3, [s1 + 7]
    ld8 s4, [s1 + 3]
    ld16 s5, [s1 + 6]
    ld16 s6, [s1 + 2]
    ld32 s7, [s1 + 4]
    ld32 s8, [s1 + 12]
    ld8 s9, [s1 + 15]
    li s10, 0x10010
    st64 [s10], s2
    st8 [s10 + 1], s9
    st8 [s10 + 7], s9
    st16 [s10 + 2], s2
    st16 [s10 + 6], s5
    st32 [s10 + 4], s7
    st32 [s10 + 8], s2
    st8 [s10 + 16], s2
    st16 [s10 + 20], s2
    ld64 s11, [s10]
    ld64 s12, [s10 + 8]
    ld8 s40, [s10 + 4]
    ld16 s41, [s10 + 4]
    ld32 s42, [s10 + 0]
    st8 [s1], s3
    ld64 s13, [s1]
    li s14, 0x10018
    ld64 s15, [s14 - 8]
    fpaddr s16, 24
    st64 [s16], s2
    ld8 s17, [s16 + 1]
    st64 [s16], s16
    ld64 s16, [s16]
    li s19, 0x1000
    st8 [s19], s9
    ld8 s20, [s19]
    li s21, 0x7ffffff8
    st64 [s21], s2
    ld32 s22, [s21 + 4]
    li s23, 0x80008
    st32 [s23 + 4], s9
    ld16 s24, [s23 + 6]
    li s25, 0x10020
    ld64 s26, [s25]
    ld64 s27, [s25 + 8]
    cycles s28
    commit s28
    commit s2
    commit s11
    commit s12
    commit s13
    commit s17
    commit s22
    commit s24
    halt s3
.endfunc
"#;

const CONTROL: &str = r#"
.entry main
.func "fact"
    bnz s1, rec
    li s2, 1
    ret
rec:
    sub s3, s1, 1
    add s5, s3, 0
    call fact, 4
    mul s2, s1, s6
    ret
.endfunc
.func "main"
    li s11, 5
    call fact, 10
    commit s12
    li s13, 0
    li s21, 3
    calli s13, 20
    commit s22
    li s30, 5
loop:
    sub s30, s30, 1
    bnz s30, loop
    jmp done
    trap 0
    divs s1, s2, s3
done:
    write 1, s12
    halt s30
.endfunc
"#;

const IO: &str = r#"
.entry main
.func "main"
    li s5, 0
loop:
    read s1
    eq s2, s1, -1
    bnz s2, end
    commit s1
    write 1, s1
    add s5, s5, 1
    jmp loop
end:
    read s3
    write 2, s3
    commit s3
    halt s5
.endfunc
"#;

/// All fixtures.
/// A run of about 170,000 cycles for segmented proving (three segments of 2^16 rows):
/// an array written in the first segment is read back in the second, a recursion of a
/// few thousand frames spans a boundary, the input runs out in one segment and stays
/// out in the next, and journal bytes and the cycle counter are committed in several.
const SEGMENTS: &str = r#"
.entry main
.data "0102030405060708"
.bss 8192
.func "sum"
    bnz s1, rec
    ret
rec:
    sub s11, s1, 1
    call sum, 10
    add s1, s1, s11
    ret
.endfunc
.func "main"
    li s1, 0x10008
    li s2, 0
fill:
    mul s3, s2, 3
    st64 [s1], s3
    add s1, s1, 8
    add s2, s2, 1
    ltu s4, s2, 700
    bnz s4, fill
input:
    read s5
    eq s6, s5, -1
    bnz s6, busy_start
    commit s5
    st8 [s1], s5
    add s1, s1, 1
    jmp input
busy_start:
    li s7, 40000
busy:
    sub s7, s7, 1
    bnz s7, busy
    li s11, 2500
    call sum, 10
    commit s11
    shr s11, s11, 8
    commit s11
    li s1, 0x10008
    li s2, 0
    li s8, 0
back:
    ld64 s3, [s1]
    add s8, s8, s3
    add s1, s1, 8
    add s2, s2, 1
    ltu s4, s2, 700
    bnz s4, back
    commit s8
    shr s8, s8, 8
    commit s8
    li s7, 30000
busy2:
    sub s7, s7, 1
    bnz s7, busy2
    read s5
    commit s5
    li s1, 0x10000
    ld16 s9, [s1 + 2]
    commit s9
    cycles s10
    commit s10
    shr s10, s10, 8
    commit s10
    shr s10, s10, 8
    commit s10
    li s12, 7
    halt s12
.endfunc
"#;

/// The multi-segment fixture (see [`SEGMENTS`]) with its input.
pub fn segmented() -> Fixture {
    Fixture {
        name: "segments",
        program: assemble(SEGMENTS).unwrap_or_else(|e| panic!("segments: {e}")),
        input: b"abc".to_vec(),
    }
}

pub fn fixtures() -> Vec<Fixture> {
    let f = |name, text: &str, input: &[u8]| Fixture {
        name,
        program: assemble(text).unwrap_or_else(|e| panic!("{name}: {e}")),
        input: input.to_vec(),
    };
    vec![f("alu", ALU, &[]), f("memory", MEMORY, &[]), f("control", CONTROL, &[]), f("io", IO, b"hi\xff\x00")]
}

/// Boundary operands: 0, 1, 2^32 - 1, 2^32, 2^63, 2^64 - 1 (and -1 as a divisor).
const EDGES: [&str; 6] = ["0", "1", "0xffffffff", "0x100000000", "0x8000000000000000", "-1"];

/// Every two-operand ALU opcode on every pair of boundary operands (division by zero
/// excluded: it traps), shifts and rotations by 0, 1, 31, 32, 33, 63, 64, 65, 127 and
/// 2^32 (as slots and immediates), signed division's `MIN / -1`, and `sha256sum`/`sha256sig` on every
/// boundary operand with both variants (the only operands 0 and 1 that do not trap).
fn boundary_source() -> String {
    let mut text = String::from(".entry main\n.func \"main\"\n");
    for (i, v) in EDGES.iter().enumerate() {
        text += &format!("    li s{}, {v}\n", i + 1);
    }
    let alu = isa_spec::Opcode::ALL.iter().filter(|op| op.form() == isa_spec::Form::Alu);
    let mut dest = 10;
    for op in alu {
        let shift = matches!(op.mnemonic(), "shl" | "shr" | "sra" | "rotl");
        let variant = has_variant(*op);
        for b in 1..=EDGES.len() {
            for c in 1..=EDGES.len() {
                let divides = matches!(op.mnemonic(), "divu" | "remu" | "divs" | "rems");
                if (divides && c == 1) || ((shift || variant) && c > 2) {
                    continue;
                }
                text += &format!("    {} s{dest}, s{b}, s{c}\n", op.mnemonic());
                dest += 1;
            }
            let immediates: &[&str] = if shift {
                &["0", "1", "31", "32", "33", "63", "64", "65", "127", "0x100000000"]
            } else if variant {
                &["0", "1"]
            } else {
                &[]
            };
            for amount in immediates {
                text += &format!("    {} s{dest}, s{b}, {amount}\n", op.mnemonic());
                dest += 1;
            }
        }
    }
    text += &format!("    commit s{}\n    halt s{}\n.endfunc\n", dest - 1, dest - 2);
    text
}

/// Operand aliasing: every ALU opcode with `a = b`, `a = c`, `b = c` and `a = b = c`;
/// loads and stores whose base slot is the destination or the stored value; a call whose
/// new frame's link slot is the slot holding the call target, and a call with frame
/// offset 0 (the callee's link word overwrites the caller's slot 0).
fn aliasing_source() -> String {
    let mut text = String::from(".entry main\n.func \"leaf\"\n    add s1, s1, s1\n    ret\n.endfunc\n");
    text += ".func \"main\"\n";
    let alu = isa_spec::Opcode::ALL.iter().filter(|op| op.form() == isa_spec::Form::Alu);
    for op in alu {
        let m = op.mnemonic();
        // The second operand of a variant opcode must be 0 or 1.
        let (v2, v3, v4, imm) =
            if has_variant(*op) { ("1", "0", "1", "1") } else { ("-3", "0x8000000000000001", "-7", "5") };
        text += &format!(
            "    li s1, 0x9e3779b97f4a7c15\n    li s2, {v2}\n    li s3, {v3}\n    li s4, {v4}\n\
             \x20   {m} s1, s1, s2\n    {m} s3, s2, s3\n    {m} s5, s2, s2\n    {m} s4, s4, s4\n\
             \x20   {m} s2, s2, {imm}\n    commit s1\n"
        );
    }
    text += "    li s6, 0x10000\n    ld64 s6, [s6]\n    li s7, 0x10008\n    st64 [s7], s7\n    ld8 s7, [s7 + 1]\n\
             \x20   li s8, 0x10010\n    st16 [s8 + 2], s8\n    ld16 s8, [s8 + 2]\n    li s9, 0x10018\n\
             \x20   st32 [s9 + 4], s9\n    ld32 s9, [s9 + 4]\n";
    text += "    li s17, 4\n    call leaf, 16\n    li s24, 0\n    calli s24, 24\n    call leaf, 0\n\
             \x20   commit s17\n    commit s25\n    halt s6\n.endfunc\n";
    text
}

/// ALU opcodes whose second operand selects a variant (`0` or `1`; others trap).
fn has_variant(op: isa_spec::Opcode) -> bool {
    matches!(op, isa_spec::Opcode::Sha256Sum | isa_spec::Opcode::Sha256Sig)
}

/// Fixtures for the tamper tests' special cases: boundary operands and operand aliasing.
pub fn edge_fixtures() -> Vec<Fixture> {
    let f = |name, text: String| Fixture {
        name,
        program: assemble(&text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}")),
        input: Vec::new(),
    };
    vec![f("boundary", boundary_source()), f("aliasing", aliasing_source())]
}

/// One fixture by name.
pub fn fixture(name: &str) -> Fixture {
    fixtures().into_iter().find(|f| f.name == name).expect("no such fixture")
}
