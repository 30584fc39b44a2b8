/* Sorting and searching. */
#include <stdlib.h>
#include <string.h>

/* Bottom-up merge sort: iterative, O(n log n) and stable. glibc's qsort is a
 * merge sort too, so elements that compare equal end up in the same order
 * as in a native run, which keeps differential tests meaningful. */
void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n < 2 || !size)
        return;
    char *src = base, *dst = malloc(n * size), *spare = dst;
    for (size_t run = 1; run < n; run *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * run) {
            size_t mid = lo + run < n ? lo + run : n;
            size_t hi = mid + run < n ? mid + run : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                /* Take from the right run only if strictly smaller: stability. */
                size_t from = cmp(src + j * size, src + i * size) < 0 ? j++ : i++;
                memcpy(dst + k++ * size, src + from * size, size);
            }
            memcpy(dst + k * size, src + i * size, (mid - i) * size);
            k += mid - i;
            memcpy(dst + k * size, src + j * size, (hi - j) * size);
        }
        char *t = src;
        src = dst;
        dst = t;
    }
    if (src != base)
        memcpy(base, src, n * size);
    free(spare);
}

void *bsearch(const void *key, const void *base, size_t n, size_t size,
              int (*cmp)(const void *, const void *))
{
    const char *lo = base;
    while (n) {
        const char *mid = lo + (n / 2) * size;
        int c = cmp(key, mid);
        if (c == 0)
            return (void *)mid;
        if (c > 0) {
            lo = mid + size;
            n -= n / 2 + 1;
        } else {
            n /= 2;
        }
    }
    return NULL;
}
