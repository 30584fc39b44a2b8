/* SHA-256 (FIPS 180-4) for guests. The runtime's implementation is plain C that zkcc
 * compiles to the VM's SHA-256 instructions (sha256sum, sha256sig): about 1,400 cycles
 * per 64-byte block. Ordinary SHA-256 code gets the same instructions; this API saves
 * writing it. */
#ifndef ZKVM_SHA256_H
#define ZKVM_SHA256_H

#include <stddef.h>
#include <stdint.h>

/* Compresses one 64-byte block into the eight state words (the SHA-256 compression
 * function; start from the initial hash value H0 for a new message). */
void zk_sha256_compress(uint32_t state[8], const uint8_t block[64]);
/* The SHA-256 digest of len bytes at data. */
void zk_sha256(const void *data, size_t len, uint8_t out[32]);

#endif
