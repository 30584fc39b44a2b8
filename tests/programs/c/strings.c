/* string.h, sprintf/snprintf, malloc/realloc/free reuse, globals with pointer initialisers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *names[] = {"delta", "alpha", "charlie", "bravo", "echo"};
static const char **cursor = &names[2];
static char greeting[32] = "hello";

static int cmp(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

int main(void) {
    const char *sorted[5];
    memcpy(sorted, names, sizeof names);
    qsort(sorted, 5, sizeof sorted[0], cmp);
    for (int i = 0; i < 5; i++)
        printf("%d:%s(%zu) ", i, sorted[i], strlen(sorted[i]));
    printf("\ncursor -> %s\n", *cursor);
    strcat(greeting, ", world");
    printf("%s|%.3s|%10s|%-10s|\n", greeting, greeting, "right", "left");
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%s-%d-%x-%c", "id", -17, 0xbeefu, 'Z');
    printf("%s (%d)\n", buf, n);
    n = snprintf(buf, 8, "%s", "truncate me");
    printf("%s (%d)\n", buf, n);
    printf("%d %d %s %s\n", strcmp("abc", "abd") < 0, strncmp("abc", "abd", 2), strchr("hello", 'l'),
           strstr("needle in haystack", "hay"));
    char *s = NULL;
    size_t len = 0;
    for (int i = 0; i < 50; i++) {
        s = realloc(s, len + 4);
        len += (size_t)sprintf(s + len, "%d,", i % 10);
    }
    printf("%zu %.20s\n", len, s);
    free(s);
    /* Freed memory must be reused: many short-lived allocations stay within a small heap. */
    unsigned long first = 0, reused = 0;
    for (int i = 0; i < 1000; i++) {
        void *p = malloc(100);
        unsigned long a = (unsigned long)p;
        if (i == 0)
            first = a;
        reused += a == first;
        free(p);
    }
    printf("reused %s\n", reused > 900 ? "yes" : "no");
    return 0;
}
