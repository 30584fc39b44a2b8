/* string.h. The build passes -fno-builtin, so clang does not turn these loops
 * back into calls to memcpy/memset (which would recurse). The names of the
 * definitions are parenthesised: string.h maps calls to them to clang's builtins. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Bulk copies and fills move 8-byte words where alignment allows: every VM
 * instruction counts towards the proof, and this cuts the work about 8x.
 * may_alias makes the word accesses legal on memory of any type. */
typedef uint64_t __attribute__((__may_alias__)) word;
#define WORD sizeof(word)

/* Keeps the copy and fill loops scalar: -O2 would otherwise vectorize them,
 * and the VM has no vector instructions for vector IR to map onto. */
#define SCALAR _Pragma("clang loop vectorize(disable)")

static int same_alignment(const void *a, const void *b)
{
    return (((uintptr_t)a ^ (uintptr_t)b) & (WORD - 1)) == 0;
}

/* Ascending copy; also correct for overlapping buffers with dst < src. */
static void copy_up(unsigned char *d, const unsigned char *s, size_t n)
{
    if (same_alignment(d, s)) {
        for (; n && ((uintptr_t)d & (WORD - 1)); n--)
            *d++ = *s++;
        SCALAR
        for (; n >= WORD; n -= WORD, d += WORD, s += WORD)
            *(word *)d = *(const word *)s;
    }
    SCALAR
    for (; n; n--)
        *d++ = *s++;
}

void *(memcpy)(void *restrict dst, const void *restrict src, size_t n)
{
    copy_up(dst, src, n);
    return dst;
}

void *mempcpy(void *restrict dst, const void *restrict src, size_t n)
{
    copy_up(dst, src, n);
    return (unsigned char *)dst + n;
}

void *(memmove)(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d <= s || d >= s + n) {
        copy_up(d, s, n);
        return dst;
    }
    /* Overlap with dst above src: copy descending. */
    d += n;
    s += n;
    if (same_alignment(d, s)) {
        for (; n && ((uintptr_t)d & (WORD - 1)); n--)
            *--d = *--s;
        SCALAR
        for (; n >= WORD; n -= WORD) {
            d -= WORD;
            s -= WORD;
            *(word *)d = *(const word *)s;
        }
    }
    SCALAR
    for (; n; n--)
        *--d = *--s;
    return dst;
}

void *(memset)(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    for (; n && ((uintptr_t)d & (WORD - 1)); n--)
        *d++ = (unsigned char)c;
    word w = (unsigned char)c * (word)0x0101010101010101;
    SCALAR
    for (; n >= WORD; n -= WORD, d += WORD)
        *(word *)d = w;
    SCALAR
    for (; n; n--)
        *d++ = (unsigned char)c;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    /* Skip equal words, then find the differing byte one at a time. */
    if (same_alignment(p, q)) {
        for (; n && ((uintptr_t)p & (WORD - 1)); n--, p++, q++)
            if (*p != *q)
                return *p - *q;
        for (; n >= WORD && *(const word *)p == *(const word *)q; n -= WORD)
            p += WORD, q += WORD;
    }
    for (; n; n--, p++, q++)
        if (*p != *q)
            return *p - *q;
    return 0;
}

/* clang emits bcmp for memcmp results only compared against zero. */
int bcmp(const void *a, const void *b, size_t n)
{
    return memcmp(a, b, n);
}

void *memchr(const void *s, int c, size_t n)
{
    const unsigned char *p = s;
    for (; n; n--, p++)
        if (*p == (unsigned char)c)
            return (void *)p;
    return NULL;
}

size_t strlen(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t max)
{
    size_t n = 0;
    while (n < max && s[n])
        n++;
    return n;
}

int strcmp(const char *a, const char *b)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    while (*p && *p == *q)
        p++, q++;
    return *p - *q;
}

int strncmp(const char *a, const char *b, size_t n)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    for (; n; n--, p++, q++)
        if (*p != *q || !*p)
            return *p - *q;
    return 0;
}

char *stpcpy(char *restrict dst, const char *restrict src)
{
    while ((*dst = *src++))
        dst++;
    return dst;
}

char *strcpy(char *restrict dst, const char *restrict src)
{
    stpcpy(dst, src);
    return dst;
}

char *strncpy(char *restrict dst, const char *restrict src, size_t n)
{
    size_t i = 0;
    for (; i < n && src[i]; i++)
        dst[i] = src[i];
    memset(dst + i, 0, n - i);
    return dst;
}

char *strcat(char *restrict dst, const char *restrict src)
{
    stpcpy(dst + strlen(dst), src);
    return dst;
}

char *strncat(char *restrict dst, const char *restrict src, size_t n)
{
    char *d = dst + strlen(dst);
    for (; n && *src; n--)
        *d++ = *src++;
    *d = '\0';
    return dst;
}

char *strchr(const char *s, int c)
{
    for (;; s++) {
        if (*s == (char)c)
            return (char *)s;
        if (!*s)
            return NULL;
    }
}

char *strrchr(const char *s, int c)
{
    const char *last = NULL;
    for (;; s++) {
        if (*s == (char)c)
            last = s;
        if (!*s)
            return (char *)last;
    }
}

char *strstr(const char *haystack, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return (char *)haystack;
    for (; *haystack; haystack++)
        if (*haystack == *needle && strncmp(haystack, needle, n) == 0)
            return (char *)haystack;
    return NULL;
}

size_t strspn(const char *s, const char *accept)
{
    size_t n = 0;
    while (s[n] && strchr(accept, s[n]))
        n++;
    return n;
}

size_t strcspn(const char *s, const char *reject)
{
    size_t n = 0;
    while (s[n] && !strchr(reject, s[n]))
        n++;
    return n;
}

char *strpbrk(const char *s, const char *accept)
{
    s += strcspn(s, accept);
    return *s ? (char *)s : NULL;
}

char *strtok(char *restrict s, const char *restrict delim)
{
    static char *next;
    if (!s)
        s = next;
    if (!s)
        return NULL;
    s += strspn(s, delim);
    if (!*s) {
        next = NULL;
        return NULL;
    }
    char *end = s + strcspn(s, delim);
    if (*end)
        *end++ = '\0';
    else
        end = NULL;
    next = end;
    return s;
}

char *strndup(const char *s, size_t n)
{
    n = strnlen(s, n);
    char *d = malloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *strdup(const char *s)
{
    return strndup(s, SIZE_MAX);
}
