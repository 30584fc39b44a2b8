#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static double bitsd(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static float bitsf(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

static uint64_t state = 0x123456789abcdefull;
static uint64_t rnd(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }

static const uint64_t specials[] = {
    0, 0x8000000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull,
    1, 0x000fffffffffffffull, 0x0010000000000000ull, 0x3ff0000000000000ull, 0xbff0000000000000ull,
    0x7fefffffffffffffull, 0x3fe0000000000000ull, 0x4000000000000000ull, 0x4330000000000000ull,
    0x43e0000000000000ull, 0xc3e0000000000000ull, 0x3ff8000000000000ull, 0x400c000000000000ull,
};

static double pick(void) {
    uint64_t r = rnd();
    switch (r % 5) {
    case 0: return bitsd(specials[(r >> 8) % (sizeof specials / sizeof specials[0])]);
    case 1: return (double)(int64_t)(rnd() % 2001) - 1000.0 + (double)(r >> 60) * 0.25;
    case 2: return bitsd(rnd() & 0x800fffffffffffffull); /* subnormal */
    default: return bitsd(rnd());
    }
}

static uint64_t h = 0;
static void mix(uint64_t v) { h = (h ^ v) * 0x100000001b3ull; }

int main(void) {
    for (int i = 0; i < 3000; i++) {
        double a = pick(), b = pick();
        volatile double va = a, vb = b;
        a = va; b = vb;
        mix(dbits(a + b)); mix(dbits(a - b)); mix(dbits(a * b)); mix(dbits(a / b));
        mix(dbits(__builtin_sqrt(a))); mix(dbits(__builtin_fabs(a)));
        mix((a < b) | (a <= b) << 1 | (a == b) << 2 | (a != b) << 3 | (a > b) << 4 | (a >= b) << 5);
        mix(__builtin_isnan(a) | __builtin_isinf(b) << 1 | __builtin_isunordered(a, b) << 2);
        mix(dbits(__builtin_floor(a))); mix(dbits(__builtin_ceil(a))); mix(dbits(__builtin_trunc(a)));
        mix(dbits(__builtin_round(a))); mix(dbits(__builtin_rint(a)));
        mix(dbits(__builtin_fmin(a, b))); mix(dbits(__builtin_fmax(a, b)));
        mix(dbits(__builtin_copysign(a, b)));
        if (a == a && __builtin_fabs(a) < 9.0e18) mix((uint64_t)(int64_t)a);
        if (a == a && a >= 0 && a < 1.8e19) mix((uint64_t)a);
        int64_t n = (int64_t)rnd() >> (rnd() % 64);
        mix(dbits((double)n)); mix(dbits((double)(uint64_t)n)); mix(fbits((float)n)); mix(fbits((float)(uint64_t)n));
        mix(dbits((double)(int32_t)n)); mix(fbits((float)(int32_t)n));
        float fa = (float)a, fb = (float)b;
        mix(fbits(fa)); mix(dbits((double)fa));
        mix(fbits(fa + fb)); mix(fbits(fa - fb)); mix(fbits(fa * fb)); mix(fbits(fa / fb));
        mix(fbits(__builtin_sqrtf(fa))); mix(fbits(__builtin_floorf(fa))); mix((fa < fb) | (fa == fb) << 1);
        if (fa == fa && __builtin_fabsf(fa) < 2.0e9f) mix((uint64_t)(int32_t)fa);
        if (i % 300 == 0) printf("%d %llx\n", i, (unsigned long long)h);
    }
    double x = 1.0;
    for (int i = 0; i < 100; i++) x = x * 1.1 + 0.3 / (x + 1.0);
    printf("%llx %llx\n", (unsigned long long)h, (unsigned long long)dbits(x));
    return 0;
}
