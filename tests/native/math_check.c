/* The runtime's math.c built for the host (names prefixed zt_ by rename.h) against
 * glibc's libm over many arguments: exact functions must agree bit for bit, the
 * others within a per-function bound in ulps (the distance between the two results;
 * glibc itself is within an ulp of the true value, mostly correctly rounded). Prints
 * the largest distance seen per function and "math: N failures". The bounds of tan,
 * sinh, tanh and cbrt are wider because glibc's own results are off by up to 2 ulp
 * (tan, sinh, tanh) and 4 ulp (cbrt) there: scripts/math_ulp.py measures the error
 * of math.c against an exact reference instead. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

double zt_frexp(double, int *), zt_ldexp(double, int), zt_scalbn(double, int), zt_modf(double, double *);
double zt_exp(double), zt_exp2(double), zt_expm1(double), zt_log(double), zt_log2(double), zt_log10(double);
double zt_log1p(double), zt_pow(double, double), zt_sin(double), zt_cos(double), zt_tan(double);
double zt_asin(double), zt_acos(double), zt_atan(double), zt_atan2(double, double), zt_sinh(double);
double zt_cosh(double), zt_tanh(double), zt_hypot(double, double), zt_cbrt(double);
float zt_sinf(float), zt_expf(float), zt_logf(float), zt_powf(float, float);

static uint64_t state = 0x853c49e6748fea9bu;
static uint64_t next(void)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1du;
}

static double from_bits(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }

/* A double with a uniformly drawn exponent in [lo, hi] (powers of two) and sign. */
static double draw(int lo, int hi, int negative)
{
    uint64_t r = next();
    int e = lo + (int)(next() % (uint64_t)(hi - lo + 1));
    double x = ldexp(1.0 + (double)(r >> 12) * 0x1p-52, e);
    return negative && (r & 1) ? -x : x;
}

/* Distance in representable doubles; NaN only matches NaN. */
static uint64_t ulps(double a, double b)
{
    if (a != a || b != b) return (a != a && b != b) ? 0 : UINT64_MAX;
    int64_t x, y;
    memcpy(&x, &a, 8);
    memcpy(&y, &b, 8);
    if (x < 0) x = INT64_MIN - x;
    if (y < 0) y = INT64_MIN - y;
    return x > y ? (uint64_t)(x - y) : (uint64_t)(y - x);
}

static int failures;

static void report(const char *name, uint64_t worst, uint64_t bound, int n, double arg)
{
    printf("%-8s max %llu ulp over %d arguments (bound %llu)\n", name, (unsigned long long)worst, n,
           (unsigned long long)bound);
    if (worst > bound) {
        printf("  FAIL %s, worst at %a\n", name, arg);
        failures++;
    }
}

#define N 200000

#define CHECK1(name, bound, lo, hi, neg)                                                       \
    do {                                                                                       \
        uint64_t worst = 0;                                                                    \
        double at = 0;                                                                         \
        for (int i = 0; i < N; i++) {                                                          \
            double x = draw(lo, hi, neg);                                                      \
            uint64_t d = ulps(zt_##name(x), name(x));                                          \
            if (d > worst) worst = d, at = x;                                                  \
        }                                                                                      \
        static const double specials[] = {0.0, -0.0, 1.0, -1.0, INFINITY, -INFINITY, NAN, 0x1p-1074, 0.5}; \
        for (unsigned i = 0; i < sizeof specials / sizeof specials[0]; i++) {                  \
            uint64_t d = ulps(zt_##name(specials[i]), name(specials[i]));                      \
            if (d > worst) worst = d, at = specials[i];                                        \
        }                                                                                      \
        report(#name, worst, bound, N, at);                                                    \
    } while (0)

int main(void)
{
    CHECK1(exp, 1, -12, 9, 1);
    CHECK1(exp2, 1, -12, 10, 1);
    CHECK1(expm1, 1, -40, 9, 1);
    CHECK1(log, 1, -1074, 1023, 0);
    CHECK1(log2, 1, -1074, 1023, 0);
    CHECK1(log10, 1, -1074, 1023, 0);
    CHECK1(log1p, 1, -40, 100, 0);
    CHECK1(sin, 1, -30, 30, 1);
    CHECK1(cos, 1, -30, 30, 1);
    CHECK1(tan, 2, -30, 30, 1);
    CHECK1(sin, 1, 30, 1023, 1);
    CHECK1(cos, 1, 30, 1023, 1);
    CHECK1(asin, 1, -40, -1, 1);
    CHECK1(acos, 1, -40, -1, 1);
    CHECK1(atan, 1, -40, 60, 1);
    CHECK1(sinh, 3, -30, 9, 1);
    CHECK1(cosh, 1, -30, 9, 1);
    CHECK1(tanh, 3, -30, 5, 1);
    CHECK1(cbrt, 4, -1074, 1023, 1);

    /* Two-argument functions and the exact ones. */
    uint64_t wpow = 0, watan2 = 0, whypot = 0, wexact = 0;
    double apow = 0, aatan2 = 0, ahypot = 0, aexact = 0;
    for (int i = 0; i < N; i++) {
        double x = draw(-20, 20, 0), y = draw(-8, 6, 1);
        if (i % 4 == 0) x = -x, y = (double)(int)(y * 8);
        uint64_t d = ulps(zt_pow(x, y), pow(x, y));
        if (d > wpow) wpow = d, apow = x;
        double a = draw(-60, 60, 1), b = draw(-60, 60, 1);
        d = ulps(zt_atan2(a, b), atan2(a, b));
        if (d > watan2) watan2 = d, aatan2 = a;
        d = ulps(zt_hypot(a, b), hypot(a, b));
        if (d > whypot) whypot = d, ahypot = a;

        double z = from_bits(next()), ip1, ip2;
        int e1, e2, n = (int)(next() % 2400) - 1200;
        double f1 = zt_frexp(z, &e1), f2 = frexp(z, &e2);
        double m1 = zt_modf(z, &ip1), m2 = modf(z, &ip2);
        d = ulps(f1, f2) | (uint64_t)(e1 != e2 && z == z) | ulps(zt_ldexp(z, n), ldexp(z, n))
            | ulps(zt_scalbn(z, n % 60), scalbn(z, n % 60)) | ulps(m1, m2) | ulps(ip1, ip2);
        if (d > wexact) wexact = d, aexact = z;
    }
    report("pow", wpow, 1, N, apow);
    report("atan2", watan2, 1, N, aatan2);
    report("hypot", whypot, 1, N, ahypot);
    report("exact", wexact, 0, N, aexact);

    printf("math: %d failures\n", failures);
    return failures != 0;
}
