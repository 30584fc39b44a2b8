/* x86 extended precision (LLVM's x86_fp80, C's long double on x86-64) on integer bit
 * patterns, for zkcc's lowering of x86_fp80 instructions. A value is passed as two
 * words, as zkcc holds it in two registers: the 64-bit significand with its explicit
 * integer bit, then the sign and 15-bit exponent (bits 0..15).
 *
 * The results are the ones the x87 unit computes with precision control set to 64 bits
 * and rounding to nearest even, as x86-64 code runs it: gradual underflow to denormals,
 * overflow to infinity, the default NaN negative (0xFFFF C000000000000000), NaN
 * operands returned quieted (of two NaNs, the one of larger significand). Encodings the
 * x87 rejects as operands (unnormals, pseudo-infinities and pseudo-NaNs: an integer bit
 * of 0 with a non-zero exponent) give the default NaN and compare unordered;
 * pseudo-denormals (exponent 0, integer bit 1) are read by their value, as the x87 does.
 * Every definition is weak. */

typedef unsigned long long u64;
typedef long long i64;
typedef unsigned int u32;
typedef unsigned __int128 u128;
typedef __int128 i128;

#define WEAK __attribute__((weak))
#define SWAP(T, x, y) \
    do {                \
        T swap_ = (x);  \
        (x) = (y);      \
        (y) = swap_;    \
    } while (0)

/* The two words of an x86_fp80 value. */
typedef struct {
    u64 m;  /* significand, integer bit at bit 63 */
    u64 se; /* sign (bit 15) and biased exponent (bits 0..14) */
} xf;

#define X_SIGN 0x8000u
#define X_EMAX 0x7fff
#define X_BIAS 16383
#define X_INT (1ull << 63)
#define X_QUIET (1ull << 62)

enum { X_ZERO, X_FINITE, X_INF, X_NAN, X_INVALID };

static const xf DEFAULT_NAN = {X_INT | X_QUIET, X_SIGN | X_EMAX};

static int clz64(u64 x) { return x ? __builtin_clzll(x) : 64; }
static int clz128(u128 x) { return (u64)(x >> 64) ? clz64((u64)(x >> 64)) : 64 + clz64((u64)x); }

static u64 shr_sticky(u64 x, int n) {
    if (n <= 0) return x;
    if (n >= 64) return x != 0;
    return (x >> n) | ((x << (64 - n)) != 0);
}

static u128 shr_sticky128(u128 x, int n) {
    if (n <= 0) return x;
    if (n >= 128) return x != 0;
    return (x >> n) | ((x << (128 - n)) != 0);
}

static int classify(xf a) {
    int e = (int)(a.se & X_EMAX);
    int top = (a.m & X_INT) != 0;
    if (e == X_EMAX) return !top ? X_INVALID : (a.m << 1) ? X_NAN : X_INF;
    if (e == 0) return a.m ? X_FINITE : X_ZERO;
    return top ? X_FINITE : X_INVALID;
}

/* A finite non-zero value as a significand with its leading one at bit 63 and the
 * biased exponent that goes with it (below 1 for denormals). */
static u64 unpack_x(xf a, int *e) {
    int ex = (int)(a.se & X_EMAX);
    if (ex == 0) ex = 1;
    int s = clz64(a.m);
    *e = ex - s;
    return a.m << s;
}

static xf make(u64 m, u64 se) {
    xf r = {m, se};
    return r;
}

/* Rounds sig * 2^(e - X_BIAS - 127) to nearest even: overflow gives infinity,
 * underflow a denormal or zero. */
static xf pack_x(u64 sign, int e, u128 sig) {
    if (sig == 0) return make(0, sign);
    int lz = clz128(sig);
    sig <<= lz;
    e -= lz;
    if (e <= 0) {
        sig = shr_sticky128(sig, 1 - e);
        e = 0;
    }
    u64 m = (u64)(sig >> 64), rest = (u64)sig;
    if (rest > X_INT || (rest == X_INT && (m & 1))) {
        m++;
        if (m == 0) {
            m = X_INT;
            e++;
        } else if (e == 0 && (m & X_INT)) {
            e = 1;
        }
    }
    if (e >= X_EMAX) return make(X_INT, sign | X_EMAX);
    return make(m, sign | (u64)e);
}

/* The canonical encoding of a finite value (a pseudo-denormal becomes normal). */
static xf canonical(xf a) {
    if (classify(a) != X_FINITE) return a;
    int e;
    u64 m = unpack_x(a, &e);
    return pack_x(a.se & X_SIGN, e, (u128)m << 64);
}

static xf quiet(xf a) { return make(a.m | X_QUIET, a.se); }

/* The NaN result of an operation with a NaN operand: a signaling NaN loses to a quiet
 * one, else the larger significand wins (the positive one on a tie). */
static xf pick_nan(xf a, xf b) {
    int an = classify(a) == X_NAN, bn = classify(b) == X_NAN;
    if (!bn) return quiet(a);
    if (!an) return quiet(b);
    int aq = (a.m & X_QUIET) != 0, bq = (b.m & X_QUIET) != 0;
    if (aq != bq) return aq ? a : b;
    a = quiet(a);
    b = quiet(b);
    if (a.m != b.m) return a.m > b.m ? a : b;
    return a.se <= b.se ? a : b;
}

/* NaN and invalid operands of a two-operand operation; 1 when *r is the result. */
static int special_nan(xf a, xf b, xf *r) {
    int ca = classify(a), cb = classify(b);
    if (ca == X_INVALID || cb == X_INVALID) {
        *r = DEFAULT_NAN;
        return 1;
    }
    if (ca == X_NAN || cb == X_NAN) {
        *r = pick_nan(a, b);
        return 1;
    }
    return 0;
}

/* ----- arithmetic ----- */

static xf add_x(xf a, xf b, int negate_b) {
    xf r;
    if (special_nan(a, b, &r)) return r;
    if (negate_b) b.se ^= X_SIGN;
    int ca = classify(a), cb = classify(b);
    if (ca == X_INF) return (cb == X_INF && ((a.se ^ b.se) & X_SIGN)) ? DEFAULT_NAN : a;
    if (cb == X_INF) return b;
    if (ca == X_ZERO) return cb == X_ZERO ? make(0, a.se & b.se & X_SIGN) : canonical(b);
    if (cb == X_ZERO) return canonical(a);
    int ea, eb;
    u64 ma = unpack_x(a, &ea), mb = unpack_x(b, &eb);
    u64 sa = a.se & X_SIGN, sb = b.se & X_SIGN;
    if (eb > ea || (eb == ea && mb > ma)) {
        SWAP(u64, ma, mb);
        SWAP(int, ea, eb);
        SWAP(u64, sa, sb);
    }
    /* Leading ones at bit 125: room for the carry, and more than 60 bits below the
     * rounding position, so the sticky bit of the aligned operand is enough. */
    u128 s = (u128)ma << 62, t = shr_sticky128((u128)mb << 62, ea - eb);
    if (sa != sb) {
        s -= t;
        if (s == 0) return make(0, 0);
    } else {
        s += t;
    }
    return pack_x(sa, ea + 2, s);
}

WEAK xf __addxf3(xf a, xf b) { return add_x(a, b, 0); }
WEAK xf __subxf3(xf a, xf b) { return add_x(a, b, 1); }

WEAK xf __mulxf3(xf a, xf b) {
    xf r;
    if (special_nan(a, b, &r)) return r;
    u64 sign = (a.se ^ b.se) & X_SIGN;
    int ca = classify(a), cb = classify(b);
    if (ca == X_INF || cb == X_INF) return (ca == X_ZERO || cb == X_ZERO) ? DEFAULT_NAN : make(X_INT, sign | X_EMAX);
    if (ca == X_ZERO || cb == X_ZERO) return make(0, sign);
    int ea, eb;
    u64 ma = unpack_x(a, &ea), mb = unpack_x(b, &eb);
    return pack_x(sign, ea + eb - X_BIAS + 1, (u128)ma * mb);
}

/* One base-2^32 digit of rem * 2^32 / v, for rem < v and v with bit 63 set; rem becomes
 * the remainder. The estimate from v's top digit is at most 2 too large (Knuth's
 * algorithm D), and a 64-bit division is one machine instruction. */
static u64 div_digit(u64 *rem, u64 v) {
    u128 n = (u128)*rem << 32;
    u64 q = *rem / (v >> 32);
    if (q > 0xffffffffu) q = 0xffffffffu;
    u128 p = (u128)q * v;
    while (p > n) {
        q--;
        p -= v;
    }
    *rem = (u64)(n - p);
    return q;
}

WEAK xf __divxf3(xf a, xf b) {
    xf r;
    if (special_nan(a, b, &r)) return r;
    u64 sign = (a.se ^ b.se) & X_SIGN;
    int ca = classify(a), cb = classify(b);
    if (ca == X_INF) return cb == X_INF ? DEFAULT_NAN : make(X_INT, sign | X_EMAX);
    if (cb == X_INF) return make(0, sign);
    if (cb == X_ZERO) return ca == X_ZERO ? DEFAULT_NAN : make(X_INT, sign | X_EMAX);
    if (ca == X_ZERO) return make(0, sign);
    int ea, eb;
    u64 ma = unpack_x(a, &ea), mb = unpack_x(b, &eb);
    /* The integer bit, then 96 fraction bits in 32-bit digits, the rest sticky. */
    u64 rem = ma, q0 = rem >= mb;
    if (q0) rem -= mb;
    u64 d1 = div_digit(&rem, mb), d2 = div_digit(&rem, mb), d3 = div_digit(&rem, mb);
    u128 q = ((u128)q0 << 96) | ((u128)d1 << 64) | ((u128)d2 << 32) | d3 | (rem != 0);
    return pack_x(sign, ea - eb + X_BIAS + 31, q);
}

/* floor(sqrt(x)) for x < 2^64, bit by bit; *rem = x - root^2. */
static u64 sqrt_rem64(u64 x, u64 *rem) {
    u64 root = 0, r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 2) | (x >> 62);
        x <<= 2;
        u64 trial = (root << 2) | 1;
        if (r >= trial) {
            r -= trial;
            root = (root << 1) | 1;
        } else {
            root <<= 1;
        }
    }
    *rem = r;
    return root;
}

/* floor(sqrt(x)) for 2^126 <= x < 2^128 and the remainder, by one step of Zimmermann's
 * Karatsuba square root on 32-bit digits: the root of the top half, then the next digit
 * by a division. */
static u64 sqrt_rem128(u128 x, u128 *rem) {
    u64 r1;
    u64 s1 = sqrt_rem64((u64)(x >> 64), &r1);
    u128 num = ((u128)r1 << 32) | ((u64)(x >> 32) & 0xffffffffu);
    u128 q = num / ((u128)s1 << 1), u = num % ((u128)s1 << 1);
    u128 s = ((u128)s1 << 32) + q;
    i128 r = (i128)((u << 32) | ((u64)x & 0xffffffffu)) - (i128)(q * q);
    if (r < 0) {
        r += (i128)(2 * s - 1);
        s--;
    }
    *rem = (u128)r;
    return (u64)s;
}

/* The square root, exactly rounded: a 64-bit root and its remainder give the rounding
 * bit (a tie is impossible) and the sticky bit. */
WEAK xf __zkcc_sqrtxf(xf a) {
    int c = classify(a);
    if (c == X_INVALID) return DEFAULT_NAN;
    if (c == X_NAN) return quiet(a);
    if (c == X_ZERO) return a;
    if (a.se & X_SIGN) return DEFAULT_NAN;
    if (c == X_INF) return a;
    int e;
    u64 m = unpack_x(a, &e);
    int u = e - X_BIAS - 63; /* a = m * 2^u */
    int k = (u & 1) ? 63 : 64; /* radicand m * 2^k of 127 or 128 bits, u - k even */
    u128 rem;
    u64 root = sqrt_rem128((u128)m << k, &rem);
    u128 sig = ((u128)root << 2) | (rem > root ? 2 : 0) | (rem != 0);
    return pack_x(0, (u - k) / 2 + X_BIAS + 125, sig);
}

/* ----- fused multiply-add: a * b + c with a single rounding ----- */

/* 256-bit magnitudes for the exact sum of a 128-bit product and a 64-bit addend. */
typedef struct {
    u128 hi, lo;
} u256;

static u256 shr_sticky256(u256 x, int n) {
    if (n <= 0) return x;
    if (n >= 256) return (u256){0, (x.hi | x.lo) != 0};
    if (n >= 128) return (u256){0, shr_sticky128(x.hi, n - 128) | (x.lo != 0)};
    u128 lo = (x.lo >> n) | (x.hi << (128 - n)) | ((x.lo << (128 - n)) != 0);
    return (u256){x.hi >> n, lo};
}

static int less256(u256 a, u256 b) { return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo); }

WEAK xf __zkcc_fmaxf(xf a, xf b, xf c) {
    int ca = classify(a), cb = classify(b), cc = classify(c);
    /* Specials as glibc's fmal on x86-64 computes them, with x87 operations. */
    int fa = ca == X_FINITE || ca == X_ZERO, fb = cb == X_FINITE || cb == X_ZERO;
    if ((cc == X_INF || cc == X_NAN) && fa && fb) return __addxf3(__addxf3(c, a), b);
    if (cc == X_ZERO && ca == X_FINITE && cb == X_FINITE) return __mulxf3(a, b);
    if (ca != X_FINITE || cb != X_FINITE || cc != X_FINITE) return __addxf3(__mulxf3(a, b), c);
    int ea, eb, ec;
    u64 ma = unpack_x(a, &ea), mb = unpack_x(b, &eb), mc = unpack_x(c, &ec);
    u128 prod = (u128)ma * mb;
    /* Both terms with their leading one at bit 253; pe and qe: exponents of bit 0. */
    int top = (int)(prod >> 127);
    u256 p = {prod >> (1 + top), prod << (127 - top)};
    int pe = ea + eb - 2 * X_BIAS - 126 - (127 - top);
    u256 q = {(u128)mc << 62, 0};
    int qe = ec - X_BIAS - 63 - 190;
    u64 ps = (a.se ^ b.se) & X_SIGN, qs = c.se & X_SIGN;
    if (qe > pe || (qe == pe && less256(p, q))) {
        SWAP(u256, p, q);
        SWAP(int, pe, qe);
        SWAP(u64, ps, qs);
    }
    q = shr_sticky256(q, pe - qe);
    u256 r;
    if (ps == qs) {
        r.lo = p.lo + q.lo;
        r.hi = p.hi + q.hi + (r.lo < p.lo);
    } else {
        r.lo = p.lo - q.lo;
        r.hi = p.hi - q.hi - (p.lo < q.lo);
        if ((r.hi | r.lo) == 0) return make(0, 0);
    }
    /* The leading 128 bits, the rest sticky. */
    int lz = r.hi ? clz128(r.hi) : 128 + clz128(r.lo);
    u128 sig;
    if (lz >= 128) {
        sig = r.lo << (lz - 128);
    } else if (lz > 0) {
        sig = (r.hi << lz) | (r.lo >> (128 - lz)) | ((r.lo << lz) != 0);
    } else {
        sig = r.hi | (r.lo != 0);
    }
    return pack_x(ps, pe + 128 - lz + X_BIAS + 127, sig);
}

/* ----- comparison: 1 less, 2 equal, 4 greater, 8 unordered ----- */

/* The magnitude as an integer that orders like the value. */
static u128 magnitude(xf a, int c) {
    if (c == X_ZERO) return 0;
    if (c == X_INF) return (u128)(X_EMAX + 65) << 64;
    int e;
    u64 m = unpack_x(a, &e);
    return ((u128)(e + 64) << 64) | m;
}

WEAK int __zkcc_cmpxf(xf a, xf b) {
    int ca = classify(a), cb = classify(b);
    if (ca >= X_NAN || cb >= X_NAN) return 8;
    i128 ka = (i128)magnitude(a, ca), kb = (i128)magnitude(b, cb);
    if (a.se & X_SIGN) ka = -ka;
    if (b.se & X_SIGN) kb = -kb;
    return ka < kb ? 1 : ka == kb ? 2 : 4;
}

/* ----- conversions to and from binary32/binary64 ----- */

/* Widens an IEEE value with `frac` fraction bits and `exp` exponent bits (exact; a
 * signaling NaN is quieted, as the x87 loads it). */
static xf widen(u64 bits, int frac, int exp) {
    int emax = (1 << exp) - 1, bias = emax >> 1;
    u64 f = bits & ((1ull << frac) - 1);
    int e = (int)(bits >> frac) & emax;
    u64 sign = (bits >> (frac + exp)) & 1 ? X_SIGN : 0;
    if (e == emax) return make(X_INT | (f << (63 - frac)) | (f ? X_QUIET : 0), sign | X_EMAX);
    if (e == 0) {
        if (f == 0) return make(0, sign);
        int s = clz64(f);
        return make(f << s, sign | (u64)(1 - bias - frac - s + X_BIAS + 63));
    }
    return make(X_INT | (f << (63 - frac)), sign | (u64)(e - bias + X_BIAS));
}

/* Rounds to an IEEE format once, as the x87 stores to memory: denormal results are
 * rounded at their own precision (no double rounding), NaNs keep the top fraction
 * bits and become quiet. */
static u64 narrow(xf a, int frac, int exp) {
    int emax = (1 << exp) - 1, bias = emax >> 1;
    u64 sign_bit = 1ull << (frac + exp);
    u64 sign = (a.se & X_SIGN) ? sign_bit : 0;
    u64 inf = (u64)emax << frac, qnan = inf | (1ull << (frac - 1));
    switch (classify(a)) {
    case X_INVALID: return sign_bit | qnan;
    case X_NAN: return sign | qnan | ((a.m << 1) >> (64 - frac));
    case X_INF: return sign | inf;
    case X_ZERO: return sign;
    }
    int e;
    u64 m = unpack_x(a, &e);
    e = e - X_BIAS + bias;
    if (e >= emax) return sign | inf;
    if (e <= 0) {
        m = shr_sticky(m, 1 - e);
        e = 1;
    }
    int sh = 63 - frac;
    u64 rest = m & ((1ull << sh) - 1), half = 1ull << (sh - 1);
    /* The integer bit adds one to the exponent field; a carry from rounding moves to
     * the next binade, up to infinity. */
    u64 r = ((u64)(e - 1) << frac) + (m >> sh);
    if (rest > half || (rest == half && (r & 1))) r++;
    return sign | r;
}

WEAK xf __extenddfxf2(u64 a) { return widen(a, 52, 11); }
WEAK xf __extendsfxf2(u32 a) { return widen(a, 23, 8); }
WEAK u64 __truncxfdf2(xf a) { return narrow(a, 52, 11); }
WEAK u32 __truncxfsf2(xf a) { return (u32)narrow(a, 23, 8); }

/* ----- integer conversions ----- */

static xf from_u128(u64 sign, u128 v) { return pack_x(sign, X_BIAS + 127, v); }

WEAK xf __floatdixf(i64 v) { return v < 0 ? from_u128(X_SIGN, -(u64)v) : from_u128(0, (u64)v); }
WEAK xf __floatundixf(u64 v) { return from_u128(0, v); }
WEAK xf __floattixf(i128 v) { return v < 0 ? from_u128(X_SIGN, -(u128)v) : from_u128(0, (u128)v); }
WEAK xf __floatuntixf(u128 v) { return from_u128(0, v); }

/* Truncates toward zero; NaN and out-of-range values give the x87's integer
 * indefinite, INT64_MIN. */
WEAK i64 __fixxfdi(xf a) {
    int c = classify(a);
    if (c == X_ZERO) return 0;
    if (c != X_FINITE) return (i64)X_INT;
    int e;
    u64 m = unpack_x(a, &e);
    int ue = e - X_BIAS;
    if (ue < 0) return 0;
    if (ue >= 63) return (i64)X_INT;
    u64 v = m >> (63 - ue);
    return (a.se & X_SIGN) ? (i64)-v : (i64)v;
}

/* To 128 bits, truncating toward zero; NaN and out-of-range values give 0 (C leaves
 * them undefined). */
static u128 fix128(xf a, int is_signed) {
    if (classify(a) != X_FINITE) return 0;
    int e;
    u64 m = unpack_x(a, &e);
    int ue = e - X_BIAS, neg = (a.se & X_SIGN) != 0;
    if (ue < 0 || ue >= 128 - is_signed || (neg && !is_signed)) return 0;
    u128 v = ue >= 63 ? (u128)m << (ue - 63) : m >> (63 - ue);
    return neg ? -v : v;
}

WEAK i128 __fixxfti(xf a) { return (i128)fix128(a, 1); }
WEAK u128 __fixunsxfti(xf a) { return fix128(a, 0); }

/* As x86-64 code converts: values below 2^63 signed, others (and NaN) as a - 2^63 with
 * the top bit flipped. */
WEAK u64 __fixunsxfdi(xf a) {
    xf two63 = {X_INT, X_BIAS + 63};
    if (__zkcc_cmpxf(a, two63) == 1) return (u64)__fixxfdi(a);
    return (u64)__fixxfdi(add_x(a, two63, 1)) ^ X_INT;
}

/* ----- rounding to integral values: mode 0 trunc, 1 floor, 2 ceil, 3 round (ties
 * away), 4 round to even ----- */

WEAK xf __zkcc_roundxf(xf a, int mode) {
    int c = classify(a);
    if (c == X_INVALID) return DEFAULT_NAN;
    if (c == X_NAN) return quiet(a);
    if (c != X_FINITE) return a;
    u64 sign = a.se & X_SIGN;
    int neg = sign != 0;
    int e;
    u64 m = unpack_x(a, &e);
    int ue = e - X_BIAS;
    if (ue >= 63) return a;
    int up;
    if (ue < 0) {
        switch (mode) {
        case 1: up = neg; break;
        case 2: up = !neg; break;
        case 3: up = ue == -1; break;
        case 4: up = ue == -1 && m > X_INT; break;
        default: up = 0;
        }
        return up ? make(X_INT, sign | X_BIAS) : make(0, sign);
    }
    u64 unit = 1ull << (63 - ue), frac = m & (unit - 1), t = m - frac;
    if (frac == 0) return make(m, sign | (u64)e);
    u64 half = unit >> 1;
    switch (mode) {
    case 1: up = neg; break;
    case 2: up = !neg; break;
    case 3: up = frac >= half; break;
    case 4: up = frac > half || (frac == half && (t & unit)); break;
    default: up = 0;
    }
    if (up) {
        t += unit;
        if (t == 0) {
            t = X_INT;
            e++;
        }
    }
    return make(t, sign | (u64)e);
}

/* ----- classification for llvm.is.fpclass: the one class bit of the value, none for
 * the encodings the x87 rejects and for pseudo-denormals, as LLVM has it ----- */

WEAK int __zkcc_classxf(xf a) {
    int neg = (a.se & X_SIGN) != 0;
    switch (classify(a)) {
    case X_INVALID: return 0;
    case X_NAN: return (a.m & X_QUIET) ? 2 : 1;
    case X_INF: return neg ? 4 : 512;
    case X_ZERO: return neg ? 32 : 64;
    }
    if (a.se & X_EMAX) return neg ? 8 : 256;
    if (a.m & X_INT) return 0;
    return neg ? 16 : 128;
}

/* ----- minimum and maximum: llvm.minnum/maxnum as glibc's fminl/fmaxl on x86-64
 * compute them (their libcalls there), llvm.minimum/maximum as C23's fminimuml/
 * fmaximuml ----- */

/* fminl/fmaxl: a quiet NaN (or an operand the x87 rejects, with bit 62 set) gives the
 * other operand; signaling NaNs and the others go through an x87 addition; equal
 * operands give fminl's first, fmaxl's second. */
static xf minmax_num(xf a, xf b, int want_max) {
    int c = __zkcc_cmpxf(a, b);
    if (c != 8) return ((c == 4) == want_max) ? a : b;
    int an = __zkcc_cmpxf(a, a) == 8, bn = __zkcc_cmpxf(b, b) == 8;
    if (!bn && (a.m & X_QUIET)) return b;
    if (!an && (b.m & X_QUIET)) return a;
    return __addxf3(a, b);
}

/* fminimuml/fmaximuml: NaN operands go through an x87 addition; -0 is below +0 (of
 * equal values of one sign, the first). */
static xf minmax(xf a, xf b, int want_max) {
    int c = __zkcc_cmpxf(a, b);
    if (c == 8) return __addxf3(a, b);
    if (c == 2) {
        int an = (a.se & X_SIGN) != 0, bn = (b.se & X_SIGN) != 0;
        return (want_max ? an && !bn : !an && bn) ? b : a;
    }
    return ((c == 4) == want_max) ? a : b;
}

WEAK xf __zkcc_minnumxf(xf a, xf b) { return minmax_num(a, b, 0); }
WEAK xf __zkcc_maxnumxf(xf a, xf b) { return minmax_num(a, b, 1); }
WEAK xf __zkcc_minimumxf(xf a, xf b) { return minmax(a, b, 0); }
WEAK xf __zkcc_maximumxf(xf a, xf b) { return minmax(a, b, 1); }

/* ----- math.h long double functions, on bit patterns (weak: the C runtime's own
 * definitions take precedence) ----- */

WEAK xf sqrtl(xf x) { return __zkcc_sqrtxf(x); }
WEAK xf fabsl(xf x) { return make(x.m, x.se & X_EMAX); }
WEAK xf copysignl(xf x, xf y) { return make(x.m, (x.se & X_EMAX) | (y.se & X_SIGN)); }
WEAK xf truncl(xf x) { return __zkcc_roundxf(x, 0); }
WEAK xf floorl(xf x) { return __zkcc_roundxf(x, 1); }
WEAK xf ceill(xf x) { return __zkcc_roundxf(x, 2); }
WEAK xf roundl(xf x) { return __zkcc_roundxf(x, 3); }
WEAK xf rintl(xf x) { return __zkcc_roundxf(x, 4); }
WEAK xf nearbyintl(xf x) { return __zkcc_roundxf(x, 4); }

WEAK xf fminl(xf x, xf y) { return __zkcc_minnumxf(x, y); }
WEAK xf fmaxl(xf x, xf y) { return __zkcc_maxnumxf(x, y); }
WEAK xf fmal(xf x, xf y, xf z) { return __zkcc_fmaxf(x, y, z); }

/* fmodl: the exact remainder x - n*y with n = trunc(x/y), by long division of the
 * significands. */

WEAK xf fmodl(xf x, xf y) {
    xf r;
    if (special_nan(x, y, &r)) return r;
    int cx = classify(x), cy = classify(y);
    if (cx == X_INF || cy == X_ZERO) return DEFAULT_NAN;
    if (cx == X_ZERO || cy == X_INF) return canonical(x);
    int ex, ey;
    u64 mx = unpack_x(x, &ex), my = unpack_x(y, &ey);
    if (ex < ey || (ex == ey && mx < my)) return canonical(x);
    u128 rem = mx;
    for (int i = ex - ey; i > 0; i--) {
        if (rem >= my) rem -= my;
        rem <<= 1;
    }
    if (rem >= my) rem -= my;
    /* rem * 2^(ey - X_BIAS - 63), exact. */
    return pack_x(x.se & X_SIGN, ey + 64, rem);
}
