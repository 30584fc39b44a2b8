/* 64-bit and narrow integer arithmetic, signed and unsigned, with printf. */
#include <stdio.h>
#include <stdint.h>

static volatile uint64_t seed = 0x9e3779b97f4a7c15ull;

static uint64_t next(void) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return seed;
}

int main(void) {
    uint64_t acc = 0;
    for (int i = 0; i < 200; i++) {
        uint64_t a = next(), b = next() | 1;
        int64_t sa = (int64_t)a, sb = (int64_t)b >> (i % 60);
        if (sb == 0)
            sb = -3;
        acc += a / b + a % b + (a * b) + (a >> (i % 64)) + (a << (i % 64));
        acc ^= (uint64_t)(sa / sb) + (uint64_t)(sa % sb) + (uint64_t)(sa >> (i % 63));
        acc += (a < b) + (sa < sb) * 2 + (a == b) * 4;
        uint32_t x = (uint32_t)a, y = (uint32_t)b;
        int32_t sx = (int32_t)x, sy = (int32_t)y | 1;
        acc += (uint64_t)(x * y) + x / y + (uint64_t)(sx / sy) + (uint64_t)(int64_t)(sx % sy);
        uint8_t c = (uint8_t)a;
        int8_t sc = (int8_t)b;
        int16_t sh = (int16_t)(a >> 16);
        acc += (uint64_t)(c * 3u) + (uint64_t)(int64_t)sc + (uint64_t)(int64_t)sh;
        if (i % 40 == 0)
            printf("i=%d a=%llu b=%llx sa=%lld acc=%016llx x=%u sx=%d c=%hhu sc=%hhd sh=%hd\n", i,
                   (unsigned long long)a, (unsigned long long)b, (long long)sa, (unsigned long long)acc,
                   x, sx, c, sc, sh);
    }
    printf("final %llu %lld %x %o %5d|%-5d|%05d|%+d\n", (unsigned long long)acc, (long long)acc,
           (unsigned)acc, (unsigned)(acc >> 40), 42, 42, 42, 42);
    return (int)(acc & 0x7f);
}
