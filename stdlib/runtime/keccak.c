/* Keccak-f[1600], Keccak-256 and SHA3-256 (FIPS 202), zkvm_keccak.h. Written so that
 * zkcc lowers every rotation to one `rotl` and every `~b & c` of the chi step to one
 * `andn`, with the 25 lanes in local variables: a round is then about 130 instructions
 * (theta 55, rho and pi 24, chi 50, iota 1). */
#include <string.h>
#include <zkvm_keccak.h>

static uint64_t rotl(uint64_t x, unsigned n) { return (x << n) | (x >> ((64 - n) & 63)); }

static const uint64_t RC[24] = {
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
    0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
};

/* chi on one row of five lanes, written back to the a's. */
#define CHI(a0, a1, a2, a3, a4, b0, b1, b2, b3, b4) \
    a0 = b0 ^ (~b1 & b2), a1 = b1 ^ (~b2 & b3), a2 = b2 ^ (~b3 & b4), a3 = b3 ^ (~b4 & b0), a4 = b4 ^ (~b0 & b1)

void zk_keccak_f1600(uint64_t s[25])
{
    uint64_t a00 = s[0], a10 = s[1], a20 = s[2], a30 = s[3], a40 = s[4];
    uint64_t a01 = s[5], a11 = s[6], a21 = s[7], a31 = s[8], a41 = s[9];
    uint64_t a02 = s[10], a12 = s[11], a22 = s[12], a32 = s[13], a42 = s[14];
    uint64_t a03 = s[15], a13 = s[16], a23 = s[17], a33 = s[18], a43 = s[19];
    uint64_t a04 = s[20], a14 = s[21], a24 = s[22], a34 = s[23], a44 = s[24];
    for (int round = 0; round < 24; round++) {
        /* theta */
        uint64_t c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04, c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
        uint64_t c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24, c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
        uint64_t c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
        uint64_t d0 = c4 ^ rotl(c1, 1), d1 = c0 ^ rotl(c2, 1), d2 = c1 ^ rotl(c3, 1);
        uint64_t d3 = c2 ^ rotl(c4, 1), d4 = c3 ^ rotl(c0, 1);
        /* rho and pi: lane (x, y) moves to (y, 2x + 3y) rotated by its offset; bXY is
         * the lane that lands at (X, Y). */
        uint64_t b00 = a00 ^ d0;
        uint64_t b10 = rotl(a11 ^ d1, 44), b20 = rotl(a22 ^ d2, 43), b30 = rotl(a33 ^ d3, 21);
        uint64_t b40 = rotl(a44 ^ d4, 14), b01 = rotl(a30 ^ d3, 28), b11 = rotl(a41 ^ d4, 20);
        uint64_t b21 = rotl(a02 ^ d0, 3), b31 = rotl(a13 ^ d1, 45), b41 = rotl(a24 ^ d2, 61);
        uint64_t b02 = rotl(a10 ^ d1, 1), b12 = rotl(a21 ^ d2, 6), b22 = rotl(a32 ^ d3, 25);
        uint64_t b32 = rotl(a43 ^ d4, 8), b42 = rotl(a04 ^ d0, 18), b03 = rotl(a40 ^ d4, 27);
        uint64_t b13 = rotl(a01 ^ d0, 36), b23 = rotl(a12 ^ d1, 10), b33 = rotl(a23 ^ d2, 15);
        uint64_t b43 = rotl(a34 ^ d3, 56), b04 = rotl(a20 ^ d2, 62), b14 = rotl(a31 ^ d3, 55);
        uint64_t b24 = rotl(a42 ^ d4, 39), b34 = rotl(a03 ^ d0, 41), b44 = rotl(a14 ^ d1, 2);
        /* chi, then iota */
        CHI(a00, a10, a20, a30, a40, b00, b10, b20, b30, b40);
        CHI(a01, a11, a21, a31, a41, b01, b11, b21, b31, b41);
        CHI(a02, a12, a22, a32, a42, b02, b12, b22, b32, b42);
        CHI(a03, a13, a23, a33, a43, b03, b13, b23, b33, b43);
        CHI(a04, a14, a24, a34, a44, b04, b14, b24, b34, b44);
        a00 ^= RC[round];
    }
    s[0] = a00, s[1] = a10, s[2] = a20, s[3] = a30, s[4] = a40;
    s[5] = a01, s[6] = a11, s[7] = a21, s[8] = a31, s[9] = a41;
    s[10] = a02, s[11] = a12, s[12] = a22, s[13] = a32, s[14] = a42;
    s[15] = a03, s[16] = a13, s[17] = a23, s[18] = a33, s[19] = a43;
    s[20] = a04, s[21] = a14, s[22] = a24, s[23] = a34, s[24] = a44;
}

/* The sponge with rate 136 bytes and a 32-byte output; `pad` is the domain byte. */
static void sponge256(const uint8_t *p, size_t len, uint8_t pad, uint8_t out[32])
{
    enum { RATE = 136 };
    uint64_t s[25] = {0};
    uint8_t block[RATE];
    for (;;) {
        size_t n = len < RATE ? len : RATE;
        memcpy(block, p, n);
        if (n < RATE) {
            /* The last block: the domain byte, zeros, and the final bit. */
            memset(block + n, 0, RATE - n);
            block[n] = pad;
            block[RATE - 1] |= 0x80;
        }
        for (int i = 0; i < RATE / 8; i++) {
            uint64_t lane;
            memcpy(&lane, block + 8 * i, 8);
            s[i] ^= lane;
        }
        zk_keccak_f1600(s);
        if (n < RATE)
            break;
        p += RATE, len -= RATE;
    }
    memcpy(out, s, 32);
}

void zk_keccak256(const void *data, size_t len, uint8_t out[32]) { sponge256(data, len, 0x01, out); }

void zk_sha3_256(const void *data, size_t len, uint8_t out[32]) { sponge256(data, len, 0x06, out); }
