/* Floating-point printf conversions (%f %e %g %a, upper case, flags, widths,
 * precisions) against glibc. Deterministic, no input. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static double from_bits(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static uint64_t state = 0x243f6a8885a308d3u;

static uint64_t next(void) /* xorshift64* */
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1du;
}

/* Not static const: keeps clang from turning it into a relative lookup table. */
const char *fmts[] = {
    "%f", "%e", "%g", "%a", "%F", "%E", "%G", "%A", "%.0f", "%.1f", "%.3f", "%.17g", "%.15g",
    "%.0e", "%.3e", "%.20e", "%#g", "%#.0f", "%#.3a", "%+.2e", "% .4g", "%-14.5f|",
    "%014.3e", "%+020.10f", "%12g|", "%-+12.3g|", "%.0a", "%.1a", "%#.0e", "%010a",
};

int main(void)
{
    static const double values[] = {
        0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 3.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 3.14159265358979,
        2.718281828459045, 123456.789, -9.99999, 999999.5, 1e-5, 1e-4, 1e15, 1e16, 1e21, 1e22,
        1.7976931348623157e308, 2.2250738585072014e-308, 4.9406564584124654e-324, 6.02214076e23,
        1.602176634e-19, 0x1.fffffffffffffp-1, 0x1.8p1,
    };
    int nv = (int)(sizeof values / sizeof *values), nf = (int)(sizeof fmts / sizeof *fmts);
    for (int i = 0; i < nv; i++) {
        for (int j = 0; j < nf; j++) {
            printf(fmts[j], values[i]);
            putchar(j % 6 == 5 ? '\n' : ' ');
        }
        putchar('\n');
    }

    double inf = 1.0 / (values[0] + 0.0 == 0.0 ? 0.0 : 1.0);
    double nan = inf - inf;
    printf("[%f] [%e] [%g] [%a] [%F] [%E] [%G] [%A]\n", inf, -inf, nan, -nan, inf, -inf, nan,
           -nan);
    printf("[%8f] [%-8e] [%+g] [% a] [%08F] [%-+8E]\n", inf, -inf, inf, inf, -inf, inf);

    /* Precision and width through '*'. */
    for (int p = -1; p <= 20; p += 3)
        printf("%*.*f|%-*.*e|%.*g|%.*a\n", 12, p, values[12], 14, p, values[14], p, values[13],
               p, values[7]);
    printf("%.60f\n%.40e\n%.300f\n", 0.1, 1.0 / 3, 4.9406564584124654e-324);
    printf("%f\n%.0f\n", 1.7976931348623157e308, 1e300);

    /* Halfway cases: round half to even on the exact binary value. */
    for (int k = 0; k < 16; k++) {
        double h = k + 0.5, q = k / 8.0 + 1.0 / 16;
        printf("%.0f %.0e %.1g %.3f %.2e %.1a\n", h, h * 100, h, q, q, h);
    }

    /* Powers of two and ten. */
    for (int e = -1074; e <= 1023; e += 37) {
        double d = from_bits(e >= -1022 ? (uint64_t)(e + 1023) << 52 : (uint64_t)1 << (e + 1074));
        printf("2^%d = %.17g = %a = %.3e\n", e, d, d, d);
    }
    double t = 1.0;
    for (int e = 0; e <= 40; e++, t *= 10)
        printf("1e%d = %f = %.17g\n", e, t, t);

    /* Random bit patterns. */
    for (int i = 0; i < 60; i++) {
        double d = from_bits(next());
        double m = from_bits((next() & 0x800fffffffffffffu) | (uint64_t)(1000 + i % 60) << 52);
        printf("%.17g %e %a | %f %.10g %#.3G\n", d, d, d, m, m, m);
    }

    /* Floats promoted through varargs, and conversions mixed with other
     * arguments past the register slots (long double: long_double.c). */
    float fl = 0.1f;
    printf("%f %.10e %a\n", fl, fl, fl);
    printf("%d %f %s %e %c %g %f %f %f %f %f %f %f %ld %g %g\n", 1, 2.0, "three", 4.0, '5', 6.0,
           7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14L, 15.0, 16.0);

    char buf[64];
    int n = snprintf(buf, sizeof buf, "%.3f|%10.2e", 2.0 / 3, -12345.678);
    printf("snprintf: %d [%s]\n", n, buf);
    size_t small = (size_t)nv / 4 + 1;
    n = snprintf(buf, small, "%f", values[12]);
    printf("truncated: %d [%s]\n", n, buf);
    return 0;
}
