/* rand/srand reproducing glibc's default generator (additive feedback,
 * x[i] = x[i-3] + x[i-31], output x[i] >> 1), so a guest seeded the same
 * way draws the same numbers as its native build. */
#include <stdint.h>
#include <stdlib.h>

#define DEG 31
#define SEP 3

static int32_t state[DEG];
static int front, rear; /* state[front] += state[rear] each step */
static int seeded;

void srand(unsigned seed)
{
    /* glibc seeds with a Lehmer generator (16807 mod 2^31 - 1), computed
     * with Schrage's method to stay in range; seed 0 means 1. */
    int32_t word = (int32_t)(seed ? seed : 1);
    state[0] = word;
    for (int i = 1; i < DEG; i++) {
        long hi = word / 127773, lo = word % 127773;
        word = (int32_t)(16807 * lo - 2836 * hi);
        if (word < 0)
            word += 2147483647;
        state[i] = word;
    }
    front = SEP;
    rear = 0;
    seeded = 1;
    /* glibc discards the first 310 outputs. */
    for (int i = 0; i < 10 * DEG; i++)
        rand();
}

int rand(void)
{
    if (!seeded) /* C: rand before srand behaves as srand(1) */
        srand(1);
    uint32_t v = (uint32_t)state[front] + (uint32_t)state[rear];
    state[front] = (int32_t)v;
    front = front + 1 == DEG ? 0 : front + 1;
    rear = rear + 1 == DEG ? 0 : rear + 1;
    return (int)(v >> 1);
}
