/* LCG loop, the computation of the Miden workload `lcg_loop.masm`: x = x*1664525 +
 * 1013904223 (mod 2^32); acc = (acc + (x >> 7)) ^ i for i in 0..N, from x = 1, acc = 0.
 * N is a little-endian u32 from the private input; commits x and acc (u32 each, LE). */
#include <stdint.h>
#include <zkvm.h>

int main(void) {
    uint32_t n = 0;
    if (zk_read(&n, sizeof n) != sizeof n)
        return 1;
    uint32_t x = 1, acc = 0;
    for (uint32_t i = 0; i < n; i++) {
        x = x * 1664525u + 1013904223u;
        acc = (acc + (x >> 7)) ^ i;
    }
    uint32_t out[2] = {x, acc};
    zk_commit(out, sizeof out);
    return 0;
}
