/* Differential test of the runtime's printf family against the host glibc:
 * every case is formatted by both, through the buffer path (vsnprintf, with
 * a range of truncating sizes for the hand-written cases) and the console
 * path (vprintf, captured via a host __zkvm_write_byte), and return values,
 * output bytes and %n results must agree. Run from the repository root:
 *     sh tests/native/run_checks.sh
 */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <wchar.h>

int zt_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
int zt_vprintf(const char *fmt, va_list ap);
int zt_snprintf(char *buf, size_t n, const char *fmt, ...);
int zt_sprintf(char *buf, const char *fmt, ...);

static char console[4096];
static size_t console_len;

void __zkvm_write_byte(int fd, int byte)
{
    (void)fd;
    if (console_len < sizeof console)
        console[console_len++] = (char)byte;
}

static long cases, failures;

static void fail(const char *fmt, const char *what, int want_r, const char *want, int got_r,
                 const char *got)
{
    if (++failures <= 40)
        printf("MISMATCH [%s] fmt \"%s\": glibc %d \"%.*s\", runtime %d \"%.*s\"\n", what, fmt,
               want_r, want_r < 0 ? 0 : want_r, want, got_r, got_r < 0 ? 0 : got_r, got);
}

/* Compares one format call; with truncate set, also every buffer size up to
 * the full length + 1, including canary bytes past the end. */
static void vcheck(int truncate, const char *fmt, va_list ap)
{
    char want[4096], got[4096];
    va_list a;
    cases++;

    va_copy(a, ap);
    int wr = vsnprintf(want, sizeof want, fmt, a);
    va_end(a);
    va_copy(a, ap);
    int gr = zt_vsnprintf(got, sizeof got, fmt, a);
    va_end(a);
    if (wr != gr || (wr >= 0 && memcmp(want, got, (size_t)wr + 1 < sizeof want ? (size_t)wr + 1 : sizeof want)))
        fail(fmt, "vsnprintf", wr, want, gr, got);

    console_len = 0;
    va_copy(a, ap);
    int cr = zt_vprintf(fmt, a);
    va_end(a);
    if (cr != wr || (wr >= 0 && wr < (int)sizeof want &&
                     (console_len != (size_t)wr || memcmp(console, want, (size_t)wr))))
        fail(fmt, "vprintf", wr, want, cr, console);

    if (!truncate || wr < 0)
        return;
    for (size_t n = 0; n <= (size_t)wr + 1 && n + 8 < 600; n++) {
        char w[600], g[600];
        memset(w, '#', n + 8);
        memset(g, '#', n + 8);
        va_copy(a, ap);
        int r1 = vsnprintf(w, n, fmt, a);
        va_end(a);
        va_copy(a, ap);
        int r2 = zt_vsnprintf(g, n, fmt, a);
        va_end(a);
        if (r1 != r2 || memcmp(w, g, n + 8)) {
            fail(fmt, "truncated", r1, w, r2, g);
            return;
        }
    }
}

static void check(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vcheck(0, fmt, ap);
    va_end(ap);
}

static void check_trunc(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vcheck(1, fmt, ap);
    va_end(ap);
}

/* The runtime alone, for conversions glibc formats differently on purpose. */
static void expect(const char *want, const char *fmt, ...)
{
    char got[600];
    va_list ap;
    va_start(ap, fmt);
    int r = zt_vsnprintf(got, sizeof got, fmt, ap);
    va_end(ap);
    cases++;
    if (r != (int)strlen(want) || strcmp(got, want))
        fail(fmt, "expected", (int)strlen(want), want, r, got);
}

static const char *const flag_sets[] = {
    "", "-", "+", " ", "#", "0", "-+", "- ", "-#", "-0", "+ ", "+#", "+0", " #", " 0", "#0",
    "-+ ", "-+#", "-+0", "- #", "- 0", "-#0", "+ #", "+ 0", "+#0", " #0", "-+ #", "-+ 0",
    "-+#0", "- #0", "+ #0", "-+ #0", "0-", " +", "00", "--", "'", "0#", "'-0", "I",
};
#define NFLAGS (sizeof flag_sets / sizeof *flag_sets)

static const char *const widths[] = {"", "1", "2", "6", "21", "25", "*"};
static const int star_widths[] = {-7, 0, 3, 24};
static const char *const precs[] = {"", ".", ".0", ".1", ".2", ".7", ".21", ".25", ".*"};
static const int star_precs[] = {-2, 0, 3, 22};

#define N(a) (sizeof(a) / sizeof *(a))

/* Runs body(fmt, width_arg, prec_arg, has_w, has_p) for every flag, width
 * and precision combination around "%<flags><width><prec><tail>". */
typedef void (*spec_fn)(const char *fmt, int w, int p, int has_w, int has_p);

static void for_each_spec(const char *tail, spec_fn fn)
{
    char fmt[64];
    for (size_t f = 0; f < NFLAGS; f++)
        for (size_t w = 0; w < N(widths); w++)
            for (size_t p = 0; p < N(precs); p++) {
                snprintf(fmt, sizeof fmt, "|%%%s%s%s%s|", flag_sets[f], widths[w], precs[p], tail);
                int has_w = widths[w][0] == '*', has_p = precs[p][1] == '*';
                for (size_t i = 0; i < (has_w ? N(star_widths) : 1); i++)
                    for (size_t j = 0; j < (has_p ? N(star_precs) : 1); j++)
                        fn(fmt, star_widths[i], star_precs[j], has_w, has_p);
            }
}

/* Integer arguments are all passed as long long: va_arg(ap, int) reads the
 * low half of the same slot in both implementations. */
static const long long int_values[] = {
    0, 1, -1, 7, 8, 42, -42, 127, 128, -128, -129, 255, 256, 32767, -32768, 65535, 65536,
    INT_MAX, INT_MIN, UINT_MAX, 10000000000LL, LLONG_MAX, LLONG_MIN, -2, 0x123456789abcdefLL,
};

#define CALL_STAR(fmt, w, p, has_w, has_p, arg)      \
    do {                                             \
        if (has_w && has_p)                          \
            check(fmt, w, p, arg);                   \
        else if (has_w)                              \
            check(fmt, w, arg);                      \
        else if (has_p)                              \
            check(fmt, p, arg);                      \
        else                                         \
            check(fmt, arg);                         \
    } while (0)

static void int_case(const char *fmt, int w, int p, int has_w, int has_p)
{
    for (size_t v = 0; v < N(int_values); v++)
        CALL_STAR(fmt, w, p, has_w, has_p, int_values[v]);
}

static void char_case(const char *fmt, int w, int p, int has_w, int has_p)
{
    static const int chars[] = {'a', 0, 255, 0x141, ' '};
    for (size_t v = 0; v < N(chars); v++)
        CALL_STAR(fmt, w, p, has_w, has_p, chars[v]);
}

static void wchar_case(const char *fmt, int w, int p, int has_w, int has_p)
{
    static const wint_t chars[] = {'a', 0, 0x7f, 0x80, 0xe9, 0x263a};
    for (size_t v = 0; v < N(chars); v++)
        CALL_STAR(fmt, w, p, has_w, has_p, chars[v]);
}

static void str_case(const char *fmt, int w, int p, int has_w, int has_p)
{
    static const char *const strs[] = {"", "a", "hello", "a longer string of 26 chars", NULL};
    for (size_t v = 0; v < N(strs); v++)
        CALL_STAR(fmt, w, p, has_w, has_p, strs[v]);
}

static void wstr_case(const char *fmt, int w, int p, int has_w, int has_p)
{
    static const wchar_t *const strs[] = {L"", L"abc", L"ab\xe9", L"\x263a", NULL};
    for (size_t v = 0; v < N(strs); v++)
        CALL_STAR(fmt, w, p, has_w, has_p, strs[v]);
}

static void ptr_case(const char *fmt, int w, int p, int has_w, int has_p)
{
    static const uintptr_t ptrs[] = {0, 1, 0x1234, 0xdeadbeef, 0x7fffffffffff, UINTPTR_MAX};
    for (size_t v = 0; v < N(ptrs); v++)
        CALL_STAR(fmt, w, p, has_w, has_p, (void *)ptrs[v]);
}

static void percent_case(const char *fmt, int w, int p, int has_w, int has_p)
{
    CALL_STAR(fmt, w, p, has_w, has_p, 99);
}

static void check_n(void)
{
    /* lead: the format consumes an int before the %n pointer. */
    static const struct {
        const char *fmt;
        int lead;
    } tests[] = {
        {"abc%n|%d", 0},     {"%5d%hhn|%d", 1}, {"%300d%hhn|%d", 1}, {"x%hn|%d", 0},
        {"%70000d%hn|%d", 1}, {"%ln|%d", 0},     {"%lln|%d", 0},     {"%jn|%d", 0},
        {"%zn|%d", 0},
    };
    static char a[80000], b[80000];
    for (size_t i = 0; i < N(tests); i++) {
        long long want = -1, got = -1;
        int ra, rb;
        if (tests[i].lead) {
            ra = snprintf(a, sizeof a, tests[i].fmt, 5, &want, 7);
            rb = zt_snprintf(b, sizeof b, tests[i].fmt, 5, &got, 7);
        } else {
            ra = snprintf(a, sizeof a, tests[i].fmt, &want, 7);
            rb = zt_snprintf(b, sizeof b, tests[i].fmt, &got, 7);
        }
        cases++;
        if (ra != rb || want != got || strcmp(a, b))
            fail(tests[i].fmt, "%n", ra, a, rb, b);
    }
}

/* Floating point: special values through the whole flag/width/precision
 * grid, then random bit patterns, powers, ties and long doubles. */
static const char *const fwidths[] = {"", "1", "8", "25", "*"};
static const int star_fwidths[] = {-30, 0, 12};
static const char *const fprecs[] = {"", ".", ".0", ".1", ".3", ".6", ".17", ".30", ".60", ".*"};
static const int star_fprecs[] = {-2, 0, 40};

static double dbl(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static const double *float_values;
static size_t n_float_values;

static void float_case(const char *fmt, int w, int p, int has_w, int has_p)
{
    for (size_t v = 0; v < n_float_values; v++)
        CALL_STAR(fmt, w, p, has_w, has_p, float_values[v]);
}

static void ldouble_case(const char *fmt, int w, int p, int has_w, int has_p)
{
    static const long double values[] = {0.0L, -0.0L, 1.0L, -2.5L, 0.1L, 1e-5L, 123456.789L,
                                         1e300L, 1e-300L, 999999.5L, 99.99996L, __builtin_infl(),
                                         -__builtin_nanl("")};
    for (size_t v = 0; v < N(values); v++)
        CALL_STAR(fmt, w, p, has_w, has_p, values[v]);
}

static void for_each_float_spec(const char *tail, spec_fn fn)
{
    char fmt[64];
    for (size_t f = 0; f < NFLAGS; f++)
        for (size_t w = 0; w < N(fwidths); w++)
            for (size_t p = 0; p < N(fprecs); p++) {
                snprintf(fmt, sizeof fmt, "|%%%s%s%s%s|", flag_sets[f], fwidths[w], fprecs[p],
                         tail);
                int has_w = fwidths[w][0] == '*', has_p = fprecs[p][1] == '*';
                for (size_t i = 0; i < (has_w ? N(star_fwidths) : 1); i++)
                    for (size_t j = 0; j < (has_p ? N(star_fprecs) : 1); j++)
                        fn(fmt, star_fwidths[i], star_fprecs[j], has_w, has_p);
            }
}

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint64_t rng(void) /* splitmix64 */
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static void float_checks(void)
{
    static const char *const convs[] = {"f", "e", "g", "a", "F", "E", "G", "A"};
    const double grid[] = {
        0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 123.456, -9.99999, 9.5, 1e-5, 1e-4, 0.00012345,
        999999.5, 1e21, 1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324,
        __builtin_inf(), -__builtin_inf(), __builtin_nan(""), -__builtin_nan(""),
        dbl(0x3fffffffffffffffu), dbl(0x000fffffffffffffu), 0x1.08p0, 0x1.18p0,
    };
    float_values = grid;
    n_float_values = N(grid);
    for (size_t c = 0; c < N(convs); c++)
        for_each_float_spec(convs[c], float_case);
    for_each_float_spec("Lf", ldouble_case);
    for_each_float_spec("Le", ldouble_case);
    for_each_float_spec("Lg", ldouble_case);
    for_each_float_spec("La", ldouble_case);

    static const char *const rfmts[] = {
        "%.17g", "%g", "%e", "%.0e", "%.3e", "%.30e", "%a", "%.0a", "%.1a", "%.5a", "%.12a",
        "%#.0g", "%.1g", "%.10g", "%.25e",
    };
    static const char *const smallfmts[] = {"%f", "%.0f", "%.2f", "%.20f", "%#.3g", "%.60f"};
    for (int i = 0; i < 30000; i++) {
        uint64_t bits = rng();
        double d = dbl(bits);
        for (size_t k = 0; k < N(rfmts); k++)
            check(rfmts[k], d);
        /* Moderate exponents for fixed notation: |d| in [2^-70, 2^70). */
        d = dbl((bits & 0x800fffffffffffffu) | (uint64_t)(1023 - 70 + (bits >> 52) % 140) << 52);
        for (size_t k = 0; k < N(smallfmts); k++)
            check(smallfmts[k], d);
    }
    /* Every power of two, and powers of ten and their neighbours. */
    for (int e = -1074; e <= 1023; e++) {
        double d = __builtin_ldexp(1.0, e);
        check("%.17g|%e|%a|%.0e|%.60e", d, d, d, d, d);
        check("%f|%.0f|%.17f", d, d, d);
    }
    for (int e = -325; e <= 308; e++) {
        char buf[32];
        snprintf(buf, sizeof buf, "1e%d", e);
        double d = strtod(buf, 0);
        uint64_t b;
        memcpy(&b, &d, sizeof b);
        for (int k = -1; k <= 1; k++) {
            double x = dbl(b + (uint64_t)k);
            check("%.17g|%.15g|%.16e|%g|%.0e|%.1e", x, x, x, x, x, x);
            check("%f|%.3f|%.20f|%.0f", x, x, x, x);
        }
    }
    /* Exact ties: n / 2^j has exactly j decimals, so precision j - 1 (or
     * fewer significant digits) lands on a 5 followed by nothing. */
    for (int i = 0; i < 20000; i++) {
        uint64_t r = rng();
        int j = 1 + (int)(r % 12);
        double d = __builtin_ldexp((double)((r >> 8) % 4000000), -j) * ((r >> 40) & 1 ? -1 : 1);
        char fmt[32];
        snprintf(fmt, sizeof fmt, "%%.%df|%%.%de|%%.%dg", j - 1, (int)(r >> 50) % 8,
                 1 + (int)(r >> 56) % 8);
        check(fmt, d, d, d);
        check("%.0f|%.1f|%.0e|%.1e|%.1g|%.2g", d, d, d, d, d, d);
    }
    /* Long doubles: random normal and subnormal bit patterns. */
    for (int i = 0; i < 600; i++) {
        uint64_t m = rng(), r = rng();
        unsigned e = (unsigned)(r % 0x7fff);
        if (e)
            m |= (uint64_t)1 << 63;
        else if (i & 1)
            m >>= r % 64;
        long double x;
        unsigned char raw[sizeof x];
        memset(raw, 0, sizeof raw);
        memcpy(raw, &m, 8);
        uint16_t top = (uint16_t)(e | (r >> 20 & 0x8000));
        memcpy(raw + 8, &top, 2);
        memcpy(&x, raw, sizeof x);
        check("%La|%.0La|%.3La|%.20Lg|%Le|%.40Le", x, x, x, x, x, x);
        if (e > 16383 - 200 && e < 16383 + 200)
            check("%Lf|%.0Lf|%.30Lf", x, x, x);
    }
    check("%La|%La|%Le|%.0Le|%Lg", (long double)__LDBL_MAX__, (long double)__LDBL_DENORM_MIN__,
          (long double)__LDBL_MAX__, (long double)__LDBL_DENORM_MIN__, (long double)__LDBL_MIN__);
    check("%.1La|%.0La|%.2La", 0xf.f8p0L, 0xf.8p0L, 0xf.ffp0L);
    check("%.500f|%.300e", 1e-300, 1.0 / 3);
}

int main(void)
{
    static const char *const int_lengths[] = {"", "hh", "h", "l", "ll", "j", "z", "t", "q", "L"};
    static const char *const int_convs[] = {"d", "i", "u", "o", "x", "X"};
    char tail[8];
    for (size_t l = 0; l < N(int_lengths); l++)
        for (size_t c = 0; c < N(int_convs); c++) {
            snprintf(tail, sizeof tail, "%s%s", int_lengths[l], int_convs[c]);
            for_each_spec(tail, int_case);
        }
    for_each_spec("c", char_case);
    for_each_spec("hhc", char_case);
    for_each_spec("lc", wchar_case);
    for_each_spec("C", wchar_case);
    for_each_spec("s", str_case);
    for_each_spec("ls", wstr_case);
    for_each_spec("S", wstr_case);
    for_each_spec("p", ptr_case);
    for_each_spec("%", percent_case);

    check_trunc("hello, world");
    check_trunc("");
    check_trunc("%d %s %c %x %p %%", -12345, "str", 'q', 0xbeefu, (void *)0x1000);
    check_trunc("%s", "a fairly long string that is longer than most truncation sizes tested");
    check_trunc("%-10s|%10s|%.2s|%c%c", "left", "right", "precise", 'A', 0);
    check_trunc("%lld %llu %llx %#llo", LLONG_MIN, ULLONG_MAX, ULLONG_MAX, ULLONG_MAX);
    check_trunc("%zu %zd %td %jd %ju", (size_t)-1, (ssize_t)-5, (ptrdiff_t)-6, (intmax_t)INT64_MIN,
                (uintmax_t)UINT64_MAX);
    check_trunc("%hhd %hhu %hd %hu", -1, 300, 70000, -1);
    check_trunc("%*d|%-*d|%.*d|%*.*x", 8, 1, 8, 2, 5, 3, -12, -1, 255);
    check_trunc("%5%|%-5%|%05%|%.3%|%*%|%d", 3, 42);
    check_trunc("%s%s%s%s%s%s%s%s%d%d%d%d%d%d%d%d", "1", "2", "3", "4", "5", "6", "7", "8", 9, 10,
                11, 12, 13, 14, 15, 16);
    check_trunc("%500d|", 1);
    check_trunc("%.500d|", 1);
    check_n();

    /* Float arguments mixed with others: enough doubles to run past the 8
     * register slots, and long doubles, which always come from the stack. */
    check_trunc("%f|%d|%.2Lf|%s|%e|%-8.3g|%a|%E|%G|%A|%F|%d", 1.5, 42, (long double)2.5, "x", 1.0,
                2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 7);
    check_trunc("%f%f%f%f%f%f%f%f%f%f|%d|%Lf|%d|%lf|%d|%llf|%d", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0,
                8.0, 9.0, 10.0, 1, (long double)1, 2, 3.0, 3, (long double)4, 4);
    check_trunc("%*.*f|%d|%.3e|%La|%g", 5, 2, 1.0, 9, -2.5e-300, (long double)0.1, 1e100);
    float_checks();
    expect("%y|%5k|%", "%y|%5k|%");
    {
        char buf[64];
        cases++;
        if (zt_sprintf(buf, "%s-%05d", "sp", 42) != 8 || strcmp(buf, "sp-00042"))
            fail("sprintf", "sprintf", 8, "sp-00042", -1, buf);
    }

    printf("printf_check: %ld cases, %ld mismatches\n", cases, failures);
    return failures != 0;
}
