#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }

struct tree { int key; struct tree *l, *r; };
static struct tree *insert(struct tree *t, int k) {
    if (!t) { t = malloc(sizeof *t); t->key = k; t->l = t->r = 0; return t; }
    if (k < t->key) t->l = insert(t->l, k); else t->r = insert(t->r, k);
    return t;
}
static int height(struct tree *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static long total(struct tree *t) { return t ? t->key + total(t->l) + total(t->r) : 0; }
static void release(struct tree *t) { if (t) { release(t->l); release(t->r); free(t); } }

int main(void) {
    int n = 200;
    int *v = malloc(n * sizeof *v);
    unsigned s = 1;
    for (int i = 0; i < n; i++) { s = s * 1664525u + 1013904223u; v[i] = (int)(s >> 8) % 1000 - 500; }
    qsort(v, n, sizeof *v, cmp_int);
    for (int i = 0; i < n; i += 20) printf("%d ", v[i]);
    printf("\n");
    struct tree *t = 0;
    for (int i = 0; i < n; i++) t = insert(t, v[(i * 37) % n]);
    printf("h=%d total=%ld\n", height(t), total(t));
    release(t);
    char *str = calloc(10, 1);
    strcpy(str, "abc");
    str = realloc(str, 100);
    strcat(str, "defghij");
    printf("%s %d\n", str, (int)strlen(str));
    free(str);
    free(v);
    printf("%d %ld %s\n", atoi("-1234"), strtol("ff", 0, 16), strchr("hello", 'l'));
    return 0;
}
