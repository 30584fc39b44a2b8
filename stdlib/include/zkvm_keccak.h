/* Keccak (FIPS 202) for guests: the permutation Keccak-f[1600], Ethereum's Keccak-256 and
 * SHA3-256. The runtime's implementation is plain C that zkcc compiles to the VM's
 * rotate and and-not instructions (rotl, andn): about 3,300 cycles per permutation.
 * Ordinary Keccak code (the sha3 and tiny-keccak crates) gets the same instructions;
 * this API saves writing it. */
#ifndef ZKVM_KECCAK_H
#define ZKVM_KECCAK_H

#include <stddef.h>
#include <stdint.h>

/* Keccak-f[1600] on the 25 lanes of the state, lane (x, y) at index x + 5y. */
void zk_keccak_f1600(uint64_t state[25]);
/* Keccak-256 as Ethereum uses it (rate 136 bytes, padding 0x01 ... 0x80). */
void zk_keccak256(const void *data, size_t len, uint8_t out[32]);
/* SHA3-256 (FIPS 202: rate 136 bytes, padding 0x06 ... 0x80). */
void zk_sha3_256(const void *data, size_t len, uint8_t out[32]);

#endif
