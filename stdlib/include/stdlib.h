#ifndef ZK_STDLIB_H
#define ZK_STDLIB_H

#include <stddef.h>
#include <alloca.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647

/* Running out of heap traps the guest instead of returning NULL. NULL only
 * comes from realloc(p, 0), which frees p as in glibc, and from
 * aligned_alloc with an alignment that is not a power of two. */
void *malloc(size_t n);
void *calloc(size_t count, size_t size);
void *realloc(void *p, size_t n);
void free(void *p);
void *aligned_alloc(size_t align, size_t n);
int posix_memalign(void **out, size_t align, size_t n);

__attribute__((noreturn)) void abort(void);
__attribute__((noreturn)) void exit(int code);

int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
long strtol(const char *__restrict s, char **__restrict end, int base);
unsigned long strtoul(const char *__restrict s, char **__restrict end, int base);
long long strtoll(const char *__restrict s, char **__restrict end, int base);
unsigned long long strtoull(const char *__restrict s, char **__restrict end, int base);

int abs(int n);
long labs(long n);
long long llabs(long long n);

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t n, size_t size,
              int (*cmp)(const void *, const void *));

/* Same sequence as glibc's rand for every seed. */
int rand(void);
void srand(unsigned seed);

#endif
