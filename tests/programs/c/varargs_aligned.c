// Over-aligned variadic arguments around the point where registers run out: an
// aligned(16) struct that clang passes as two integer registers while they last and
// in memory (16-aligned) after, an aligned(32) struct in memory, __int128 when one
// register is left, long double, and more doubles than there are SSE registers.
// (A zkcc regression: va_arg read the aligned struct 8 bytes off.)
#include <stdarg.h>
#include <stdio.h>

struct pair16 { long long a, b; } __attribute__((aligned(16)));
struct quad32 { double a, b, c, d; } __attribute__((aligned(32)));

__attribute__((noinline)) static void ints_then_pair(int skip, ...) {
    va_list ap;
    va_start(ap, skip);
    long long sum = 0;
    for (int i = 0; i < skip; i++)
        sum += va_arg(ap, int);
    struct pair16 p = va_arg(ap, struct pair16);
    int after = va_arg(ap, int);
    va_end(ap);
    printf("pair after %d ints: %lld %lld, after %d, sum %lld\n", skip, p.a, p.b, after, sum);
}

__attribute__((noinline)) static void doubles_then_quad(int skip, ...) {
    va_list ap;
    va_start(ap, skip);
    double sum = 0;
    for (int i = 0; i < skip; i++)
        sum += va_arg(ap, double);
    struct quad32 q = va_arg(ap, struct quad32);
    double after = va_arg(ap, double);
    va_end(ap);
    printf("quad after %d doubles: %g %g %g %g, after %g, sum %g\n", skip, q.a, q.b, q.c, q.d, after, sum);
}

__attribute__((noinline)) static void ints_then_wide(int skip, ...) {
    va_list ap;
    va_start(ap, skip);
    for (int i = 0; i < skip; i++)
        (void)va_arg(ap, long);
    __int128 w = va_arg(ap, __int128);
    long next = va_arg(ap, long);
    long double ld = va_arg(ap, long double);
    long last = va_arg(ap, long);
    va_end(ap);
    unsigned long long hi = (unsigned long long)(w >> 64), lo = (unsigned long long)w;
    printf("wide after %d longs: %llx:%llx, next %ld, ld %.3Lf, last %ld\n", skip, hi, lo, next, ld, last);
}

int main(void) {
    struct pair16 p = {0x1111, -0x2222};
    struct quad32 q = {1.25, 2.5, 3.75, 5.0};
    volatile __int128 w = ((__int128)0x0123456789abcdefLL << 64) | 0x0fedcba987654321LL;
    ints_then_pair(0, p, 7);
    ints_then_pair(1, 1, p, 7);
    ints_then_pair(3, 1, 2, 3, p, 7);
    ints_then_pair(4, 1, 2, 3, 4, p, 7);
    ints_then_pair(5, 1, 2, 3, 4, 5, p, 7);
    ints_then_pair(7, 1, 2, 3, 4, 5, 6, 7, p, 7);
    doubles_then_quad(0, q, 9.5);
    doubles_then_quad(3, 0.5, 1.5, 2.5, q, 9.5);
    doubles_then_quad(8, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, q, 9.5);
    doubles_then_quad(9, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, q, 9.5);
    for (int skip = 0; skip <= 6; skip++) {
        switch (skip) {
        case 0: ints_then_wide(0, w, 10L, 2.5L, 11L); break;
        case 1: ints_then_wide(1, 0L, w, 10L, 2.5L, 11L); break;
        case 2: ints_then_wide(2, 0L, 0L, w, 10L, 2.5L, 11L); break;
        case 3: ints_then_wide(3, 0L, 0L, 0L, w, 10L, 2.5L, 11L); break;
        case 4: ints_then_wide(4, 0L, 0L, 0L, 0L, w, 10L, 2.5L, 11L); break;
        case 5: ints_then_wide(5, 0L, 0L, 0L, 0L, 0L, w, 10L, 2.5L, 11L); break;
        default: ints_then_wide(6, 0L, 0L, 0L, 0L, 0L, 0L, w, 10L, 2.5L, 11L); break;
        }
    }
    return 0;
}
