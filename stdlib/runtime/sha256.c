/* SHA-256 (FIPS 180-4), zkvm_sha256.h. Written so that zkcc lowers each of Σ0, Σ1, σ0
 * and σ1 to one instruction (it recognises the xor of the three rotates and shifts of
 * one word), and with the 64 rounds unrolled: the working variables then rename from
 * round to round instead of being copied, the round constants become immediates and
 * the message schedule lives in registers. */
#include <string.h>
#include <zkvm_sha256.h>

static uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

#define SUM0(x) (rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22))
#define SUM1(x) (rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25))
#define SIG0(x) (rotr(x, 7) ^ rotr(x, 18) ^ ((x) >> 3))
#define SIG1(x) (rotr(x, 17) ^ rotr(x, 19) ^ ((x) >> 10))
#define CH(x, y, z) ((z) ^ ((x) & ((y) ^ (z))))
/* x ^ y here is y ^ z of the next round, where x and y have moved on to y and z. */
#define MAJ(x, y, z) ((y) ^ (((x) ^ (y)) & ((y) ^ (z))))

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static const uint32_t H0[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

/* A word load and a byte swap rather than four bytes or-ed together: LLVM would narrow
 * the or under σ1's shift, hiding that it shifts the same word it rotates. */
static uint32_t load_be32(const uint8_t *p)
{
    uint32_t x;
    __builtin_memcpy(&x, p, sizeof x);
    return __builtin_bswap32(x);
}

static void store_be32(uint8_t *p, uint32_t x)
{
    p[0] = (uint8_t)(x >> 24), p[1] = (uint8_t)(x >> 16), p[2] = (uint8_t)(x >> 8), p[3] = (uint8_t)x;
}

/* Round i on the working variables as named in that round (d and h are updated); the
 * schedule word w[i mod 16] is read from the block in rounds 0-15, then extended in
 * place. */
#define ROUND(a, b, c, d, e, f, g, h, i)                                                   \
    do {                                                                                   \
        if ((i) < 16)                                                                      \
            w[i] = load_be32(block + 4 * (i));                                             \
        else                                                                               \
            w[(i) & 15] += SIG1(w[((i) - 2) & 15]) + w[((i) - 7) & 15] + SIG0(w[((i) - 15) & 15]); \
        uint32_t t1 = h + SUM1(e) + CH(e, f, g) + K[i] + w[(i) & 15];                      \
        d += t1;                                                                           \
        h = t1 + SUM0(a) + MAJ(a, b, c);                                                   \
    } while (0)

#define ROUND8(i)                                  \
    ROUND(a, b, c, d, e, f, g, h, (i) + 0);        \
    ROUND(h, a, b, c, d, e, f, g, (i) + 1);        \
    ROUND(g, h, a, b, c, d, e, f, (i) + 2);        \
    ROUND(f, g, h, a, b, c, d, e, (i) + 3);        \
    ROUND(e, f, g, h, a, b, c, d, (i) + 4);        \
    ROUND(d, e, f, g, h, a, b, c, (i) + 5);        \
    ROUND(c, d, e, f, g, h, a, b, (i) + 6);        \
    ROUND(b, c, d, e, f, g, h, a, (i) + 7)

void zk_sha256_compress(uint32_t state[8], const uint8_t block[64])
{
    uint32_t w[16];
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    ROUND8(0);
    ROUND8(8);
    ROUND8(16);
    ROUND8(24);
    ROUND8(32);
    ROUND8(40);
    ROUND8(48);
    ROUND8(56);
    state[0] += a, state[1] += b, state[2] += c, state[3] += d;
    state[4] += e, state[5] += f, state[6] += g, state[7] += h;
}

void zk_sha256(const void *data, size_t len, uint8_t out[32])
{
    const uint8_t *p = data;
    uint32_t state[8];
    memcpy(state, H0, sizeof state);
    size_t left = len;
    for (; left >= 64; left -= 64, p += 64)
        zk_sha256_compress(state, p);
    /* The padding: 0x80, zeros, the message length in bits (big-endian), in one block
     * or, when fewer than 9 bytes are free, two. */
    uint8_t tail[128] = {0};
    memcpy(tail, p, left);
    tail[left] = 0x80;
    size_t end = left + 9 <= 64 ? 64 : 128;
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++)
        tail[end - 1 - i] = (uint8_t)(bits >> (8 * i));
    zk_sha256_compress(state, tail);
    if (end == 128)
        zk_sha256_compress(state, tail + 64);
    for (int i = 0; i < 8; i++)
        store_be32(out + 4 * i, state[i]);
}
