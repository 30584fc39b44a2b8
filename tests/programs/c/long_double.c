/* long double (x86 extended precision): arithmetic at the rounding edges, overflow,
 * denormals, NaN and signed zeros, every comparison, conversions, long doubles in
 * structs, arrays and varargs, the math.h functions, and results that double precision
 * would get wrong. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void bits(const char *what, long double x)
{
    uint64_t m;
    uint16_t se;
    memcpy(&m, &x, 8);
    memcpy(&se, (const char *)&x + 8, 2);
    printf("%-10s %04x:%016llx %La\n", what, se, (unsigned long long)m, x);
}

static long double make(uint16_t se, uint64_t m)
{
    long double x = 0;
    memcpy(&x, &m, 8);
    memcpy((char *)&x + 8, &se, 2);
    return x;
}

/* Volatile inputs keep the compiler from folding the operations. */
static volatile long double one = 1.0L, three = 3.0L, tenth = 0.1L, zero = 0.0L;

struct sample {
    char tag;
    long double value;
    int count;
};

static long double sum_va(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    long double s = 0;
    for (int i = 0; i < n; i++) {
        int weight = va_arg(ap, int);
        double scale = va_arg(ap, double);
        s += weight * scale * va_arg(ap, long double);
    }
    va_end(ap);
    return s;
}

/* Structures passed through `...` lie in the argument area itself. */
static long double samples_va(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    long double s = 0;
    for (int i = 0; i < n; i++) {
        struct sample x = va_arg(ap, struct sample);
        s += x.value * x.count + x.tag;
        s += va_arg(ap, int);
    }
    va_end(ap);
    return s;
}

static void compare(long double a, long double b)
{
    printf("cmp %Lg %Lg: %d%d%d%d%d%d unordered %d\n", a, b, a < b, a <= b, a == b, a != b, a > b, a >= b,
           __builtin_isunordered(a, b));
}

int main(void)
{
    /* Rounding: 1 + 2^-64 is a tie (to even: 1), 1 + 3*2^-65 rounds up. */
    long double eps = make(0x3fbf, 0x8000000000000000ull); /* 2^-64 */
    bits("tie", one + eps);
    bits("above", one + (eps + eps / 2));
    bits("1-2^-65", one - eps / 2);
    bits("1/3", one / three);
    bits("0.1*3", tenth * three);
    bits("2/3-1/3", 2 * one / three - one / three);
    /* Values double precision gets wrong. */
    long double big = 9007199254740993.0L; /* 2^53 + 1 */
    printf("2^53+1 = %.0Lf, as double %.0f\n", big, (double)big);
    printf("(1+2^-60)-1 = %Le\n", (one + make(0x3fc3, 0x8000000000000000ull)) - one);
    /* Overflow, underflow, denormals. */
    long double max = make(0x7ffe, 0xffffffffffffffffull);
    bits("max*2", max * 2);
    bits("-max*2", -max * 2);
    long double tiny = make(0x0001, 0x8000000000000000ull); /* smallest normal */
    bits("tiny/3", tiny / three);
    bits("tiny/2^63", tiny / make(0x403e, 0x8000000000000000ull));
    bits("tiny/2^64", tiny / make(0x403f, 0x8000000000000000ull));
    bits("den*den", make(0, 12345) * make(0, 67890));
    bits("den+den", make(0, 0x7fffffffffffffffull) + make(0, 1));
    /* NaN, infinities, signed zeros. */
    long double inf = one / zero, nan = zero / zero;
    bits("1/0", inf);
    bits("-1/0", -one / zero);
    bits("0/0", nan);
    bits("inf-inf", inf - inf);
    bits("0*inf", zero * inf);
    bits("-nan", -nan);
    bits("nan+1", make(0x7fff, 0xc000000000001234ull) + one);
    bits("-0+-0", -zero + -zero);
    bits("0-0", zero - zero);
    bits("-0*5", -zero * 5);
    bits("1-1", one - one);
    printf("%Lf %Lf %Lf %Lf %Lg %Lg\n", inf, -inf, nan, -nan, -zero, zero);
    compare(one, three);
    compare(three, one);
    compare(-zero, zero);
    compare(nan, one);
    compare(inf, max);
    /* Conversions. */
    long double x = -1234567.890123456789L;
    printf("to int %d %lld %llu %hhd\n", (int)x, (long long)x, (unsigned long long)(x * x * x * -1),
           (signed char)(x / 100000));
    printf("to double %.17g float %.9g\n", (double)x, (float)x);
    bits("from ll", (long double)(long long)-9223372036854775807LL);
    bits("from ull", (long double)18446744073709551615ULL);
    bits("from int", (long double)-42);
    bits("from dbl", (long double)0.1);
    bits("from flt", (long double)0.1f);
    bits("dbl denorm", (long double)4.9e-324);
    printf("to double: %a %a %a\n", (double)(one / three), (double)make(0x3c00, 0xfffffffffffff800ull),
           (double)make(0x3bcd, 0x8000000000000400ull));
    printf("to float: %a %a\n", (double)(float)(one / three), (double)(float)make(0x3f6a, 0xc000000000000000ull));
    /* Memory: structs, arrays, copies. */
    struct sample s[3];
    for (int i = 0; i < 3; i++) {
        s[i].tag = (char)('a' + i);
        s[i].value = (i + 1) / three;
        s[i].count = i * 10;
    }
    struct sample t = s[1];
    t.value += s[2].value;
    printf("struct %c %.20Lg %d size %zu\n", t.tag, t.value, t.count, sizeof t);
    long double arr[5] = {1.5L, -2.25L, 1e-4000L, 1e4000L, 0.1L};
    long double prod = 1;
    for (int i = 0; i < 5; i++) prod *= arr[i];
    printf("product %Lg, sizeof %zu\n", prod, sizeof arr);
    printf("samples_va %.20Lg\n", samples_va(3, s[0], 1, s[1], 2, t, 3));
    /* printf formats. */
    long double pi = 3.14159265358979323846264338327950288L;
    printf("%Lf|%.20Le|%Lg|%La|%.25Lf|%LG|%10.3Lf|%-12.4Le|\n", pi, pi, pi, pi, pi, pi * 1e10L, -pi, pi);
    printf("%Lg %La %La\n", max, tiny, make(0, 1));
    /* Variadic long doubles between ints and doubles. */
    printf("sum_va %.20Lg\n", sum_va(3, 1, 0.5, pi, 2, 0.25, tenth, -3, 1.0, one / three));
    /* math.h */
    printf("sqrtl %.21Lg %.21Lg %La\n", sqrtl(2.0L), sqrtl(tenth), sqrtl(make(0, 3)));
    bits("sqrtl(-1)", sqrtl(-one));
    printf("floorl %Lg %Lg ceill %Lg %Lg fabsl %Lg\n", floorl(-2.5L), floorl(2.5L), ceill(-2.5L),
           ceill(2.5L), fabsl(-pi));
    printf("truncl %Lg roundl %Lg %Lg rintl %Lg %Lg\n", truncl(-2.7L), roundl(2.5L), roundl(-0.5L),
           rintl(2.5L), rintl(3.5L));
    printf("fmodl %.20Lg %.20Lg %Lg\n", fmodl(pi * 1e20L, tenth), fmodl(-7.0L, 2.0L), fmodl(one, zero));
    printf("copysignl %Lg fminl %Lg %Lg fmaxl %Lg %Lg\n", copysignl(3.0L, -zero), fminl(nan, -pi),
           fminl(zero, -zero), fmaxl(one, three), fmaxl(zero, -zero));
    /* A series: sum of 1/k^2 for k = 1..2000 in long double and in double. */
    long double ls = 0;
    double ds = 0;
    for (int k = 2000; k >= 1; k--) {
        long double kk = k;
        ls += 1 / (kk * kk);
        ds += 1 / ((double)k * k);
    }
    printf("basel %.21Lg vs double %.17g\n", ls, ds);
    /* Multiply-add: no fused rounding on x87. */
    volatile long double a = 1 + eps * 2, b = 1 - eps * 2, c = -1;
    printf("a*b+c = %Le, fmal %Le\n", a * b + c, fmal(a, b, c));
    printf("fmal(1/3, 3, -1) = %La\n", fmal(one / three, three, -one));
    return 0;
}
