#include <stdio.h>
#include <stdint.h>

static volatile uint32_t seed = 7;
static uint32_t rnd(void) { seed = seed * 1103515245u + 12345u; return seed; }

int main(void) {
    int64_t acc = 0;
    for (int i = 0; i < 300; i++) {
        int8_t a = (int8_t)rnd(), b = (int8_t)rnd();
        uint8_t ua = (uint8_t)rnd(), ub = (uint8_t)rnd() | 1;
        int16_t c = (int16_t)rnd(), d = (int16_t)(rnd() | 1);
        uint16_t uc = (uint16_t)rnd(), ud = (uint16_t)(rnd() | 1);
        int32_t e = (int32_t)rnd(), f = (int32_t)(rnd() | 1);
        acc += (a < b) + (ua < ub) * 2 + (c < d) * 4 + (uc < ud) * 8 + (e < f) * 16;
        acc += (a <= b) + (c >= d) + (e > f) + (ua >= ub) + (uc <= ud);
        acc += (int8_t)(a + b) + (int8_t)(a * b) + (uint8_t)(ua - ub) + ua / ub + ua % ub;
        if (b != 0 && !(a == -128 && b == -1)) acc += a / b + a % b;
        acc += (int16_t)(c * d) + c / d + c % d + uc / ud + (uint16_t)(uc * ud);
        acc += e / f + e % f + (e >> (i % 31)) + (int32_t)((uint32_t)e >> (i % 31)) + (int32_t)((uint32_t)e << (i % 31));
        acc += (a >> 3) + (c >> 5) + (int8_t)(a << 2) + (int16_t)(c << 3);
        acc ^= acc << 3;
        char ch = (char)rnd();
        acc += (ch > 'a') + (signed char)ch;
    }
    printf("%lld\n", (long long)acc);
    unsigned short us = 65535; us++;
    signed char sc = 127; sc++;
    printf("%u %d\n", us, sc);
    return 0;
}
