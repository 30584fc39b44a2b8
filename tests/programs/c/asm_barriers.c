// Empty and comment-only inline asm: compiler barriers that must be identity.
#include <stdio.h>

static long tied(long x, long y) {
    __asm__("" : "+r"(x) : "r"(y));
    return x;
}

static long tied_two(long a, long b, long c) {
    __asm__("" : "+r"(a), "+r"(b) : "r"(c));
    return a * 1000 + b;
}

static int comment_barrier(int v) {
    int out;
    __asm__("/* %0 */" : "=&r"(out) : "0"(v));
    return out;
}

static unsigned long hash_comment(unsigned long v) {
    __asm__("# barrier %0" : "+r"(v));
    return v * 31;
}

static long opaque_mem(long *p) {
    __asm__ volatile("" : : "r"(p) : "memory");
    return *p + 1;
}

int main(void) {
    volatile long a = 7, b = 11, c = 13;
    printf("tied %ld\n", tied(a, b));
    printf("tied_two %ld\n", tied_two(a, b, c));
    printf("comment %d\n", comment_barrier((int)c));
    printf("hash %lu\n", hash_comment((unsigned long)b));
    long m = 41;
    printf("mem %ld\n", opaque_mem(&m));
    return 0;
}
