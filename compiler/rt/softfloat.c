/* IEEE-754 binary32/binary64 arithmetic on integer bit patterns, for zkcc's lowering
 * of floating-point instructions (the zkvm has no floating-point unit). Round to
 * nearest, ties to even; subnormals, infinities and NaNs as IEEE-754 specifies; NaN
 * results are the default quiet NaN or the quieted input. Every definition is weak.
 *
 * Single precision arithmetic is computed in double precision and rounded once to
 * single: for +, -, *, / and sqrt this gives the correctly rounded result because
 * 53 >= 2 * 24 + 2. */

typedef unsigned long long u64;
typedef long long i64;
typedef unsigned int u32;
typedef int i32;
typedef unsigned __int128 u128;
typedef __int128 i128;

#define WEAK __attribute__((weak))

#define D_SIGN 0x8000000000000000ull
#define D_INF 0x7ff0000000000000ull
/* The default NaN is negative, as x86 produces it, so that output matches native runs. */
#define D_QNAN 0xfff8000000000000ull
#define D_QUIET 0x0008000000000000ull
#define D_FRAC 0x000fffffffffffffull
#define D_IMPL 0x0010000000000000ull
#define S_SIGN 0x80000000u
#define S_INF 0x7f800000u
#define S_QNAN 0xffc00000u
#define S_QUIET 0x00400000u
#define S_FRAC 0x007fffffu

static int clz64(u64 x) { return x ? __builtin_clzll(x) : 64; }

/* Shifts right by n (>= 0), or-ing every bit shifted out into bit 0. */
static u64 shr_sticky(u64 x, int n) {
    if (n <= 0) return x;
    if (n >= 64) return x != 0;
    return (x >> n) | ((x << (64 - n)) != 0);
}

/* Packs sign, biased exponent and a significand whose implicit bit is bit 55 (three
 * rounding bits below the 52 fraction bits; bit 0 sticky), rounding to nearest even.
 * `exp` may be out of range: overflow gives infinity, underflow a subnormal or zero. */
static u64 pack_d(u64 sign, int exp, u64 sig) {
    if (sig == 0) return sign;
    /* Normalise so that the leading one is at bit 55. */
    int lead = 63 - clz64(sig);
    if (lead > 55) {
        sig = shr_sticky(sig, lead - 55);
        exp += lead - 55;
    } else if (lead < 55) {
        sig <<= 55 - lead;
        exp -= 55 - lead;
    }
    if (exp >= 0x7ff) return sign | D_INF;
    if (exp <= 0) {
        sig = shr_sticky(sig, 1 - exp);
        exp = 0;
    }
    u64 rest = sig & 7;
    /* For normal results bit 52 of sig >> 3 is the implicit one, replaced by the
     * exponent; a subnormal has exponent 0. Rounding up may carry into the exponent,
     * which is exactly the next representable value (up to infinity). */
    u64 r = sig >> 3;
    r = exp ? ((r & D_FRAC) | ((u64)exp << 52)) : r;
    if (rest > 4 || (rest == 4 && (r & 1))) r++;
    return sign | r;
}

/* Same for single precision: implicit bit at bit 26. */
static u32 pack_s(u32 sign, int exp, u64 sig) {
    if (sig == 0) return sign;
    int lead = 63 - clz64(sig);
    if (lead > 26) {
        sig = shr_sticky(sig, lead - 26);
        exp += lead - 26;
    } else if (lead < 26) {
        sig <<= 26 - lead;
        exp -= 26 - lead;
    }
    if (exp >= 0xff) return sign | S_INF;
    if (exp <= 0) {
        sig = shr_sticky(sig, 1 - exp);
        exp = 0;
    }
    u64 rest = sig & 7;
    u32 r = (u32)(sig >> 3) & (S_FRAC | 0x00800000u);
    r = exp ? ((r & S_FRAC) | ((u32)exp << 23)) : r;
    if (rest > 4 || (rest == 4 && (r & 1))) r++;
    return sign | r;
}

/* Unpacks a finite non-zero double: significand with the implicit bit at bit 52 and the
 * exponent it goes with (subnormals normalised). */
static u64 unpack_d(u64 a, int *exp) {
    int e = (int)((a >> 52) & 0x7ff);
    u64 sig = a & D_FRAC;
    if (e == 0) {
        int shift = clz64(sig) - 11;
        sig <<= shift;
        e = 1 - shift;
    } else {
        sig |= D_IMPL;
    }
    *exp = e;
    return sig;
}

static int is_nan_d(u64 a) { return (a & ~D_SIGN) > D_INF; }

/* ----- conversions between the formats ----- */

WEAK u64 __extendsfdf2(u32 a) {
    u64 sign = (u64)(a & S_SIGN) << 32;
    u32 abs = a & ~S_SIGN;
    if (abs >= S_INF) {
        if (abs == S_INF) return sign | D_INF;
        return sign | D_INF | D_QUIET | ((u64)(abs & S_FRAC) << 29);
    }
    if (abs == 0) return sign;
    int e = (int)(abs >> 23);
    u64 sig = abs & S_FRAC;
    if (e == 0) {
        int shift = clz64(sig) - 40;
        sig <<= shift;
        e = 1 - shift;
    } else {
        sig |= 0x00800000u;
    }
    return sign | ((u64)(e - 127 + 1023) << 52) | ((sig << 29) & D_FRAC);
}

WEAK u32 __truncdfsf2(u64 a) {
    u32 sign = (u32)(a >> 32) & S_SIGN;
    u64 abs = a & ~D_SIGN;
    if (abs >= D_INF) {
        if (abs == D_INF) return sign | S_INF;
        return sign | S_INF | S_QUIET | (u32)((abs & D_FRAC) >> 29);
    }
    if (abs == 0) return sign;
    int e;
    u64 sig = unpack_d(abs, &e);
    /* sig has its leading one at bit 52: move it to bit 26 with sticky. */
    return pack_s(sign, e - 1023 + 127, shr_sticky(sig, 26));
}

/* ----- double arithmetic ----- */

static u64 add_d(u64 a, u64 b) {
    u64 aa = a & ~D_SIGN, ba = b & ~D_SIGN;
    if (aa >= D_INF || ba >= D_INF || aa == 0 || ba == 0) {
        if (aa > D_INF) return a | D_QUIET;
        if (ba > D_INF) return b | D_QUIET;
        if (aa == D_INF) return (ba == D_INF && (a ^ b) == D_SIGN) ? D_QNAN : a;
        if (ba == D_INF) return b;
        if (aa == 0) return ba == 0 ? (a & b) : b;
        return a;
    }
    if (ba > aa) {
        u64 t = a;
        a = b;
        b = t;
    }
    int ea, eb;
    u64 sa = unpack_d(a & ~D_SIGN, &ea) << 3;
    u64 sb = unpack_d(b & ~D_SIGN, &eb) << 3;
    u64 sign = a & D_SIGN;
    sb = shr_sticky(sb, ea - eb);
    if ((a ^ b) & D_SIGN) {
        sa -= sb;
        if (sa == 0) return 0;
    } else {
        sa += sb;
    }
    return pack_d(sign, ea, sa);
}

static u64 mul_d(u64 a, u64 b) {
    u64 sign = (a ^ b) & D_SIGN;
    u64 aa = a & ~D_SIGN, ba = b & ~D_SIGN;
    if (aa >= D_INF || ba >= D_INF || aa == 0 || ba == 0) {
        if (aa > D_INF) return a | D_QUIET;
        if (ba > D_INF) return b | D_QUIET;
        if (aa == D_INF) return ba ? (sign | D_INF) : D_QNAN;
        if (ba == D_INF) return aa ? (sign | D_INF) : D_QNAN;
        return sign;
    }
    int ea, eb;
    u64 sa = unpack_d(aa, &ea), sb = unpack_d(ba, &eb);
    u128 p = (u128)sa * sb; /* leading one at bit 104 or 105 */
    u64 hi = (u64)(p >> 49);
    u64 sticky = ((u64)p & ((1ull << 49) - 1)) != 0;
    /* hi has its leading one at bit 55 or 56; pack_d normalises. */
    return pack_d(sign, ea + eb - 1023, hi | sticky);
}

static u64 div_d(u64 a, u64 b) {
    u64 sign = (a ^ b) & D_SIGN;
    u64 aa = a & ~D_SIGN, ba = b & ~D_SIGN;
    if (aa >= D_INF || ba >= D_INF || aa == 0 || ba == 0) {
        if (aa > D_INF) return a | D_QUIET;
        if (ba > D_INF) return b | D_QUIET;
        if (aa == D_INF) return ba == D_INF ? D_QNAN : (sign | D_INF);
        if (ba == D_INF) return sign;
        if (aa == 0) return ba == 0 ? D_QNAN : sign;
        return sign | D_INF;
    }
    int ea, eb;
    u64 sa = unpack_d(aa, &ea), sb = unpack_d(ba, &eb);
    int e = ea - eb + 1023;
    if (sa < sb) {
        sa <<= 1;
        e--;
    }
    /* Quotient bits: one integer bit, then 55 more in five steps of 11. */
    u64 q = 1, r = sa - sb;
    for (int i = 0; i < 5; i++) {
        r <<= 11;
        q = (q << 11) | (r / sb);
        r %= sb;
    }
    return pack_d(sign, e, q | (r != 0));
}

static u64 sqrt_d(u64 a) {
    u64 aa = a & ~D_SIGN;
    if (aa == 0) return a;
    if (a & D_SIGN) return D_QNAN;
    if (aa >= D_INF) return aa == D_INF ? a : (a | D_QUIET);
    int e;
    u64 sig = unpack_d(aa, &e);
    int ue = e - 1023;
    /* sqrt(sig * 2^(ue-52)): make the exponent even, then take an integer square root
     * with 56 result bits of a 112-bit radicand. */
    int k = (ue & 1) ? 59 : 60; /* makes ue - 52 - k even */
    u128 rad = (u128)sig << k;
    int re = (ue - 52 - k) / 2 + 55;
    u128 res = 0, bit = (u128)1 << 112;
    while (bit > rad) bit >>= 2;
    while (bit) {
        if (rad >= res + bit) {
            rad -= res + bit;
            res = (res >> 1) + bit;
        } else {
            res >>= 1;
        }
        bit >>= 2;
    }
    return pack_d(0, re + 1023, (u64)res | (rad != 0));
}

WEAK u64 __adddf3(u64 a, u64 b) { return add_d(a, b); }
/* A NaN operand is returned (quieted) as it is, the first one when both are NaN. */
WEAK u64 __subdf3(u64 a, u64 b) { return (is_nan_d(b) && !is_nan_d(a)) ? (b | D_QUIET) : add_d(a, b ^ D_SIGN); }
WEAK u64 __muldf3(u64 a, u64 b) { return mul_d(a, b); }
WEAK u64 __divdf3(u64 a, u64 b) { return div_d(a, b); }
WEAK u64 __zkcc_sqrtdf(u64 a) { return sqrt_d(a); }

WEAK u32 __addsf3(u32 a, u32 b) { return __truncdfsf2(add_d(__extendsfdf2(a), __extendsfdf2(b))); }
WEAK u32 __subsf3(u32 a, u32 b) { return __truncdfsf2(__subdf3(__extendsfdf2(a), __extendsfdf2(b))); }
WEAK u32 __mulsf3(u32 a, u32 b) { return __truncdfsf2(mul_d(__extendsfdf2(a), __extendsfdf2(b))); }
WEAK u32 __divsf3(u32 a, u32 b) { return __truncdfsf2(div_d(__extendsfdf2(a), __extendsfdf2(b))); }
WEAK u32 __zkcc_sqrtsf(u32 a) { return __truncdfsf2(sqrt_d(__extendsfdf2(a))); }

/* ----- comparisons: 1 less, 2 equal, 4 greater, 8 unordered ----- */

WEAK int __zkcc_cmpdf(u64 a, u64 b) {
    if (is_nan_d(a) || is_nan_d(b)) return 8;
    if (((a | b) & ~D_SIGN) == 0) return 2;
    i64 ka = (a & D_SIGN) ? -(i64)(a & ~D_SIGN) : (i64)a;
    i64 kb = (b & D_SIGN) ? -(i64)(b & ~D_SIGN) : (i64)b;
    return ka < kb ? 1 : ka == kb ? 2 : 4;
}

WEAK int __zkcc_cmpsf(u32 a, u32 b) { return __zkcc_cmpdf(__extendsfdf2(a), __extendsfdf2(b)); }

/* ----- integer conversions ----- */

/* v * 2^0 is v * 2^(exp - bias - 55) with exp = bias + 55; pack_d normalises. */
static u64 from_u64_d(u64 sign, u64 v) { return pack_d(sign, 1023 + 55, v); }
static u32 from_u64_s(u32 sign, u64 v) { return pack_s(sign, 127 + 26, v); }

WEAK u64 __floatdidf(i64 v) { return v < 0 ? from_u64_d(D_SIGN, -(u64)v) : from_u64_d(0, (u64)v); }
WEAK u64 __floatundidf(u64 v) { return from_u64_d(0, v); }
WEAK u32 __floatdisf(i64 v) { return v < 0 ? from_u64_s(S_SIGN, -(u64)v) : from_u64_s(0, (u64)v); }
WEAK u32 __floatundisf(u64 v) { return from_u64_s(0, v); }

/* Truncates toward zero; out-of-range values saturate (NaN gives 0). */
static u64 to_u64_d(u64 a, int is_signed) {
    u64 aa = a & ~D_SIGN;
    int neg = (a & D_SIGN) != 0;
    if (aa > D_INF) return 0x8000000000000000ull; /* as x86 does */
    if (aa < 0x3ff0000000000000ull) return 0; /* |a| < 1 */
    int e = (int)(aa >> 52) - 1023;
    u64 sig = (aa & D_FRAC) | D_IMPL;
    if (is_signed) {
        if (e >= 63) return 0x8000000000000000ull; /* out of range: as x86 does */
    } else {
        if (neg) return 0;
        if (e >= 64) return ~0ull;
    }
    u64 m = e >= 52 ? sig << (e - 52) : sig >> (52 - e);
    return neg ? -m : m;
}

WEAK i64 __fixdfdi(u64 a) { return (i64)to_u64_d(a, 1); }
WEAK u64 __fixunsdfdi(u64 a) { return to_u64_d(a, 0); }
WEAK i64 __fixsfdi(u32 a) { return (i64)to_u64_d(__extendsfdf2(a), 1); }
WEAK u64 __fixunssfdi(u32 a) { return to_u64_d(__extendsfdf2(a), 0); }

/* Truncates a double toward zero to an integer of `bits` bits (1..=128), signed or
 * not, saturating at the ends of its range; NaN gives 0 (llvm.fpto[su]i.sat). */
static u128 fix_sat_d(u64 a, int bits, int is_signed) {
    u64 aa = a & ~D_SIGN;
    int neg = (a & D_SIGN) != 0;
    if (aa > D_INF) return 0;
    u128 mask = bits == 128 ? ~(u128)0 : ((u128)1 << bits) - 1;
    u128 max = is_signed ? ((u128)1 << (bits - 1)) - 1 : mask;
    if (aa < 0x3ff0000000000000ull) return 0; /* |a| < 1 */
    int e = (int)(aa >> 52) - 1023;
    if (neg) {
        if (!is_signed) return 0;
        if (e >= bits - 1) return ~max & mask; /* the minimum, -(max + 1) */
    } else if (e >= bits - is_signed) {
        return max;
    }
    u128 sig = (aa & D_FRAC) | D_IMPL;
    u128 m = e >= 52 ? sig << (e - 52) : sig >> (52 - e);
    return (neg ? -m : m) & mask;
}

WEAK u64 __zkcc_fixsatdf(u64 a, int bits, int is_signed) { return (u64)fix_sat_d(a, bits, is_signed); }
WEAK u64 __zkcc_fixsatsf(u32 a, int bits, int is_signed) { return (u64)fix_sat_d(__extendsfdf2(a), bits, is_signed); }
WEAK u128 __zkcc_fixsatdfti(u64 a, int is_signed) { return fix_sat_d(a, 128, is_signed); }
WEAK u128 __zkcc_fixsatsfti(u32 a, int is_signed) { return fix_sat_d(__extendsfdf2(a), 128, is_signed); }

/* To and from 128-bit integers, as compiler-rt: out-of-range values saturate and NaN
 * converts as the infinity of its sign. */
static u64 nan_as_inf(u64 a) { return (a & ~D_SIGN) > D_INF ? (a & D_SIGN) | D_INF : a; }
WEAK u128 __fixdfti(u64 a) { return fix_sat_d(nan_as_inf(a), 128, 1); }
WEAK u128 __fixunsdfti(u64 a) { return fix_sat_d(nan_as_inf(a), 128, 0); }
WEAK u128 __fixsfti(u32 a) { return __fixdfti(__extendsfdf2(a)); }
WEAK u128 __fixunssfti(u32 a) { return __fixunsdfti(__extendsfdf2(a)); }

/* v as a 64-bit value with the bits shifted out or-ed into bit 0, and the shift. */
static u64 narrow_u128(u128 v, int *shift) {
    u64 hi = (u64)(v >> 64), lo = (u64)v;
    int s = hi ? 64 - clz64(hi) : 0;
    *shift = s;
    if (s == 0) return lo;
    u64 lost = s == 64 ? lo : lo << (64 - s);
    return (u64)(v >> s) | (lost != 0);
}
static u64 from_u128_d(u64 sign, u128 v) {
    int s;
    u64 w = narrow_u128(v, &s);
    return pack_d(sign, 1023 + 55 + s, w);
}
static u32 from_u128_s(u32 sign, u128 v) {
    int s;
    u64 w = narrow_u128(v, &s);
    return pack_s(sign, 127 + 26 + s, w);
}
WEAK u64 __floattidf(i128 v) { return v < 0 ? from_u128_d(D_SIGN, -(u128)v) : from_u128_d(0, (u128)v); }
WEAK u64 __floatuntidf(u128 v) { return from_u128_d(0, v); }
WEAK u32 __floattisf(i128 v) { return v < 0 ? from_u128_s(S_SIGN, -(u128)v) : from_u128_s(0, (u128)v); }
WEAK u32 __floatuntisf(u128 v) { return from_u128_s(0, v); }

/* ----- rounding to integral values: mode 0 trunc, 1 floor, 2 ceil, 3 round (ties
 * away), 4 round to even ----- */

WEAK u64 __zkcc_rounddf(u64 a, int mode) {
    u64 aa = a & ~D_SIGN;
    int neg = (a & D_SIGN) != 0;
    if (aa > D_INF) return a | D_QUIET;
    int e = (int)(aa >> 52) - 1023;
    if (e >= 52) return a; /* integral, infinite */
    if (aa == 0) return a;
    if (e < 0) {
        /* |a| < 1 */
        int up;
        switch (mode) {
        case 1: up = neg; break;
        case 2: up = !neg; break;
        case 3: up = e == -1; break;
        case 4: up = e == -1 && aa > 0x3fe0000000000000ull; break;
        default: up = 0;
        }
        return up ? (a & D_SIGN) | 0x3ff0000000000000ull : (a & D_SIGN);
    }
    u64 frac_mask = D_FRAC >> e;
    u64 frac = aa & frac_mask;
    if (frac == 0) return a;
    u64 t = aa & ~frac_mask; /* truncated magnitude */
    u64 half = (frac_mask + 1) >> 1;
    int up;
    switch (mode) {
    case 1: up = neg; break;
    case 2: up = !neg; break;
    case 3: up = frac >= half; break;
    case 4: up = frac > half || (frac == half && (t & (frac_mask + 1))); break;
    default: up = 0;
    }
    if (up) t += frac_mask + 1; /* carries into the exponent when needed */
    return (a & D_SIGN) | t;
}

WEAK u32 __zkcc_roundsf(u32 a, int mode) { return __truncdfsf2(__zkcc_rounddf(__extendsfdf2(a), mode)); }

/* ----- classification for llvm.is.fpclass: the one class bit of the value ----- */

WEAK int __zkcc_classdf(u64 a) {
    u64 aa = a & ~D_SIGN;
    int neg = (a & D_SIGN) != 0;
    if (aa > D_INF) return (aa & D_QUIET) ? 2 : 1;
    if (aa == D_INF) return neg ? 4 : 512;
    if (aa >= D_IMPL) return neg ? 8 : 256;
    if (aa != 0) return neg ? 16 : 128;
    return neg ? 32 : 64;
}

WEAK int __zkcc_classsf(u32 a) {
    u32 aa = a & ~S_SIGN;
    int neg = (a & S_SIGN) != 0;
    if (aa > S_INF) return (aa & S_QUIET) ? 2 : 1;
    if (aa == S_INF) return neg ? 4 : 512;
    if (aa >= 0x00800000u) return neg ? 8 : 256;
    if (aa != 0) return neg ? 16 : 128;
    return neg ? 32 : 64;
}

/* ----- minimum and maximum (llvm.minnum/maxnum ignore a NaN operand,
 * llvm.minimum/maximum propagate it and order -0 below +0) ----- */

static u64 select_d(u64 a, u64 b, int want_min, int propagate_nan) {
    int an = is_nan_d(a), bn = is_nan_d(b);
    if (an || bn) {
        if (propagate_nan) return an ? (a | D_QUIET) : (b | D_QUIET);
        return an ? (bn ? (a | D_QUIET) : b) : a;
    }
    int c = __zkcc_cmpdf(a, b);
    if (c == 2) {
        /* Equal: only signed zeros differ. minimum/maximum order -0 below +0;
         * minnum/maxnum may return either: the first, as x86 code does. */
        if (!propagate_nan) return a;
        if (want_min) return (a & D_SIGN) ? a : b;
        return (a & D_SIGN) ? b : a;
    }
    return (c == 1) == want_min ? a : b;
}

WEAK u64 __zkcc_minnumdf(u64 a, u64 b) { return select_d(a, b, 1, 0); }
WEAK u64 __zkcc_maxnumdf(u64 a, u64 b) { return select_d(a, b, 0, 0); }
WEAK u64 __zkcc_minimumdf(u64 a, u64 b) { return select_d(a, b, 1, 1); }
WEAK u64 __zkcc_maximumdf(u64 a, u64 b) { return select_d(a, b, 0, 1); }
WEAK u32 __zkcc_minnumsf(u32 a, u32 b) { return __truncdfsf2(select_d(__extendsfdf2(a), __extendsfdf2(b), 1, 0)); }
WEAK u32 __zkcc_maxnumsf(u32 a, u32 b) { return __truncdfsf2(select_d(__extendsfdf2(a), __extendsfdf2(b), 0, 0)); }
WEAK u32 __zkcc_minimumsf(u32 a, u32 b) { return __truncdfsf2(select_d(__extendsfdf2(a), __extendsfdf2(b), 1, 1)); }
WEAK u32 __zkcc_maximumsf(u32 a, u32 b) { return __truncdfsf2(select_d(__extendsfdf2(a), __extendsfdf2(b), 0, 1)); }

/* ----- the simplest math.h functions, on bit patterns (weak: the C runtime's own
 * definitions take precedence) ----- */

WEAK u64 sqrt(u64 x) { return sqrt_d(x); }
WEAK u32 sqrtf(u32 x) { return __zkcc_sqrtsf(x); }
WEAK u64 fabs(u64 x) { return x & ~D_SIGN; }
WEAK u32 fabsf(u32 x) { return x & ~S_SIGN; }
WEAK u64 copysign(u64 x, u64 y) { return (x & ~D_SIGN) | (y & D_SIGN); }
WEAK u32 copysignf(u32 x, u32 y) { return (x & ~S_SIGN) | (y & S_SIGN); }
WEAK u64 trunc(u64 x) { return __zkcc_rounddf(x, 0); }
WEAK u64 floor(u64 x) { return __zkcc_rounddf(x, 1); }
WEAK u64 ceil(u64 x) { return __zkcc_rounddf(x, 2); }
WEAK u64 round(u64 x) { return __zkcc_rounddf(x, 3); }
WEAK u64 rint(u64 x) { return __zkcc_rounddf(x, 4); }
WEAK u64 nearbyint(u64 x) { return __zkcc_rounddf(x, 4); }
WEAK u32 truncf(u32 x) { return __zkcc_roundsf(x, 0); }
WEAK u32 floorf(u32 x) { return __zkcc_roundsf(x, 1); }
WEAK u32 ceilf(u32 x) { return __zkcc_roundsf(x, 2); }
WEAK u32 roundf(u32 x) { return __zkcc_roundsf(x, 3); }
WEAK u32 rintf(u32 x) { return __zkcc_roundsf(x, 4); }
WEAK u64 fmin(u64 a, u64 b) { return __zkcc_minnumdf(a, b); }
WEAK u64 fmax(u64 a, u64 b) { return __zkcc_maxnumdf(a, b); }
WEAK u32 fminf(u32 a, u32 b) { return __zkcc_minnumsf(a, b); }
WEAK u32 fmaxf(u32 a, u32 b) { return __zkcc_maxnumsf(a, b); }

/* fmod: the exact remainder x - n*y with n = trunc(x/y), by long division of the
 * significands. */
WEAK u64 fmod(u64 x, u64 y) {
    u64 sx = x & D_SIGN;
    u64 ax = x & ~D_SIGN, ay = y & ~D_SIGN;
    if (ax >= D_INF || ay > D_INF || ay == 0) return (ax > D_INF) ? (x | D_QUIET) : (ay > D_INF) ? (y | D_QUIET) : D_QNAN;
    if (ax < ay) return x;
    int ex, ey;
    u64 mx = unpack_d(ax, &ex), my = unpack_d(ay, &ey);
    /* Reduce mx * 2^(ex-ey) modulo my, one exponent step at a time. */
    for (int i = ex - ey; i > 0; i--) {
        if (mx >= my) mx -= my;
        mx <<= 1;
    }
    if (mx >= my) mx -= my;
    if (mx == 0) return sx;
    /* mx * 2^(ey - 1023 - 52) */
    return pack_d(sx, ey + 3, mx);
}

WEAK u32 fmodf(u32 x, u32 y) { return __truncdfsf2(fmod(__extendsfdf2(x), __extendsfdf2(y))); }

/* ----- fused multiply-add: a * b + c with a single rounding ----- */

static int clz128(u128 x) { return (u64)(x >> 64) ? clz64((u64)(x >> 64)) : 64 + clz64((u64)x); }

/* Shifts right by n (>= 0) with sticky bit 0, on 128 bits. */
static u128 shr_sticky128(u128 x, int n) {
    if (n <= 0) return x;
    if (n >= 128) return x != 0;
    return (x >> n) | ((x << (128 - n)) != 0);
}

/* The exact value of a * b + c for finite a, b, c with a * b non-zero, as a sign, a
 * significand of at most 63 bits whose bit 0 is sticky, and the exponent of its last
 * bit (value = sig * 2^*e2). The product is exact in 106 bits; both terms are placed
 * with their leading one at bit 125, the smaller shifted right with sticky, so that
 * more than 60 bits below the final rounding position survive any cancellation. */
static u64 fma_exact(u64 a, u64 b, u64 c, u64 *sign, int *e2) {
    int ea, eb;
    u64 sa = unpack_d(a & ~D_SIGN, &ea), sb = unpack_d(b & ~D_SIGN, &eb);
    u128 p = (u128)sa * sb;
    int shift = clz128(p) - 2;
    p <<= shift;
    int pe = ea + eb - 2150 - shift; /* exponent of p's last bit */
    u64 ps = (a ^ b) & D_SIGN;
    if ((c & ~D_SIGN) == 0) {
        *sign = ps;
        *e2 = pe + 64;
        return (u64)shr_sticky128(p, 64);
    }
    int ec;
    u128 q = unpack_d(c & ~D_SIGN, &ec);
    int qshift = clz128(q) - 2;
    q <<= qshift;
    int qe = ec - 1075 - qshift;
    u64 qs = c & D_SIGN;
    /* Make p the term of larger magnitude. */
    if (qe > pe || (qe == pe && q > p)) {
        u128 t = p;
        p = q;
        q = t;
        int te = pe;
        pe = qe;
        qe = te;
        u64 ts = ps;
        ps = qs;
        qs = ts;
    }
    q = shr_sticky128(q, pe - qe);
    u128 r = ps == qs ? p + q : p - q;
    *sign = ps;
    if (r == 0) {
        *sign = 0; /* exact cancellation: +0 when rounding to nearest */
        *e2 = 0;
        return 0;
    }
    /* Keep the 63 bits from the leading one down (cancellation may have cleared many). */
    int drop = 65 - clz128(r);
    *e2 = pe + drop;
    return drop > 0 ? (u64)shr_sticky128(r, drop) : (u64)r << -drop;
}

/* a * b + c for the cases fma_exact leaves out: NaN, infinity or zero operands. */
static int fma_special(u64 a, u64 b, u64 c, u64 *out) {
    u64 aa = a & ~D_SIGN, ba = b & ~D_SIGN, ca = c & ~D_SIGN;
    u64 ps = (a ^ b) & D_SIGN;
    if (aa > D_INF || ba > D_INF || ca > D_INF) {
        *out = aa > D_INF ? (a | D_QUIET) : ba > D_INF ? (b | D_QUIET) : (c | D_QUIET);
        return 1;
    }
    if (aa == D_INF || ba == D_INF) {
        if (aa == 0 || ba == 0 || (ca == D_INF && (c & D_SIGN) != ps)) *out = D_QNAN;
        else *out = ps | D_INF;
        return 1;
    }
    if (ca == D_INF) {
        *out = c;
        return 1;
    }
    if (aa == 0 || ba == 0) {
        /* An exact zero product: the sum is c, or a signed zero when c is zero too. */
        *out = add_d(ps, c);
        return 1;
    }
    return 0;
}

WEAK u64 __zkcc_fmadf(u64 a, u64 b, u64 c) {
    u64 r, sign;
    if (fma_special(a, b, c, &r)) return r;
    int e2;
    u64 sig = fma_exact(a, b, c, &sign, &e2);
    return pack_d(sign, e2 + 1023 + 55, sig);
}

/* The float operands are exact doubles; the exact sum is rounded once, to float. */
WEAK u32 __zkcc_fmasf(u32 a, u32 b, u32 c) {
    u64 da = __extendsfdf2(a), db = __extendsfdf2(b), dc = __extendsfdf2(c), r, sign;
    if (fma_special(da, db, dc, &r)) return __truncdfsf2(r);
    int e2;
    u64 sig = fma_exact(da, db, dc, &sign, &e2);
    return pack_s((u32)(sign >> 32), e2 + 127 + 26, sig);
}

WEAK u64 fma(u64 a, u64 b, u64 c) { return __zkcc_fmadf(a, b, c); }
WEAK u32 fmaf(u32 a, u32 b, u32 c) { return __zkcc_fmasf(a, b, c); }
