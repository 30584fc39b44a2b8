// C99 complex arithmetic (__mul?c3, __div?c3), alloca, mempcpy, and a program that
// defines its own strlen and llabs (the runtime's definitions are weak).
#include <complex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <alloca.h>

size_t strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
long long llabs(long long v) { return v < 0 ? -v : v; }

int main(void) {
    volatile double a = 1.5, b = -2.0, c = 0.25, d = 3.0;
    double complex x = a + b * I, y = c + d * I;
    double complex p = x * y, q = x / y;
    printf("mul %a %a div %a %a\n", creal(p), cimag(p), creal(q), cimag(q));
    volatile float fa = 1.5f, fb = 2.5f;
    float complex fx = fa + fb * I, fy = fb - fa * I;
    float complex fp = fx * fy, fq = fx / fy;
    printf("fmul %g %g fdiv %g %g\n", crealf(fp), cimagf(fp), crealf(fq), cimagf(fq));
    long double complex lx = 1.25L + 2.0L * I, ly = (long double)a - 0.5L * I;
    long double complex lp = lx * ly, lq = lx / ly;
    printf("lmul %La %La ldiv %La %La\n", creall(lp), cimagl(lp), creall(lq), cimagl(lq));
    /* Annex G: an infinite operand gives an infinite result, not NaN. */
    volatile double inf = __builtin_inf(), zero = 0.0;
    double complex e = (inf + 0.0 * I) * (1.0 + 1.0 * I);
    double complex f = (1.0 + 1.0 * I) / (zero + zero * I);
    double complex g = (2.0 + 3.0 * I) / (inf + inf * I);
    double complex h = (3.0 + 4.0 * I) / (1.0 + 1.0 * I);
    printf("annex-g %g %g | %g %g | %g %g | %g %g\n", creal(e), cimag(e), creal(f), cimag(f), creal(g), cimag(g),
           creal(h), cimag(h));
    float complex fe = (fa * 1e30f + fb * 1e30f * I) / (fb * 1e30f + fa * 1e-30f * I);
    printf("scaled %g %g\n", crealf(fe), cimagf(fe));
    char *buf = alloca(32);
    char *end = mempcpy(buf, "hello", 5);
    end = mempcpy(end, ", world", 8);
    printf("%s %ld %zu %lld\n", buf, (long)(end - buf), strlen(buf), llabs(-5));
    return 0;
}
