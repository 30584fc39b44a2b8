/* math.h on the zkvm against glibc's libm: the exact functions (sqrt, fabs, floor,
 * ceil, trunc, round, rint, fmod, copysign, fmin, fmax, frexp, ldexp, modf) printed
 * as bits, which must match exactly; the transcendental ones printed with 10
 * significant digits (float results 5), which hides the sub-ulp differences between two accurate
 * implementations (their accuracy is measured by tests/native/math_check.c). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t state = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1du;
}

static uint64_t bits(double x) { uint64_t b; memcpy(&b, &x, 8); return b; }

/* A double with exponent in [lo, hi]. */
static double draw(int lo, int hi)
{
    uint64_t r = next();
    double x = ldexp(1.0 + (double)(r >> 12) * 0x1p-52, lo + (int)(next() % (uint64_t)(hi - lo + 1)));
    return r & 1 ? -x : x;
}

static uint64_t digest;
static void mix(uint64_t x) { digest = (digest ^ x) * 0x100000001b3u; }

int main(void)
{
    static const double specials[] = {0.0, -0.0, 0.5, -2.5, 1e300, -1e-310, INFINITY, -INFINITY, NAN};
    for (unsigned i = 0; i < sizeof specials / sizeof specials[0]; i++) {
        double x = specials[i], ip;
        int e;
        double fr = frexp(x, &e), mf = modf(x, &ip);
        printf("%g: floor %g ceil %g trunc %g round %g rint %g frexp %g,%d modf %g,%g ldexp %g sqrt %g\n", x,
               floor(x), ceil(x), trunc(x), round(x), rint(x), fr, isfinite(x) ? e : 0, mf, ip, ldexp(x, -3),
               sqrt(x));
        printf("  exp %.10g log %.10g sin %.10g cos %.10g atan %.10g tanh %.10g pow %.10g\n", exp(x), log(x), sin(x),
               cos(x), atan(x), tanh(x), pow(x, 3.0));
    }

    for (int n = 0; n < 200; n++) {
        double x = draw(-30, 30), y = draw(-30, 30), ip;
        int e;
        mix(bits(sqrt(fabs(x))));
        mix(bits(floor(x)) ^ bits(ceil(y)) << 1 ^ bits(trunc(x * 1e6)) << 2 ^ bits(round(y * 1e3)) << 3);
        mix(bits(rint(x * 1e4)) ^ bits(fmod(x, y)) << 1 ^ bits(copysign(x, y)) << 2);
        mix(bits(fmin(x, y)) ^ bits(fmax(x, y)) << 1 ^ bits(frexp(x, &e)) ^ (uint64_t)e << 3);
        mix(bits(ldexp(x, (int)(next() % 2200) - 1100)) ^ bits(modf(x, &ip)) << 1 ^ bits(ip) << 2);
    }
    printf("exact digest %016llx\n", (unsigned long long)digest);

    for (int n = 0; n < 40; n++) {
        double x = draw(-6, 5), a = fabs(x), u = x / 64;
        printf("%.17g: exp %.10g exp2 %.10g expm1 %.10g log %.10g log2 %.10g log10 %.10g log1p %.10g\n", x, exp(x),
               exp2(x), expm1(u), log(a), log2(a), log10(a), log1p(a));
        printf("  sin %.10g cos %.10g tan %.10g asin %.10g acos %.10g atan %.10g atan2 %.10g\n", sin(x), cos(x),
               tan(x), asin(u), acos(u), atan(x), atan2(x, u - 0.3));
        printf("  sinh %.10g cosh %.10g tanh %.10g pow %.10g %.10g hypot %.10g cbrt %.10g\n", sinh(x), cosh(x),
               tanh(x), pow(a, x), pow(x, 3.0), hypot(x, u), cbrt(x));
        printf("  f: %.5g %.5g %.5g %.5g %.5g %.5g\n", (double)expf((float)x), (double)logf((float)a),
               (double)sinf((float)x), (double)powf((float)a, 0.75f), (double)atan2f((float)x, 1.5f),
               (double)sqrtf((float)a));
    }
    printf("sin(1e22) %.10g cos(1e300) %.10g pow(-2, 0.5) %g pow(0, -1) %g\n", sin(1e22), cos(1e300), pow(-2, 0.5),
           pow(0, -1));
    return 0;
}
