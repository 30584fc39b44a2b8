/* math.h beyond the exactly rounded basics that zkcc provides (sqrt, fabs, floor,
 * ceil, trunc, round, rint, fmod, copysign, fmin, fmax, fma in compiler/rt).
 *
 * Exact functions (frexp, ldexp, scalbn, modf) work on the bits. The transcendental
 * functions reduce the argument, evaluate a short series, and carry the parts where
 * rounding errors would add up in double-double (an unevaluated sum hi + lo, built
 * from error-free sums and Veltkamp-split products), so that the result is rounded
 * about once: the native comparison (tests/native/math_check.c) measures the error
 * against glibc. Float variants evaluate in double and round once more. errno is not
 * set. */
#include <math.h>
#include <stdint.h>

typedef struct {
    double hi, lo;
} dd;

static uint64_t bits(double x)
{
    union { double d; uint64_t u; } v = {x};
    return v.u;
}

static double from_bits(uint64_t u)
{
    union { uint64_t u; double d; } v = {u};
    return v.d;
}

/* ----- double-double arithmetic ----- */

static dd two_sum(double a, double b)
{
    double s = a + b;
    double bb = s - a;
    return (dd){s, (a - (s - bb)) + (b - bb)};
}

static dd fast_two_sum(double a, double b) /* |a| >= |b| */
{
    double s = a + b;
    return (dd){s, b - (s - a)};
}

/* a = hi + lo with 26-bit halves, so that products of halves are exact. */
static dd split(double a)
{
    double t = 134217729.0 * a; /* 2^27 + 1 */
    double hi = t - (t - a);
    return (dd){hi, a - hi};
}

static dd two_prod(double a, double b)
{
    double p = a * b;
    dd x = split(a), y = split(b);
    return (dd){p, ((x.hi * y.hi - p) + x.hi * y.lo + x.lo * y.hi) + x.lo * y.lo};
}

static dd dd_add(dd a, dd b)
{
    dd s = two_sum(a.hi, b.hi);
    return fast_two_sum(s.hi, s.lo + a.lo + b.lo);
}

static dd dd_mul(dd a, dd b)
{
    dd p = two_prod(a.hi, b.hi);
    return fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

static dd dd_div(dd a, dd b)
{
    double q = a.hi / b.hi;
    dd r = dd_add(a, dd_mul((dd){-q, 0}, b));
    return fast_two_sum(q, r.hi / b.hi);
}

/* The NaN an invalid operation produces on x86-64 (negative), as glibc returns it. */
#define INVALID from_bits(0xfff8000000000000ull)

static const dd LN2 = {0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56};
static const dd PIO2 = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
static const dd PI = {0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53};

/* ----- exact functions ----- */

double frexp(double x, int *e)
{
    uint64_t u = bits(x);
    int ex = (int)(u >> 52 & 0x7ff);
    if (ex == 0) {
        if (x == 0) {
            *e = 0;
            return x;
        }
        x *= 0x1p64;
        u = bits(x);
        ex = (int)(u >> 52 & 0x7ff) - 64;
    } else if (ex == 0x7ff) {
        *e = 0;
        return x;
    }
    *e = ex - 1022;
    return from_bits((u & 0x800fffffffffffffull) | 0x3fe0000000000000ull);
}

double scalbn(double x, int n)
{
    uint64_t u = bits(x);
    int ex = (int)(u >> 52 & 0x7ff);
    if (ex == 0x7ff || x == 0) return x;
    if (ex == 0) { /* normalise a subnormal first (exact) */
        x *= 0x1p64;
        u = bits(x);
        ex = (int)(u >> 52 & 0x7ff) - 64;
    }
    if (n > 2100) n = 2100;
    if (n < -2100) n = -2100;
    long e = (long)ex + n;
    uint64_t sign = u & 0x8000000000000000ull;
    if (e >= 0x7ff) return from_bits(sign | 0x7ff0000000000000ull);
    if (e >= 1) return from_bits((u & 0x800fffffffffffffull) | (uint64_t)e << 52);
    if (e < -60) return from_bits(sign);
    /* Subnormal: one multiplication rounds the normal value x * 2^(n + 1022). */
    double y = from_bits((u & 0x800fffffffffffffull) | (uint64_t)(e + 1022) << 52);
    return y * 0x1p-1022;
}

double ldexp(double x, int n) { return scalbn(x, n); }

double modf(double x, double *ip)
{
    double t = trunc(x);
    *ip = t;
    if (isinf(x)) return copysign(0.0, x);
    return copysign(x - t, x);
}

/* ----- exp ----- */

/* exp(r) - 1 for |r| <= 0.35 (Taylor series to r^14), without the rounding of a final
 * 1 + ...: returned as r + p. */
static double expm1_kernel(double r)
{
    double p = 1.0 / 87178291200.0;
    static const double inv_fact[] = {
        1.0 / 6227020800.0, 1.0 / 479001600.0, 1.0 / 39916800.0, 1.0 / 3628800.0, 1.0 / 362880.0,
        1.0 / 40320.0,      1.0 / 5040.0,      1.0 / 720.0,      1.0 / 120.0,     1.0 / 24.0,
        1.0 / 6.0,          0.5,
    };
    for (int i = 0; i < 12; i++) p = p * r + inv_fact[i];
    return r * r * p;
}

/* exp(z.hi + z.lo) as k and a double-double m with exp = m * 2^k, m in [0.7, 1.42]. */
static dd exp_dd(dd z, int *k)
{
    double kf = rint(z.hi * 0x1.71547652b82fep+0);
    /* kf * LN2.hi is exact enough: LN2 has 53 bits, |kf| < 2^11; keep the error. */
    dd t = dd_add(z, dd_mul((dd){-kf, 0}, LN2));
    double r = t.hi;
    double p = expm1_kernel(r);
    /* exp(r + lo) = exp(r) (1 + lo); fold lo and the sum's error in before rounding. */
    dd s = two_sum(1.0, r);
    double tail = s.lo + p + t.lo * (1.0 + r);
    *k = (int)kf;
    return fast_two_sum(s.hi, tail);
}

static double exp_finish(dd m, int k)
{
    if (k < -1021) {
        /* Subnormal range: scale the double-double first, round once. */
        double hi = scalbn(m.hi, k + 600);
        double lo = scalbn(m.lo, k + 600);
        return (hi + lo) * 0x1p-600;
    }
    return scalbn(m.hi + m.lo, k);
}

double exp(double x)
{
    if (isnan(x)) return x + x;
    if (x > 709.782712893384) return HUGE_VAL;
    if (x < -745.1332191019412) return 0.0;
    if (fabs(x) < 0x1p-54) return 1.0 + x;
    int k;
    dd m = exp_dd((dd){x, 0}, &k);
    return exp_finish(m, k);
}

double exp2(double x)
{
    if (isnan(x)) return x + x;
    if (x >= 1024) return HUGE_VAL;
    if (x < -1080) return 0.0;
    double n = rint(x);
    if (n == x) return scalbn(1.0, (int)n);
    int k;
    dd m = exp_dd(dd_mul((dd){x - n, 0}, LN2), &k);
    return exp_finish(m, k + (int)n);
}

/* exp(x) - 1 as a double-double, for finite -40 <= x <= 709. */
static dd expm1_dd(double x)
{
    if (fabs(x) <= 0.34) return fast_two_sum(x, expm1_kernel(x));
    int k;
    dd m = exp_dd((dd){x, 0}, &k);
    /* m 2^k - 1, the subtraction in double-double. */
    return dd_add((dd){scalbn(m.hi, k), scalbn(m.lo, k)}, (dd){-1.0, 0});
}

double expm1(double x)
{
    if (isnan(x)) return x + x;
    if (x > 709.782712893384) return HUGE_VAL;
    if (x < -40) return -1.0;
    if (fabs(x) < 0x1p-54) return x;
    dd r = expm1_dd(x);
    return r.hi + r.lo;
}

/* ----- log ----- */

/* log(x) for finite x > 0 as a double-double: x = 2^k m, m in [0.707, 1.414],
 * f = m - 1 (exact), s = f / (2 + f), log m = 2 atanh s = 2s + 2s^3/3 + 2s^5/5 + ...
 * The first two terms in double-double, the rest (relative size < 2^-12) in double. */
static dd log_dd(double x)
{
    int k = 0;
    uint64_t u = bits(x);
    if ((u >> 52) == 0) {
        x *= 0x1p64;
        u = bits(x);
        k = -64;
    }
    k += (int)(u >> 52) - 1023;
    double m = from_bits((u & 0x000fffffffffffffull) | 0x3ff0000000000000ull);
    if (m > 0x1.6a09e667f3bcdp+0) {
        m *= 0.5;
        k++;
    }
    double f = m - 1.0;
    dd s = dd_div((dd){f, 0}, two_sum(2.0, f));
    dd s2 = dd_mul(s, s);
    dd s3 = dd_mul(s2, s);
    double z = s2.hi;
    double p = 2.0 / 27;
    for (int i = 25; i >= 5; i -= 2) p = p * z + 2.0 / i;
    dd head = dd_add((dd){2 * s.hi, 2 * s.lo}, dd_mul(s3, (dd){0x1.5555555555555p-1, 0x1.5555555555555p-55}));
    head = dd_add(head, (dd){s3.hi * z * p, 0});
    dd kl = dd_mul((dd){k, 0}, LN2);
    return dd_add(kl, head);
}

static int log_special(double x, double *out)
{
    if (isnan(x)) *out = x + x;
    else if (x < 0) *out = INVALID;
    else if (x == 0) *out = -HUGE_VAL;
    else if (isinf(x)) *out = x;
    else return 0;
    return 1;
}

double log(double x)
{
    double r;
    if (log_special(x, &r)) return r;
    dd l = log_dd(x);
    return l.hi + l.lo;
}

double log2(double x)
{
    double r;
    if (log_special(x, &r)) return r;
    dd l = dd_mul(log_dd(x), (dd){0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56});
    return l.hi + l.lo;
}

double log10(double x)
{
    double r;
    if (log_special(x, &r)) return r;
    dd l = dd_mul(log_dd(x), (dd){0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57});
    return l.hi + l.lo;
}

double log1p(double x)
{
    if (isnan(x)) return x + x;
    if (x == -1) return -HUGE_VAL;
    if (x < -1) return INVALID;
    if (fabs(x) < 0x1p-54 || isinf(x)) return x;
    /* log(1 + x) = log(u) + (1 + x - u) / u with u = 1 + x rounded. */
    dd u = two_sum(1.0, x);
    dd l = log_dd(u.hi);
    l = dd_add(l, (dd){u.lo / u.hi, 0});
    return l.hi + l.lo;
}

/* ----- pow ----- */

/* 1 if y is an odd integer, 2 if an even integer, 0 if not an integer. */
static int int_kind(double y)
{
    if (trunc(y) != y || isinf(y)) return 0;
    if (fabs(y) >= 0x1p53) return 2;
    return (long long)y & 1 ? 1 : 2;
}

double pow(double x, double y)
{
    if (y == 0 || x == 1) return 1.0;
    if (isnan(x) || isnan(y)) return x + y;
    int yk = int_kind(y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1) return 1.0;
        return (ax > 1) == (y > 0) ? HUGE_VAL : 0.0;
    }
    if (x == 0) {
        double z = y < 0 ? HUGE_VAL : 0.0;
        return yk == 1 ? copysign(z, x) : z;
    }
    if (isinf(x)) {
        if (x > 0) return y > 0 ? HUGE_VAL : 0.0;
        if (y > 0) return yk == 1 ? -HUGE_VAL : HUGE_VAL;
        return yk == 1 ? -0.0 : 0.0;
    }
    double sign = 1;
    if (x < 0) {
        if (yk == 0) return INVALID;
        if (yk == 1) sign = -1;
        x = -x;
    }
    dd l = dd_mul(log_dd(x), (dd){y, 0});
    if (l.hi > 709.8) return sign * HUGE_VAL;
    if (l.hi < -745.2) return sign * 0.0;
    int k;
    dd m = exp_dd(l, &k);
    return sign * exp_finish(m, k);
}

/* ----- sin, cos, tan ----- */

/* 2/pi in binary, 64 bits a word (for the reduction of large arguments). */
static const uint64_t two_over_pi[] = {
    0xa2f9836e4e441529ull, 0xfc2757d1f534ddc0ull, 0xdb6295993c439041ull, 0xfe5163abdebbc561ull,
    0xb7246e3a424dd2e0ull, 0x06492eea09d1921cull, 0xfe1deb1cb129a73eull, 0xe88235f52ebb4484ull,
    0xe99c7026b45f7e41ull, 0x3991d639835339f4ull, 0x9c845f8bbdf9283bull, 0x1ff897ffde05980full,
    0xef2f118b5a0a6d1full, 0x6d367ecf27cb09b7ull, 0x4f463f669e5fea2dull, 0x7527bac7ebe5f17bull,
    0x3d0739f78a5292eaull, 0x6bfb5fb11f8d5d08ull,
};

typedef unsigned __int128 u128;

/* x = q pi/2 + r with |r| <= pi/4 (about), r as a double-double; returns q mod 4.
 * Exact in the sense of Payne and Hanek: x = m 2^e with an integer m, and only the
 * 192 bits of 2/pi that can reach the fraction of x 2/pi are multiplied in. */
static int rem_pio2(double x, dd *r)
{
    uint64_t u = bits(x);
    int e = (int)(u >> 52 & 0x7ff) - 1075;
    uint64_t m = (u & 0x000fffffffffffffull) | 0x0010000000000000ull;
    int i0 = e < 2 ? 0 : (e - 2) / 64; /* words before i0 only add multiples of 4 */
    int sh = e - 64 * (i0 + 1);         /* value = (m W) 2^(sh - 128) */
    /* P = m * W, W = the words i0..i0+2: four 64-bit limbs, p[3] most significant. */
    uint64_t p[4] = {0, 0, 0, 0};
    u128 carry = 0;
    for (int j = 2; j >= 0; j--) {
        u128 t = (u128)m * two_over_pi[i0 + j] + carry;
        p[2 - j] = (uint64_t)t;
        carry = t >> 64;
    }
    p[3] = (uint64_t)carry;
    /* Fixed point with 128 fraction bits: Q = P 2^sh. */
    u128 hi = (u128)p[3] << 64 | p[2], lo = (u128)p[1] << 64 | p[0];
    if (sh > 0) {
        hi = hi << sh | lo >> (128 - sh);
        lo <<= sh;
    } else if (sh < 0) {
        int s = -sh;
        if (s >= 128) {
            lo = hi >> (s - 128);
            hi = 0;
        } else {
            lo = lo >> s | hi << (128 - s);
            hi >>= s;
        }
    }
    int q = (int)(hi & 3);
    /* Fraction in [0, 1): round to the nearest quadrant, fraction in [-1/2, 1/2). */
    int neg = (int)(lo >> 127);
    if (neg) {
        q = (q + 1) & 3;
        lo = -lo;
    }
    dd f = {0, 0};
    if (lo != 0) {
        /* Normalise, then 53 exact bits and the next 64 (rounded) as a double-double. */
        uint64_t top = (uint64_t)(lo >> 64);
        int z = top ? __builtin_clzll(top) : 64 + __builtin_clzll((uint64_t)lo);
        lo <<= z;
        double a = scalbn((double)(uint64_t)(lo >> 75), -53 - z);
        double b = scalbn((double)(uint64_t)(lo >> 11), -117 - z);
        f = fast_two_sum(a, b);
    }
    dd y = dd_mul(f, PIO2);
    if (neg) y = (dd){-y.hi, -y.lo};
    if (u >> 63) {
        y = (dd){-y.hi, -y.lo};
        q = (4 - q) & 3;
    }
    *r = y;
    return q;
}

/* sin(r) for |r| <= pi/4 + a little, r = hi + lo. */
static double sin_kernel(dd r)
{
    double x = r.hi, z = x * x;
    double p = -1.0 / 121645100408832000.0;
    static const double c[] = {
        1.0 / 355687428096000.0, -1.0 / 1307674368000.0, 1.0 / 6227020800.0, -1.0 / 39916800.0,
        1.0 / 362880.0,          -1.0 / 5040.0,          1.0 / 120.0,
    };
    for (int i = 0; i < 7; i++) p = p * z + c[i];
    /* x - x^3/6 + x^5 p, plus lo cos(x) ~ lo (1 - z/2). */
    double x3 = z * x;
    return x + ((x3 * (-1.0 / 6 + z * p)) + r.lo * (1 - 0.5 * z));
}

/* cos(r) for |r| <= pi/4 + a little: 1 - z/2 + z^2 q(z) - x lo, with the rounding
 * error of 1 - z/2 carried separately. */
static double cos_kernel(dd r)
{
    double x = r.hi;
    dd zz = two_prod(x, x);
    double z = zz.hi;
    double q = -1.0 / 6402373705728000.0;
    static const double c[] = {
        1.0 / 20922789888000.0, -1.0 / 87178291200.0, 1.0 / 479001600.0, -1.0 / 3628800.0,
        1.0 / 40320.0,          -1.0 / 720.0,         1.0 / 24.0,
    };
    for (int i = 0; i < 7; i++) q = q * z + c[i];
    double hz = 0.5 * z;
    double w = 1.0 - hz;
    double err = ((1.0 - w) - hz) - 0.5 * zz.lo;
    return w + (err + (z * z * q - x * r.lo));
}

double sin(double x)
{
    if (isnan(x) || isinf(x)) return x - x;
    if (fabs(x) < 0x1p-27) return x;
    dd r = {x, 0};
    int q = fabs(x) <= 0x1.921fb54442d18p-1 ? 0 : rem_pio2(x, &r);
    switch (q) {
    case 0: return sin_kernel(r);
    case 1: return cos_kernel(r);
    case 2: return -sin_kernel(r);
    default: return -cos_kernel(r);
    }
}

double cos(double x)
{
    if (isnan(x) || isinf(x)) return x - x;
    if (fabs(x) < 0x1p-28) return 1.0;
    dd r = {x, 0};
    int q = fabs(x) <= 0x1.921fb54442d18p-1 ? 0 : rem_pio2(x, &r);
    switch (q) {
    case 0: return cos_kernel(r);
    case 1: return -sin_kernel(r);
    case 2: return -cos_kernel(r);
    default: return sin_kernel(r);
    }
}

double tan(double x)
{
    if (isnan(x) || isinf(x)) return x - x;
    if (fabs(x) < 0x1p-27) return x;
    dd r = {x, 0};
    int q = fabs(x) <= 0x1.921fb54442d18p-1 ? 0 : rem_pio2(x, &r);
    double s = sin_kernel(r), c = cos_kernel(r);
    return q & 1 ? -c / s : s / c;
}

/* ----- inverse trigonometric functions ----- */

/* atan(t) for |t| <= 0.44 (series to t^61) as a double-double-friendly correction:
 * returns atan(t) - t. */
static double atan_tail(double t)
{
    double z = t * t, p = 0;
    for (int i = 61; i >= 3; i -= 2) p = p * z + ((i & 2) ? -1.0 : 1.0) / i;
    return t * z * p;
}

/* atan(x) for x >= 0 as a double-double: atan(x) = atan(c) + atan((x - c) / (1 + x c))
 * with c in {0, 1/2, 1, 3/2} (or pi/2 - atan(1/x) above 2.4375), |t| <= 0.44. */
static dd atan_dd(double x)
{
    static const dd atan_c[] = {
        {0, 0},
        {0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56},
        {0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55},
        {0x1.f730bd281f69bp-1, 0x1.007887af0cbbdp-56},
    };
    int big = x > 2.4375;
    dd t;
    int i;
    if (big) {
        t = dd_div((dd){-1.0, 0}, (dd){x, 0});
        i = -1;
    } else {
        i = x < 0.4375 ? 0 : x < 0.6875 ? 1 : x < 1.1875 ? 2 : 3;
        double c = 0.5 * i;
        /* (x - c) exact; 1 + x c as a double-double. */
        t = dd_div((dd){x - c, 0}, dd_add((dd){1.0, 0}, two_prod(x, c)));
    }
    double tail = atan_tail(t.hi) + t.lo / (1 + t.hi * t.hi);
    dd base = big ? PIO2 : atan_c[i];
    dd s = dd_add(base, (dd){t.hi, 0});
    return dd_add(s, (dd){tail, 0});
}

double atan(double x)
{
    if (isnan(x)) return x + x;
    if (fabs(x) < 0x1p-27) return x;
    if (fabs(x) > 0x1p60) return copysign(PIO2.hi, x);
    dd r = atan_dd(fabs(x));
    return copysign(r.hi + r.lo, x);
}

double atan2(double y, double x)
{
    if (isnan(x) || isnan(y)) return x + y;
    int yneg = signbit(y), xneg = signbit(x);
    double r;
    if (y == 0) {
        r = xneg ? PI.hi : 0.0;
    } else if (x == 0) {
        r = PIO2.hi;
    } else if (isinf(x)) {
        if (isinf(y)) r = xneg ? 3 * 0x1.921fb54442d18p-1 : 0x1.921fb54442d18p-1;
        else r = xneg ? PI.hi : 0.0;
    } else if (isinf(y)) {
        r = PIO2.hi;
    } else {
        double ax = fabs(x), ay = fabs(y);
        dd a;
        if (ay > 0x1p60 * ax) {
            a = PIO2;
        } else if (ay < 0x1p-60 * ax) {
            a = (dd){ay / ax, 0};
        } else {
            dd q = dd_div((dd){ay, 0}, (dd){ax, 0});
            /* atan(q.hi + q.lo) = atan(q.hi) + q.lo / (1 + q.hi^2). */
            a = atan_dd(q.hi);
            a = dd_add(a, (dd){q.lo / (1 + q.hi * q.hi), 0});
        }
        if (xneg) a = dd_add(PI, (dd){-a.hi, -a.lo});
        r = a.hi + a.lo;
    }
    return yneg ? -r : r;
}

double asin(double x)
{
    if (isnan(x)) return x + x;
    double ax = fabs(x);
    if (ax > 1) return INVALID;
    if (ax < 0x1p-27) return x;
    /* asin x = atan2(x, sqrt((1 - x)(1 + x))), the product exact in double-double. */
    dd d = dd_mul(two_sum(1.0, -ax), two_sum(1.0, ax));
    double c = sqrt(d.hi);
    if (c != 0) c += (d.hi - c * c + d.lo) / (2 * c); /* one Newton step on the double-double */
    return copysign(atan2(ax, c), x);
}

double acos(double x)
{
    if (isnan(x)) return x + x;
    double ax = fabs(x);
    if (ax > 1) return INVALID;
    dd d = dd_mul(two_sum(1.0, -ax), two_sum(1.0, ax));
    double c = sqrt(d.hi);
    if (c != 0) c += (d.hi - c * c + d.lo) / (2 * c);
    return atan2(c, x);
}

/* ----- hyperbolic functions ----- */

/* exp(x) / 2 for x >= 22, rounded once (also where exp(x) alone would overflow). */
static double half_exp(double x)
{
    if (x > 710.4758600739439) return HUGE_VAL;
    int k;
    dd m = exp_dd((dd){x, 0}, &k);
    return exp_finish(m, k - 1);
}

double sinh(double x)
{
    if (isnan(x) || isinf(x)) return x + x;
    double ax = fabs(x);
    if (ax < 0x1p-27) return x;
    double r;
    if (ax < 22) {
        dd e = expm1_dd(ax); /* sinh = (e + e / (e + 1)) / 2 */
        dd t = dd_add(e, dd_div(e, dd_add(e, (dd){1.0, 0})));
        r = 0.5 * (t.hi + t.lo);
    } else {
        r = half_exp(ax);
    }
    return copysign(r, x);
}

double cosh(double x)
{
    if (isnan(x)) return x + x;
    double ax = fabs(x);
    if (ax >= 22) return half_exp(ax);
    /* (e + 1/e) / 2 in double-double. */
    int k;
    dd m = exp_dd((dd){ax, 0}, &k);
    dd e = {scalbn(m.hi, k), scalbn(m.lo, k)};
    dd t = dd_add(e, dd_div((dd){1.0, 0}, e));
    return 0.5 * (t.hi + t.lo);
}

double tanh(double x)
{
    if (isnan(x)) return x + x;
    double ax = fabs(x), r;
    if (ax < 0x1p-27) return x;
    if (ax > 22) {
        r = 1.0;
    } else {
        dd e = expm1_dd(2 * ax); /* tanh = e / (e + 2) */
        dd t = dd_div(e, dd_add(e, (dd){2.0, 0}));
        r = t.hi + t.lo;
    }
    return copysign(r, x);
}

double hypot(double x, double y)
{
    if (isinf(x) || isinf(y)) return HUGE_VAL;
    if (isnan(x) || isnan(y)) return x + y;
    double ax = fabs(x), ay = fabs(y);
    if (ax < ay) {
        double t = ax;
        ax = ay;
        ay = t;
    }
    if (ay == 0) return ax;
    int e;
    frexp(ax, &e);
    double sx = scalbn(ax, -e), sy = scalbn(ay, -e);
    dd s = dd_add(two_prod(sx, sx), two_prod(sy, sy));
    double r = sqrt(s.hi);
    r += (s.hi - r * r + s.lo) / (2 * r);
    return scalbn(r, e);
}

double cbrt(double x)
{
    if (isnan(x) || isinf(x) || x == 0) return x;
    double ax = fabs(x);
    int e;
    double m = frexp(ax, &e); /* ax = m 2^e, m in [0.5, 1) */
    int r3 = ((e % 3) + 3) % 3;
    m = scalbn(m, r3 - 3); /* m 2^(r3-3) with e - r3 + 3 divisible by 3 */
    e = e - r3 + 3;
    double y = exp2(log2(m) / 3);
    /* Two Newton steps on y^3 = m in double-double. */
    for (int i = 0; i < 2; i++) {
        dd y3 = dd_mul(dd_mul((dd){y, 0}, (dd){y, 0}), (dd){y, 0});
        dd diff = dd_add((dd){m, 0}, (dd){-y3.hi, -y3.lo});
        y += (diff.hi + diff.lo) / (3 * y * y);
    }
    return copysign(scalbn(y, e / 3), x);
}

/* ----- float variants: in double, rounded once more ----- */

float frexpf(float x, int *e) { return (float)frexp(x, e); }
float ldexpf(float x, int n) { return (float)ldexp(x, n); }
float scalbnf(float x, int n) { return (float)scalbn(x, n); }
float modff(float x, float *ip)
{
    double i;
    float r = (float)modf(x, &i);
    *ip = (float)i;
    return r;
}
float expf(float x) { return (float)exp(x); }
float exp2f(float x) { return (float)exp2(x); }
float expm1f(float x) { return (float)expm1(x); }
float logf(float x) { return (float)log(x); }
float log2f(float x) { return (float)log2(x); }
float log10f(float x) { return (float)log10(x); }
float log1pf(float x) { return (float)log1p(x); }
float powf(float x, float y) { return (float)pow(x, y); }
float sinf(float x) { return (float)sin(x); }
float cosf(float x) { return (float)cos(x); }
float tanf(float x) { return (float)tan(x); }
float asinf(float x) { return (float)asin(x); }
float acosf(float x) { return (float)acos(x); }
float atanf(float x) { return (float)atan(x); }
float atan2f(float y, float x) { return (float)atan2(y, x); }
float sinhf(float x) { return (float)sinh(x); }
float coshf(float x) { return (float)cosh(x); }
float tanhf(float x) { return (float)tanh(x); }
float hypotf(float x, float y) { return (float)hypot(x, y); }
float cbrtf(float x) { return (float)cbrt(x); }
