#include <stdio.h>
#include <stdint.h>

static volatile uint64_t seed = 0x243F6A8885A308D3ull;
static uint64_t rnd(void) { seed ^= seed << 7; seed ^= seed >> 9; return seed; }

static uint32_t rotl32(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static uint64_t rotr64(uint64_t x, unsigned k) { return (x >> (k & 63)) | (x << ((64 - k) & 63)); }

int main(void) {
    uint64_t acc = 0;
    for (int i = 0; i < 100; i++) {
        uint64_t x = rnd() >> (i % 64);
        uint32_t y = (uint32_t)rnd();
        uint16_t h = (uint16_t)rnd();
        acc += __builtin_popcountll(x) + __builtin_popcount(y);
        if (x) acc += __builtin_clzll(x) * 3 + __builtin_ctzll(x) * 5;
        if (y) acc += __builtin_clz(y) * 7 + __builtin_ctz(y) * 11;
        acc ^= __builtin_bswap64(x) + __builtin_bswap32(y) + __builtin_bswap16(h);
        acc += rotl32(y, i % 31 + 1) + rotr64(x, (unsigned)i);
        acc += rotl32(y, 7) ^ rotl32(y, 13);
        acc = (acc << 1) | (acc >> 63);
    }
    printf("%llx\n", (unsigned long long)acc);
    uint32_t v = 0x12345678;
    printf("%x %x %x\n", __builtin_bswap32(v), rotl32(v, 8), __builtin_bitreverse32(v));
    return 0;
}
