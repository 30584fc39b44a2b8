/* SHA-256 chain, the computation of the Miden workload `sha_chain.masm`: d = SHA-256(d || d)
 * N times, starting from d = the SHA-256 initial hash value. N is a little-endian u32 from
 * the private input; commits the final d (32 bytes, big-endian words as SHA-256 writes them). */
#include <stdint.h>
#include <string.h>
#include <zkvm.h>

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

static uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

/* Round t with the working variables named as they are in that round: unrolled by eight,
 * the names come back where they started, so no round copies the eight variables. */
#define ROUND(a, b, c, d, e, f, g, h, t)                                                       \
    do {                                                                                       \
        uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]; \
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c)); \
        d += t1;                                                                               \
        h = t1 + t2;                                                                           \
    } while (0)

/* One compression of the 16-word block `m` into the state `h`. */
static void compress(uint32_t h[8], const uint32_t m[16]) {
    uint32_t w[64];
    memcpy(w, m, 16 * sizeof *w);
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int t = 0; t < 64; t += 8) {
        ROUND(a, b, c, d, e, f, g, k, t);
        ROUND(k, a, b, c, d, e, f, g, t + 1);
        ROUND(g, k, a, b, c, d, e, f, t + 2);
        ROUND(f, g, k, a, b, c, d, e, t + 3);
        ROUND(e, f, g, k, a, b, c, d, t + 4);
        ROUND(d, e, f, g, k, a, b, c, t + 5);
        ROUND(c, d, e, f, g, k, a, b, t + 6);
        ROUND(b, c, d, e, f, g, k, a, t + 7);
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += k;
}

int main(void) {
    uint32_t n = 0;
    if (zk_read(&n, sizeof n) != sizeof n)
        return 1;
    uint32_t d[8];
    memcpy(d, H0, sizeof d);
    /* The message d || d is one 64-byte block; the padding of a 512-bit message is a
     * second block: 0x80, zeros, the bit length 512. */
    static const uint32_t pad[16] = {0x80000000u, [15] = 512};
    for (uint32_t i = 0; i < n; i++) {
        uint32_t block[16], h[8];
        memcpy(block, d, sizeof d);
        memcpy(block + 8, d, sizeof d);
        memcpy(h, H0, sizeof h);
        compress(h, block);
        compress(h, pad);
        memcpy(d, h, sizeof d);
    }
    uint8_t out[32];
    for (int i = 0; i < 8; i++) {
        out[4 * i] = (uint8_t)(d[i] >> 24);
        out[4 * i + 1] = (uint8_t)(d[i] >> 16);
        out[4 * i + 2] = (uint8_t)(d[i] >> 8);
        out[4 * i + 3] = (uint8_t)d[i];
    }
    zk_commit(out, sizeof out);
    return 0;
}
