/* printf family. Every conversion is byte-identical to glibc in the C
 * locale, flags and odd combinations included; tests/native/printf_check.c
 * diffs them against the host glibc. Floating-point conversions (%a %e %f %g,
 * double and x86 80-bit long double) format the exact binary value with
 * integer arithmetic only: no float operation runs, so the output does not
 * depend on the soft-float. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <zkvm_builtins.h>

#include "runtime.h"

/* Output goes to a console fd, or (fd < 0) to a buffer that keeps at most
 * cap bytes. len counts every byte produced: that is the return value. */
struct out {
    int fd;
    char *buf;
    size_t cap;
    size_t len;
};

struct spec {
    int left, plus, space, alt, zero;
    long width;
    long prec; /* -1 when not given */
};

/* Length modifiers. LEN_LONG covers l j z t (all 64-bit here); LEN_LLONG is
 * ll q L, which glibc also treats as "long double" for float conversions. */
enum { LEN_INT, LEN_HH, LEN_H, LEN_LONG, LEN_LLONG };

static void out_byte(struct out *o, char c)
{
    if (o->fd >= 0)
        __zkvm_write_byte(o->fd, (unsigned char)c);
    else if (o->len < o->cap)
        o->buf[o->len] = c;
    o->len++;
}

static void out_fill(struct out *o, char c, long n)
{
    for (; n > 0; n--)
        out_byte(o, c);
}

static void out_mem(struct out *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out_byte(o, s[i]);
}

/* n characters from p, or (p == NULL) from the ASCII-only wide string wp,
 * space-padded to the width: glibc ignores the 0 flag for strings. */
static void out_str(struct out *o, const struct spec *s, const char *p, const __WCHAR_TYPE__ *wp,
                    size_t n)
{
    long pad = (size_t)s->width > n ? s->width - (long)n : 0;
    if (!s->left)
        out_fill(o, ' ', pad);
    for (size_t i = 0; i < n; i++)
        out_byte(o, p ? p[i] : (char)wp[i]);
    if (s->left)
        out_fill(o, ' ', pad);
}

/* Magnitude v in base 8, 10 or 16 (conv 'X': upper case) with an optional
 * sign character (0 for none) and, if prefix is set, a "0x"/"0X" prefix. */
static void out_number(struct out *o, const struct spec *s, unsigned long long v, unsigned base,
                       char conv, char sign, int prefix)
{
    const char *digits = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char buf[22]; /* 2^64 - 1 has 22 octal digits */
    int n = 0;
    for (; v; v /= base)
        buf[sizeof buf - 1 - n++] = digits[v % base];

    long zeros = s->prec < 0 ? 1 - n : s->prec - n;
    if (zeros < 0)
        zeros = 0;
    /* '#' with %o: the first digit must be a 0. */
    if (s->alt && base == 8 && zeros == 0)
        zeros = 1;
    int extra = (sign != 0) + (prefix ? 2 : 0);
    /* The 0 flag only applies without a precision, and '-' overrides it. */
    if (s->zero && !s->left && s->prec < 0 && s->width > extra + zeros + n)
        zeros = s->width - extra - n;
    long pad = s->width - (extra + zeros + n);

    if (!s->left)
        out_fill(o, ' ', pad);
    if (sign)
        out_byte(o, sign);
    if (prefix) {
        out_byte(o, '0');
        out_byte(o, conv == 'X' ? 'X' : 'x');
    }
    out_fill(o, '0', zeros);
    out_mem(o, buf + sizeof buf - n, n);
    if (s->left)
        out_fill(o, ' ', pad);
}

/* Reads a floating-point vararg as raw bits, without touching float types,
 * by stepping the SysV x86-64 va_list exactly as clang's va_arg lowering
 * does: doubles come from the 16-byte SSE register slots until the save
 * area (176 bytes) is used up, then from the stack; long doubles always
 * come from the stack, 16-byte aligned. For a long double, *hi gets the
 * sign and exponent half (bits 64..79) and the result is the mantissa. */
static uint64_t float_arg(va_list ap, int long_double, unsigned *hi)
{
    uint64_t bits;
    if (long_double) {
        uintptr_t p = ((uintptr_t)ap->overflow_arg_area + 15) & ~(uintptr_t)15;
        uint16_t top;
        __builtin_memcpy(&bits, (void *)p, 8);
        __builtin_memcpy(&top, (void *)(p + 8), 2);
        *hi = top;
        ap->overflow_arg_area = (void *)(p + 16);
    } else if (ap->fp_offset <= 160) {
        __builtin_memcpy(&bits, (char *)ap->reg_save_area + ap->fp_offset, 8);
        ap->fp_offset += 16;
    } else {
        __builtin_memcpy(&bits, ap->overflow_arg_area, 8);
        ap->overflow_arg_area = (char *)ap->overflow_arg_area + 8;
    }
    return bits;
}

/* Exact decimal expansion of m * 2^e2 as a big integer B in base 1e9 limbs
 * (least significant first) with value B / 10^s. Integer arithmetic only,
 * so the output never depends on the soft-float. The worst case is the
 * smallest long double subnormal: 2^-16445 = 5^16445 / 10^16445, about
 * 11500 digits, plus 20 for the mantissa. */
#define LIMBS 1300
static uint32_t big[LIMBS];

static const uint32_t pow10_9[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
                                    100000000};

/* A finite value rounded for printing: its digits (index 0 is the most
 * significant) are those of B, cut after `cut` digits, with digit `inc`
 * incremented when `up` (inc < 0: the value rounded up to a new leading 1),
 * and zero past the cut. exp10 is the decimal exponent of digit 0. */
struct num {
    int zero;   /* every digit is 0 */
    int nlimb;
    long ndig;  /* digits in B */
    long exp10;
    long cut;
    long inc;
    int up;
};

static int big_digit(const struct num *n, long i)
{
    long p = n->ndig - 1 - i; /* position from the least significant end */
    return (int)(big[p / 9] / pow10_9[p % 9] % 10);
}

static int num_digit(const struct num *n, long i)
{
    if (n->zero || i < 0)
        return 0;
    if (n->up && n->inc < 0)
        return i == 0;
    if (n->up && i == n->inc)
        return big_digit(n, i) + 1;
    if (i >= n->cut || (n->up && i > n->inc))
        return 0;
    return big_digit(n, i);
}

/* Multiplies big by f (f * (1e9 - 1) + carry must fit 64 bits). */
static void big_mul(struct num *n, uint64_t f)
{
    uint64_t carry = 0;
    for (int i = 0; i < n->nlimb; i++) {
        uint64_t v = big[i] * f + carry;
        big[i] = (uint32_t)(v % 1000000000);
        carry = v / 1000000000;
    }
    while (carry && n->nlimb < LIMBS) {
        big[n->nlimb++] = (uint32_t)(carry % 1000000000);
        carry /= 1000000000;
    }
}

/* Sets n to the exact value m * 2^e2 (m != 0). */
static void num_init(struct num *n, uint64_t m, long e2)
{
    while (!(m & 1)) {
        m >>= 1;
        e2++;
    }
    n->zero = 0;
    n->nlimb = 0;
    for (; m; m /= 1000000000)
        big[n->nlimb++] = (uint32_t)(m % 1000000000);
    long s = 0;
    if (e2 >= 0) {
        for (; e2 > 0; e2 -= 29)
            big_mul(n, (uint64_t)1 << (e2 < 29 ? e2 : 29));
    } else {
        s = -e2;
        for (long k = s; k > 0; k -= 13) {
            uint64_t f = 1;
            for (long j = k < 13 ? k : 13; j > 0; j--)
                f *= 5;
            big_mul(n, f);
        }
    }
    uint32_t top = big[n->nlimb - 1];
    int d = 1;
    while (d < 9 && top >= pow10_9[d])
        d++;
    n->ndig = (long)(n->nlimb - 1) * 9 + d;
    n->exp10 = n->ndig - 1 - s;
    n->cut = n->ndig;
    n->inc = 0;
    n->up = 0;
}

/* Rounds to the first k digits, to nearest with ties to even on the exact
 * value, as glibc does in the default rounding mode. */
static void num_round(struct num *n, long k)
{
    if (n->zero || k >= n->ndig)
        return;
    if (k < 0) {
        n->zero = 1;
        return;
    }
    n->cut = k;
    int d = big_digit(n, k);
    int up = d > 5;
    if (d == 5) {
        long p = n->ndig - 1 - k; /* any non-zero digit below position p? */
        int rest = big[p / 9] % pow10_9[p % 9] != 0;
        for (long i = p / 9 - 1; i >= 0 && !rest; i--)
            rest = big[i] != 0;
        up = rest || (k > 0 && (big_digit(n, k - 1) & 1));
    }
    if (!up) {
        if (k == 0)
            n->zero = 1;
        return;
    }
    n->up = 1;
    n->inc = k - 1;
    while (n->inc >= 0 && big_digit(n, n->inc) == 9)
        n->inc--;
    if (n->inc < 0)
        n->exp10++;
}

/* Writes the left padding (spaces, or zeros after the sign and prefix when
 * the 0 flag applies and zero_ok), the sign and the prefix for a body of len
 * bytes that the caller writes next; returns the right padding it owes. */
static long pad_left(struct out *o, const struct spec *s, char sign, const char *prefix,
                     long len, int zero_ok)
{
    long plen = (sign != 0) + (long)__builtin_strlen(prefix);
    long pad = s->width - plen - len;
    if (pad < 0)
        pad = 0;
    if (!s->left && !(s->zero && zero_ok))
        out_fill(o, ' ', pad);
    if (sign)
        out_byte(o, sign);
    out_mem(o, prefix, (size_t)(plen - (sign != 0)));
    if (!s->left && s->zero && zero_ok)
        out_fill(o, '0', pad);
    return s->left ? pad : 0;
}

static long exp_digits(long e)
{
    if (e < 0)
        e = -e;
    long d = 2;
    for (long p = 100; e >= p; p *= 10)
        d++;
    return d;
}

static void out_exp(struct out *o, char c, long e, int min)
{
    char buf[24];
    int n = 0;
    out_byte(o, c);
    out_byte(o, e < 0 ? '-' : '+');
    if (e < 0)
        e = -e;
    do {
        buf[n++] = (char)('0' + e % 10);
        e /= 10;
    } while (e);
    for (; n < min; n++)
        buf[n] = '0';
    while (n)
        out_byte(o, buf[--n]);
}

/* %e/%f style output of n with prec digits after the point. */
static void out_fixed(struct out *o, const struct spec *s, char sign, const struct num *n,
                      int e_style, long prec, int point, char e_char)
{
    long x = n->zero ? 0 : n->exp10;
    long len;
    if (e_style)
        len = 1 + point + prec + 2 + exp_digits(x);
    else
        len = (x >= 0 ? x + 1 : 1) + point + prec;
    long right = pad_left(o, s, sign, "", len, 1);
    if (e_style) {
        out_byte(o, (char)('0' + num_digit(n, 0)));
        if (point)
            out_byte(o, '.');
        for (long i = 1; i <= prec; i++)
            out_byte(o, (char)('0' + num_digit(n, i)));
        out_exp(o, e_char, x, 2);
    } else {
        if (x < 0)
            out_byte(o, '0');
        for (long i = 0; i <= x; i++)
            out_byte(o, (char)('0' + num_digit(n, i)));
        if (point)
            out_byte(o, '.');
        for (long j = 1; j <= prec; j++)
            out_byte(o, (char)('0' + num_digit(n, x + j)));
    }
    out_fill(o, ' ', right);
}

/* %a: leading hex digit, frac (nfrac nibbles) and binary exponent. */
static void out_hex(struct out *o, const struct spec *s, char sign, unsigned lead, uint64_t frac,
                    int nfrac, long exp, int ldbl, char conv)
{
    const char *digits = conv == 'A' ? "0123456789ABCDEF" : "0123456789abcdef";
    long prec = s->prec;
    if (prec < 0) { /* just enough digits: drop trailing zeros */
        while (nfrac > 0 && !(frac & 0xf)) {
            frac >>= 4;
            nfrac--;
        }
        prec = nfrac;
    } else if (prec < nfrac) {
        int shift = 4 * (nfrac - (int)prec);
        uint64_t rem = frac & (((uint64_t)1 << shift) - 1);
        uint64_t half = (uint64_t)1 << (shift - 1);
        frac >>= shift;
        nfrac = (int)prec;
        uint64_t last = prec ? frac : lead;
        if (rem > half || (rem == half && (last & 1))) {
            frac++;
            if (nfrac < 16 && frac >> (4 * nfrac)) {
                frac = 0;
                lead++;
                if (ldbl && lead == 16) { /* glibc renormalizes to 0x1 */
                    lead = 1;
                    exp += 4;
                }
            }
        }
    }
    int point = prec > 0 || s->alt;
    long len = 1 + point + prec + 2 + exp_digits(exp) - (exp > -10 && exp < 10);
    char prefix[3] = {'0', conv == 'A' ? 'X' : 'x', 0};
    long right = pad_left(o, s, sign, prefix, len, 1);
    out_byte(o, digits[lead]);
    if (point)
        out_byte(o, '.');
    for (long i = 0; i < prec; i++)
        out_byte(o, i < nfrac ? digits[(frac >> (4 * (nfrac - 1 - i))) & 0xf] : '0');
    out_exp(o, conv == 'A' ? 'P' : 'p', exp, 1);
    out_fill(o, ' ', right);
}

/* All of %a %e %f %g and their upper-case forms, for double (long_double
 * clear) or the x86 80-bit long double. */
static void out_float(struct out *o, const struct spec *s, char conv, va_list ap, int long_double)
{
    unsigned hi = 0;
    uint64_t bits = float_arg(ap, long_double, &hi);
    int neg;
    unsigned bexp;
    uint64_t m;      /* value: m * 2^e2 */
    long e2;
    int special = 0; /* 1 inf, 2 nan */
    if (long_double) {
        neg = (hi >> 15) & 1;
        bexp = hi & 0x7fff;
        m = bits;
        if (bexp == 0x7fff)
            special = (m << 1) ? 2 : 1;
        e2 = (bexp ? (long)bexp : 1) - 16383 - 63;
    } else {
        neg = (int)(bits >> 63);
        bexp = (unsigned)(bits >> 52) & 0x7ff;
        m = bits & (((uint64_t)1 << 52) - 1);
        if (bexp == 0x7ff)
            special = m ? 2 : 1;
        else if (bexp)
            m |= (uint64_t)1 << 52;
        e2 = (bexp ? (long)bexp : 1) - 1023 - 52;
    }
    char sign = neg ? '-' : s->plus ? '+' : s->space ? ' ' : 0;
    int upper = conv == 'A' || conv == 'E' || conv == 'F' || conv == 'G';

    if (special) {
        const char *t = special == 1 ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        long right = pad_left(o, s, sign, "", 3, 0);
        out_mem(o, t, 3);
        out_fill(o, ' ', right);
        return;
    }

    if (conv == 'a' || conv == 'A') {
        if (long_double) {
            long exp = m ? e2 + 60 : 0;
            out_hex(o, s, sign, (unsigned)(m >> 60), m & (((uint64_t)1 << 60) - 1), 15, exp, 1,
                    conv);
        } else {
            long exp = m ? e2 + 52 : 0;
            out_hex(o, s, sign, (unsigned)(m >> 52), m & (((uint64_t)1 << 52) - 1), 13, exp, 0,
                    conv);
        }
        return;
    }

    struct num n = {1, 0, 0, 0, 0, 0, 0};
    long prec = s->prec < 0 ? 6 : s->prec;
    /* A %f of a value below 16^-(prec+1) (so below half a unit of the last
     * place) prints as zero: skip the expensive exact expansion. */
    int tiny = (conv == 'f' || conv == 'F') && m &&
               e2 + 64 - __builtin_clzll(m) <= -4 * (prec + 1);
    if (m && !tiny)
        num_init(&n, m, e2);
    char e_char = upper ? 'E' : 'e';
    if (conv == 'e' || conv == 'E') {
        num_round(&n, prec + 1);
        out_fixed(o, s, sign, &n, 1, prec, prec > 0 || s->alt, e_char);
    } else if (conv == 'f' || conv == 'F') {
        if (!n.zero)
            num_round(&n, n.exp10 + 1 + prec);
        out_fixed(o, s, sign, &n, 0, prec, prec > 0 || s->alt, e_char);
    } else { /* g, G */
        if (prec == 0)
            prec = 1;
        long x0 = n.zero ? 0 : n.exp10;
        num_round(&n, prec);
        long x = n.zero ? 0 : n.exp10;
        int e_style = !(x < prec && x >= -4);
        long fprec = e_style ? prec - 1 : prec - 1 - x;
        /* glibc quirk: when rounding up pushes a value that was in fixed
         * range to x == prec, it keeps the fixed style's fraction length
         * (none) in exponent style, so "%#g" of 999999.5 is "1.e+06". */
        if (e_style && x0 == prec - 1 && x == prec)
            fprec = 0;
        if (!s->alt) { /* drop trailing zeros of the prec significant digits */
            long last = prec - 1;
            while (last > 0 && num_digit(&n, last) == 0)
                last--;
            fprec -= prec - 1 - last;
            if (fprec < 0)
                fprec = 0;
        }
        out_fixed(o, s, sign, &n, e_style, fprec, fprec > 0 || s->alt, e_char);
    }
}

/* Saturates rather than overflowing on absurd widths and precisions. */
static long parse_count(const char **f)
{
    long n = 0;
    for (; **f >= '0' && **f <= '9'; (*f)++)
        if (n <= INT_MAX)
            n = n * 10 + (**f - '0');
    return n;
}

static int format(struct out *o, const char *f, va_list ap)
{
    while (*f) {
        if (*f != '%') {
            out_byte(o, *f++);
            continue;
        }
        const char *start = f++;

        struct spec s = {0, 0, 0, 0, 0, 0, -1};
        for (;; f++) {
            if (*f == '-')
                s.left = 1;
            else if (*f == '+')
                s.plus = 1;
            else if (*f == ' ')
                s.space = 1;
            else if (*f == '#')
                s.alt = 1;
            else if (*f == '0')
                s.zero = 1;
            else if (*f != '\'' && *f != 'I') /* grouping, locale digits: no-ops in "C" */
                break;
        }
        if (*f == '*') {
            f++;
            s.width = va_arg(ap, int);
            if (s.width < 0) {
                s.left = 1;
                s.width = -s.width;
            }
        } else {
            s.width = parse_count(&f);
        }
        if (*f == '.') {
            f++;
            if (*f == '*') {
                f++;
                s.prec = va_arg(ap, int);
                if (s.prec < 0)
                    s.prec = -1;
            } else {
                s.prec = parse_count(&f);
            }
        }

        int len = LEN_INT;
        if (*f == 'h') {
            len = f[1] == 'h' ? LEN_HH : LEN_H;
            f += len == LEN_HH ? 2 : 1;
        } else if (*f == 'l' && f[1] == 'l') {
            len = LEN_LLONG;
            f += 2;
        } else if (*f == 'q' || *f == 'L') {
            len = LEN_LLONG;
            f++;
        } else if (*f == 'l' || *f == 'j' || *f == 'z' || *f == 'Z' || *f == 't') {
            len = LEN_LONG;
            f++;
        }

        char conv = *f;
        if (conv == '\0') { /* truncated spec: emit it verbatim */
            out_mem(o, start, (size_t)(f - start));
            break;
        }
        f++;
        if (conv == 'C' || conv == 'S') { /* glibc aliases for %lc, %ls */
            conv = conv == 'C' ? 'c' : 's';
            len = LEN_LONG;
        }
        int wide = len == LEN_LONG || len == LEN_LLONG;

        switch (conv) {
        case 'd':
        case 'i': {
            long long v = len == LEN_INT ? va_arg(ap, int)
                          : len == LEN_HH ? (signed char)va_arg(ap, int)
                          : len == LEN_H  ? (short)va_arg(ap, int)
                                          : va_arg(ap, long long);
            unsigned long long mag = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
            char sign = v < 0 ? '-' : s.plus ? '+' : s.space ? ' ' : 0;
            out_number(o, &s, mag, 10, conv, sign, 0);
            break;
        }
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            unsigned long long v = len == LEN_INT ? va_arg(ap, unsigned)
                                   : len == LEN_HH ? (unsigned char)va_arg(ap, unsigned)
                                   : len == LEN_H  ? (unsigned short)va_arg(ap, unsigned)
                                                   : va_arg(ap, unsigned long long);
            unsigned base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
            out_number(o, &s, v, base, conv, 0, base == 16 && s.alt && v);
            break;
        }
        case 'p': {
            void *p = va_arg(ap, void *);
            if (p) /* like %#lx, but glibc keeps the + and space flags */
                out_number(o, &s, (uintptr_t)p, 16, 'x', s.plus ? '+' : s.space ? ' ' : 0, 1);
            else
                out_str(o, &s, "(nil)", 0, 5);
            break;
        }
        case 'c':
            if (wide) {
                unsigned wc = va_arg(ap, unsigned); /* wint_t */
                if (wc > 0x7f)                      /* not encodable in the C locale */
                    goto encoding_error;
                char c = (char)wc;
                out_str(o, &s, &c, 0, 1);
            } else {
                char c = (char)va_arg(ap, int);
                out_str(o, &s, &c, 0, 1);
            }
            break;
        case 's': {
            const char *str = 0;
            const __WCHAR_TYPE__ *ws = 0;
            if (wide)
                ws = va_arg(ap, const __WCHAR_TYPE__ *);
            else
                str = va_arg(ap, const char *);
            if (!str && !ws) /* glibc prints "(null)" only when it fits the precision */
                str = s.prec < 0 || s.prec >= 6 ? "(null)" : "";
            size_t n = 0;
            while ((s.prec < 0 || n < (size_t)s.prec) && (str ? str[n] : ws[n])) {
                if (!str && (ws[n] < 0 || ws[n] > 0x7f))
                    goto encoding_error;
                n++;
            }
            out_str(o, &s, str, ws, n);
            break;
        }
        case 'n': {
            void *p = va_arg(ap, void *);
            if (len == LEN_HH)
                *(signed char *)p = (signed char)o->len;
            else if (len == LEN_H)
                *(short *)p = (short)o->len;
            else if (wide)
                *(long long *)p = (long long)o->len;
            else
                *(int *)p = (int)o->len;
            break;
        }
        case '%':
            out_byte(o, '%');
            break;
        case 'a':
        case 'A':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            out_float(o, &s, conv, ap, len == LEN_LLONG);
            break;
        default: /* unknown conversion: undefined behaviour, print verbatim */
            out_mem(o, start, (size_t)(f - start));
            break;
        }
    }
    if (o->len > INT_MAX) {
        errno = EOVERFLOW;
        return -1;
    }
    return (int)o->len;

encoding_error:
    errno = EILSEQ;
    return -1;
}

int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap)
{
    struct out o = {-1, buf, n ? n - 1 : 0, 0};
    int r = format(&o, fmt, ap);
    if (n)
        buf[o.len < o.cap ? o.len : o.cap] = '\0';
    return r;
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
    return vsnprintf(buf, SIZE_MAX, fmt, ap);
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
    struct out o = {f->fd, 0, 0, 0};
    return format(&o, fmt, ap);
}

int vprintf(const char *restrict fmt, va_list ap)
{
    struct out o = {1, 0, 0, 0};
    return format(&o, fmt, ap);
}

int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, SIZE_MAX, fmt, ap);
    va_end(ap);
    return r;
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(f, fmt, ap);
    va_end(ap);
    return r;
}

int printf(const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vprintf(fmt, ap);
    va_end(ap);
    return r;
}
