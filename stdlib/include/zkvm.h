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

/* Cycle spans: `zkvm run --profile` shows the cycles between zkvm_span_begin("parse") and
 * the matching zkvm_span_end() as a frame `span:parse`, nested in the calling function
 * (and in open spans). A marker is one `write` to a descriptor the executor ignores, so it
 * costs about two cycles, changes nothing that is proven, and is free when not profiling.
 * Spans nest; a return from the function that opened a span closes it. The name is read
 * when the span begins (NUL-terminated, at most 256 bytes). */
void __zkvm_span_marker(unsigned long long marker);
static inline void zkvm_span_begin(const char *name)
{
    __zkvm_span_marker((unsigned long long)(uintptr_t)name);
}
static inline void zkvm_span_end(void)
{
    __zkvm_span_marker(0);
}

#endif
