//! Transition constraints of the main trace. Every constraint is a polynomial in the
//! current and next row that must vanish on rows `0..n-2` (the last two rows are exempt;
//! see "The AIR" in `isa-spec/ISA.md`). Each opcode's constraints are multiplied by its
//! flag, so a row only answers to the constraints of the instruction it executes. All
//! degrees are at most 5 (blowup 4); they are derived by running this code on
//! [`Deg`](crate::value::Deg).

use std::sync::LazyLock;

use isa_spec::Form;
use isa_spec::Opcode::{self, *};
use isa_spec::layout::{NULL_GUARD, STACK_END};
use isa_spec::semantics::sha256;

use crate::columns::{FLAG_OPS, SHA256_BITS, bytes, decoder::*, f, helpers::H, io, memory::*, range};
use crate::value::{Val, two32, u16s};

/// Largest `fp / 8` allowed after a call or return, divided by 2^16: the executor
/// traps a call whose callee frame starts at or above `STACK_END - MAX_FRAME_BYTES`.
pub const FP_Q1_MAX: u64 = (((STACK_END - (isa_spec::instruction::MAX_SLOT + 1) * 8) as u64 / 8) >> 16) - 1;
/// Largest cell index (`addr / 8`) divided by 2^16 that a load or store may touch.
pub const CELL_HI_MAX: u64 = ((STACK_END as u64 / 8) >> 16) - 1;
/// Smallest cell index a load or store may touch.
pub const CELL_MIN: u64 = NULL_GUARD as u64 / 8;

/// Appends constraint evaluations in a fixed order.
pub struct Sink<'a, V> {
    out: &'a mut [V],
    pub len: usize,
}

impl<'a, V: Val> Sink<'a, V> {
    pub fn new(out: &'a mut [V]) -> Self {
        Sink { out, len: 0 }
    }

    #[inline(always)]
    pub(crate) fn push(&mut self, v: V) {
        self.out[self.len] = v;
        self.len += 1;
    }
}

/// The flagged opcodes whose form satisfies `pred`, in flag order.
fn group(pred: fn(Form) -> bool) -> Vec<Opcode> {
    FLAG_OPS.iter().copied().filter(|op| pred(op.form())).collect()
}

/// Opcode groups, derived from the ISA's forms: the opcode table is the one place that
/// says which operands an instruction reads and writes.
pub static ALU: LazyLock<Vec<Opcode>> = LazyLock::new(|| group(|f| f == Form::Alu));
pub static LOADS: LazyLock<Vec<Opcode>> = LazyLock::new(|| group(|f| f == Form::Load));
pub static STORES: LazyLock<Vec<Opcode>> = LazyLock::new(|| group(|f| f == Form::Store));
/// Instructions that fall through to `pc + 1` with the same frame.
pub static SEQUENTIAL: LazyLock<Vec<Opcode>> = LazyLock::new(|| {
    group(|f| {
        !matches!(
            f,
            Form::Jump | Form::BranchNonZero | Form::Call | Form::CallIndirect | Form::Return | Form::Halt | Form::Trap
        )
    })
});
/// Instructions that read slot `b` through port B (`ret` reads slot 0 the same way).
pub static READS_B: LazyLock<Vec<Opcode>> = LazyLock::new(|| group(|f| f.reads_b() || f == Form::Return));
/// Instructions whose port A writes slot `a` (calls write the callee's slot 0, which is
/// the caller's slot `a`).
pub static WRITES_SLOT_A: LazyLock<Vec<Opcode>> = LazyLock::new(|| group(|f| f.writes_a() || f.a_is_frame()));

/// Sum of the flags of `ops` in row `r`.
#[inline(always)]
pub fn flags<V: Val>(r: &[V], ops: &[Opcode]) -> V {
    let mut acc = r[f(ops[0])];
    for &op in &ops[1..] {
        acc = acc + r[f(op)];
    }
    acc
}

/// Multiplicity of port C (reads slot `c`, or the cell of a load).
#[inline(always)]
pub fn port_c_active<V: Val>(r: &[V]) -> V {
    flags(r, &ALU) * (V::cst(1) - r[CIMM]) + flags(r, &LOADS) + flags(r, &STORES)
}

/// Multiplicity of port A.
#[inline(always)]
pub fn port_a_active<V: Val>(r: &[V]) -> V {
    flags(r, &WRITES_SLOT_A) + flags(r, &STORES)
}

/// Shared slot `i`.
#[inline(always)]
fn s<V: Val>(r: &[V], i: usize) -> V {
    r[range::S + i]
}

/// Helper column `i`.
#[inline(always)]
fn h<V: Val>(r: &[V], i: usize) -> V {
    r[H + i]
}

/// `x (1 - x)`.
#[inline(always)]
fn bin<V: Val>(x: V) -> V {
    x * (V::cst(1) - x)
}

/// `x xor y` for bits: `x + y - 2xy`.
#[inline(always)]
fn bit_xor<V: Val>(x: V, y: V) -> V {
    let p = x * y;
    x + y - p - p
}

/// `Σ 2^i bit(i)` over 32 bits, Horner-style: the doublings are additions, which
/// matters on every row of the LDE.
#[inline(always)]
fn pack32<V: Val>(bit: impl Fn(usize) -> V) -> V {
    (0..31).rev().fold(bit(31), |w, i| w + w + bit(i))
}

/// Σ0, Σ1, σ0, σ1 (`sha256sum` then `sha256sig`, by variant): for each result bit, the
/// indices into [`SHA256_BITS`] of the three operand bits whose xor it is, from the tap
/// tables of `semantics::sha256`; 32 (a zero) where a shift tap has no source.
static SHA256_SOURCES: LazyLock<[[[usize; 3]; 32]; 4]> = LazyLock::new(|| {
    let tables = [sha256::SUM, sha256::SIG].concat();
    std::array::from_fn(|v| {
        std::array::from_fn(|i| tables[v].map(|tap| tap.source_bit(i as u32).map_or(32, |j| j as usize)))
    })
});

/// Evaluates all main transition constraints. `clk_base` is the number of cycles run
/// before this trace (nonzero for the later segments of a segmented proof): the
/// `cycles` instruction reads `clk_base + clk`.
pub fn evaluate<V: Val>(c: &[V], n: &[V], clk_base: V, out: &mut Sink<V>) {
    let one = V::cst(1);
    let zero_a1 = |out: &mut Sink<V>, fl: V| out.push(fl * c[A1]);

    // ---- flags and padding --------------------------------------------------------
    let mut sum = c[PAD];
    for (i, _) in FLAG_OPS.iter().enumerate() {
        out.push(bin(c[FLAGS + i]));
        sum = sum + c[FLAGS + i];
    }
    out.push(bin(c[PAD]));
    out.push(sum - one);
    let halt = c[f(Halt)];
    out.push(c[PAD] * (one - n[PAD]));
    out.push(halt * (one - n[PAD]));
    out.push(n[PAD] * (one - c[PAD] - halt));

    // ---- clock, control flow ------------------------------------------------------
    out.push(n[CLK] - c[CLK] - one);
    let seq = flags(c, &SEQUENTIAL);
    out.push(seq * (n[PC] - c[PC] - one));
    out.push(seq * (n[FP] - c[FP]));
    let jmp = c[f(Jump)];
    out.push(jmp * (n[PC] - c[IMM0]));
    out.push(jmp * (n[FP] - c[FP]));
    // bnz: nz = (b0 + b1) * h0 is 1 iff b != 0 (limbs are canonical, so their sum is
    // zero only when both are).
    let bnz = c[f(BranchNonZero)];
    let bsum = c[B0] + c[B1];
    let nz = bsum * h(c, 0);
    out.push(bnz * bsum * (one - nz));
    out.push(bnz * (n[PC] - c[PC] - one - nz * (c[IMM0] - c[PC] - one)));
    out.push(bnz * (n[FP] - c[FP]));
    // call / calli: link word (pc + 1, fp) written to fp + 8a, the callee's slot 0.
    let call = c[f(Call)];
    let calli = c[f(CallIndirect)];
    let calls = call + calli;
    out.push(call * (n[PC] - c[IMM0]));
    out.push(calli * (n[PC] - c[B0]));
    out.push(calli * c[B1]);
    out.push(calls * (n[FP] - c[FP] - V::cst(8) * c[IA]));
    out.push(calls * (c[A0] - c[PC] - one));
    out.push(calls * (c[A1] - c[FP]));
    let ret = c[f(Return)];
    out.push(ret * (n[PC] - c[B0]));
    out.push(ret * (n[FP] - c[B1]));
    // The new frame pointer of a call or return is 8-aligned and below the stack
    // overflow limit: fp' = 8 (s0 + 2^16 s1), s1 <= FP_Q1_MAX.
    let cr = calls + ret;
    out.push(cr * (n[FP] - V::cst(8) * u16s(s(c, 0), s(c, 1))));
    out.push(cr * (s(c, 2) + s(c, 1) - V::cst(FP_Q1_MAX)));

    // ---- operands and port addresses ----------------------------------------------
    let alu = flags(c, &ALU);
    out.push(alu * c[CIMM] * (c[C0] - c[IMM0]));
    out.push(alu * c[CIMM] * (c[C1] - c[IMM1]));
    let ld = flags(c, &LOADS);
    let st = flags(c, &STORES);
    let mem = ld + st;
    let cell = V::cst(8) * u16s(s(c, 0), s(c, 1));
    out.push((alu * (one - c[CIMM]) + st) * (c[ADDR_C] - c[FP] - V::cst(8) * c[IC]));
    out.push(ld * (c[ADDR_C] - cell));
    out.push(flags(c, &WRITES_SLOT_A) * (c[ADDR_A] - c[FP] - V::cst(8) * c[IA]));
    out.push(st * (c[ADDR_A] - cell));

    // ---- final-memory table -------------------------------------------------------
    out.push(bin(c[FM_ACT]));
    out.push(bin(c[FM_IMG]));
    out.push(n[FM_ACT] * (one - c[FM_ACT]));
    out.push(n[FM_ACT] * (n[FM_ADDR] - c[FM_ADDR] - one - u16s(c[range::FM_GAP], c[range::FM_GAP + 1])));

    // ---- adder: add, sub, fpaddr, ltu, lts ----------------------------------------
    let (add, sub, fpaddr) = (c[f(Add)], c[f(Sub)], c[f(FpAddr)]);
    let (ltu, lts) = (c[f(LtU)], c[f(LtS)]);
    let adders = add + sub + fpaddr;
    let cmps = ltu + lts;
    let lo = u16s(s(c, 0), s(c, 1));
    let hi = u16s(s(c, 2), s(c, 3));
    let (k0, k1) = (h(c, 0), h(c, 1));
    out.push(adders * (c[A0] - lo));
    out.push(adders * (c[A1] - hi));
    out.push((adders + cmps) * bin(k0));
    out.push((adders + cmps) * bin(k1));
    out.push(add * (c[B0] + c[C0] - c[A0] - two32::<V>() * k0));
    out.push(add * (c[B1] + c[C1] + k0 - c[A1] - two32::<V>() * k1));
    out.push(sub * (c[A0] + c[C0] - c[B0] - two32::<V>() * k0));
    out.push(sub * (c[A1] + c[C1] + k0 - c[B1] - two32::<V>() * k1));
    out.push(fpaddr * (c[FP] + c[IMM0] - c[A0] - two32::<V>() * k0));
    out.push(fpaddr * (c[IMM1] + k0 - c[A1] - two32::<V>() * k1));
    // Comparisons: d = b - c (mod 2^64) in s0..s3, d + c = b + 2^64 k1, so k1 = (b < c).
    // lts compares b ^ 2^63 and c ^ 2^63, whose high limbs s4..s7 are range checked,
    // which pins the sign bits h2, h3.
    let bh = u16s(s(c, 4), s(c, 5));
    let ch = u16s(s(c, 6), s(c, 7));
    let (sb, sc) = (h(c, 2), h(c, 3));
    out.push(cmps * (lo + c[C0] - c[B0] - two32::<V>() * k0));
    out.push(ltu * (hi + c[C1] + k0 - c[B1] - two32::<V>() * k1));
    out.push(lts * (hi + ch + k0 - bh - two32::<V>() * k1));
    out.push(lts * (bh - c[B1] - V::cst(1 << 31) + two32::<V>() * sb));
    out.push(lts * (ch - c[C1] - V::cst(1 << 31) + two32::<V>() * sc));
    out.push(lts * bin(sb));
    out.push(lts * bin(sc));
    out.push(cmps * (c[A0] - k1));
    zero_a1(out, cmps);

    // ---- eq -----------------------------------------------------------------------
    let eq = c[f(Eq)];
    let (d0, d1) = (c[B0] - c[C0], c[B1] - c[C1]);
    out.push(eq * c[A0] * d0);
    out.push(eq * c[A0] * d1);
    out.push(eq * (one - c[A0] - d0 * h(c, 0) - d1 * h(c, 1)));
    zero_a1(out, eq);

    // ---- bitwise: bytes of b in x, bytes of c in y, x & y in z ---------------------
    let (and, or, xor, andn) = (c[f(And)], c[f(Or)], c[f(Xor)], c[f(AndN)]);
    let bit = and + or + xor + andn;
    let word = |sel: &dyn Fn(usize) -> V, base: usize| {
        sel(base) + V::cst(1 << 8) * sel(base + 1) + V::cst(1 << 16) * sel(base + 2) + V::cst(1 << 24) * sel(base + 3)
    };
    let x = |j: usize| c[bytes::x(j)];
    let y = |j: usize| c[bytes::y(j)];
    let z = |j: usize| c[bytes::z(j)];
    let or_b = |j: usize| c[bytes::x(j)] + c[bytes::y(j)] - c[bytes::z(j)];
    let xor_b = |j: usize| c[bytes::x(j)] + c[bytes::y(j)] - V::cst(2) * c[bytes::z(j)];
    // x & !y = x - (x & y): a byte, as z <= x.
    let andn_b = |j: usize| c[bytes::x(j)] - c[bytes::z(j)];
    out.push(bit * (c[B0] - word(&x, 0)));
    out.push(bit * (c[B1] - word(&x, 4)));
    out.push(bit * (c[C0] - word(&y, 0)));
    out.push(bit * (c[C1] - word(&y, 4)));
    out.push(and * (c[A0] - word(&z, 0)));
    out.push(and * (c[A1] - word(&z, 4)));
    out.push(or * (c[A0] - word(&or_b, 0)));
    out.push(or * (c[A1] - word(&or_b, 4)));
    out.push(xor * (c[A0] - word(&xor_b, 0)));
    out.push(xor * (c[A1] - word(&xor_b, 4)));
    out.push(andn * (c[A0] - word(&andn_b, 0)));
    out.push(andn * (c[A1] - word(&andn_b, 4)));

    // ---- sha256sum, sha256sig ------------------------------------------------------
    // b0 as 32 bits; result bit i is the xor of the bits the variant's taps move to
    // position i (`SHA256_SOURCES`), so a0 < 2^32 by construction. The variant c0 is 0
    // or 1 and selects between the two tap tables: degree 1 + 1 + 3.
    let (sum, sig) = (c[f(Sha256Sum)], c[f(Sha256Sig)]);
    let sha = sum + sig;
    // The bits, then a zero standing for the source a shift tap lacks.
    let mut bits = [V::cst(0); 33];
    for (b, &col) in bits.iter_mut().zip(&SHA256_BITS) {
        *b = c[col];
        out.push(sha * bin(*b));
    }
    out.push(sha * (c[B0] - pack32(|i| bits[i])));
    out.push(sha * bin(c[C0]));
    out.push(sha * c[C1]);
    zero_a1(out, sha);
    let mix = |sources: &[[usize; 3]; 32]| {
        pack32(|i| {
            let [x, y, z] = sources[i];
            bit_xor(bit_xor(bits[x], bits[y]), bits[z])
        })
    };
    let src = &*SHA256_SOURCES;
    for (k, flag) in [sum, sig].into_iter().enumerate() {
        let m0 = mix(&src[2 * k]);
        out.push(flag * (c[A0] - m0 - c[C0] * (mix(&src[2 * k + 1]) - m0)));
    }

    // ---- multiplier: mul, mulhu, divu, remu, divs, rems -------------------------
    // 16-bit limbs X (byte slots 0..3) and Y (byte slots 4..7); col_m = sum X_i Y_j.
    let xl = |k: usize| c[bytes::x(k)] + V::cst(256) * c[bytes::y(k)];
    let yl = |k: usize| c[bytes::x(4 + k)] + V::cst(256) * c[bytes::y(4 + k)];
    let col = |m: usize| {
        let mut acc: Option<V> = None;
        for i in 0..4 {
            if m >= i && m - i < 4 {
                let t = xl(i) * yl(m - i);
                acc = Some(match acc {
                    Some(a) => a + t,
                    None => t,
                });
            }
        }
        acc.unwrap()
    };
    let (mul, mulhu, divu, remu) = (c[f(Mul)], c[f(MulHu)], c[f(DivU)], c[f(RemU)]);
    let (divs, rems) = (c[f(DivS)], c[f(RemS)]);
    let mm = mul + mulhu;
    let dv = divu + remu;
    let ds = divs + rems;
    let dd = dv + ds;
    let xlo = u16s(xl(0), xl(1));
    let xhi = u16s(xl(2), xl(3));
    let ylo = u16s(yl(0), yl(1));
    let yhi = u16s(yl(2), yl(3));
    // Carries are bounded (< 2^22) but need not be tight: s + 2^5 s'.
    let kappa = |i: usize| s(c, i) + V::cst(32) * s(c, i + 1);
    let (k1m, k2m, k3m) = (kappa(8), kappa(10), kappa(12));
    let l0 = u16s(s(c, 0), s(c, 1));
    let l1 = u16s(s(c, 2), s(c, 3));
    let h0 = u16s(s(c, 4), s(c, 5));
    let h1 = u16s(s(c, 6), s(c, 7));
    let x16 = V::cst(1 << 16);
    // Signed division works on absolute values: sign bits sb, sc (h1, h2) of b and c,
    // pinned as in lts by the range-checked flipped high limbs s10..s11, s12..s13.
    let (sb, sc, kc) = (h(c, 1), h(c, 2), h(c, 3));
    // Y holds c, or |c| for divs/rems: with sc = 1, Y + c = 2^64 limb by limb (carry
    // kc); with sc = 0, Y = c (and kc = 0, as Y's low limb is below 2^32).
    out.push(mm * (c[B0] - xlo));
    out.push(mm * (c[B1] - xhi));
    out.push((mm + dd) * (ylo - c[C0] + ds * (V::cst(2) * sc * c[C0] - two32::<V>() * kc)));
    out.push((mm + dd) * (yhi - c[C1] + ds * (sc * (V::cst(2) * c[C1] - two32::<V>()) + kc)));
    out.push(mm * (col(0) + x16 * col(1) - l0 - two32::<V>() * k1m));
    out.push(mm * (col(2) + x16 * col(3) + k1m - l1 - two32::<V>() * k2m));
    out.push(mm * (col(4) + x16 * col(5) + k2m - h0 - two32::<V>() * k3m));
    out.push(mm * (col(6) + k3m - h1));
    out.push(mul * (c[A0] - l0));
    out.push(mul * (c[A1] - l1));
    out.push(mulhu * (c[A0] - h0));
    out.push(mulhu * (c[A1] - h1));
    // Division: B = q c + r with q in X, c in Y, r = s0..s3, and r + e + 1 = c with
    // e = s4..s7, so r < c (and c != 0). The product's high half must vanish, so the
    // carry into it does too. B is b, or |b| = b + sb (2^64 - 2b) for divs/rems, as the
    // "limbs" b0 (1 - 2sb) and b1 (1 - 2sb) + 2^32 sb (both below 2^32 in absolute
    // value, so the carry equations still hold over the integers).
    let bs0 = c[B0] - V::cst(2) * ds * sb * c[B0];
    let bs1 = c[B1] + ds * sb * (two32::<V>() - V::cst(2) * c[B1]);
    out.push(dd * (col(0) + x16 * col(1) + l0 - bs0 - two32::<V>() * k1m));
    out.push(dd * (col(2) + x16 * col(3) + l1 + k1m - bs1));
    out.push(dd * (col(4) + x16 * col(5)));
    out.push(dd * col(6));
    out.push(dd * (l0 + h0 + one - ylo - two32::<V>() * h(c, 0)));
    out.push(dd * (l1 + h1 + h(c, 0) - yhi));
    out.push(dd * bin(h(c, 0)));
    out.push(divu * (c[A0] - xlo));
    out.push(divu * (c[A1] - xhi));
    out.push(remu * (c[A0] - l0));
    out.push(remu * (c[A1] - l1));
    // divs/rems: sign bits from the flipped high limbs (b1 + 2^31 - 2^32 sb < 2^32).
    let bflip = u16s(s(c, 10), s(c, 11));
    let cflip = u16s(s(c, 12), s(c, 13));
    out.push(ds * (bflip - c[B1] - V::cst(1 << 31) + two32::<V>() * sb));
    out.push(ds * (cflip - c[C1] - V::cst(1 << 31) + two32::<V>() * sc));
    out.push(ds * bin(sb));
    out.push(ds * bin(sc));
    out.push(ds * bin(kc));
    // The result is v = |q| (X) or |r| (s0..s3), negated when its sign bit is set
    // (divs: sb xor sc, rems: sb): a = 2^64 [v != 0] - v, limb by limb with the
    // carries n0 = [v0 != 0] (h4, inverse witness h5) and n1 = [v1 + n0 != 0] (h6,
    // inverse witness h7), so the written limbs are canonical and -0 = 0.
    let v0 = divs * xlo + rems * l0;
    let v1 = divs * xhi + rems * l1;
    let (n0, n1) = (h(c, 4), h(c, 6));
    out.push(ds * (n0 - v0 * h(c, 5)));
    out.push(v0 * (one - n0));
    out.push(ds * (n1 - (v1 + n0) * h(c, 7)));
    out.push(ds * (v1 + n0) * (one - n1));
    let sq = sb + sc - V::cst(2) * sb * sc;
    out.push(divs * (c[A0] - xlo + sq * (V::cst(2) * xlo - two32::<V>() * n0)));
    out.push(divs * (c[A1] - xhi + sq * (V::cst(2) * xhi + n0 - two32::<V>() * n1)));
    out.push(rems * (c[A0] - l0 + sb * (V::cst(2) * l0 - two32::<V>() * n0)));
    out.push(rems * (c[A1] - l1 + sb * (V::cst(2) * l1 + n0 - two32::<V>() * n1)));

    // ---- shifts and rotl -----------------------------------------------------------
    // Amount v (bits h0..h5) with c0 = 64 q + v (shl, rotl) or c0 + v = 64 q (shr, sra:
    // v is then 64 - s). P = 2^(v mod 32) in h7 (h6 is a partial product). The operand
    // beta (b, or !b for a negative sra operand) times P gives x0 + 2^32 x1 and
    // y0 + 2^32 y1, from which a whole-word shift by 32 v5 selects the result.
    let (shl, shr, sra, rotl) = (c[f(Shl)], c[f(Shr)], c[f(Sra)], c[f(Rotl)]);
    let left = shl + rotl;
    let sh = left + shr + sra;
    let shr_any = shr + sra;
    let t = |i: usize| h(c, i);
    let v = t(0) + V::cst(2) * t(1) + V::cst(4) * t(2) + V::cst(8) * t(3) + V::cst(16) * t(4) + V::cst(32) * t(5);
    for i in 0..6 {
        out.push(sh * bin(t(i)));
    }
    let q = u16s(s(c, 0), s(c, 1));
    out.push(left * (c[C0] - V::cst(64) * q - v));
    out.push(shr_any * (c[C0] + v - V::cst(64) * q));
    let p1 = (one + t(0)) * (one + V::cst(3) * t(1)) * (one + V::cst(15) * t(2));
    out.push(sh * (h(c, 6) - p1));
    let p = h(c, 6) * (one + V::cst(255) * t(3)) * (one + V::cst(65535) * t(4));
    out.push(sh * (h(c, 7) - p));
    let sg = h(c, 10);
    out.push((left + shr) * sg);
    out.push(sra * bin(sg));
    out.push(sra * (c[B1] + V::cst(1 << 31) - two32::<V>() * sg - u16s(s(c, 10), s(c, 11))));
    let ones = V::cst(u32::MAX as u64);
    let beta0 = c[B0] + sg * (ones - V::cst(2) * c[B0]);
    let beta1 = c[B1] + sg * (ones - V::cst(2) * c[B1]);
    let x0 = u16s(s(c, 2), s(c, 3));
    let x1 = s(c, 4) + V::cst(1 << 15) * s(c, 5);
    let y0 = u16s(s(c, 6), s(c, 7));
    let y1 = s(c, 8) + V::cst(1 << 15) * s(c, 9);
    out.push(sh * (beta0 * h(c, 7) - x0 - two32::<V>() * x1));
    out.push(sh * (beta1 * h(c, 7) - y0 - two32::<V>() * y1));
    let v5 = t(5);
    out.push(shl * (c[A0] - (one - v5) * x0));
    out.push(shl * (c[A1] - (one - v5) * (x1 + y0) - v5 * x0));
    // rotl by u = v mod 32: b 2^u = x0 + 2^32 (x1 + y0) + 2^64 y1, where x0, y0 have
    // their low u bits clear and x1, y1 < 2^u, so the limbs x0 + y1 and x1 + y0 are the
    // rotated word's, canonical without a carry; v5 swaps them (rotl by 32 + u).
    let (r0, r1) = (x0 + y1, x1 + y0);
    out.push(rotl * (c[A0] - r0 - v5 * (r1 - r0)));
    out.push(rotl * (c[A1] - r1 + v5 * (r1 - r0)));
    // z = h8 = (v == 0) via inverse h9: a right shift by 0 returns the operand.
    let zf = h(c, 8);
    out.push(shr_any * (zf - one + v * h(c, 9)));
    out.push(shr_any * v * zf);
    let res0 = zf * beta0 + v5 * (x1 + y0) + (one - v5 - zf) * y1;
    let res1 = zf * beta1 + v5 * y1;
    out.push(shr * (c[A0] - res0));
    out.push(shr * (c[A1] - res1));
    out.push(sra * (c[A0] - res0 - sg * (ones - V::cst(2) * res0)));
    out.push(sra * (c[A1] - res1 - sg * (ones - V::cst(2) * res1)));

    // ---- immediates ---------------------------------------------------------------
    let li = c[f(LoadImm)];
    out.push(li * (c[A0] - c[IMM0]));
    out.push(li * (c[A1] - c[IMM1]));

    // ---- loads and stores ---------------------------------------------------------
    // Offset one-hot in h0..h7, address carries h8, h9, lower-bound borrow h10.
    // addr = b + imm (mod 2^64, high half zero) = 8 * cell + offset, and the cell index
    // s0 + 2^16 s1 lies in [NULL_GUARD/8, STACK_END/8): s2 = CELL_HI_MAX - s1,
    // s3 = s0 - CELL_MIN + 2^16 h10 and s4 = s1 - h10 are range checked.
    let o = |k: usize| h(c, k);
    let mut osum = o(0);
    let mut off = V::cst(0) * o(0);
    for k in 0..8 {
        out.push(mem * bin(o(k)));
        if k > 0 {
            osum = osum + o(k);
            off = off + V::cst(k as u64) * o(k);
        }
    }
    out.push(mem * (osum - one));
    let (ka0, ka1, bw) = (h(c, 8), h(c, 9), h(c, 10));
    out.push(mem * (c[B0] + c[IMM0] - cell - off - two32::<V>() * ka0));
    out.push(mem * (c[B1] + c[IMM1] + ka0 - two32::<V>() * ka1));
    out.push(mem * bin(ka0));
    out.push(mem * bin(ka1));
    out.push(mem * (s(c, 2) + s(c, 1) - V::cst(CELL_HI_MAX)));
    out.push(mem * (s(c, 3) - s(c, 0) + V::cst(CELL_MIN) - x16 * bw));
    out.push(mem * (s(c, 4) - s(c, 1) + bw));
    out.push(mem * bin(bw));
    // Bytes of the cell: byte k of the cell is bb(k).
    let bb = |k: usize| {
        if k.is_multiple_of(2) { c[bytes::x(k / 2)] } else { c[bytes::y(k / 2)] }
    };
    let cell_lo = bb(0) + V::cst(1 << 8) * bb(1) + V::cst(1 << 16) * bb(2) + V::cst(1 << 24) * bb(3);
    let cell_hi = bb(4) + V::cst(1 << 8) * bb(5) + V::cst(1 << 16) * bb(6) + V::cst(1 << 24) * bb(7);
    out.push(ld * (c[C0] - cell_lo));
    out.push(ld * (c[C1] - cell_hi));
    out.push(st * (c[OA0] - cell_lo));
    out.push(st * (c[OA1] - cell_hi));
    let (ld8, ld16, ld32, ld64) = (c[f(Load8)], c[f(Load16)], c[f(Load32)], c[f(Load64)]);
    let (st8, st16, st32, st64) = (c[f(Store8)], c[f(Store16)], c[f(Store32)], c[f(Store64)]);
    let odd = o(1) + o(3) + o(5) + o(7);
    let mut byte_sel = o(0) * bb(0);
    let mut half_sel = o(0) * (bb(0) + V::cst(256) * bb(1));
    for k in 1..8 {
        byte_sel = byte_sel + o(k) * bb(k);
        if k.is_multiple_of(2) {
            half_sel = half_sel + o(k) * (bb(k) + V::cst(256) * bb(k + 1));
        }
    }
    out.push(ld8 * (c[A0] - byte_sel));
    out.push(ld16 * (c[A0] - half_sel));
    out.push((ld16 + st16) * odd);
    out.push(ld32 * (c[A0] - o(0) * c[C0] - o(4) * c[C1]));
    out.push((ld32 + st32) * (one - o(0) - o(4)));
    out.push(ld64 * (c[A0] - c[C0]));
    out.push((ld64 + st64) * (one - o(0)));
    zero_a1(out, ld8 + ld16 + ld32);
    out.push(ld64 * (c[A1] - c[C1]));
    // Stores: the low bytes of the value c are x4, y4, x5, y5.
    let cb = |k: usize| {
        if k.is_multiple_of(2) { c[bytes::x(4 + k / 2)] } else { c[bytes::y(4 + k / 2)] }
    };
    let c_byte = cb(0);
    let c_half = cb(0) + V::cst(256) * cb(1);
    out.push(
        (st8 + st16) * (c[C0] - cb(0) - V::cst(1 << 8) * cb(1) - V::cst(1 << 16) * cb(2) - V::cst(1 << 24) * cb(3)),
    );
    let pow = |k: usize| V::cst(1u64 << (8 * (k % 4)));
    let mut st8_lo = o(0) * (c_byte - bb(0));
    let mut st8_hi = o(4) * (c_byte - bb(4));
    for k in [1, 2, 3] {
        st8_lo = st8_lo + o(k) * pow(k) * (c_byte - bb(k));
        st8_hi = st8_hi + o(k + 4) * pow(k) * (c_byte - bb(k + 4));
    }
    out.push(st8 * (c[A0] - c[OA0] - st8_lo));
    out.push(st8 * (c[A1] - c[OA1] - st8_hi));
    let half = |k: usize| bb(k) + V::cst(256) * bb(k + 1);
    let st16_lo = o(0) * (c_half - half(0)) + o(2) * pow(2) * (c_half - half(2));
    let st16_hi = o(4) * (c_half - half(4)) + o(6) * pow(2) * (c_half - half(6));
    out.push(st16 * (c[A0] - c[OA0] - st16_lo));
    out.push(st16 * (c[A1] - c[OA1] - st16_hi));
    out.push(st32 * (c[A0] - o(0) * c[C0] - o(4) * c[OA0]));
    out.push(st32 * (c[A1] - o(0) * c[OA1] - o(4) * c[C0]));
    out.push(st64 * (c[A0] - c[C0]));
    out.push(st64 * (c[A1] - c[C1]));

    // ---- I/O ----------------------------------------------------------------------
    // read: a byte (x0) or, once the input is exhausted (h0), u64::MAX forever after.
    let read = c[f(Read)];
    let reof = h(c, 0);
    out.push(read * bin(reof));
    out.push(read * (c[A1] - reof * ones));
    out.push(read * (c[A0] - reof * ones - (one - reof) * c[bytes::x(0)]));
    out.push(read * c[io::EOF] * (one - reof));
    out.push(n[io::EOF] - c[io::EOF] - read * (reof - c[io::EOF]));
    // cycles: the cycle number is the row's clock plus the cycles of earlier segments
    // (below 2^32: the verifier bounds a run's cycles).
    let cycles = c[f(CycleCount)];
    out.push(cycles * (c[A0] - c[CLK] - clk_base));
    out.push(cycles * c[A1]);
    // commit: the journal byte is the low byte x0 of b0.
    let commit = c[f(Commit)];
    out.push(
        commit
            * (c[B0]
                - c[bytes::x(0)]
                - V::cst(1 << 8) * c[bytes::y(0)]
                - V::cst(1 << 16) * c[bytes::x(1)]
                - V::cst(1 << 24) * c[bytes::y(1)]),
    );
    out.push(n[io::JIDX] - c[io::JIDX] - commit);
}

/// Number of main transition constraints.
pub fn count() -> usize {
    degrees().len()
}

/// Degree of every main transition constraint, in order.
pub fn degrees() -> Vec<usize> {
    use crate::value::Deg;
    let row = vec![Deg(1); crate::columns::WIDTH];
    let mut buf = vec![Deg(0); 1024];
    let mut sink = Sink::new(&mut buf);
    evaluate(&row, &row, Deg(0), &mut sink);
    let len = sink.len;
    buf.truncate(len);
    buf.into_iter().map(|d| d.0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degrees_fit_blowup_4() {
        let d = degrees();
        let hist: Vec<usize> = (1..=5).map(|k| d.iter().filter(|&&x| x == k).count()).collect();
        eprintln!("{} constraints, by degree 1..5: {hist:?}", d.len());
        assert!(d.iter().all(|&x| (1..=5).contains(&x)), "{d:?}");
        assert!(d.contains(&5));
        assert_eq!(FP_Q1_MAX, 0xfef);
        assert_eq!(CELL_HI_MAX, 0xfff);
        assert_eq!(CELL_MIN, 0x200);
    }
}
