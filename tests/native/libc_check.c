/* Differential and stress test of the runtime's non-printf parts against the
 * host glibc: ctype (functions and glibc's table ABI), strto*, rand, qsort,
 * bsearch, string.h, and the allocator (run on a private heap defined by
 * run_checks.sh). Run from the repository root:
 *     sh tests/native/run_checks.sh
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N(a) (sizeof(a) / sizeof *(a))

/* Runtime symbols, renamed by rename.h. */
int *zt___errno_location(void);
const unsigned short **zt___ctype_b_loc(void);
const int32_t **zt___ctype_tolower_loc(void);
const int32_t **zt___ctype_toupper_loc(void);
int zt_isalnum(int), zt_isalpha(int), zt_isblank(int), zt_iscntrl(int), zt_isdigit(int),
    zt_isgraph(int), zt_islower(int), zt_isprint(int), zt_ispunct(int), zt_isspace(int),
    zt_isupper(int), zt_isxdigit(int), zt_tolower(int), zt_toupper(int);
long zt_strtol(const char *, char **, int);
unsigned long zt_strtoul(const char *, char **, int);
long long zt_strtoll(const char *, char **, int);
unsigned long long zt_strtoull(const char *, char **, int);
int zt_atoi(const char *);
long zt_atol(const char *);
long long zt_atoll(const char *);
int zt_abs(int);
long zt_labs(long);
long long zt_llabs(long long);
int zt_rand(void);
void zt_srand(unsigned);
void zt_qsort(void *, size_t, size_t, int (*)(const void *, const void *));
void *zt_bsearch(const void *, const void *, size_t, size_t, int (*)(const void *, const void *));
void *zt_memcpy(void *, const void *, size_t);
void *zt_memmove(void *, const void *, size_t);
void *zt_memset(void *, int, size_t);
int zt_memcmp(const void *, const void *, size_t);
int zt_bcmp(const void *, const void *, size_t);
void *zt_memchr(const void *, int, size_t);
size_t zt_strlen(const char *);
size_t zt_strnlen(const char *, size_t);
int zt_strcmp(const char *, const char *);
int zt_strncmp(const char *, const char *, size_t);
char *zt_strcpy(char *, const char *);
char *zt_stpcpy(char *, const char *);
char *zt_strncpy(char *, const char *, size_t);
char *zt_strcat(char *, const char *);
char *zt_strncat(char *, const char *, size_t);
char *zt_strchr(const char *, int);
char *zt_strrchr(const char *, int);
char *zt_strstr(const char *, const char *);
char *zt_strpbrk(const char *, const char *);
size_t zt_strspn(const char *, const char *);
size_t zt_strcspn(const char *, const char *);
char *zt_strtok(char *, const char *);
char *zt_strdup(const char *);
char *zt_strndup(const char *, size_t);
void *zt_malloc(size_t);
void *zt_calloc(size_t, size_t);
void *zt_realloc(void *, size_t);
void zt_free(void *);
void *zt_aligned_alloc(size_t, size_t);
int zt_posix_memalign(void **, size_t, size_t);

/* The heap the allocator manages; run_checks.sh points __heap_start and
 * __heap_end at its ends (keep the size in sync there). */
#define HEAP_SIZE (16u << 20)
__attribute__((aligned(16))) char zt_heap[HEAP_SIZE];

/* Host stand-ins for the VM primitives the runtime objects reference. */
static jmp_buf trap_env;
static int trap_expected;

void __zkvm_trap(int kind)
{
    if (!trap_expected) {
        fprintf(stderr, "FAIL: unexpected trap %d\n", kind);
        abort();
    }
    longjmp(trap_env, kind);
}

void __zkvm_write_byte(int fd, int byte)
{
    (void)fd;
    (void)byte;
}

void zk_exit(int code)
{
    exit(code);
}

static long cases, failures;

#define EXPECT(cond, ...)                           \
    do {                                            \
        cases++;                                    \
        if (!(cond) && ++failures <= 40) {          \
            printf("FAIL %s:%d: ", __func__, __LINE__); \
            printf(__VA_ARGS__);                    \
            printf("\n");                           \
        }                                           \
    } while (0)

static int sign(int x)
{
    return (x > 0) - (x < 0);
}

/* Deterministic test data (independent of both rand implementations). */
static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint32_t next_random(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 16);
}

static void check_ctype(void)
{
    static int (*const theirs[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit,
                                         isgraph, islower, isprint, ispunct, isspace,
                                         isupper, isxdigit, tolower, toupper};
    static int (*const ours[])(int) = {zt_isalnum, zt_isalpha, zt_isblank, zt_iscntrl,
                                       zt_isdigit, zt_isgraph, zt_islower, zt_isprint,
                                       zt_ispunct, zt_isspace, zt_isupper, zt_isxdigit,
                                       zt_tolower, zt_toupper};
    for (int c = -128; c < 256; c++) {
        for (size_t f = 0; f < N(ours); f++)
            EXPECT(ours[f](c) == theirs[f](c), "ctype function %zu of %d: %d vs %d", f, c,
                   ours[f](c), theirs[f](c));
        EXPECT((*zt___ctype_b_loc())[c] == (*__ctype_b_loc())[c], "class table %d", c);
        EXPECT((*zt___ctype_tolower_loc())[c] == (*__ctype_tolower_loc())[c], "tolower table %d", c);
        EXPECT((*zt___ctype_toupper_loc())[c] == (*__ctype_toupper_loc())[c], "toupper table %d", c);
    }
}

static void check_strto(void)
{
    static const char *const inputs[] = {
        "0", "42", "-42", "+42", "  \t\n 17xyz", "", "   ", "-", "+", "0x", "0x1f", "0X1F", "-0x1f",
        "0xg", "0x 1", "012", "08", "-012", "z", "Zz", "1010", "0b101", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "-18446744073709551615",
        "-18446744073709551616", "99999999999999999999999999", "2147483647", "2147483648",
        "-2147483649", "4294967296", "0777777777777777777777", "01777777777777777777777",
        "02000000000000000000000", "zzzzzzzzzzzzz", "1y", "7fffffffffffffff", "ffffffffffffffff",
        "10000000000000000", "\v+5", "++5", "- 5", "0009", "1e5",
    };
    static const int bases[] = {0, 2, 8, 10, 16, 36, 1, 37, -1, 3, 7, 35};
    for (size_t i = 0; i < N(inputs); i++)
        for (size_t b = 0; b < N(bases); b++) {
            const char *s = inputs[i];
            int base = bases[b];
            /* e1 is reset to s before each glibc call: for an invalid base
             * glibc leaves *end alone while the runtime sets it to s (C
             * leaves it unspecified). */
            char *e1, *e2;

            errno = 0, *zt___errno_location() = 0;
            e1 = (char *)s;
            long long v1 = strtoll(s, &e1, base), v2 = zt_strtoll(s, &e2, base);
            EXPECT(v1 == v2 && e1 == e2 && errno == *zt___errno_location(),
                   "strtoll(\"%s\", %d): %lld/%td/%d vs %lld/%td/%d", s, base, v1, e1 - s, errno,
                   v2, e2 - s, *zt___errno_location());

            errno = 0, *zt___errno_location() = 0;
            e1 = (char *)s;
            unsigned long long u1 = strtoull(s, &e1, base), u2 = zt_strtoull(s, &e2, base);
            EXPECT(u1 == u2 && e1 == e2 && errno == *zt___errno_location(),
                   "strtoull(\"%s\", %d): %llu/%td/%d vs %llu/%td/%d", s, base, u1, e1 - s, errno,
                   u2, e2 - s, *zt___errno_location());

            errno = 0, *zt___errno_location() = 0;
            e1 = (char *)s;
            long l1 = strtol(s, &e1, base), l2 = zt_strtol(s, &e2, base);
            EXPECT(l1 == l2 && e1 == e2 && errno == *zt___errno_location(), "strtol(\"%s\", %d)",
                   s, base);

            errno = 0, *zt___errno_location() = 0;
            e1 = (char *)s;
            unsigned long ul1 = strtoul(s, &e1, base), ul2 = zt_strtoul(s, &e2, base);
            EXPECT(ul1 == ul2 && e1 == e2 && errno == *zt___errno_location(),
                   "strtoul(\"%s\", %d)", s, base);

            EXPECT(zt_strtol(s, NULL, base) == strtol(s, NULL, base), "strtol NULL end");
        }
    for (size_t i = 0; i < N(inputs); i++) {
        EXPECT(zt_atoi(inputs[i]) == atoi(inputs[i]), "atoi(\"%s\")", inputs[i]);
        EXPECT(zt_atol(inputs[i]) == atol(inputs[i]), "atol(\"%s\")", inputs[i]);
        EXPECT(zt_atoll(inputs[i]) == atoll(inputs[i]), "atoll(\"%s\")", inputs[i]);
    }
    EXPECT(zt_abs(-5) == 5 && zt_abs(5) == 5 && zt_labs(-LONG_MAX) == LONG_MAX &&
               zt_llabs(-7) == 7,
           "abs");
}

/* rand before any srand must behave as srand(1) in both, so this runs first. */
static void check_rand(void)
{
    for (int i = 0; i < 100; i++) {
        int a = rand(), b = zt_rand();
        EXPECT(a == b, "unseeded rand #%d: %d vs %d", i, a, b);
    }
    static const unsigned seeds[] = {0, 1, 2, 42, 12345, 0x7fffffff, 0x80000000, 0xfffffffe,
                                     0xffffffff, 127773, 2147483647u};
    for (size_t s = 0; s < N(seeds); s++) {
        srand(seeds[s]);
        zt_srand(seeds[s]);
        for (int i = 0; i < 1000; i++) {
            int a = rand(), b = zt_rand();
            EXPECT(a == b, "seed %u rand #%d: %d vs %d", seeds[s], i, a, b);
            if (a != b)
                break;
        }
    }
}

struct item {
    int key;
    int index;
    char pad[5]; /* odd element size */
};

static int cmp_item(const void *a, const void *b)
{
    const struct item *x = a, *y = b;
    return (x->key > y->key) - (x->key < y->key);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void check_sort(void)
{
    static struct item mine[600], ref[600];
    for (int round = 0; round < 400; round++) {
        size_t n = round < 40 ? (size_t)round : next_random() % 600;
        int range = 1 + (int)(next_random() % (round % 3 ? 10 : 100000));
        for (size_t i = 0; i < n; i++) {
            mine[i].key = (int)(next_random() % (unsigned)range);
            mine[i].index = (int)i;
            memset(mine[i].pad, (int)i, sizeof mine[i].pad);
            ref[i] = mine[i];
        }
        qsort(ref, n, sizeof *ref, cmp_item);
        zt_qsort(mine, n, sizeof *mine, cmp_item);
        EXPECT(memcmp(mine, ref, n * sizeof *mine) == 0, "qsort round %d (n=%zu) differs", round, n);
        for (size_t i = 1; i < n; i++)
            if (mine[i - 1].key == mine[i].key && mine[i - 1].index > mine[i].index) {
                EXPECT(0, "qsort not stable, round %d", round);
                break;
            }
    }

    int sorted[300];
    for (int i = 0; i < 300; i++)
        sorted[i] = 3 * i;
    for (size_t n = 0; n <= 300; n += (n < 10 ? 1 : 37))
        for (int key = -2; key < 3 * (int)n + 3; key++) {
            int *a = bsearch(&key, sorted, n, sizeof *sorted, cmp_int);
            int *b = zt_bsearch(&key, sorted, n, sizeof *sorted, cmp_int);
            EXPECT(a == b, "bsearch n=%zu key=%d", n, key);
        }
}

static void random_string(char *s, size_t len, const char *alphabet)
{
    size_t k = strlen(alphabet);
    for (size_t i = 0; i < len; i++)
        s[i] = alphabet[next_random() % k];
    s[len] = '\0';
}

#define OFF(p, base) ((p) ? (long)((p) - (base)) : -1L)

static void check_string(void)
{
    /* Copies and fills at every alignment, overlapping or not; guard bytes
     * catch writes outside the range. */
    static unsigned char src[256], want[256], got[256];
    for (size_t i = 0; i < sizeof src; i++)
        src[i] = (unsigned char)(i * 7 + 3);
    for (size_t d = 0; d < 17; d++)
        for (size_t s = 0; s < 17; s++)
            for (size_t n = 0; n < 90; n++) {
                memset(want, 0xaa, sizeof want);
                memset(got, 0xaa, sizeof got);
                memcpy(want + 64 + d, src + s, n);
                zt_memcpy(got + 64 + d, src + s, n);
                EXPECT(!memcmp(want, got, sizeof got), "memcpy d=%zu s=%zu n=%zu", d, s, n);

                memcpy(want, src, sizeof want);
                memcpy(got, src, sizeof got);
                memmove(want + 64 + d, want + 64 + s, n);
                zt_memmove(got + 64 + d, got + 64 + s, n);
                EXPECT(!memcmp(want, got, sizeof got), "memmove d=%zu s=%zu n=%zu", d, s, n);

                memset(want + 64 + d, (int)(s + 0x100 * n), n);
                zt_memset(got + 64 + d, (int)(s + 0x100 * n), n);
                EXPECT(!memcmp(want, got, sizeof got), "memset d=%zu n=%zu", d, n);
            }

    /* Comparisons: equal prefixes of varying length, then one difference. */
    for (size_t a = 0; a < 9; a++)
        for (size_t b = 0; b < 9; b++)
            for (size_t n = 0; n < 40; n++)
                for (int diff = -1; diff < (int)n; diff += 3) {
                    unsigned char x[64], y[64];
                    memcpy(x + a, src, n);
                    memcpy(y + b, src, n);
                    if (diff >= 0)
                        y[b + (size_t)diff] ^= (diff & 1) ? 0x80 : 0x01;
                    EXPECT(sign(zt_memcmp(x + a, y + b, n)) == sign(memcmp(x + a, y + b, n)),
                           "memcmp a=%zu b=%zu n=%zu diff=%d", a, b, n, diff);
                    EXPECT(!zt_bcmp(x + a, y + b, n) == !memcmp(x + a, y + b, n), "bcmp");
                }

    char s1[80], s2[80], w[200], g[200];
    for (int round = 0; round < 20000; round++) {
        size_t l1 = next_random() % 40, l2 = next_random() % 6;
        const char *alpha = round & 1 ? "ab" : "abc\xe9\x80";
        random_string(s1, l1, alpha);
        random_string(s2, l2, alpha);
        size_t n = next_random() % 45;
        int c = (int)(unsigned char)alpha[next_random() % strlen(alpha)];
        if (round % 7 == 0)
            c = 0;
        if (round % 11 == 0)
            c |= 0x100; /* only the low byte counts */

        EXPECT(zt_strlen(s1) == strlen(s1) && zt_strnlen(s1, n) == strnlen(s1, n), "strlen");
        EXPECT(sign(zt_strcmp(s1, s2)) == sign(strcmp(s1, s2)), "strcmp \"%s\" \"%s\"", s1, s2);
        EXPECT(sign(zt_strncmp(s1, s2, n)) == sign(strncmp(s1, s2, n)), "strncmp");
        EXPECT(OFF(zt_strchr(s1, c), s1) == OFF(strchr(s1, c), s1), "strchr");
        EXPECT(OFF(zt_strrchr(s1, c), s1) == OFF(strrchr(s1, c), s1), "strrchr");
        EXPECT(OFF((char *)zt_memchr(s1, c, n), s1) == OFF((char *)memchr(s1, c, n), s1),
               "memchr");
        EXPECT(OFF(zt_strstr(s1, s2), s1) == OFF(strstr(s1, s2), s1), "strstr \"%s\" \"%s\"", s1,
               s2);
        EXPECT(zt_strspn(s1, s2) == strspn(s1, s2) && zt_strcspn(s1, s2) == strcspn(s1, s2),
               "strspn/strcspn");
        EXPECT(OFF(zt_strpbrk(s1, s2), s1) == OFF(strpbrk(s1, s2), s1), "strpbrk");

        memset(w, 'x', sizeof w);
        memset(g, 'x', sizeof g);
        EXPECT(zt_stpcpy(g, s1) - g == stpcpy(w, s1) - w, "stpcpy");
        zt_strcpy(g + 100, s2);
        strcpy(w + 100, s2);
        zt_strcat(g, s2);
        strcat(w, s2);
        zt_strncat(g + 100, s1, n);
        strncat(w + 100, s1, n);
        zt_strncpy(g + 150, s1, n);
        strncpy(w + 150, s1, n);
        EXPECT(!memcmp(w, g, sizeof w), "strcpy/strcat/strncat/strncpy");

        char *d1 = zt_strdup(s1), *d2 = zt_strndup(s1, n);
        EXPECT(!strcmp(d1, s1) && strlen(d2) == strnlen(s1, n) && !strncmp(d2, s1, n), "strdup");
        zt_free(d1);
        zt_free(d2);
    }

    static const char *const tok_inputs[] = {"a,b,,c", ",,x,,", "", ",,,", "one", "a b\tc  "};
    for (size_t i = 0; i < N(tok_inputs); i++) {
        char a[32], b[32];
        strcpy(a, tok_inputs[i]);
        strcpy(b, tok_inputs[i]);
        const char *delim = i == 5 ? " \t" : ",";
        char *p = strtok(a, delim), *q = zt_strtok(b, delim);
        for (int k = 0; k < 6; k++) {
            EXPECT(OFF(p, a) == OFF(q, b), "strtok \"%s\" token %d", tok_inputs[i], k);
            p = strtok(NULL, delim);
            q = zt_strtok(NULL, delim);
        }
    }
}

/* Allocator stress: random malloc/calloc/realloc/aligned_alloc/free with
 * every live block filled with its own pattern, so overlaps and lost data
 * show up; afterwards the whole heap must be allocatable again, which only
 * works if every freed byte was coalesced back. */
struct block {
    unsigned char *p;
    size_t size;
    unsigned char tag;
};

static int intact(const struct block *b)
{
    for (size_t i = 0; i < b->size; i++)
        if (b->p[i] != (unsigned char)(b->tag + i))
            return 0;
    return 1;
}

static void fill(struct block *b)
{
    for (size_t i = 0; i < b->size; i++)
        b->p[i] = (unsigned char)(b->tag + i);
}

static size_t random_size(void)
{
    uint32_t r = next_random();
    switch (r % 8) {
    case 0:
        return 0;
    case 1:
    case 2:
    case 3:
        return r % 64;
    case 4:
    case 5:
        return r % 1024;
    case 6:
        return r % 16384;
    default:
        return r % 200000;
    }
}

static void check_malloc(void)
{
    /* First, while the heap is still mostly fresh: memory dirtied by a block
     * that grew into the unallocated tail and was freed again must be
     * cleared by calloc. */
    unsigned char *grown = zt_realloc(zt_malloc(100), 100000);
    memset(grown, 0xff, 100000);
    zt_free(grown);
    unsigned char *zeroed = zt_calloc(100000, 1);
    for (size_t i = 0; i < 100000; i++)
        if (zeroed[i]) {
            EXPECT(0, "calloc returned stale data at offset %zu", i);
            break;
        }
    zt_free(zeroed);

    static struct block blocks[500];
    char *lo = zt_heap, *hi = zt_heap + HEAP_SIZE;
    for (int step = 0; step < 200000; step++) {
        struct block *b = &blocks[next_random() % N(blocks)];
        uint32_t op = next_random() % 10;
        if (b->p) {
            EXPECT(intact(b), "block data lost (step %d)", step);
            if (op < 5) {
                zt_free(b->p);
                b->p = NULL;
                continue;
            }
            size_t size = random_size();
            if (size == 0)
                size = 1; /* realloc(p, 0) frees */
            unsigned char *p = zt_realloc(b->p, size);
            for (size_t i = 0; i < (size < b->size ? size : b->size); i++)
                EXPECT(p[i] == (unsigned char)(b->tag + i), "realloc lost data (step %d)", step);
            b->p = p;
            b->size = size;
        } else {
            b->size = random_size();
            if (op < 5) {
                b->p = zt_malloc(b->size);
            } else if (op < 8) {
                b->p = zt_calloc(1 + b->size / 8, 8);
                for (size_t i = 0; i < (1 + b->size / 8) * 8; i++)
                    EXPECT(b->p[i] == 0, "calloc memory not zeroed");
            } else {
                size_t align = (size_t)32 << (next_random() % 8);
                if (op == 8) {
                    b->p = zt_aligned_alloc(align, b->size);
                } else {
                    void *p = NULL;
                    EXPECT(zt_posix_memalign(&p, align, b->size) == 0, "posix_memalign");
                    b->p = p;
                }
                EXPECT(((uintptr_t)b->p & (align - 1)) == 0, "misaligned to %zu", align);
            }
        }
        EXPECT(b->p && ((uintptr_t)b->p & 15) == 0, "payload not 16-byte aligned");
        EXPECT((char *)b->p >= lo && (char *)b->p + b->size <= hi, "block outside the heap");
        b->tag = (unsigned char)next_random();
        fill(b);
    }
    for (size_t i = 0; i < N(blocks); i++) {
        if (blocks[i].p) {
            EXPECT(intact(&blocks[i]), "block data lost at the end");
            zt_free(blocks[i].p);
            blocks[i].p = NULL;
        }
    }

    /* Traps, failing the run, unless every freed byte was merged back. */
    zt_free(zt_malloc(HEAP_SIZE - 64));

    int kind;
    trap_expected = 1;
    if ((kind = setjmp(trap_env)) == 0) {
        zt_malloc(HEAP_SIZE);
        EXPECT(0, "oversized malloc did not trap");
    } else {
        EXPECT(kind == 3, "oversized malloc trapped with %d", kind);
    }
    if ((kind = setjmp(trap_env)) == 0) {
        zt_calloc(SIZE_MAX / 2, 4);
        EXPECT(0, "overflowing calloc did not trap");
    } else {
        EXPECT(kind == 3, "overflowing calloc trapped with %d", kind);
    }
    if ((kind = setjmp(trap_env)) == 0) {
        void *p = zt_malloc(10);
        zt_free(p);
        zt_free(p);
        EXPECT(0, "double free did not trap");
    } else {
        EXPECT(kind == 1, "double free trapped with %d", kind);
    }
    trap_expected = 0;

    EXPECT(zt_realloc(zt_malloc(5), 0) == NULL, "realloc(p, 0)");
    EXPECT(zt_aligned_alloc(24, 8) == NULL && *zt___errno_location() == EINVAL,
           "aligned_alloc bad alignment");
    void *p;
    EXPECT(zt_posix_memalign(&p, 4, 8) == EINVAL, "posix_memalign bad alignment");
    zt_free(zt_malloc(HEAP_SIZE - 64));
}

/* zkcc synthesises this for every guest (global destructors, run by exit); the host
 * build of the runtime has none. */
void __zkcc_run_dtors(void);
void __zkcc_run_dtors(void) {}

int main(void)
{
    check_rand();
    check_ctype();
    check_strto();
    check_sort();
    check_string();
    check_malloc();
    printf("libc_check: %ld checks, %ld failures\n", cases, failures);
    return failures != 0;
}
