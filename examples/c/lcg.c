/* Scaling workload: N steps of a 64-bit linear congruential generator, N read from the
 * private input as a decimal number; commits the final state (8 bytes, little endian). */
#include <stdint.h>
#include <zkvm.h>

int main(void) {
    char buf[24] = {0};
    size_t len = zk_read(buf, sizeof buf - 1);
    uint64_t n = 0;
    for (size_t i = 0; i < len && buf[i] >= '0' && buf[i] <= '9'; i++)
        n = n * 10 + (uint64_t)(buf[i] - '0');
    uint64_t x = 1;
    for (uint64_t i = 0; i < n; i++)
        x = x * 6364136223846793005ull + 1442695040888963407ull;
    zk_commit(&x, sizeof x);
    return 0;
}
