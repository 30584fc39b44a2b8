/* Reads the whole input with zk_read in requests of changing sizes (1 to 64 bytes, so
 * that the runtime's eight-byte chunks meet the end of the input at every offset) and
 * prints what each request returned, a checksum of the bytes, and whether a request
 * wrote past what it returned. */
#include <stdio.h>
#include <string.h>
#include <zkvm.h>

int main(void)
{
    static const size_t sizes[] = {1, 8, 3, 16, 13, 64, 7, 9, 2, 24};
    unsigned char buf[64 + 8];
    unsigned long sum = 0;
    int overwrites = 0;
    for (int k = 0;; k++) {
        size_t want = sizes[k % (sizeof sizes / sizeof sizes[0])];
        memset(buf, 0xa5, sizeof buf);
        size_t got = zk_read(buf, want);
        for (size_t i = got; i < sizeof buf; i++)
            overwrites += buf[i] != 0xa5;
        for (size_t i = 0; i < got; i++)
            sum = sum * 31 + buf[i];
        printf("%zu/%zu ", got, want);
        if (got < want)
            break;
    }
    /* The end of the input stays the end. */
    size_t again = zk_read(buf, 8);
    printf("\nsum %lu, overwrites %d, after the end %zu\n", sum, overwrites, again);
    return 0;
}
