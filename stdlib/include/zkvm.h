/* Public guest ABI. */
#ifndef ZKVM_H
#define ZKVM_H

#include <stddef.h>
#include <stdint.h>

/* Reads up to len bytes of private input; returns the number read, 0 at end. */
size_t zk_read(void *buf, size_t len);
/* Appends len bytes to the public journal. */
void zk_commit(const void *buf, size_t len);
/* Cycles the guest has executed so far: the difference of two readings is the exact
 * cost in cycles (trace rows) of the code between them, the call itself included. */
uint64_t zk_cycle_count(void);
/* Stops the guest with an exit code. */
void zk_exit(int code) __attribute__((noreturn));

#endif
