/* Demo guest: reads a decimal number n from the private input, walks its Collatz
 * sequence, prints the walk's statistics and commits "n steps peak" to the journal. */
#include <stdio.h>
#include <string.h>
#include <zkvm.h>

int main(void) {
    char buf[32] = {0};
    size_t len = zk_read(buf, sizeof buf - 1);
    unsigned long long n = 0;
    for (size_t i = 0; i < len && buf[i] >= '0' && buf[i] <= '9'; i++)
        n = n * 10 + (unsigned long long)(buf[i] - '0');
    if (n == 0) {
        fprintf(stderr, "expected a positive decimal number as input\n");
        return 1;
    }
    unsigned long long x = n, peak = n;
    unsigned steps = 0;
    while (x != 1) {
        x = (x & 1) ? 3 * x + 1 : x / 2;
        if (x > peak)
            peak = x;
        steps++;
    }
    printf("collatz(%llu): %u steps, peak %llu\n", n, steps, peak);
    char out[64];
    int k = snprintf(out, sizeof out, "%llu %u %llu", n, steps, peak);
    zk_commit(out, (size_t)k);
    return 0;
}
