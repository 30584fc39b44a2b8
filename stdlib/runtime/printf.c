/* printf family. Integer, character, string and pointer conversions are
 * byte-identical to glibc in the C locale, flags and odd combinations
 * included; tests/native/printf_check.c diffs them against the host glibc. */
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

/* Skips a floating-point vararg without touching float types by stepping the
 * SysV x86-64 va_list exactly as clang's va_arg lowering does: doubles come
 * from the 16-byte SSE register slots until the save area (176 bytes) is
 * used up, then from the stack; long doubles always come from the stack,
 * 16-byte aligned. */
static void skip_float_arg(va_list ap, int long_double)
{
    if (long_double) {
        uintptr_t p = ((uintptr_t)ap->overflow_arg_area + 15) & ~(uintptr_t)15;
        ap->overflow_arg_area = (void *)(p + 16);
    } else if (ap->fp_offset <= 160) {
        ap->fp_offset += 16;
    } else {
        ap->overflow_arg_area = (char *)ap->overflow_arg_area + 8;
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
            /* Floating point conversions arrive with soft-float support;
             * until then the spec is printed verbatim and its argument
             * skipped so that later arguments still line up. */
            skip_float_arg(ap, len == LEN_LLONG);
            out_mem(o, start, (size_t)(f - start));
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
