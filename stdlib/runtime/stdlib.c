/* Process control, integer helpers and string-to-integer conversion. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <zkvm.h>
#include <zkvm_builtins.h>

_Static_assert(sizeof(long) == sizeof(long long), "LP64: long functions forward to long long");

/* Synthesised by zkcc from llvm.global_dtors (empty when there are none). */
void __zkcc_run_dtors(void);

void exit(int code)
{
    __zkcc_run_dtors();
    zk_exit(code);
}

void abort(void)
{
    __zkvm_trap(ZKVM_TRAP_ABORT);
}

int abs(int n)
{
    return n < 0 ? -n : n;
}

long labs(long n)
{
    return n < 0 ? -n : n;
}

long long llabs(long long n)
{
    return n < 0 ? -n : n;
}

static unsigned digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    if ((c | 32) >= 'a' && (c | 32) <= 'z')
        return (unsigned)((c | 32) - 'a' + 10);
    return 36;
}

/* Common part of the strto* functions: parses an optionally signed integer
 * and returns its magnitude, saturated at ULLONG_MAX (*overflow set then). */
static unsigned long long scan(const char *nptr, char **end, int base, int *negative,
                               int *overflow)
{
    const char *s = nptr;
    *negative = *overflow = 0;
    if (base < 0 || base == 1 || base > 36) {
        errno = EINVAL;
        if (end)
            *end = (char *)nptr;
        return 0;
    }
    while (isspace((unsigned char)*s))
        s++;
    if (*s == '-' || *s == '+')
        *negative = *s++ == '-';
    /* "0x" is a prefix only if a hex digit follows; otherwise the number
     * is the 0 and parsing stops at the x. */
    if ((base == 0 || base == 16) && s[0] == '0' && (s[1] | 32) == 'x' && digit_value(s[2]) < 16) {
        s += 2;
        base = 16;
    } else if (base == 0) {
        base = s[0] == '0' ? 8 : 10;
    }

    unsigned long long acc = 0, cutoff = ULLONG_MAX / (unsigned)base;
    unsigned cutlim = (unsigned)(ULLONG_MAX % (unsigned)base);
    const char *digits = s;
    for (unsigned d; (d = digit_value(*s)) < (unsigned)base; s++) {
        if (acc > cutoff || (acc == cutoff && d > cutlim))
            *overflow = 1;
        else
            acc = acc * (unsigned)base + d;
    }
    if (end)
        *end = (char *)(s == digits ? nptr : s);
    return *overflow ? ULLONG_MAX : acc;
}

long long strtoll(const char *restrict s, char **restrict end, int base)
{
    int negative, overflow;
    unsigned long long m = scan(s, end, base, &negative, &overflow);
    unsigned long long limit = negative ? (unsigned long long)LLONG_MAX + 1 : LLONG_MAX;
    if (overflow || m > limit) {
        errno = ERANGE;
        return negative ? LLONG_MIN : LLONG_MAX;
    }
    return negative ? (long long)(0 - m) : (long long)m;
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
    int negative, overflow;
    unsigned long long m = scan(s, end, base, &negative, &overflow);
    if (overflow) {
        errno = ERANGE;
        return ULLONG_MAX;
    }
    return negative ? 0 - m : m;
}

long strtol(const char *restrict s, char **restrict end, int base)
{
    return strtoll(s, end, base);
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
    return strtoull(s, end, base);
}

/* Like glibc: a truncating strtol, so out-of-range input also sets errno. */
int atoi(const char *s)
{
    return (int)strtol(s, NULL, 10);
}

long atol(const char *s)
{
    return strtol(s, NULL, 10);
}

long long atoll(const char *s)
{
    return strtoll(s, NULL, 10);
}
