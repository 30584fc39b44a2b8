/* zkcc's x86_fp80 routines (compiler/rt/softfloat_xf.c, built for the host with the
 * libm names prefixed zt_ by rename.h) against the host's x87 unit and glibc: every
 * result compared bit for bit (the 10 bytes of a long double) over random operands
 * drawn to hit rounding ties, cancellation, overflow, denormals, NaN payloads and the
 * encodings the x87 rejects. Prints "xfloat_check: N cases, M mismatches". */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    uint64_t m, se;
} xf;

xf __addxf3(xf, xf), __subxf3(xf, xf), __mulxf3(xf, xf), __divxf3(xf, xf), __zkcc_sqrtxf(xf);
int __zkcc_cmpxf(xf, xf), __zkcc_classxf(xf);
xf __extenddfxf2(uint64_t), __extendsfxf2(uint32_t);
uint64_t __truncxfdf2(xf);
uint32_t __truncxfsf2(xf);
xf __floatdixf(int64_t), __floatundixf(uint64_t), zt___floattixf(__int128), zt___floatuntixf(unsigned __int128);
int64_t __fixxfdi(xf);
uint64_t __fixunsxfdi(xf);
__int128 zt___fixxfti(xf);
unsigned __int128 zt___fixunsxfti(xf);
xf __zkcc_roundxf(xf, int);
xf zt_sqrtl(xf), zt_fabsl(xf), zt_floorl(xf), zt_ceill(xf), zt_truncl(xf), zt_roundl(xf), zt_rintl(xf);
xf zt_fmodl(xf, xf), zt_copysignl(xf, xf), zt_fmal(xf, xf, xf);
xf __zkcc_minnumxf(xf, xf), __zkcc_maxnumxf(xf, xf), __zkcc_minimumxf(xf, xf), __zkcc_maximumxf(xf, xf);

static long cases, mismatches;

static uint64_t state = 0x9e3779b97f4a7c15u;
static uint64_t next(void)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1du;
}

static xf to_xf(long double x)
{
    xf r = {0, 0};
    memcpy(&r.m, &x, 8);
    uint16_t se;
    memcpy(&se, (char *)&x + 8, 2);
    r.se = se;
    return r;
}

static long double from_xf(xf a)
{
    long double x = 0;
    uint16_t se = (uint16_t)a.se;
    memcpy(&x, &a.m, 8);
    memcpy((char *)&x + 8, &se, 2);
    return x;
}

static void mismatch(const char *op, xf a, xf b, unsigned long long got_hi, unsigned long long got_lo,
                     unsigned long long want_hi, unsigned long long want_lo)
{
    if (++mismatches <= 20)
        printf("%s(%04llx:%016llx, %04llx:%016llx): got %llx:%016llx want %llx:%016llx\n", op,
               (unsigned long long)a.se, (unsigned long long)a.m, (unsigned long long)b.se,
               (unsigned long long)b.m, got_hi, got_lo, want_hi, want_lo);
}

static void same(const char *op, xf a, xf b, xf got, long double want)
{
    xf w = to_xf(want);
    cases++;
    if (got.m != w.m || got.se != w.se) mismatch(op, a, b, got.se, got.m, w.se, w.m);
}

static void same_u(const char *op, xf a, uint64_t got, uint64_t want)
{
    cases++;
    if (got != want) mismatch(op, a, a, 0, got, 0, want);
}

static const xf specials[] = {
    {0, 0}, {0, 0x8000}, {1ull << 63, 0x7fff}, {1ull << 63, 0xffff},
    {0xc000000000000000u, 0xffff}, {0xc000000000000000u, 0x7fff}, {0xc000000000000001u, 0x7fff}, {0x8000000000000001u, 0x7fff},
    {0xa000000000000000u, 0xffff}, {1, 0}, {1, 0x8000}, {0x7fffffffffffffffu, 0},
    {1ull << 63, 0}, {0xffffffffffffffffu, 0}, {0xffffffffffffffffu, 0x7ffe},
    {1ull << 63, 1}, {1ull << 63, 0x3fff}, {1ull << 63, 0xbfff}, {0x4000000000000000u, 0x3fff},
    {0, 0x7fff}, {0x4000000000000000u, 0x7fff}, {0xffffffffffffffffu, 0x3fff},
    {0x8000000000000001u, 0x3fff}, {1ull << 63, 0x403e}, {1ull << 63, 0x403f},
    {0xffffffffffffffffu, 0x403d}, {0xcccccccccccccccdu, 0x3ffb},
};

#define NSPECIALS (sizeof specials / sizeof specials[0])

/* A random operand: specials, random encodings (including unnormals and
 * pseudo-denormals), or a value whose exponent lies near `near`'s. */
static xf draw(const xf *near)
{
    uint64_t r = next(), kind = r % 16;
    xf x;
    if (kind == 0) return specials[next() % NSPECIALS];
    x.m = next();
    if (kind == 1) {
        x.se = next() & 0xffff; /* any encoding */
    } else if (kind == 2) {
        x.se = (next() & 0x8000) | (next() % 70); /* tiny: denormal results */
        x.m |= 1ull << 63;
        if (x.se & 0x7fff && r & 32) x.se &= 0x8000;
    } else if (kind == 3) {
        x.se = (next() & 0x8000) | (0x7fff - 1 - next() % 70); /* huge */
        x.m |= 1ull << 63;
    } else if (kind == 4) {
        x.m = (1ull << 63) | (next() & 0xff) | (next() & 0xff00000000000000u); /* short significand */
        x.se = (next() & 0x8000) | (0x3fff + next() % 130 - 65);
    } else if (near && kind < 10) {
        int d = (int)(next() % 70) - 5;
        x.se = (next() & 0x8000) | (uint64_t)(((int)(near->se & 0x7fff) - d) & 0x7fff);
        x.m |= 1ull << 63;
        if (kind == 5) x.m = near->m ^ (next() & 0xff); /* cancellation */
        if (kind == 6) x.m = 1ull << 63 | (next() & 3); /* ties */
    } else {
        x.se = (next() & 0x8000) | (0x3fff + next() % 200 - 100);
        x.m |= 1ull << 63;
    }
    return x;
}

static int valid(xf a)
{
    int e = (int)(a.se & 0x7fff);
    return e == 0 || (a.m >> 63);
}

/* fmal against glibc's (correctly rounded in software; encodings the x87 rejects left
 * out: glibc takes them apart as numbers). */
static void fma_op(xf a, xf b, xf c)
{
    volatile long double x = from_xf(a), y = from_xf(b), z = from_xf(c);
    if (valid(a) && valid(b) && valid(c)) same("fmal", a, c, zt_fmal(a, b, c), fmal(x, y, z));
}

static void binary_ops(xf a, xf b)
{
    volatile long double x = from_xf(a), y = from_xf(b);
    same("add", a, b, __addxf3(a, b), x + y);
    same("sub", a, b, __subxf3(a, b), x - y);
    same("mul", a, b, __mulxf3(a, b), x * y);
    same("div", a, b, __divxf3(a, b), x / y);
    same("fmodl", a, b, zt_fmodl(a, b), fmodl(x, y));
    same("copysignl", a, b, zt_copysignl(a, b), copysignl(x, y));
    /* llvm.minnum/maxnum are libcalls of fminl/fmaxl on x86-64; minimum/maximum are
     * C23's fminimuml/fmaximuml. */
    same("minnum", a, b, __zkcc_minnumxf(a, b), fminl(x, y));
    same("maxnum", a, b, __zkcc_maxnumxf(a, b), fmaxl(x, y));
    same("minimum", a, b, __zkcc_minimumxf(a, b), fminimuml(x, y));
    same("maximum", a, b, __zkcc_maximumxf(a, b), fmaximuml(x, y));
    int want = x < y ? 1 : x == y ? 2 : x > y ? 4 : 8;
    same_u("cmp", a, (uint64_t)__zkcc_cmpxf(a, b), (uint64_t)want);
}


static void unary_ops(xf a)
{
    volatile long double x = from_xf(a);
    same("sqrt", a, a, __zkcc_sqrtxf(a), __builtin_sqrtl(x));
    same("sqrtl", a, a, zt_sqrtl(a), sqrtl(x));
    same("fabsl", a, a, zt_fabsl(a), fabsl(x));
    same("floorl", a, a, zt_floorl(a), floorl(x));
    same("ceill", a, a, zt_ceill(a), ceill(x));
    same("rintl", a, a, zt_rintl(a), rintl(x));
    /* glibc's truncl and roundl work on the bits and keep unnormals as they are. */
    if (valid(a)) {
        same("truncl", a, a, zt_truncl(a), truncl(x));
        same("roundl", a, a, zt_roundl(a), roundl(x));
    }
    double d = (double)x;
    float f = (float)x;
    uint64_t db;
    uint32_t fb;
    memcpy(&db, &d, 8);
    memcpy(&fb, &f, 4);
    same_u("truncxfdf2", a, __truncxfdf2(a), db);
    same_u("truncxfsf2", a, __truncxfsf2(a), fb);
    if (fabsl(x) < 0x1p63L || x == -0x1p63L) same_u("fixxfdi", a, (uint64_t)__fixxfdi(a), (uint64_t)(int64_t)x);
    if (x > -1.0L && x < 0x1p64L) same_u("fixunsxfdi", a, __fixunsxfdi(a), (uint64_t)x);
    if (fabsl(x) < 0x1p127L || x == -0x1p127L) {
        __int128 t = (__int128)x;
        same_u("fixxfti", a, (uint64_t)zt___fixxfti(a), (uint64_t)t);
        same_u("fixxfti hi", a, (uint64_t)(zt___fixxfti(a) >> 64), (uint64_t)(t >> 64));
    }
    if (x > -1.0L && x < 0x1p128L) {
        unsigned __int128 t = (unsigned __int128)x;
        same_u("fixunsxfti", a, (uint64_t)zt___fixunsxfti(a), (uint64_t)t);
        same_u("fixunsxfti hi", a, (uint64_t)(zt___fixunsxfti(a) >> 64), (uint64_t)(t >> 64));
    }
    int want = 0;
#define CLASS(k) want |= __builtin_isfpclass(x, 1 << k) ? 1 << k : 0
    CLASS(0); CLASS(1); CLASS(2); CLASS(3); CLASS(4); CLASS(5); CLASS(6); CLASS(7); CLASS(8); CLASS(9);
    same_u("classxf", a, (uint64_t)__zkcc_classxf(a), (uint64_t)want);
}

static void conversions(void)
{
    uint64_t r = next();
    double d;
    float f;
    memcpy(&d, &r, 8);
    uint32_t r32 = (uint32_t)r;
    memcpy(&f, &r32, 4);
    volatile long double wd = d, wf = f;
    same("extenddfxf2", to_xf(d), to_xf(d), __extenddfxf2(r), wd);
    same("extendsfxf2", to_xf(f), to_xf(f), __extendsfxf2(r32), wf);
    int64_t i = (int64_t)(next() >> (next() % 64));
    if (r & 1) i = -i;
    volatile long double wi = (long double)i, wu = (long double)(uint64_t)i;
    same("floatdixf", to_xf(0), to_xf(0), __floatdixf(i), wi);
    same("floatundixf", to_xf(0), to_xf(0), __floatundixf((uint64_t)i), wu);
    unsigned __int128 t = ((unsigned __int128)next() << 64 | next()) >> (next() % 128);
    volatile long double wt = (long double)(__int128)t, wut = (long double)t;
    same("floattixf", to_xf(0), to_xf(0), zt___floattixf((__int128)t), wt);
    same("floatuntixf", to_xf(0), to_xf(0), zt___floatuntixf(t), wut);
}

int main(void)
{
    for (unsigned i = 0; i < NSPECIALS; i++) {
        unary_ops(specials[i]);
        for (unsigned j = 0; j < NSPECIALS; j++) {
            binary_ops(specials[i], specials[j]);
            for (unsigned k = 0; k < NSPECIALS; k++) fma_op(specials[i], specials[j], specials[k]);
        }
    }
    for (int i = 0; i < 200000; i++) {
        xf a = draw(0), b = draw(&a);
        binary_ops(a, b);
        binary_ops(b, a);
        xf c = draw(&a);
        fma_op(a, b, c);
        /* an addend near the product: cancellation */
        xf p = __mulxf3(a, b);
        fma_op(a, b, (xf){p.m ^ (next() & 0xffff), ((p.se ^ 0x8000) - next() % 3) & 0xffff});
        unary_ops(a);
        conversions();
        for (int mode = 0; mode < 5; mode++) {
            /* the rounding routine itself, against the libm functions */
            xf x = draw(0);
            volatile long double v = from_xf(x);
            long double want = mode == 0 ? truncl(v) : mode == 1 ? floorl(v) : mode == 2 ? ceill(v) : mode == 3 ? roundl(v) : rintl(v);
            if (valid(x)) same("roundxf", x, x, __zkcc_roundxf(x, mode), want);
        }
    }
    printf("xfloat_check: %ld cases, %ld mismatches\n", cases, mismatches);
    return mismatches != 0;
}
