#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static long sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, long);
    va_end(ap);
    return s;
}

static int mixed(const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int total = 0;
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': total += va_arg(ap, int); break;
        case 'l': total += (int)va_arg(ap, long long); break;
        case 's': total += (int)strlen(va_arg(ap, const char *)); break;
        case 'c': total += va_arg(ap, int) * 3; break;
        }
    }
    int first = va_arg(ap2, int);
    va_end(ap2);
    va_end(ap);
    return total * 100 + first;
}

struct pair { long a, b; };
static long pairs(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long s = 0;
    for (int i = 0; i < n; i++) { struct pair p = va_arg(ap, struct pair); s += p.a * 10 + p.b; }
    va_end(ap);
    return s;
}

static void vsay(const char *fmt, va_list ap) { vprintf(fmt, ap); }
static void say(const char *fmt, ...) { va_list ap; va_start(ap, fmt); vsay(fmt, ap); va_end(ap); }

int main(void) {
    printf("%ld\n", sum(5, 1L, 2L, 3L, 4L, 5L));
    printf("%ld\n", sum(0));
    printf("%d\n", mixed("ilsc", 7, 1LL << 40, "hello", 'A'));
    struct pair p1 = {1, 2}, p2 = {3, 4};
    printf("%ld\n", pairs(2, p1, p2));
    say("%s %d %u %x %c %ld %lld %llu %lu %%\n", "str", -42, 42u, 0xbeefu, 'z', -1L, -123456789012LL, 18446744073709551615ULL, 99UL);
    say("[%5d] [%-5d] [%05d] [%x] [%08lx]\n", 42, 42, 42, 255, 0xabcdefUL);
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%d-%s-%c", 12, "ab", 'q');
    printf("%d %s\n", n, buf);
    return 0;
}
