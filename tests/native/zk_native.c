/* Native stand-in for the guest ABI (zkvm.h), for differential testing: a
 * guest's .ll compiled natively and linked with this file and glibc reads
 * its private input from stdin and writes its journal to the file named by
 * $ZK_JOURNAL (discarded when unset). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static FILE *journal;

/* Opened before main so that a guest committing nothing still leaves an
 * (empty) journal to compare. */
__attribute__((constructor)) static void open_journal(void)
{
    const char *path = getenv("ZK_JOURNAL");
    if (path && !(journal = fopen(path, "wb"))) {
        perror(path);
        exit(125);
    }
}

/* Like the VM: fills buf completely unless the input ends first. */
size_t zk_read(void *buf, size_t len)
{
    size_t n = 0;
    while (n < len) {
        ssize_t r = read(0, (char *)buf + n, len - n);
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    return n;
}

void zk_commit(const void *buf, size_t len)
{
    if (journal && fwrite(buf, 1, len, journal) != len) {
        perror("ZK_JOURNAL");
        exit(125);
    }
}

void zk_exit(int code)
{
    exit(code);
}

/* Rust guests are built with panic=abort, yet the IR of `core`/`alloc` still names
 * Rust's personality routine in its (never taken) `invoke`s. */
__attribute__((weak)) void rust_eh_personality(void)
{
    abort();
}
