#include <stdio.h>
#include <stdint.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

static void print_u128(u128 v) {
    char buf[50];
    int i = 0;
    do { buf[i++] = '0' + (int)(v % 10); v /= 10; } while (v);
    while (i) putchar(buf[--i]);
}

static void print_i128(i128 v) {
    if (v < 0) { putchar('-'); print_u128(-(u128)v); } else print_u128((u128)v);
}

static volatile uint64_t seed = 12345;
static uint64_t rnd(void) { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; return seed; }

int main(void) {
    u128 a = ((u128)rnd() << 64) | rnd();
    u128 b = ((u128)rnd() << 64) | rnd();
    print_u128(a); putchar('\n');
    print_u128(b); putchar('\n');
    print_u128(a + b); putchar('\n');
    print_u128(a - b); putchar('\n');
    print_u128(a * b); putchar('\n');
    print_u128(a / (b >> 70)); putchar('\n');
    print_u128(a % (b >> 3)); putchar('\n');
    for (int s = 0; s < 128; s += 13) {
        print_u128(a << s); putchar(' ');
        print_u128(a >> s); putchar(' ');
        print_i128((i128)a >> s); putchar('\n');
    }
    i128 x = -(i128)a / 7, y = (i128)b % -1000000007;
    print_i128(x); putchar(' '); print_i128(y); putchar('\n');
    printf("%d %d %d %d\n", a < b, a > b, (i128)a < (i128)b, a == a);
    uint64_t p = rnd(), q = rnd();
    u128 m = (u128)p * q;
    printf("%llu %llu\n", (unsigned long long)(m >> 64), (unsigned long long)m);
    int64_t sp = (int64_t)p, sq = (int64_t)q;
    i128 sm = (i128)sp * sq;
    printf("%lld %llu\n", (long long)(sm >> 64), (unsigned long long)sm);
    return 0;
}
