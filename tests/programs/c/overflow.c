#include <stdio.h>
#include <stdint.h>
#include <limits.h>

static volatile int64_t seed = 99;
static int64_t rnd(void) { seed = seed * 2862933555777941757LL + 3037000493LL; return seed; }

int main(void) {
    long cnt = 0, acc = 0;
    for (int i = 0; i < 200; i++) {
        int64_t a = rnd(), b = rnd() >> (i % 63);
        int32_t x = (int32_t)a, y = (int32_t)(b >> 3);
        uint32_t ux = (uint32_t)a, uy = (uint32_t)b;
        uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
        int64_t r; int32_t r32; uint32_t u32; uint64_t u64; uint8_t u8; int16_t i16;
        cnt += __builtin_add_overflow(a, b, &r); acc += r;
        cnt += __builtin_sub_overflow(a, b, &r); acc += r;
        cnt += __builtin_mul_overflow(a, b, &r); acc += r;
        cnt += __builtin_add_overflow(x, y, &r32); acc += r32;
        cnt += __builtin_mul_overflow(x, y, &r32); acc += r32;
        cnt += __builtin_sub_overflow(x, y, &r32); acc += r32;
        cnt += __builtin_add_overflow(ux, uy, &u32); acc += u32;
        cnt += __builtin_mul_overflow(ux, uy, &u32); acc += u32;
        cnt += __builtin_sub_overflow(ux, uy, &u32); acc += u32;
        cnt += __builtin_add_overflow(ua, ub, &u64); acc += (int64_t)u64;
        cnt += __builtin_mul_overflow(ua, ub, &u64); acc += (int64_t)u64;
        cnt += __builtin_sub_overflow(ua, ub, &u64); acc += (int64_t)u64;
        cnt += __builtin_add_overflow((uint8_t)a, (uint8_t)b, &u8); acc += u8;
        cnt += __builtin_mul_overflow((int16_t)a, (int16_t)b, &i16); acc += i16;
        acc += (a < b ? a : b) + (ux > uy ? ux : uy);
        acc += (a < 0 ? -(uint64_t)a : (uint64_t)a) + (x < 0 ? -(uint32_t)x : (uint32_t)x);
    }
    printf("%ld %ld\n", cnt, acc);
    return 0;
}
