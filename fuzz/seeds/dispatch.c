/* Fuzz seed: globals, a switch, indirect calls, 128-bit and signed arithmetic. */
#include <stdint.h>
#include <zkvm.h>

static int64_t table[8] = {3, -1, 4, -1, 5, -9, 2, -6};
typedef int64_t (*op_fn)(int64_t, int64_t);

static int64_t add(int64_t a, int64_t b) { return a + b; }
static int64_t mul(int64_t a, int64_t b) { return a * b; }
static int64_t quo(int64_t a, int64_t b) { return b ? a / b : a % 7; }
static op_fn ops[3] = {add, mul, quo};

int main(void) {
    unsigned char c = 0;
    int64_t acc = 1;
    while (zk_read(&c, 1)) {
        switch (c % 5) {
        case 0: acc = ops[c % 3](acc, table[c & 7]); break;
        case 1: acc ^= (int64_t)((unsigned __int128)acc * 0x9e3779b97f4a7c15u >> 64); break;
        case 2: acc = acc < 0 ? -acc : acc >> (c & 63); break;
        case 3: table[c & 7] += acc; break;
        default: acc = (int16_t)acc;
        }
    }
    zk_commit(&acc, sizeof acc);
    return (int)(acc & 1);
}
