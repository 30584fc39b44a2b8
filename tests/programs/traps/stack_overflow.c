/* Unbounded recursion with a frame the optimiser cannot remove: the guest must stop
 * with a stack-overflow trap. */
#include <stdio.h>

static unsigned long depth(volatile unsigned long *n)
{
    volatile unsigned long frame[8];
    frame[*n % 8] = *n;
    (*n)++;
    return depth(n) + frame[0];
}

int main(void)
{
    volatile unsigned long n = 0;
    printf("%lu\n", depth(&n));
    return 0;
}
