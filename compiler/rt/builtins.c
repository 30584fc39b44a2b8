/* zkcc support routines: what LLVM IR may need beyond the zkvm instruction set.
 * Every definition is weak, so the C runtime (or the program) may provide its own;
 * zkcc drops the ones nothing calls. Compiled with -fno-builtin, so these loops are
 * never turned back into calls to themselves. */

typedef unsigned long size_t;
typedef unsigned long u64;
typedef unsigned __int128 u128;
typedef __int128 i128;

#define WEAK __attribute__((weak))

WEAK void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if ((((u64)d | (u64)s) & 7) == 0) {
        while (n >= 32) {
            u64 a = ((const u64 *)s)[0], b = ((const u64 *)s)[1];
            u64 c = ((const u64 *)s)[2], e = ((const u64 *)s)[3];
            ((u64 *)d)[0] = a;
            ((u64 *)d)[1] = b;
            ((u64 *)d)[2] = c;
            ((u64 *)d)[3] = e;
            d += 32;
            s += 32;
            n -= 32;
        }
        while (n >= 8) {
            *(u64 *)d = *(const u64 *)s;
            d += 8;
            s += 8;
            n -= 8;
        }
    }
    while (n--) *d++ = *s++;
    return dst;
}

WEAK void *memmove(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d == s || n == 0) return dst;
    if (d < s || d >= s + n) return memcpy(dst, src, n);
    /* Overlapping with dst after src: copy backwards. */
    d += n;
    s += n;
    if ((((u64)d | (u64)s) & 7) == 0) {
        while (n >= 8) {
            d -= 8;
            s -= 8;
            *(u64 *)d = *(const u64 *)s;
            n -= 8;
        }
    }
    while (n--) *--d = *--s;
    return dst;
}

WEAK void *memset(void *dst, int c, size_t n) {
    unsigned char *d = dst;
    u64 pattern = (u64)(unsigned char)c * 0x0101010101010101ull;
    while (n && ((u64)d & 7)) {
        *d++ = (unsigned char)c;
        n--;
    }
    while (n >= 32) {
        ((u64 *)d)[0] = pattern;
        ((u64 *)d)[1] = pattern;
        ((u64 *)d)[2] = pattern;
        ((u64 *)d)[3] = pattern;
        d += 32;
        n -= 32;
    }
    while (n >= 8) {
        *(u64 *)d = pattern;
        d += 8;
        n -= 8;
    }
    while (n--) *d++ = (unsigned char)c;
    return dst;
}

WEAK int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *p = a, *q = b;
    for (; n; n--, p++, q++)
        if (*p != *q) return *p < *q ? -1 : 1;
    return 0;
}

WEAK int bcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }

/* A division by zero the optimiser cannot see through: the machine traps. */
static u64 div_by_zero(void) {
    u64 zero = 0;
    __asm__("" : "+r"(zero));
    return 1 / zero;
}

static int clz64(u64 x) { return x ? __builtin_clzll(x) : 64; }

static int clz128(u128 x) {
    u64 hi = (u64)(x >> 64);
    return hi ? clz64(hi) : 64 + clz64((u64)x);
}

static u128 udivmod128(u128 a, u128 b, u128 *rem) {
    if (b == 0) {
        *rem = 0;
        return div_by_zero();
    }
    if ((u64)(a >> 64) == 0 && (u64)(b >> 64) == 0) {
        u64 x = (u64)a, y = (u64)b;
        *rem = x % y;
        return x / y;
    }
    if (b > a) {
        *rem = a;
        return 0;
    }
    int shift = clz128(b) - clz128(a);
    b <<= shift;
    u128 q = 0;
    for (int i = 0; i <= shift; i++) {
        q <<= 1;
        if (a >= b) {
            a -= b;
            q |= 1;
        }
        b >>= 1;
    }
    *rem = a;
    return q;
}

WEAK u128 __udivti3(u128 a, u128 b) {
    u128 r;
    return udivmod128(a, b, &r);
}

WEAK u128 __umodti3(u128 a, u128 b) {
    u128 r;
    udivmod128(a, b, &r);
    return r;
}

WEAK i128 __divti3(i128 a, i128 b) {
    int neg = (a < 0) != (b < 0);
    u128 ua = a < 0 ? -(u128)a : (u128)a;
    u128 ub = b < 0 ? -(u128)b : (u128)b;
    u128 r;
    u128 q = udivmod128(ua, ub, &r);
    return neg ? -(i128)q : (i128)q;
}

WEAK i128 __modti3(i128 a, i128 b) {
    u128 ua = a < 0 ? -(u128)a : (u128)a;
    u128 ub = b < 0 ? -(u128)b : (u128)b;
    u128 r;
    udivmod128(ua, ub, &r);
    return a < 0 ? -(i128)r : (i128)r;
}
