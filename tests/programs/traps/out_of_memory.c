/* Allocates 1 MiB blocks, touching each, until the heap runs out: the guest must stop
 * with an out-of-memory trap (malloc never returns NULL), not corrupt memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    for (unsigned long n = 1;; n++) {
        char *p = malloc(1 << 20);
        memset(p, (int)n, 64);
        if (n % 64 == 0) printf("%lu MiB\n", n);
    }
}
